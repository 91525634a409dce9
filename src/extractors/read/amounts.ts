/**
 * Money figures with the role the text gives them. A labelled value takes its label's role
 * ("Final project cost: €20,986"); a figure in prose takes the role its clause names
 * ("kopējais finansējums – 19 700.00 EUR", "piešķirts ES finansējums 419 962 eiro").
 * In "X EUR, of which Y EUR from Norway and Z EUR national co-financing" the parts take
 * their role from the words that follow them. A figure whose role the text does not
 * give is left out: a wrong amount is worse than a missing one.
 */
import { findMoney, type MoneyMatch } from '../../normalise/money.js'
import type { AmountRole } from '../../schema/record.js'
import type { Draft } from '../draft.js'
import { isSpaceCode, lowerMayHold, lowerMayHoldWord, spellBoundaries, withoutMargin } from './text.js'
import { lazyPattern } from '../../normalise/lazy-pattern.js'

export interface RoledFigure {
  role: AmountRole
  money: MoneyMatch
}

/**
 * Words that open the parts of a total ("X EUR, of which …"), each list with its pattern. The
 * two patterns are tried one by one, as one alternation would be, and only when a clause may
 * hold their words: the Baltic one's Unicode look-arounds cost milliseconds to compile.
 */
const OF_WHICH_ENGLISH = ['of which', 'of this', 'including', 'incl']
// The Baltic languages' and the Russian pages' ("… 84 300 евро, из них 75 870 евро – финансирование ЕС").
const OF_WHICH_BALTIC = ['no tiem', 'no tām', 'no tā', 'no kuriem', 'no kurām', 'tai skaitā', 't.sk.', 'tostarp', 'iš jų', 'iš jo', 'iš to', 'iš kurių', 'millest', 'sealhulgas', 'из них', 'из которых', 'в том числе', 'в т.ч.']
export const OF_WHICH: ReadonlyArray<{ readonly words: readonly string[]; readonly pattern: RegExp }> = [
  { words: OF_WHICH_ENGLISH, pattern: spellBoundaries(new RegExp(`\\b(?:${OF_WHICH_ENGLISH.join('|')})\\b`, 'iu')) },
  { words: OF_WHICH_BALTIC, pattern: new RegExp(`(?<![\\p{L}])(?:${OF_WHICH_BALTIC.join('|').replaceAll('.', '\\.')})(?![\\p{L}])`, 'iu') },
]

/** Whether a clause opens the parts of a total. */
function opensParts(clause: string): boolean {
  const lower = clause.toLowerCase()
  return OF_WHICH.some(({ words, pattern }) => lowerMayHold(lower, words) && pattern.test(clause))
}

const FINANCING = /finansējum|finansavim|funding|financing|финансировани/iu
const TOTAL_WORD = /kopēj|total|bendr|overall/iu
// Where the clause of the next figure begins: after a comma or an "and" the words before
// belong to the previous figure ("38 250 EUR ir ES finansējums un 6 750 EUR valsts …", "… механизма и 18 000 евро – …").
const CLAUSE_BREAK = /[,;]|\s(?:un|and|ir|bei|ja|ning|et|и)\s/giu
// An Estonian town's part ("… ja 10% ehk 31 248 eurot Tallinna linn") is its own money, as a rural municipality's ("valla") is.
// A fund ("Iekšējās drošības fonda finansējums", "from the Internal Security Fund", "ESF finansējums", "ISF co-financing") gives grants too.
export const DONOR = lazyPattern(() => /(?<![\p{L}])(?:norvēģijas|norway|norwegian|norvegijos|eez|eea|eee|es|eu|esf|eraf|erdf|erpf|isf|eiropas|european|europos|euroopa|unodc|erasmus|grant|grants|dotācij\p{L}*|parama|fond\p{L}*|funds?|norra|toetus|toetuse|toetusest|toetust|ес|еэз|норвеж\p{L}*|норвеги\p{L}*|грант\p{L}*|фонд\p{L}*|swiss|šveitsi|šveic\p{L}*|швейцар\p{L}*)(?![\p{L}])/iu)
export const NATIONAL =
  lazyPattern(() => /(?<![\p{L}])(?:valsts|state|national|pašvaldīb\p{L}*|municipal\p{L}*|savivaldyb\p{L}*|own|pašu|nuosav\p{L}*|latvijas|lietuvos|eesti|budget of latvia|biudžeto|riik|riiklik|riikliku|riiklikust|riiklikud|riigieelarve\p{L}*|valla|linn|linna|omaosalus|omafinantseering|государств\p{L}*|собствен\p{L}*|самоуправлени\p{L}*|муниципал\p{L}*|город|города|городск\p{L}*|своего)(?![\p{L}])/iu)
/**
 * The words of DONOR and NATIONAL, whole and as stems (`\p{L}*` after them): a text where none
 * stands apart from ASCII letters once lower-cased cannot match (`lowerMayHoldWord`), and most
 * words around a figure hold none. Their `\p{L}` look-arounds take milliseconds to compile,
 * which a short run then never pays. test/extractors/read/amounts.test.ts keeps the lists and
 * the expressions together.
 */
export const DONOR_WORDS: readonly string[] = ['norvēģijas', 'norway', 'norwegian', 'norvegijos', 'eez', 'eea', 'eee', 'es', 'eu', 'esf', 'eraf', 'erdf', 'erpf', 'isf', 'eiropas', 'european', 'europos', 'euroopa', 'unodc', 'erasmus', 'grant', 'grants', 'parama', 'fund', 'funds', 'norra', 'toetus', 'toetuse', 'toetusest', 'toetust', 'ес', 'еэз', 'swiss', 'šveitsi']
export const DONOR_STEMS: readonly string[] = ['dotācij', 'fond', 'норвеж', 'норвеги', 'грант', 'фонд', 'šveic', 'швейцар']
export const NATIONAL_WORDS: readonly string[] = ['valsts', 'state', 'national', 'own', 'pašu', 'latvijas', 'lietuvos', 'eesti', 'budget of latvia', 'biudžeto', 'riik', 'riiklik', 'riikliku', 'riiklikust', 'riiklikud', 'valla', 'linn', 'linna', 'omaosalus', 'omafinantseering', 'город', 'города', 'своего']
export const NATIONAL_STEMS: readonly string[] = ['pašvaldīb', 'municipal', 'savivaldyb', 'nuosav', 'государств', 'собствен', 'самоуправлени', 'муниципал', 'riigieelarve', 'городск']

/** Whether `text` names a donor (DONOR matches), its lower-cased form `lower` given. */
export function namesDonor(text: string, lower = text.toLowerCase()): boolean {
  return lowerMayHoldWord(lower, DONOR_WORDS, DONOR_STEMS) && DONOR().test(text)
}

/** Whether `text` names national or own money (NATIONAL matches), its lower-cased form `lower` given. */
export function namesNational(text: string, lower = text.toLowerCase()): boolean {
  return lowerMayHoldWord(lower, NATIONAL_WORDS, NATIONAL_STEMS) && NATIONAL().test(text)
}

const cueList: ReadonlyArray<readonly [AmountRole, RegExp]> = [
  ['initial_cost', /\binitial (?:project )?cost/giu],
  ['final_cost', /\bfinal (?:project )?cost/giu],
  // "savivaldybės biudžeto lėšos – 12 690,00 Lt", "Jõhvi valla eelarvest: 248 600.- kr": the municipality's budget money is its own share, not a budget.
  // "riigieelarvest kaasfinantseeritakse": the state budget's and the verb's inflections too.
  // "Omafinantseering (Saue vallaeelarve)": the compound "vallaeelarve" / "linnaeelarve" is the same budget.
  ['cofinancing', /(?<![\p{L}])(?:valla|linna) ?eelarve\p{L}*|co-?financ\p{L}*|co-?fund\p{L}*|līdzfinans\p{L}*|bendrafinans\p{L}*|own contribution|national contribution|state budget(?! program)|valsts budžet\p{L}*|pašu finansējum\p{L}*|nuosavos lėšos|(?<![\p{L}])įnaš\p{L}*|valstybės biudžet\p{L}*|savivaldybės biudžet\p{L}*|pašvaldības budžet\p{L}*|nacionalin[a-ząčęėįšųūž]* biudžet[a-ząčęėįšųūž]*|riigieelarve\p{L}*|kaasfinantseeri\p{L}*|omafinantseering|omaosalus|prisidėjim\p{L}*|софинансир\p{L}*|собственн\p{L}* (?:вклад|средств)\p{L}*/giu],
  // "Nodaļas izveidē ieguldīti 2,3 miljoni eiro": money invested in the project's work, of no named source.
  // "Panaudota 8 652,18 Eur, nepanaudotas likutis (47,82 Eur) grąžintas", "Kasutamata jäi 1 250 krooni": money spent (or left unspent) is the project's, of no role.
  // "Неиспользованный остаток гранта в размере 137,60 евро возвращён …", "the unspent grant balance of …":
  // what is left of the grant (and paid back) is no grant; the remainder's words win over the grant's after them.
  // "iš Savivaldybės prašoma suma – 9 800 Lt" (the sum asked for, which a minute then cuts), "pieprasītā summa",
  // "taotletav summa": an application's request, not what was granted.
  ['other', /(?<![\p{L}])prašom\p{L}* sum\p{L}*|(?<![\p{L}])(?:pie)?prasīt\p{L}* summ\p{L}*|(?<![\p{L}])taotletav\p{L}* summ\p{L}*|(?<![\p{L}])запрашиваем\p{L}* сумм\p{L}*|išmokėt\p{L}*|paid out|izmaksāt\p{L}*|ieguldīt\p{L}*|\binvested\b|(?<![\p{L}])остат(?:ок|ка|ки|ков)(?: (?:гранта|средств|финансирования))?|\bunspent(?: grant| funds?)?(?: balance)?\b|\bunused (?:grant|funds)\b|(?<![\p{L}])(?:ne)?panaudot\p{L}*|(?<![\p{L}])izlietot\p{L}*|(?<![\p{L}])kasutamata|\bspent\b/giu],
  [
    'grant',
    // "Projektui skirta 145,6 tūkst. eurų": money allocated to the project (whole words: "skirtingų" is "different").
    // "The Office has awarded EUR 30,000 to the project": money awarded is a grant.
    // "Euroopa Sotsiaalfondi osalus": a fund's or a financial mechanism's share (a town's "osalus" is its own money);
    // "EEE finansinio mechanizmo lėšos": a financial mechanism's money.
    // "Co-funding from Ventspils City Council" is co-financing: "funding from" after "co-" gives no grant.
    // "Requested from the Nordic Council of Ministers: LVL 9 980,00": what an application asks a funder for.
    // "The Norwegian Ministry of Foreign Affairs contributed USD 180 000 to the project": a funder's contribution
    // (the state's or the promoter's own, below, is co-financing).
    // "Support from the Gambling Tax Council: 30 000 €": a funder's support, like its funding.
    // "The Gambling Tax Council has allocated EEK 420,000 to the project": a funder's allocation, and
    // what a funder "adds" (a town's or the state's allocation or addition is its own share, below).
    /\bgrant(?:s|ed)?\b|\bawarded\b|\brequested\b|\bcontribution\b|\bcontribut(?:ed|es)\b|\b(?:has |have |had )?allocated\b|\b(?:adds|added)\b|(?<!co-?)\b(?:funding|support) from\b|piešķirt\p{L}*|skirt\p{L}* finansavim\p{L}*|(?<![\p{L}])(?:skirta|skirtas|skirtą|skirti|skyrė|skiriama)(?![\p{L}])|(?:es|eez|eea|eu|norvēģijas|eiropas savienības) finansējum\p{L}*|funded by|financed by|support of|supported by|\bsupport(?:s|ed)?(?: (?:the|this) project| it)? with\b|from (?:the )?(?:norway|eea)\b|(?<![\p{L}])param(?:a|os|ą)(?![\p{L}])|(?<![\p{L}])atbalst\p{L}*|\btoetus|\btoeta\p{L}*|\brahasta\p{L}*|(?:fondi|mehhanismi) osalus|finansini\p{L}* mechanizm\p{L}*|financial mechanism|finantsmehhanism\p{L}*|(?<![\p{L}])(?:выдел\p{L}*|грант\p{L}*|финансов\p{L}* механизм\p{L}*)/giu,
  ],
  // Financing ("finansējums", "funding") is the total unless a donor or the state is named before it (below).
  // "The project, worth €1.2 million, …": what a project is worth is its total; so is a Russian table's
  // sum row ("Всего 37 850 Lt", "Итого"), the word opening it: in prose "всего" is "only" ("выделено всего …").
  ['total_cost', /\bworth\b|\btotal\b|kopēj\p{L}*|(?<![\p{L}])(?:kopā|kokku)(?![\p{L}])|bendr\p{L}* (?:projekto )?vert\p{L}*|overall|izmaksas|\bcosts?\b|finansējum\p{L}*|\bfunding\b|vertė|maksumus\p{L}*|(?<![\p{L}])стоимост\p{L}*|(?<![\p{L}])финансировани\p{L}*|(?<![\p{L}])(?:обойд[её]тся|обош(?:[её]лся|лась|лось))(?:\s+в)?|(?<![^\n])[ \t]*(?:всего|итого)(?![\p{L}])/giu],
  // Russian pages in the Baltic states: "бюджет проекта", "стоимость", "выделяет" and a financial mechanism's money (grants), "софинансирование".
  // "funded by X from the state budget programme "NGO Fund"": a budget programme is a funding line that awards grants, not a budget.
  ['budget', /budget(?! program)|budžet\p{L}*|biudžet\p{L}*|eelarve|бюджет\p{L}*/giu],
]

interface Cue {
  role: AmountRole
  /** Tests the words after a figure. */
  pattern: RegExp
  /** A copy of `pattern` that scans the words before a figure. */
  scan: RegExp
}

const cues: readonly Cue[] = cueList.map(([role, written]) => {
  const pattern = spellBoundaries(written)
  return { role, pattern, scan: new RegExp(pattern) }
})

/**
 * The role a clause gives a figure: the cue nearest before it wins (on a tie the longer,
 * more specific one), else a cue right after it.
 * Every scan starts at the beginning of its text: the cues are global expressions, and a
 * `lastIndex` left over from an earlier figure (or document) must not hide a cue.
 */
export function roleFromContext(before: string, after: string): AmountRole | null {
  if (namesProgrammeMoney(before)) return null
  let bestRole: AmountRole | null = null
  let bestEnd = -1
  let bestLength = 0
  let bestWord = ''
  for (const { role, pattern, scan } of cues) {
    scan.lastIndex = 0
    for (let match = scan.exec(before); match !== null; match = scan.exec(before)) {
      const end = match.index + match[0].length
      if (bestRole === null || end > bestEnd || (end === bestEnd && match[0].length > bestLength)) {
        bestRole = role
        bestEnd = end
        bestLength = match[0].length
        bestWord = match[0]
      }
    }
  }
  // "Norvēģijas finanšu instrumenta finansējums ir X EUR": financing named after a donor is a grant.
  if (bestRole === 'total_cost' && FINANCING.test(bestWord)) {
    if (namesDonor(before)) return 'grant'
    // "Valsts budžeta finansējums", "Pašvaldības finansējums": the state's or the promoter's own
    // share, named right before the word; "Valsts policijas projekta kopējais finansējums" is a total.
    const named = before.slice(Math.max(0, bestEnd - bestLength - 24), bestEnd - bestLength)
    if (namesNational(named) && !TOTAL_WORD.test(named)) return 'cofinancing'
  }
  // "EEA Grants co-financing: LVL 34 687.08": co-financing named after a donor (and not the state's or own funds) is the donor's grant.
  if (bestRole === 'cofinancing') {
    const named = before.slice(Math.max(0, bestEnd - bestLength - 40), bestEnd - bestLength)
    if (namesDonor(named) && !namesNational(named)) return 'grant'
  }
  // "The Ministry of Justice of Latvia contributed EUR …": the state's own share, not a grant; so is
  // what a town or its council contributes, allocates or adds ("the City of Riga contributes LVL 6,200",
  // "the city adds 150 000 kroons from its budget").
  if (bestRole === 'grant' && CONTRIBUTES.test(bestWord) && (namesNational(before.slice(0, bestEnd)) || LOCAL_GOVERNMENT.test(before.slice(0, bestEnd)))) return 'cofinancing'
  // "Support from the City of Riga: LVL 6,200": support or funding from the state or a town is its own share too.
  if (bestRole === 'grant' && FROM_SOURCE.test(bestWord) && (namesNational(before.slice(bestEnd)) || LOCAL_GOVERNMENT.test(before.slice(bestEnd)))) return 'cofinancing'
  if (bestRole !== null) return bestRole
  if (isCoveredByOwnMoney(after)) return 'cofinancing'
  const payer = fromPayerRole(after)
  if (payer) return payer
  const covered = russianCoveredBy(after)
  if (covered) return covered
  for (const { role, pattern } of cues) {
    pattern.lastIndex = 0
    if (role !== 'total_cost' && pattern.test(after)) return role
  }
  return null
}

const CONTRIBUTES = /^(?:contribut(?:ed|es)|(?:(?:has|have|had) )?allocated|adds|added)$/i
const FROM_SOURCE = /^(?:funding|support) from$/i
// A town's or a municipality's own body, which pays its share of its project.
const LOCAL_GOVERNMENT = /\b(?:city|town|municipality|city council|town council|parish)\b/i

// "the remaining LTL 18 380 is covered by Šiauliai City Municipality": the share the promoter's town or the state pays;
// in Lithuanian the payer follows its verb, the figure perhaps in brackets ("likusią dalį (6 150 Lt) skiria X savivaldybė").
const COVERED_BY = /^[\s)\]]*(?:(?:is|are|will be|was|were) covered by|(?:skiria|skyrė|skirs|padengia|padengė|padengs|finansuoja|finansavo)(?=\s))/i
const COVERED_BY_WORDS: readonly string[] = ['covered by', 'skiria', 'skyrė', 'skirs', 'padeng', 'finansuoja', 'finansavo']
/** How far after the figure the payer must be named. */
const COVERED_BY_REACH = 80

/** Whether the words right after a figure say the state, a municipality or the promoter's own funds cover it. */
function isCoveredByOwnMoney(after: string): boolean {
  const near = after.slice(0, COVERED_BY_REACH)
  return lowerMayHold(near.toLowerCase(), COVERED_BY_WORDS) && COVERED_BY.test(near) && namesNational(near) && !namesDonor(near)
}

// "… – with €4,200 from Ventspils City Council": the payer named right after the figure, no word of its role before it.
const FROM_PAYER = /^[\s)\]]*from\s/i

/** The role the payer after "from" gives a figure: a town's or the state's money co-finances, a donor's is a grant. */
function fromPayerRole(after: string): AmountRole | null {
  if (!FROM_PAYER.test(after)) return null
  const near = after.slice(0, COVERED_BY_REACH)
  return payerRole(near, namesNational(near) || LOCAL_GOVERNMENT.test(near))
}

/** The role a payer named in `clause` gives its money: its own (the state's, a town's) co-finances, a donor's grants; null when it names both or neither. */
function payerRole(clause: string, own = namesNational(clause)): AmountRole | null {
  const donor = namesDonor(clause)
  return own && !donor ? 'cofinancing' : donor && !own ? 'grant' : null
}

// "1,02 млн литов, покрывает Швейцария", "28 тыс. евро город добавит из своего бюджета", "180 тыс. литов выделены
// из государственного бюджета": a Russian verb of paying right after the figure (its subject's one word may come
// first); the payer named in its clause says whose share it is.
const RU_COVERED_BY = lazyPattern(() => /^[\s,)\]]*(?:[\p{L}-]+\s+)?(?:покрыва\p{L}*|покро\p{L}*|покрыл\p{L}*|оплачива\p{L}*|оплат\p{L}*|выделен\p{L}*|выделя\p{L}*|выделит|выделил\p{L}*|добав\p{L}*)(?![\p{L}])[^,.;!?\n]*/iu)
const RU_COVERED_BY_WORDS: readonly string[] = ['покр', 'оплат', 'оплачива', 'выдел', 'добав']

/** The role the payer after a Russian verb of paying gives a figure: the state's, a town's or own money co-finances, a donor's grants. */
function russianCoveredBy(after: string): AmountRole | null {
  const near = after.slice(0, COVERED_BY_REACH)
  if (!lowerMayHold(near.toLowerCase(), RU_COVERED_BY_WORDS)) return null
  const clause = RU_COVERED_BY().exec(near)?.[0]
  return clause ? payerRole(clause) : null
}

// "Total Public Health Programme expenditure in 2004: LVL 61,870": the money a programme spends or
// has (an annual report's or a programme page's figure), not a project's; money "from the
// programme budget" is the project's.
const PROGRAMME_MONEY = /\bprogram(?:me)?(?:'s)? (?:expenditure|budget|allocation)s?\b/i
/** How near the figure the programme's money must be named. */
const PROGRAMME_MONEY_REACH = 50

/** Whether the words right before a figure name a programme's money (or an organisation's, or many projects'). */
function namesProgrammeMoney(before: string): boolean {
  if (before.includes(' with') && COUNTRY_SUPPORT().test(before.slice(-COUNTRY_SUPPORT_REACH))) return true
  const near = before.slice(-PROGRAMME_MONEY_REACH)
  const lower = near.toLowerCase()
  if ((lower.includes('income') || lower.includes('revenue') || lower.includes(' projects ') || lower.includes('grants ')) && OTHERS_MONEY.test(near)) return true
  return lower.includes('program') && !lower.includes('from ') && PROGRAMME_MONEY.test(near)
}

// "Norway supports Lithuania through the Norway Grants with NOK 600 million in the period 2009-2014": a donor's
// support to a whole beneficiary state (its allocation for a funding period), not the project's money.
const COUNTRY_SUPPORT = lazyPattern(() => /\bsupport(?:s|ed)?\s+(?:Lithuania|Latvia|Estonia|Poland|Bulgaria|Romania|Slovakia|the Czech Republic|Hungary|Slovenia|Croatia|Cyprus|Malta|Greece|Portugal|Spain|the Baltic (?:states|countries))(?:\s+(?:through|via|under)\s[^.,;!?\n]{1,60})?\s+with\s*$/)
/** How far before the figure the supported state must be named. */
const COUNTRY_SUPPORT_REACH = 120

// "In 2009 the Union's total income was 2.318.940 EEK": an annual report's figure of the organisation;
// "the PSF supported 18 projects with a total of EUR 1 000 000": a funding instrument's year, many projects' money;
// so is a foundation's report's "Grants paid in 2012 amounted to SEK 2 960 000" (the grants of a year, in the plural).
const OTHERS_MONEY = /\b(?:income|revenue)\b|\b\d+ projects (?:with|for|worth)\b|\bgrants (?:paid|awarded|made|disbursed|approved)(?: out)?(?: in (?:19|20)\d\d)?(?: (?:amounted to|totalled|totaled|were|was))?[\s:]*$/i

// "riigieelarvest kaasfinantseeritakse 727 500 krooni": the Estonian verb names co-financing as the noun does.
const CO_FINANCING = /co-?financ|līdzfinans|bendrafinans|kaasfinant|софинансир/iu

/** The role of a part of a total, from the words that describe it; null when they name no source. */
function partRole(words: string): AmountRole | null {
  const lower = words.toLowerCase()
  const donor = namesDonor(words, lower)
  const national = namesNational(words, lower)
  // National co-financing, unless a donor is named besides. NATIONAL's match stands between
  // non-letters, so cutting it out joins no letters: DONOR matches no more after than before.
  const saysCofinancing = CO_FINANCING.test(words)
  if (national && saysCofinancing && !(donor && DONOR().test(words.replace(NATIONAL(), '')))) return 'cofinancing'
  if (donor) return 'grant'
  // "no tiem 4 900 € piešķir pašvaldība, bet 840 € ir mūsu pašu līdzfinansējums": a town or the state that
  // awards a part ("piešķir", "eraldas", "awards") funds the promoter: its grant, not its own share.
  if (!saysCofinancing && (lower.includes('pieš') || lower.includes('erald') || lower.includes('award')) && AWARDS().test(words)) return 'grant'
  // "… un biedrības līdzfinansējums EUR 4 987,00": the promoter's own share, named by what it is, not by whose.
  if (national || saysCofinancing) return 'cofinancing'
  // "of which LVL 21 000 is granted by the Nordic Council of Ministers": a funder names itself by the verb.
  if (lower.includes('grant') && GRANTED.test(words)) return 'grant'
  // "из них 158 440 литов выделило Управление …", "из них 120 000 крон выделил Совет по налогу на азартные
  // игры": a body that allocates the part grants it (the state's or a town's own, above, co-finances);
  // so in Lithuanian, "Iš jų 41 000 Lt skyrė Valstybinė narkotikų kontrolės tarnyba".
  if ((lower.includes('выдел') || lower.includes('skyr') || lower.includes('skir')) && ALLOCATED().test(words)) return 'grant'
  return null
}

const GRANTED = /\b(?:is|are|was|were|has been|have been) granted\b/i
const AWARDS = lazyPattern(() => /(?<![\p{L}])(?:piešķir\p{L}*|piešķīr\p{L}*|eralda\p{L}*|awards?|awarded)(?![\p{L}])/u)
const ALLOCATED = lazyPattern(() => /(?<![\p{L}])(?:выдел\p{L}*|skyrė|skiria|skirs)(?![\p{L}])/u)

// "t.sk." (tai skaitā, "of which") and "incl." end no sentence.
const SENTENCE_END = lazyPattern(() => /(?<!t\.sk|incl)[.!?](?=\s+\p{Lu})|\n\s*\n/gu)

/** What follows the last clause break in `text` (all of it when there is none). */
function afterLastClauseBreak(text: string): string {
  let cut = 0
  let previousCut = 0
  let lastBreak: RegExpExecArray | null = null
  CLAUSE_BREAK.lastIndex = 0
  for (let found = CLAUSE_BREAK.exec(text); found !== null; found = CLAUSE_BREAK.exec(text)) {
    previousCut = cut
    cut = found.index + found[0].length
    lastBreak = found
  }
  // ", no kuriem ESF finansējums ir 11 531 950 eiro": a Latvian "ir" (is) right before the figure
  // after an earlier break is no "and": the words between the two describe this figure.
  if (lastBreak && previousCut > 0 && lastBreak[0] === ' ir ' && cut === text.length) return text.slice(previousCut, lastBreak.index)
  return cut === 0 ? text : text.slice(cut)
}

/** What follows the first clause break in `text` (all of it when there is none). */
function afterFirstClauseBreak(text: string): string {
  CLAUSE_BREAK.lastIndex = 0
  const found = CLAUSE_BREAK.exec(text)
  return found === null ? text : text.slice(found.index + found[0].length)
}

const CLAUSE_END = /[.;!?](?:\s|$)/

/** `text` up to its first comma or semicolon (all of it when there is none). */
function firstClause(text: string): string {
  const comma = text.search(/[,;]/)
  return comma === -1 ? text : text.slice(0, comma)
}

/** `text` up to its first clause end, as `text.split(CLAUSE_END)[0]`. */
function beforeClauseEnd(text: string): string {
  const end = CLAUSE_END.exec(text)
  return end === null ? text : text.slice(0, end.index)
}

/** Words that may stand between a figure and its equivalent in another currency: "(approx. 39,000 LTL)". */
const HEDGES = new Set(['approximately', 'approx', 'appr', 'about', 'around', 'circa', 'ca', 'or', 'equivalent', 'equals', 'apm', 'aptuveni', 'apie', 'arba', 'vai'])
const GAP_PUNCTUATION = new Set([...' \t()[]/=≈~.'])
/** What makes a gap an equivalence rather than mere space: a bracket, a slash, a sign or a hedging word. */
const GAP_MARKS = new Set([...'([/=≈~'])

/**
 * Whether the text between two figures holds nothing but brackets, slashes and hedging words
 * ("45,500.00 LTL (13,177.71 EUR)", "156,466 EEK / 10,000 EUR", "USD 15,000 (approx. 39,000 LTL)"):
 * figures in two currencies then state one sum, listed once. A comma or a dash is not enough: "10 000 EUR,
 * 2 000 EUR" lists two sums. Before the first figure or after the last (`needsMark` false), the
 * brackets and words may stand alone: "approximately USD 13,000", "(…)".
 */
export function isEquivalenceGap(gap: string, needsMark = true): boolean {
  if (gap.length > 40) return false
  let marked = false
  let start = 0
  for (let i = 0; i <= gap.length; i++) {
    const c = i < gap.length ? gap[i]! : ' '
    // Any space parts words, as trim() would: no-break spaces stand after figures on web pages.
    if (!GAP_PUNCTUATION.has(c) && !isSpaceCode(c.charCodeAt(0))) continue
    if (GAP_MARKS.has(c)) marked = true
    if (i > start) {
      if (!HEDGES.has(gap.slice(start, i).toLowerCase())) return false
      marked = true
    }
    start = i + 1
  }
  return marked || !needsMark
}

/** "70,000.00 LTL\n20,273.40 EUR" under one amount heading: the next line restates the sum. */
function isLineBreak(gap: string): boolean {
  return gap.includes('\n') && !gap.trim()
}

// What may stand before a figure alone on its line: a year or a span of years ("2007:", "2008–2009 -").
const YEAR_PREFIX = /^[ \t]*(?:(?:19|20)[0-9]{2}(?:[ \t]*[-–][ \t]*(?:19|20)[0-9]{2})?[ \t]*[:–-]?[ \t]*)?$/
const LINE_REST = /^[ \t.;]*$/

/** Whether a figure is alone on a line below the first one, but for a year before it. */
function standsAlone(text: string, money: MoneyMatch): boolean {
  const lineStart = text.lastIndexOf('\n', money.offset - 1) + 1
  if (lineStart === 0 || money.offset - lineStart > 20) return false
  const end = money.offset + money.length
  const lineEnd = text.indexOf('\n', end)
  return YEAR_PREFIX.test(text.slice(lineStart, money.offset)) && LINE_REST.test(text.slice(end, lineEnd === -1 ? text.length : lineEnd))
}

/**
 * Figures in a stretch of text (`offset` is where it starts in the document).
 * `firstRole` is the role of a labelled value's first figure.
 */
export function figuresIn(text: string, offset: number, firstRole: AmountRole | null = null): RoledFigure[] {
  const figures: RoledFigure[] = []
  const matches = findMoney(text)
  if (matches.length === 0) return figures
  const sentenceStarts = [0]
  SENTENCE_END().lastIndex = 0
  for (let end = SENTENCE_END().exec(text); end !== null; end = SENTENCE_END().exec(text)) sentenceStarts.push(end.index + end[0].length)
  let partsFrom = -1
  let previousEnd = 0
  let sentence = 0
  for (const [index, money] of matches.entries()) {
    // Figures come in order, so the sentence pointer only moves forward.
    while (sentence + 1 < sentenceStarts.length && sentenceStarts[sentence + 1]! <= money.offset) sentence++
    const sentenceStart = sentenceStarts[sentence]!
    const from = Math.max(sentenceStart, previousEnd, money.offset - 120)
    const wide = text.slice(from, money.offset)
    const before = previousEnd > sentenceStart && previousEnd >= from ? afterLastClauseBreak(wide) : wide
    const nextStart = matches[index + 1]?.offset ?? text.length
    const after = beforeClauseEnd(text.slice(money.offset + money.length, Math.min(nextStart, money.offset + money.length + 120)))
    // "96 480 lati (137 278,67 eiro)", "156,466 EEK / 10,000 EUR", and under an amount heading
    // "70,000.00 LTL" then "20,273.40 EUR" on the next line: the same money in another currency,
    // not a new figure (listing it again would count it twice in a sum of grants).
    const gap = text.slice(previousEnd, money.offset)
    if (index > 0 && money.currency !== matches[index - 1]!.currency && (isEquivalenceGap(gap) || (firstRole !== null && isLineBreak(gap)))) {
      previousEnd = money.offset + money.length
      continue
    }
    if (opensParts(wide)) partsFrom = sentenceStart
    const isPart = partsFrom === sentenceStart && partsFrom >= 0 && figures.length > 0
    let role: AmountRole | null
    if (index === 0 && firstRole) role = firstRole
    // A part is described before its figure ("tai skaitā ES finansējums LVL 72 360") or after it
    // ("38 250 EUR ir ES finansējums"); the words before it are its own only after a clause break.
    // The words after a part are its own up to the next clause ("… выделило Управление …, остальное – собственные средства").
    // After it, its own clause speaks first: "120 000 крон выделил Совет …, софинансирование X – 30 000 EEK".
    else if (isPart) role = partRole(before) ?? partRole(firstClause(after)) ?? partRole(after) ?? 'other'
    // "1 020 000 крон, собственный вклад организации и городской управы – 180 000 EEK": an "и" inside
    // the next figure's words joins two owners, not two figures: when the words after it give no role,
    // the clause from the first break after the previous figure does.
    else role = roleFromContext(before, after) ?? (before !== wide ? roleFromContext(afterFirstClauseBreak(wide), '') : null)
    // "UNODC budget" over "2007: 5,000.00 LVL" and "2008: 3,500.00 LVL": a line that is only a
    // figure (a year before it at most) lists one more sum under the label.
    if (role === null && firstRole !== null && standsAlone(text, money)) role = firstRole
    // "Funding: A 980.000 EEK; B 265.800 EEK": a figure in an item of its own, after a semicolon, too.
    if (role === null && firstRole !== null && index > 0 && gap.includes(';')) role = firstRole
    // "Funding: A (EUR 15,000) and B (EUR 3,450)": each body's sum in brackets after its name, one more item.
    if (role === null && firstRole !== null && index > 0 && isNextBracketedItem(gap)) role = firstRole
    previousEnd = money.offset + money.length
    if (role) figures.push({ role, money: { ...money, offset: money.offset + offset } })
  }
  return figures
}

/** The gap between two bracketed sums of a list: the first bracket closes, the next opens ("…) and B (…"). */
function isNextBracketedItem(gap: string): boolean {
  const trimmed = gap.trim()
  return trimmed.length > 2 && trimmed.charCodeAt(0) === 41 && trimmed.charCodeAt(trimmed.length - 1) === 40
}

/** Add figures to the draft, skipping a share that repeats a figure already listed. */
export function addFigures(draft: Draft, figures: readonly RoledFigure[]): void {
  for (const { role, money } of figures) {
    // A figure read across a joined wrap keeps its words, not the margin that stood between them.
    draft.add('amounts', { role, value: money.value, currency: money.currency, text: withoutMargin(money.text) }, { offset: money.offset, length: money.length })
  }
}

// A project's quoted name in a sentence: "projektą „Sveikas jaunimas“", "project \"X\"", "проект «X»".
const QUOTED_PROJECT = lazyPattern(() => /(?<![\p{L}])(?:projekt\p{L}{0,4}|project|проект\p{L}{0,2})\s+[„“"«]([^„“”"«»\n]{2,200})[”“"»]/giu)

/**
 * Whether a sentence speaks of another project than the page's, named in quotes ("2011 metais biuras
 * įgyvendino projektą „Sveikas jaunimas“, kurio vertė buvo 22 000 Lt"): its money is that project's.
 * A name that holds the title, or that the title holds, is the page's own project.
 */
export function namesAnotherProject(sentence: string, title: string | null): boolean {
  if (!title || !/[„“"«]/.test(sentence)) return false
  const own = squashName(title)
  let other = false
  for (const match of sentence.matchAll(QUOTED_PROJECT())) {
    const name = squashName(match[1]!)
    if (own.includes(name) || name.includes(own)) return false
    other = true
  }
  return other
}

function squashName(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}
