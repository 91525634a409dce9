/**
 * Organisations named in prose: partners after cue phrases ("in partnership with …",
 * "projekta partneri ir …", "Projektu koordinē …") and a promoter where the text says who
 * carries the project out. Names are kept as written; an unnamed party ("5 Latvian local
 * governments") is not a partner.
 */
import type { Partner } from '../../schema/record.js'
import { countryOfName, findCountryMentions, type CountryMention } from '../../normalise/countries.js'
import { findPlaces } from '../../normalise/places.js'
import { anchoredAlternatives, anchoredMatches, anchoredPattern, isAsciiLetter, type AnchoredAlternative } from './anchored.js'
import { findQuoted, isLowerCaseAt, isSpaceCode, isUpperCaseAt, mendBrokenWords, squash, withoutItemNumber } from './text.js'
import { lazyPattern } from '../../normalise/lazy-pattern.js'

export interface Named<T> {
  value: T
  offset: number
  length: number
}

// "… sporto užsiėmimai. Partneriai: A, B.": a label inside a paragraph, after a sentence, names partners too,
// as does "Partneris iš Norvegijos – X" (the partner from Norway).
// "Partners of the project were A and B": the project may follow the word as well as come before it.
// "Партнёрами проекта выступают A и B", "Партнёры проекта – A и B": a Russian page's partners; "X реализует …
// совместно с A и B", "Проект осуществляет X совместно с A и B" (or "вместе с"), "Проект осуществлялся совместно с A и B"
// (together with), "… в (тесном) сотрудничестве с A" (in cooperation with), "вместе с партнёрами – A и B".
// A look-behind stands after the words it ends with ("kopā ar(?<=… kopā ar)"), not before them:
// the engine tries it only where those words stand, not at every position tried. A bare
// "together with" is a cue only where BARE_CUE_CONTEXT says so.
// Each cue is one alternative with the words it holds, compared without case, at most CUE_REACH
// characters after its start (anchoredAlternatives): a page compiles only the cues whose words it
// has ("partner" on an English page, not the Baltic "partneri …" ones). English cues start at a word
// boundary, the others after no letter (LETTER); no cue starts right after an ASCII letter ("kartu
// su" after the project's verb is found by its "artu ", "kopā ar" after "īsteno" by its "opā ar").
const LETTER = lazyPattern(() => /\p{L}/u)
const PARTNER_CUES: readonly AnchoredAlternative[] = [
  { words: ['partner', 'cooperat', 'collaboration'], pattern: lazyPattern(() => /\bin\s{1,12}(?:close\s+)?(?:partnership|cooperation|collaboration)\s+with\s+/iuy) },
  { words: ['together with'], pattern: lazyPattern(() => /\btogether with (?:the )?partners?\s+/iuy) },
  { words: ['together with', 'jointly with'], pattern: lazyPattern(() => /\b(?:carried out|carried it out|carries it out|implemented|organi[sz]ed|conducted|run) (?:together|jointly) with(?! (?:the )?partners?\b)\s+/iuy) },
  { words: ['together with', 'jointly with'], pattern: lazyPattern(() => /\b(?:together|jointly) with(?! (?:the )?partners?\b)\s+/iuy) },
  { words: ['cooperat'], pattern: lazyPattern(() => /\b(?:promoter|project) (?:shall|will) cooperate with\s+/iuy) },
  { words: ['partner'], pattern: lazyPattern(() => /\bpartners? from\s+/iuy) },
  { words: ['upport from'], pattern: lazyPattern(() => /\b(?:methodological|expert|professional|technical) support from\s+/iuy) },
  { words: ['partner'], pattern: lazyPattern(() => /\b(?:the )?(?:project )?partners?(?: (?:of|in) the project)? (?:is|are|were|was)\s+/iuy) },
  { words: ['partner'], pattern: lazyPattern(() => /\bpartnering with\s+/iuy) },
  // "Huge thanks to our partners the X and the association "Y"": a post's partners right after "our partners" (a name, not "in Norway").
  { words: ['partner'], pattern: lazyPattern(() => /\b[Oo]ur (?:project )?partners?,?\s+(?=(?:the\s+)?[\p{Lu}„“"«])/uy) },
  { words: ['partneri'], pattern: lazyPattern(() => /(?:un )?(?:projekta )?partneri (?:ir|bija)\s+/iuy), notAfter: LETTER },
  { words: ['partneri'], pattern: lazyPattern(() => /partneris (?:projektā )?ir\s+/iuy), notAfter: LETTER },
  { words: ['partneri', 'partnerė'], pattern: lazyPattern(() => /(?:sadarbības |projekto )?partner(?:is|i|iai|ė) [–—-](?= )\s+/iuy), notAfter: LETTER },
  { words: ['partneri', 'partnerė'], pattern: lazyPattern(() => /(?:projekto )?partner(?:is|iai|ė) iš (?:norvegijos|islandijos|lichtenšteino) [–—-](?= )\s+/iuy), notAfter: LETTER },
  { words: ['adarb'], pattern: lazyPattern(() => /sadarbībā ar\s+/iuy), notAfter: LETTER },
  { words: ['iedal', 'partneri'], pattern: lazyPattern(() => /projektā (?:kā partneri )?piedalās arī\s+/iuy), notAfter: LETTER },
  { words: ['oordin'], pattern: lazyPattern(() => /projektu koordinē\s+/iuy), notAfter: LETTER },
  { words: ['oordin'], pattern: lazyPattern(() => /koordinators ir\s+/iuy), notAfter: LETTER },
  { words: ['partneri'], pattern: lazyPattern(() => /(?:projekto )?partneriai (?:yra|buvo)\s+/iuy), notAfter: LETTER },
  { words: ['adarb'], pattern: lazyPattern(() => /bendradarbiaujant su\s+/iuy), notAfter: LETTER },
  { words: ['artu '], pattern: lazyPattern(() => /kartu su partneri(?:u|ais)\s*[–—-](?= )\s+/iuy), notAfter: LETTER },
  { words: ['artu '], pattern: lazyPattern(() => /kartu su partneriais\s+/iuy), notAfter: LETTER },
  // "Kartu su biuru dirbs A, B ir C": who works together with the promoter, named after the verb.
  { words: ['artu '], pattern: lazyPattern(() => /[Kk]artu su (?:\p{Ll}+\s){1,2}(?:dirbs|dirba|dirbo|darbuosis|dalyvaus)\s+(?=\p{Lu})/uy), notAfter: LETTER },
  { words: ['partneri'], pattern: lazyPattern(() => /(?:projekti )?partnerid (?:on|olid)\s+/iuy), notAfter: LETTER },
  { words: ['partneri'], pattern: lazyPattern(() => /(?:projekti )?partneriteks (?:on|olid|olid ka)\s+/iuy), notAfter: LETTER },
  { words: ['partneri'], pattern: lazyPattern(() => /partneritena (?:osalevad|osalesid|on|olid|tegutsevad)\s+/iuy), notAfter: LETTER },
  { words: ['partneri'], pattern: lazyPattern(() => /partnerina (?:osaleb|osales|on|oli|tegutseb)\s+/iuy), notAfter: LETTER },
  { words: ['партн'], pattern: lazyPattern(() => /партн[её]рами проекта (?:выступают|являются|выступили|стали|были)\s+/iuy), notAfter: LETTER },
  { words: ['партн'], pattern: lazyPattern(() => /партн[её]ры? проекта\s*[–—-](?= )\s+/iuy), notAfter: LETTER },
  { words: ['участвуют'], pattern: lazyPattern(() => /в\s+проекте\s+(?:также\s+)?участвуют(?:\s+также)?\s+/iuy), notAfter: LETTER },
  { words: ['сотрудничеств', 'партн'], pattern: lazyPattern(() => /в\s+(?:тесном\s+)?(?:сотрудничестве|партн[её]рстве)\s+с\s+/iuy), notAfter: LETTER },
  { words: ['партн'], pattern: lazyPattern(() => /(?:совместно|вместе)\s+с\s+партн[её]рами\s*[–—:-](?=\s)\s+/iuy), notAfter: LETTER },
  { words: ['совместн', 'вместе'], pattern: lazyPattern(() => /(?:совместно|вместе)\s+с(?<=(?:реализует|реализуют|реализовала|реализовал|реализовывался|реализовывалась|реализуется|проводит|провела|провёл|осуществляет|осуществляют|осуществлял[аи]?|осуществил[аи]?|осуществлялся|осуществлялась|осуществляется)\s+(?:[^.\n]{0,80}\s)?(?:совместно|вместе)\s+с)\s+/iuy), notAfter: LETTER },
  { words: ['projekti'], pattern: lazyPattern(() => /projekti (?:(?:norra|islandi|liechtensteini) )?partner (?:on|oli)\s+/iuy), notAfter: LETTER },
  { words: ['oostöö'], pattern: lazyPattern(() => /koostöös\s+/iuy), notAfter: LETTER },
  { words: ['partneri', 'partners', 'партн'], pattern: lazyPattern(() => /(?<=[.!?]\s{1,3})(?:projekto |projekti |projekta |the project )?(?:partneriai|partnerid|partneri|partners|партн[её]ры(?: проекта)?):\s+/iuy), notAfter: LETTER },
  { words: ['opā ar'], pattern: lazyPattern(() => /kopā ar(?<=\s(?:īsteno|īstenoja|īstenos|realizē|realizēja|realizēs)\s(?:[^.\n]{0,80}\s)?kopā ar)\s+/iuy), notAfter: LETTER },
  { words: ['artu '], pattern: lazyPattern(() => /kartu su(?<=(?:[Pp]rojektą|[Pp]rojektas)[^.\n]{0,120}\s(?:vykdo|vykdė|vykdys|vykdomas|įgyvendina|įgyvendino|įgyvendins|įgyvendinamas)\s(?:[^.\n]|(?<=\s[md])\.){0,120}kartu su)(?! partneriais)\s+/iuy), notAfter: LETTER },
]

/** How far after a cue's start its word may stand ("methodological support from" and "в проекте также участвуют" hold theirs at 16). */
const CUE_REACH = 18

const CUES = anchoredAlternatives(PARTNER_CUES, CUE_REACH, isAsciiLetter)

// A sentence may start with a figure ("… Probation Service. 52 young people …"); "No. 5" is a number, not an end.
// A line break ends the clause too, except after a word that joins names ("… Hospital and" / "the … Department"): a fixed-width save broke it there.
const SENTENCE_END = lazyPattern(() => /(?<!\b(?:No|Nr|no|nr))\.(?=\s+[\p{Lu}0-9]|\s*$)|(?<!(?:^|\s)(?:and|un|ir|ja|with|of|the)|,)\n/gu)
/** The shortest line a wrapped sentence breaks: a list's lines are shorter. */
const WRAPPED_LINE_MIN = 60
const LOWER_CASE_NEXT = lazyPattern(() => /^[ \t]*\p{Ll}/u)

/**
 * Where the clause in `stretch` (which starts at `start` in `text`) ends: at its sentence's end, or a line
 * break, except the break of a long line that the next goes on from in lower case ("… и Каунасским" /
 * "центром зависимостей."): the width a page was saved at wrapped the sentence there. -1 when none.
 */
function clauseEnd(text: string, start: number, stretch: string): number {
  const pattern = SENTENCE_END()
  pattern.lastIndex = 0
  for (let match = pattern.exec(stretch); match; match = pattern.exec(stretch)) {
    if (match[0] !== '\n') return match.index
    const lineStart = text.lastIndexOf('\n', start + match.index - 1) + 1
    if (start + match.index - lineStart < WRAPPED_LINE_MIN || !LOWER_CASE_NEXT().test(stretch.slice(match.index + 1))) return match.index
  }
  return -1
}

// "from 1 May 2016", "in 2016", "2010. gadā", "on 01/05/2016": a time, which no partner's name starts with.
const WHEN_IN_CLAUSE =
  lazyPattern(() => /\s(?:(?:from|since|between|until|on|in|during|no|nuo|iki|līdz)\s+)?(?:[0-9]{1,2}\.?\s+\p{L}+\s+)?[0-9]{4}(?![0-9])|\s(?:from|since|between|until|on)\s+[0-9]/u)

const AND_THEN_VERB = /\sand\s+(?!(?:the|an?)\s)[a-z]/

// A text is read for partners after cues only when it holds one of these words (lower-cased).
const CUE_WORDS = ['partner', 'cooperat', 'collaboration', 'together with', 'jointly with', 'support from', 'sadarbīb', 'koordin', 'bendradarb', 'kartu su', 'koostöö', 'piedalās arī', 'kopā ar', 'партн', 'совместн', 'вместе', 'сотрудничеств', 'участвуют']

/**
 * Where a bare "together with" or "jointly with" names partners ("together with parents" names
 * none): after the project's verb earlier in its sentence, at most 120 characters before ("launched
 * the project … together with X", "carried out from May to June together with X"), or after the body
 * the work was done by ("adapted by the X Bureau together with Y", the sentence may wrap) when no
 * word in lower case follows. Each is the text before the cue, then what may not follow the cue's
 * words. Tried in code rather than as look-behinds in PARTNER_CUES: there, `\p{Lu}` would be
 * case-blind under its /iu, and they make its first compile slower.
 */
const BARE_CUE_CONTEXT: ReadonlyArray<{ bare: RegExp; before: RegExp; notAfter?: RegExp }> = [
  {
    bare: /^together with/iu,
    before: /\b(?:launched|started|began|launches|starts|begins|ran|runs|implemented|implements|implementing|carried out|carries out|carrying out|conducted) (?:the |a )?(?:new )?project\b[^.\n]{0,120}$/iu,
  },
  { bare: /^(?:together|jointly) with/iu, before: /\b(?:carried out|implemented|conducted|run) (?:from|in|since|between|during|by) [^.\n]{0,120}$/iu },
  { bare: /^together with/iu, before: /(?<![\p{L}\p{N}_])[Bb]y (?:the )?\p{Lu}(?:[^.\n]|\n(?![ \t]*\n)){0,120}\s$/u, notAfter: /^ (?:(?!the\s)\p{Ll}|the \p{Ll})/u },
]
/** How far before a bare cue its context may start: 120 characters and the words before them. */
const BARE_CUE_LOOK_BACK = 180
/** "together with" / "jointly with", the bare cue's words. */
const BARE_CUE_WORDS = 13

/** Whether a cue is a bare "together with" or "jointly with": no verb or "partners" of its own. */
function isBareCue(cue: string): boolean {
  const code = cue.charCodeAt(0) | 32
  return (code === 116 || code === 106) && /^(?:together|jointly) with\s+$/iu.test(cue)
}

/** Whether a bare cue stands where it names partners (BARE_CUE_CONTEXT). */
function isBareCueInContext(text: string, cue: RegExpExecArray): boolean {
  const before = text.slice(Math.max(0, cue.index - BARE_CUE_LOOK_BACK), cue.index)
  const wordsEnd = cue.index + (cue[0].toLowerCase().startsWith('together') ? BARE_CUE_WORDS : BARE_CUE_WORDS - 1)
  const after = text.slice(wordsEnd, wordsEnd + 6)
  return BARE_CUE_CONTEXT.some(({ bare, before: context, notAfter }) => bare.test(cue[0]) && context.test(before) && !notAfter?.test(after))
}

export function partnersInProse(text: string, offset = 0): Array<Named<Partner>> {
  const others = [...partnersAsSubject(text, offset), ...partnersInApposition(text, offset)]
  const found = partnersAfterCues(text, offset)
  // The lists are each in document order; a sentence names its partner one way or another.
  return others.length ? [...found, ...others].sort((a, b) => a.offset - b.offset) : found
}

// "The donor project partner, the Norwegian Centre for … Studies (NKVTS), trained …": the name between
// the commas after the role, whole ("and" inside it joins no two names). The name starts upper-case.
const APPOSITION_NAME = lazyPattern(() => /,\s+(?:the\s+)?(\p{Lu}[^,;.:!?\n]{2,150}),/uy)
// The role's adjective: "the Norwegian partner, X," gives X's country.
const ROLE_BEFORE = /(?:(Norwegian|Icelandic|Liechtenstein|donor|main|foreign)\s+)?(?:project\s+)?$/u

/**
 * "Nordic partners with long experience of outreach work, the A (Sweden) and the B (Finland), will host …":
 * partners named in apposition to "partners", after a qualifier in lower case at most; the names
 * between the commas, each with its country in brackets.
 */
const PLURAL_APPOSITION = lazyPattern(() => /\bpartners(?:\s+(?:with|from|in|of)\s+[^,.;:!?\n\p{Lu}]{1,60})?,\s+(?:the\s+)?(\p{Lu}[^,;.:!?\n]{2,200}?\s+and\s+(?:the\s+)?\p{Lu}[^,;.:!?\n]{2,150}),/gu)

function partnersInPluralApposition(text: string, offset: number): Array<Named<Partner>> {
  const found: Array<Named<Partner>> = []
  if (!text.includes('partners')) return found
  PLURAL_APPOSITION().lastIndex = 0
  for (let match = PLURAL_APPOSITION().exec(text); match !== null; match = PLURAL_APPOSITION().exec(text)) {
    const names = match[1]!
    const start = match.index + match[0].length - 1 - names.length
    for (const piece of splitParties(names)) {
      const partner = partnerOf(piece.text)
      if (partner) found.push({ value: partner, offset: offset + start + piece.offset, length: piece.text.length })
    }
  }
  return found
}

/** Partners named in apposition to "partner" ("our partner, the Oslo Crisis Centre, …"), in document order. */
function partnersInApposition(text: string, offset: number): Array<Named<Partner>> {
  const found: Array<Named<Partner>> = partnersInPluralApposition(text, offset)
  for (let at = text.indexOf(' partner,'); at !== -1; at = text.indexOf(' partner,', at + 1)) {
    APPOSITION_NAME().lastIndex = at + ' partner'.length
    const match = APPOSITION_NAME().exec(text)
    if (!match) continue
    const name = match[1]!
    const partner = partnerOf(name)
    const role = ROLE_BEFORE.exec(text.slice(Math.max(0, at - 30), at + 1))?.[1]
    const start = match.index + match[0].indexOf(name)
    if (partner) found.push({ value: withRoleCountry(partner, role), offset: offset + start, length: name.length })
  }
  return found
}

/** Partners named after a cue phrase ("in partnership with X"), in document order. */
function partnersAfterCues(text: string, offset: number): Array<Named<Partner>> {
  const found: Array<Named<Partner>> = []
  const cues = anchoredMatches(text, CUES).filter((cue) => !isBareCue(cue[0]) || isBareCueInContext(text, cue))
  if (!cues.length) return found
  // Most texts name no partner: the cue words in the lower-cased text decide whether it is read.
  // A cue nearly always holds one itself, which spares lower-casing the whole text.
  if (!cues.some((cue) => holdsCueWord(cue[0].toLowerCase())) && !holdsCueWord(text.toLowerCase())) return found
  for (const [index, cue] of cues.entries()) {
    // "kartu su partneriais – A ir B": a dash or a colon may stand between the cue and the names.
    let start = afterDash(text, cue.index + cue[0].length)
    // "together with [11]Vytautas Magnus University": lynx numbers the link the name is.
    start = pastLinkNumber(text, start)
    // "together with the partner from Norway – Stavanger Police District", "partners from Norway: A and B":
    // the partners' country, then their names.
    const lead = COUNTRY_THEN_NAMES().exec(text.slice(start, start + COUNTRY_LEAD_MAX))
    const leadCountry = lead ? bareCountry(lead[1]!) : null
    if (lead && leadCountry) start += lead[0].length
    // "together with the Norwegian partner Kristiansand Municipality": the role before the name is no part of it.
    const role = roleBeforeName(text, start)
    if (role) start += role.length
    const roleCountry = role?.country ?? null
    const limit = Math.min(cues[index + 1]?.index ?? text.length, start + 400)
    // "… погранохраны. Партнёры проекта:" over "* A;" / "* B;": a label after a sentence, its list below it.
    const items = cue[0].includes('\n') ? bulletedItemsAt(text, start) : []
    if (items.length) {
      for (const item of items) {
        const partner = partnerOf(item.text)
        if (partner) found.push({ value: partner, offset: offset + item.offset, length: item.text.length })
      }
      continue
    }
    const stretch = text.slice(start, limit)
    const end = clauseEnd(text, start, stretch)
    let clause = end === -1 ? stretch : stretch.slice(0, end)
    // "in cooperation with X from 1 May 2016 to …": the partners end where the time is said.
    // Every time it knows has a digit: most clauses have none, and one look proves no match.
    const when = /[0-9]/.test(clause) ? WHEN_IN_CLAUSE().exec(clause) : null
    if (when) clause = clause.slice(0, when.index)
    // "sadarbībā ar projekta partneri – Norvēģijas Policijas direktorātu – izstrādāti …": names set off by dashes end at the closing one.
    if (opensWithDash(text, start)) clause = beforeDash(clause)
    // "in cooperation with the State Probation Service and covered Riga, …": an English "and"
    // before a lower-case word (not an article) goes on with the sentence's verb, not with a name.
    const and = clause.includes(' and ') ? AND_THEN_VERB.exec(clause) : null
    if (and) clause = clause.slice(0, and.index)
    // "koostöös Tartu Ülikooli ja Sotsiaalministeeriumiga": the Estonian comitative ends the last name.
    if (cue[0].startsWith('koostöös')) clause = throughComitative(clause)
    // "A and, from Norway, the user organisation B": a country set off by commas before a name is that name's.
    let asideCountry: string | null = null
    for (const item of splitParties(clause)) {
      const partner = partnerOf(item.text)
      if (partner) {
        found.push({ value: { name: partner.name, country: partner.country ?? asideCountry ?? leadCountry ?? roleCountry }, offset: offset + start + item.offset, length: item.text.length })
        asideCountry = null
      } else if ((asideCountry = countryAside(item.text)) !== null) continue
      // "in partnership with Kirkens Bymisjon, Norway": a country after the name is its country, no party.
      else if (found.length > 0 && found[found.length - 1]!.value.country === null) countryAfterName(found[found.length - 1]!, item.text)
    }
  }
  return found
}

// A list item: its marker, then its text without the ";", "," or "." that ends it.
const BULLET_ITEM = /^[ \t]*[*•·▪‣–-][ \t]+(\S[^\n]{1,200}?)[ \t]*[;,.]?[ \t]*$/u
/** How many items a list under a partners' label may hold. */
const BULLET_ITEMS_MAX = 20

/** The items of a bulleted list whose first line starts at `start` (none when no marker stands there). */
function bulletedItemsAt(text: string, start: number): Array<{ text: string; offset: number }> {
  const items: Array<{ text: string; offset: number }> = []
  let at = text.lastIndexOf('\n', start - 1) + 1
  while (at < text.length && items.length < BULLET_ITEMS_MAX) {
    const end = text.indexOf('\n', at)
    const line = text.slice(at, end === -1 ? text.length : end)
    const item = BULLET_ITEM.exec(line)
    if (!item) break
    items.push({ text: item[1]!, offset: at + line.indexOf(item[1]!) })
    if (end === -1) break
    at = end + 1
  }
  return items
}

const LINK_NUMBER = /\[\d{1,3}\]/y

/** Where the text goes on after a lynx link number at `start` ("[11]"), or `start` when none stands there. */
function pastLinkNumber(text: string, start: number): number {
  if (text.charCodeAt(start) !== 91) return start
  LINK_NUMBER.lastIndex = start
  return LINK_NUMBER.test(text) ? LINK_NUMBER.lastIndex : start
}

// "the Norwegian partner X", "the donor project partner X": a partner's role, then its name (upper-case).
const ROLE_THEN_NAME = lazyPattern(() => /^(?:the\s+)?(Norwegian|Icelandic|Liechtenstein|donor|foreign)\s+(?:project\s+)?partner\s+(?:the\s+)?(?=\p{Lu})/u)
/** How far after a cue the role's words reach: "the Liechtenstein project partner " and a little more. */
const ROLE_LEAD_MAX = 48

/** The role said before a partner's name right after a cue, with the country its adjective gives. */
function roleBeforeName(text: string, start: number): { length: number; country: string | null } | null {
  const lead = text.slice(start, start + ROLE_LEAD_MAX)
  // Most cues are followed by the name itself: no " partner " near, no role.
  if (!lead.includes(' partner ')) return null
  const role = ROLE_THEN_NAME().exec(lead)
  return role ? { length: role[0].length, country: role[1] ? countryOfName(role[1]) : null } : null
}

/** Gives `named` the country `text` is, when it is a bare country's name. */
/** "from Norway", "from Iceland": a list's aside naming the country of the name after it. */
function countryAside(text: string): string | null {
  const aside = /^from\s+(\S.*?)[\s,]*$/.exec(text.trim())
  return aside ? bareCountry(aside[1]!) : null
}

function countryAfterName(named: Named<Partner>, text: string): void {
  const country = bareCountry(text.trim().replace(/[.;,]+$/, ''))
  if (country) named.value = { ...named.value, country }
}

// "from Norway – ", "Norway: the …": a country, a dash or a colon, then a name (an article before it is not part of it).
const COUNTRY_THEN_NAMES = lazyPattern(() => /^(?:from\s+)?(\p{Lu}\p{L}+)(?:\s+[–—-]|\s*:)\s+(?:the\s+)?(?=\p{Lu})/u)
/** How far after a cue such a country stands: "from Liechtenstein – " and a little more. */
const COUNTRY_LEAD_MAX = 40

// "The Norwegian Correctional Service is the project partner.", "X participates as a project
// partner": a sentence whose subject is the partner (an article before the name is not part of it).
// After a semicolon too ("The promoter was X; the Norwegian Correctional Service was the donor project partner"),
// and a second partner in the same clause with its verb left out ("… partner and Viru Prison the Estonian partner").
// "The Lithuanian Ministry of Justice and the Swedish National Board … (SiS) contributed as expert partners":
// a plural subject, split into its names.
const PARTNER_SUBJECT =
  lazyPattern(() => /(?:^|[.!?;]\s+|\n)(?:The\s+|the\s+)?(?<name>\p{Lu}[^.;:\n]{2,150}?)\s+(?:(?:is|was|will be)\s+(?:the|a|an)|(?:acts|acted|will act|participates|participated|will participate|takes part|took part|will take part|contribute|contributes|contributed|will contribute|join|joins|joined|serve|serves|served)\s+as(?:\s+(?:the|a|an))?)\s+(?:(?<role>Norwegian|Icelandic|donor|main|foreign|expert|associated|associate)\s+)?(?:project\s+)?partner(?<plural>s)?(?![\p{L}])(?:\s+and\s+(?:the\s+)?(?<second>\p{Lu}[^.;:,\n]{2,100}?)\s+the\s+(?:(?<secondRole>\p{Lu}\p{L}+)\s+)?(?:project\s+)?partner(?![\p{L}]))?/gu)
// "X will act as donor partner": after "as" the article may be left out.
const SUBJECT_VERBS: readonly string[] = [' is the ', ' is a ', ' was the ', ' was a ', ' will be the ', ' will be a ', ' as the ', ' as a ', ' as an ', ' as donor ', ' as project ', ' as partner', ' as expert ', ' as associate']
// "This organisation is a partner", "Our school was the partner": no name.
const NOT_A_NAME = /^(?:This|That|These|Its|Their|Our|Each|Every|One|Another|Which|It)\s/u

function partnersAsSubject(text: string, offset: number): Array<Named<Partner>> {
  const found: Array<Named<Partner>> = []
  // The /u pattern runs only where both its plain words stand.
  if (!text.includes(' partner') || !includesAny(text, SUBJECT_VERBS)) return found
  PARTNER_SUBJECT().lastIndex = 0
  for (const match of text.matchAll(PARTNER_SUBJECT())) {
    const name = match.groups!.name!
    if (NOT_A_NAME.test(name) || /^(?:The|the)\s+\p{Ll}/u.test(name)) continue
    const nameAt = match.index + match[0].indexOf(name)
    if (match.groups!.plural) {
      for (const piece of splitParties(name)) {
        const each = partnerOf(piece.text)
        if (each) found.push({ value: withRoleCountry(each, match.groups!.role), offset: offset + nameAt + piece.offset, length: piece.text.length })
      }
      continue
    }
    const partner = partnerOf(name)
    if (partner) found.push({ value: withRoleCountry(partner, match.groups!.role), offset: offset + nameAt, length: name.length })
    const second = match.groups!.second
    const other = second ? partnerOf(second) : null
    if (second && other) found.push({ value: withRoleCountry(other, match.groups!.secondRole), offset: offset + match.index + match[0].lastIndexOf(second), length: second.length })
  }
  return found
}

/** "… the Estonian partner", "the Norwegian project partner": the role's adjective gives a partner's country it does not name. */
function withRoleCountry(partner: Partner, role: string | undefined): Partner {
  const country = partner.country ?? (role ? countryOfName(role) : null)
  return country === partner.country ? partner : { ...partner, country }
}

// The word that takes the comitative ending "-ga" ("Ülikooliga", "MTÜ-ga"), the last of the names.
const COMITATIVE = lazyPattern(() => /(?<=\p{L})-?ga(?![\p{L}])/gu)
// A word of the name that ends in "ga" itself ("Valga Maavalitsusega"): a capital goes on with the name.
const NAME_GOES_ON = lazyPattern(() => /^\s+\p{Lu}/u)

// "MTÜ-ga Pärnu Naiste Tugikeskus": a legal form takes the ending, the name follows it.
const FORM_IN_COMITATIVE = lazyPattern(() => /(?:^|\s)\p{Lu}{2,4}-ga$/u)
const NAME_AFTER_FORM = lazyPattern(() => /^(?:\s+[\p{Lu}„“"«][^\s,.;:]*)+/u)

/** A clause after "koostöös" up to the end of its last party in the comitative (and a name after a legal form or kind), or none when no word is. */
function throughComitative(clause: string): string {
  const found = comitativeEnding(clause)
  if (!found) return ''
  const ending = found.index + found[0].length
  const before = clause.slice(0, ending)
  const named = FORM_IN_COMITATIVE().test(before) || KIND_IN_COMITATIVE.test(before) ? ending + (NAME_AFTER_FORM().exec(clause.slice(ending))?.[0].length ?? 0) : ending
  // "koostöös Narva Linnavalitsusega ja Norra organisatsiooniga X": another party in the comitative after "ja".
  if (!clause.startsWith(' ja ', named)) return clause.slice(0, named)
  const next = throughComitative(clause.slice(named + 4))
  return clause.slice(0, next ? named + 4 + next.length : named)
}

// "organisatsiooniga Uteseksjonen": a kind of body in the comitative, the name after it as it is.
const KIND_IN_COMITATIVE = /(?:^|\s)(?:organisatsiooni|ühingu|ühenduse|sihtasutuse|asutuse)ga$/u

/** The first comitative ending that ends the names: after a legal form ("MTÜ-ga X") or a kind, or before no capitalised word. */
function comitativeEnding(clause: string): RegExpExecArray | null {
  COMITATIVE().lastIndex = 0
  for (let found = COMITATIVE().exec(clause); found; found = COMITATIVE().exec(clause)) {
    const end = found.index + found[0].length
    if (found[0].startsWith('-') || !NAME_GOES_ON().test(clause.slice(end, end + 3)) || KIND_IN_COMITATIVE.test(clause.slice(Math.max(0, end - 20), end))) return found
  }
  return null
}

/** `at`, or past a dash or colon and the spaces after it when one stands there. */
function afterDash(text: string, at: number): number {
  if (!'–—-:'.includes(text.charAt(at)) || at >= text.length) return at
  let next = at + 1
  while (next < text.length && isSpaceCode(text.charCodeAt(next))) next++
  return next
}

/** Whether a dash (not a hyphen) stands right before `at`, past the spaces: the names open an aside. */
function opensWithDash(text: string, at: number): boolean {
  let before = at - 1
  while (before >= 0 && isSpaceCode(text.charCodeAt(before))) before--
  const mark = text.charAt(before)
  return mark === '–' || mark === '—'
}

/** `clause` up to the dash that closes an aside ("X – izstrādāti …" -> "X"), or whole. */
function beforeDash(clause: string): string {
  const dash = clause.search(/\s[–—]\s/)
  return dash === -1 ? clause : clause.slice(0, dash)
}

function holdsCueWord(lower: string): boolean {
  for (const word of CUE_WORDS) if (lower.includes(word)) return true
  return false
}

interface Piece {
  text: string
  offset: number
}

// A text browser's dump breaks a line after the word and indents the next one ("A and⏎   the B").
const CONJUNCTION = /^\s(?:and\s+the|and|un|ir|bei|ja|ning|и)\s+/iu
const CLEAR_CONJUNCTION = /and\s+the|un|ir|bei|ja|ning|и/iu

const SERIAL_AND = /^and\s+(?=[A-Z])/

/** A Baltic "and" (no article follows it, unlike "and the"). */
const BARE_CONJUNCTION = /^\s(?:un|ir|bei|ja|ning|и)\s+$/iu

/**
 * Split "A (X), B and the C" into parties, never inside brackets or quotes. `names`: the clause
 * is a labelled list of names, where "un"/"ir"/"bei" before a lower-case word is inside one name
 * ("Nacionālais vardarbības un traumatiskā stresa pētījumu centrs"): a new name starts upper-case.
 */
export function splitParties(clause: string, names = false): Piece[] {
  const pieces: Piece[] = []
  let depth = 0
  let quoted = false
  let start = 0
  const push = (end: number, next: number): void => {
    const raw = clause.slice(start, end)
    // "A, B, and C": the last item's "and" after the comma is not part of its name; nor is the number of
    // an item in "1) A, 2) B".
    const text = withoutItemNumber(raw.trim().replace(SERIAL_AND, ''))
    if (text) pieces.push({ text, offset: start + raw.indexOf(text) })
    start = next
  }
  // "A, Rīga; B": a list cut on semicolons keeps its commas inside the names.
  const semicolons = names && clause.includes(';')
  for (let i = 0; i < clause.length; i++) {
    const c = clause[i]!
    if (c === '(') depth++
    else if (c === ')') depth = Math.max(0, depth - 1)
    else if ('„“"«'.includes(c) && !quoted) quoted = true
    else if ('”"»“'.includes(c) && quoted) quoted = false
    if (depth > 0 || quoted) continue
    if (c === ';' || (c === ',' && !namesUnitAfter(clause, i + 1) && !(names ? semicolons || enumeratesInName(clause, i) : enumeratesAfterPreposition(clause, i)))) {
      push(i, i + 1)
      continue
    }
    // A conjunction starts with a space: elsewhere there is none to cut and no copy to make.
    if (!isSpaceCode(clause.charCodeAt(i))) continue
    const conjunction = CONJUNCTION.exec(clause.slice(i, i + 24))
    // "Alcohol and Drug Addiction Services" is one name: split on "and" only after a closing
    // bracket, before "the", or between a body's name and a capital ("Alytus Correction House
    // and Alytus Municipality …"), where one name clearly ends and the next begins.
    if (!conjunction) continue
    const skip = conjunction[0].length
    // "Haridus- ja Teadusministeerium", "Politsei- ja Piirivalveamet": a word cut short by a hyphen shares the next one's end.
    if (clause.charCodeAt(i - 1) === 45) continue
    // "Eesti Linnade ja Valdade Liit": an Estonian genitive plural before "ja" qualifies a noun still to come.
    if (conjunction[0].trim() === 'ja' && endsInGenitivePlural(clause, i)) continue
    // "Bērnu un jauniešu centrs „Junda”": an "and" before lower-case words that end in a body's
    // word or a quoted name is inside one name; before other lower-case words ("… and volunteers
    // from local communities") it ends the list of names in prose.
    const lowerAfter = !conjunction[0].trimEnd().endsWith('the') && isLowerCaseAt(clause, i + skip)
    // "A и норвежская тюремная служба X": a nationality in lower case opens the next party's description.
    if (lowerAfter && names && nationalityKindAt(clause, i + skip) > 0) {
      push(i, i + skip)
      i += skip - 1
      continue
    }
    if (lowerAfter && continuesName(clause, i + skip)) continue
    if (lowerAfter && !names) {
      push(i, i + skip)
      i += skip - 1
      continue
    }
    if (CLEAR_CONJUNCTION.test(conjunction[0]) || clause[i - 1] === ')' || endsNameBeforeName(clause, i, conjunction[0].length) || (names && bodiesAround(clause, start, i, conjunction[0].length))) {
      // After a Baltic "and" a lower-case word goes on the name, unless a legal form starts the next ("… un biedrība „X”").
      if (names && BARE_CONJUNCTION.test(conjunction[0]) && lowerAfter && !startsWithLegalForm(clause, i + skip)) continue
      push(i, i + skip)
      i += skip - 1
    }
  }
  push(clause.length, clause.length)
  return pieces
}

/**
 * Whether the word ending at `at` is a capitalised Estonian genitive plural ("Linnade", "Noorte"):
 * a name's modifier, never its last word (an Estonian name ends in its head noun).
 */
function endsInGenitivePlural(clause: string, at: number): boolean {
  const ending = clause.slice(at - 2, at)
  if (ending !== 'de' && ending !== 'te') return false
  let start = at
  while (start > 0 && !isSpaceCode(clause.charCodeAt(start - 1))) start--
  return at - start >= 5 && isUpperCaseAt(clause, start)
}

// "Norwegian Correctional Service, Region South": a unit of the body before the comma, not a new party;
// so is a service club's numbered district ("Rotary Club of Bergen Nord, District 2250"), which partnerOf leaves out.
// So is a unit named by a compass point or by one word before its kind, the unit's name ending
// there: "Estonian Border Guard Board, Southern Border Guard District", "Latvian State Border Guard,
// Valka Board", "Police and Border Guard Board, North Prefecture", and a university's faculty ("Vilnius
// University, Faculty of Law"). "Tartu Prison, Viru Prison" and
// "…, Tartu Police Prefecture" name bodies of their own.
const UNIT_OF_BODY =
  lazyPattern(() => /^\s*(?:(?:Region|Division|Branch|Section|Unit)\s+\p{Lu}[\p{L}-]*|District\s+\d{2,4}[A-Z]?|Faculty\s+of\s+\p{Lu}[\p{L}-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]*){0,3}|(?:(?:North|South|East|West)(?:ern|-East|-West)?\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}|\p{Lu}[\p{L}-]*\s+)(?:Board|Prefecture|District|Department|Branch|Division|Region))(?=\s*(?:$|[,;().]|(?:and|in|with|from)\s))/u)

/** Whether the text after a comma at `from` names a unit of the body before it. */
function namesUnitAfter(clause: string, from: number): boolean {
  return unitAfter(clause, from) > 0
}

/** The length of the unit's name after a comma at `from` (its spaces before included), or 0 when none is named there. */
export function unitAfter(text: string, from: number): number {
  const next = text.slice(from, from + 60)
  if (!UNIT_WORDS.some((word) => next.includes(word))) return 0
  return UNIT_OF_BODY().exec(next)?.[0].length ?? 0
}

const UNIT_WORDS: readonly string[] = ['Region', 'Division', 'Branch', 'Section', 'Unit', 'Board', 'Prefecture', 'District', 'Department', 'Faculty']

// After a comma, one or two words and then "and"/"un": the rest of an enumeration inside a name.
const ENUMERATION_TAIL = lazyPattern(() => /^\s*(\p{L}+(?:\s+\p{L}+)?)\s+(?:and|un|ir)\s/u)
const CAPITALISED_WORD_BEFORE = lazyPattern(() => /(?:^|\s)\p{Lu}\p{Ll}+$/u)

/**
 * Whether the comma at `at` lists words inside one name ("Directorate for Children, Youth and
 * Family Affairs", "Rīgas domes Izglītības, kultūras un sporta departaments"): a capitalised word
 * of a longer name before it, and an "and" a word or two after it. Words that name a body of
 * their own are the next name ("Tartu Prison, Viru Prison and Ministry of Justice").
 */
function enumeratesInName(clause: string, at: number): boolean {
  const before = clause.slice(Math.max(0, at - 60), at)
  if (!before.trim().includes(' ') || !CAPITALISED_WORD_BEFORE().test(before)) return false
  const tail = ENUMERATION_TAIL().exec(clause.slice(at + 1, at + 60))
  return tail !== null && !tail[1]!.split(/\s+/).some((word) => BODY_WORDS.has(word.toLowerCase()))
}

// "Directorate for Children, Youth and …", "Ministry of Justice, Health and …": a capitalised word after "for" or "of".
const PREPOSITION_WORD_BEFORE = lazyPattern(() => /\s(?:for|of)\s+\p{Lu}\p{Ll}+$/u)
// The capitalised words after the enumeration's "and": the rest of the name, up to a comma, a bracket or a lower-case word.
const NAME_AFTER_AND = lazyPattern(() => /^\s*\p{L}+(?:\s+\p{L}+)?\s+and\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*/u)

/**
 * In prose, whether the comma at `at` lists words inside one name after its preposition
 * ("in partnership with the Norwegian Directorate for Children, Youth and Family Affairs (Bufdir)"):
 * no word of the enumeration names a body of its own ("Ministry of Justice, Police and Border Guard Board" is two).
 */
function enumeratesAfterPreposition(clause: string, at: number): boolean {
  const before = clause.slice(Math.max(0, at - 40), at)
  if ((!before.includes(' for ') && !before.includes(' of ')) || !PREPOSITION_WORD_BEFORE().test(before)) return false
  const tail = NAME_AFTER_AND().exec(clause.slice(at + 1, at + 80))
  if (!tail) return false
  const words = tail[0].replace(/\s+and\s+/, ' ').trim().split(/\s+/)
  return !words.some((word) => BODY_WORDS.has(word.toLowerCase()))
}

/**
 * Latvian legal forms, written in lower case before a body's name: "… un biedrība „Cēsu jauniešu centrs”";
 * and the Russian pages' word for a biedrība ("общество «Centrs MARTA»"), in the cases prose puts it in
 * ("совместно с … обществом «Шанс»", "при поддержке общества «X»").
 */
export const LATVIAN_LEGAL_FORMS: readonly string[] = ['biedrība', 'nodibinājums', 'fonds', 'sabiedrība', 'общество', 'обществом', 'общества', 'обществу']

/** Whether a Latvian legal form, then a space, stands at `at`. */
// "норвежская тюремная служба Kriminalomsorgen", "с норвежским фондом X": a Russian nationality
// adjective and lower-case words that say what kind of body the capitalised name after them is.
const NATIONALITY_KIND = lazyPattern(() => /^(норвежск|исландск|лихтенштейнск|латвийск|литовск|эстонск|шведск|финск|датск|немецк|польск)(?:ая|ий|ой|ое|ую|ого|ому|им|ей|ие|их|ими)(?:\s+\p{Ll}+){1,3}\s+(?=[\p{Lu}„“"«])/u)
const NATIONALITY_COUNTRIES: Readonly<Record<string, string>> = {
  норвежск: 'NO', исландск: 'IS', лихтенштейнск: 'LI', латвийск: 'LV', литовск: 'LT', эстонск: 'EE', шведск: 'SE', финск: 'FI', датск: 'DK', немецк: 'DE', польск: 'PL',
}

/** The length of a Russian nationality and kind before a name at `at` ("норвежская тюремная служба "), or 0. */
function nationalityKindAt(text: string, at: number): number {
  return NATIONALITY_KIND().exec(text.slice(at, at + 80))?.[0].length ?? 0
}

function startsWithLegalForm(text: string, at: number): boolean {
  return LATVIAN_LEGAL_FORMS.some((form) => text.startsWith(form, at) && isSpaceCode(text.charCodeAt(at + form.length)))
}

/**
 * Whether the lower-case words from `at` end in the word for a kind of body after a word that
 * qualifies it ("jauniešu centrs „Junda”", "vaikų ir jaunimo centras"): the rest of one name.
 * A body's word first ("un biedrību „X”") is the legal form of the next party.
 */
function continuesName(clause: string, at: number): boolean {
  let end = at
  // The lower-case run ends at a capital or a quote: what follows is a name.
  while (end < clause.length && !SEPARATORS.has(clause[end]!)) {
    const char = clause[end]!
    if (char !== char.toLowerCase() || QUOTE_OPENERS.has(char)) break
    end++
  }
  const words = clause.slice(at, end).toLowerCase().split(/\s+/)
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!
    if (BODY_WORDS.has(word) || NAME_HEADS.some((head) => word.startsWith(head))) return true
  }
  return false
}

const SEPARATORS = new Set([',', ';', '(', ')'])
const QUOTE_OPENERS = new Set([...'„“"«'])
/** Latvian, Lithuanian and Estonian words (as stems) for a kind of body that end a name ("… centrs", "… tarnyba"). */
const NAME_HEADS = [
  'centr', 'biedrīb', 'pārvald', 'dienest', 'nodaļ', 'departament', 'aģentūr', 'inspekcij', 'biroj', 'asociācij', 'savienīb',
  'institūt', 'tarnyb', 'skyri', 'draugij', 'asociacij', 'biur', 'komisariat', 'agentūr', 'sąjung', 'institut', 'keskus', 'ühing',
  // "Izglītības un zinātnes ministrija", "Švietimo ir mokslo ministerija": a ministry of two fields.
  'ministrij', 'ministerij',
]

/** Estonian words a body's name ends in ("Sotsiaalabiamet", "Linnavalitsus", "Tervise Arengu Instituut"). */
const ESTONIAN_BODY_ENDINGS: readonly string[] = [
  'amet', 'valitsus', 'instituut', 'keskus', 'ühing', 'liit', 'ministeerium', 'vangla', 'prefektuur', 'ülikool', 'kool',
  'fond', 'selts', 'osakond', 'teenistus', 'inspektsioon', 'gümnaasium', 'haigla', 'kolledž',
]
/** Lithuanian and Latvian stems a body's name ends in, besides NAME_HEADS. */
const BODY_HEADS: readonly string[] = ['savivaldyb', 'administracij', 'ministerij', 'mokykl', 'universitet', 'kolegij', 'pašvaldīb', 'ministrij', 'policij']
const LEGAL_FORMS: readonly string[] = ['MTÜ ', 'SA ', 'VšĮ ', 'UAB ', 'biedrība ', 'nodibinājums ']

/**
 * Whether a fact's value names a body, not a person ("Coordinator: Zemgale Planning Region",
 * "Projektijuht: Tervise Arengu Instituut" against "Coordinator: Ilze Bērziņa", "Projektijuht: Mari
 * Tamm"): a legal form first, a word of a body's name anywhere, or a body's word or stem last.
 */
export function namesOrganisation(value: string): boolean {
  const name = value.trim()
  if (LEGAL_FORMS.some((form) => name.startsWith(form))) return true
  for (const word of name.split(/[\s,„“"«»”()]+/)) {
    const lower = word.toLowerCase()
    if (BODY_WORDS.has(lower) || LABEL_BODY_WORDS.has(lower)) return true
  }
  const last = name.slice(name.lastIndexOf(' ') + 1).toLowerCase()
  if (!name.includes(' ') && !ESTONIAN_BODY_ENDINGS.some((ending) => last.endsWith(ending))) return false
  return (
    ESTONIAN_BODY_ENDINGS.some((ending) => last.endsWith(ending)) ||
    NAME_HEADS.some((head) => last.startsWith(head)) ||
    BODY_HEADS.some((head) => last.startsWith(head))
  )
}

/**
 * Whether two names name the same party, perhaps in other grammatical cases ("Valsts policija",
 * "Valsts policiju"): word by word, equal but for the last two letters of the longer word.
 */
export function isSameParty(a: string, b: string): boolean {
  const left = a.toLowerCase().split(/\s+/)
  const right = b.toLowerCase().split(/\s+/)
  if (left.length !== right.length) return false
  return left.every((word, i) => {
    const other = right[i]!
    if (word === other) return true
    const stem = Math.max(3, Math.max(word.length, other.length) - 2)
    return (word.length >= 4 && other.length >= 4 && word.slice(0, stem) === other.slice(0, stem)) || isComitativeOf(word, other) || isComitativeOf(other, word)
  })
}

/** "vanglateenistusega" of "vanglateenistus": the Estonian comitative adds "-ga" to the genitive stem, up to four letters in all. */
function isComitativeOf(form: string, word: string): boolean {
  return word.length >= 6 && form.endsWith('ga') && form.length - word.length <= 4 && form.startsWith(word)
}


/** Whether the word ending at `at` names a kind of body and a capital starts the word after the conjunction. */
function endsNameBeforeName(clause: string, at: number, conjunctionLength: number): boolean {
  const next = clause.charAt(at + conjunctionLength)
  if (next === '' || next.toLowerCase() === next) return false
  let start = at
  while (start > 0 && !isSpaceCode(clause.charCodeAt(start - 1))) start--
  return BODY_WORDS.has(clause.slice(start, at).toLowerCase()) && !namesSharedField(clause, at + conjunctionLength)
}

// "Swedish Prison and Probation Service", "Police and Border Guard Board": a public service's field after
// "and" shares the head noun that follows it, so the "and" is inside one name.
const SHARED_HEAD_FIELDS: readonly string[] = ['probation', 'border', 'rescue', 'customs', 'migration', 'coast']

/** Whether the word at `from` names a field of a public service ("Probation", "Border"). */
function namesSharedField(clause: string, from: number): boolean {
  const end = clause.indexOf(' ', from)
  return SHARED_HEAD_FIELDS.includes(clause.slice(from, end === -1 ? clause.length : end).toLowerCase())
}

/**
 * In a list of names, "Ministry of Justice and Riga Central Prison": the words before the
 * conjunction (since the last cut) and those after it (up to the next comma or "and") each
 * name a body of two words or more, so the conjunction parts two names. "Ministry of
 * Education and Science" stays one: "Science" names no body.
 */
function bodiesAround(clause: string, start: number, at: number, conjunctionLength: number): boolean {
  const after = clause.slice(at + conjunctionLength)
  const end = after.search(/[,;]|\s(?:and|un|ir|bei)\s/)
  return namesBody(clause.slice(start, at)) && namesBody(end === -1 ? after : after.slice(0, end))
}

/** Whether a piece of a list starts upper-case, has two words at least and one of them names a kind of body. */
function namesBody(piece: string): boolean {
  const words = piece.trim().split(/\s+/)
  if (words.length < 2 || !/^[\p{Lu}„“"«]/u.test(words[0]!)) return false
  return words.some((word) => BODY_WORDS.has(word.toLowerCase()))
}

/** A plain look for NAMES_A_PROJECT's words ("proj", "progr"), so most names never compile it. */
function mayNameAProject(text: string): boolean {
  const lower = text.toLowerCase()
  return lower.includes('proj') || lower.includes('progr')
}
/** Words before a quoted name that make it a project's or a programme's name. */
const NAMES_A_PROJECT = lazyPattern(() => /(?:^|\s)(?:projekt\p{L}{0,3}|project|projet|programm\p{L}{0,3}|programme|program)$/iu)

// A nationality, then the kind of body in lower case, then the capitalised name ("Norwegian organisation Reform");
// a legal form is the name's own ("NGO Convictus Eesti").
// "Norra organisatsiooniga Uteseksjonen": an Estonian kind takes the comitative of "koostöös", the name stays as it is;
// "partner on Norra organisatsioon X" has it in the nominative.
// "the user organisation RIO", "the youth association Ditto": an article and a word or two in lower case may describe the kind.
const KIND_BEFORE_NAME = lazyPattern(() => /^(?:the\s+)?(?:\p{Lu}\p{Ll}+\s+)?(?:(?:non-governmental|non-profit|public|national)\s+)?(?:(?:\p{Ll}+\s+){0,3}(?:team|unit)|(?:\p{Ll}+\s+){0,2}(?:organi[sz]ation|association|foundation|institution)|organisatsioon(?:iga)?|ühing(?:uga)?|ühendus(?:ega)?|sihtasutus(?:ega)?|asutus(?:ega)?)\s+(?=\p{Lu})/u)
const KIND_BEFORE_NAME_WORDS: readonly string[] = ['team ', 'unit ', 'organis', 'organiz', 'association ', 'foundation ', 'institution ', 'ühing', 'ühendus', 'asutus']

const ROLE_BEFORE_NAME = lazyPattern(() => /^(?:the\s+)?(?:donor\s+)?(?:project\s+)?partners?\s+(?=\p{Lu})/u)

const COUNTRY_IN_BRACKETS = /\s*\(([^()]{2,40})\)\s*$/u

/** A party as a partner, or null when it names nobody. */
// An Estonian legal form with the comitative ending ("MTÜ-ga", "SA-ga", "OÜ-ga") before the name.
const FORM_ENDING = lazyPattern(() => /^(\p{Lu}{2,4})-ga(?=\s+[\p{Lu}„“"«])/u)

export function partnerOf(raw: string): Partner | null {
  if (raw.length > 300) return null
  // "in cooperation with the Norwegian Directorate of Health": the article is not the name.
  // "the Kaunas Centre for Addictive Disorders and, from Norway, …": a list's "and" before an aside is not the name's.
  // "Asociacija „X“  Šiauliai, Lithuania": a card's column of where the body is gives its country, not its name.
  const column = placeColumnAfterName(raw)
  let name = squash(column?.name ?? raw).replace(CLUB_DISTRICT, '').replace(/[.;,:]+$/, '').replace(/\s+and$/, '').replace(/^the\s+(?=\p{Lu})/u, '')
  let describedCountry: string | null = column?.country ?? null
  // "in cooperation with the donor project partner Norwegian Directorate of Health": the role before the name is not the name.
  if (name.includes('partner')) name = name.replace(ROLE_BEFORE_NAME(), '')
  // "in partnership with the Norwegian organisation Reform – …": a kind of body in lower case before the name is not the name.
  // Its nationality still tells the partner's country.
  let kind = ''
  if (KIND_BEFORE_NAME_WORDS.some((word) => name.includes(word))) {
    kind = KIND_BEFORE_NAME().exec(name)?.[0] ?? ''
    name = name.slice(kind.length)
  }
  // "норвежская тюремная служба Kriminalomsorgen": the nationality and kind before the name describe it and give its country.
  if (kind === '' && name.length > 0 && isLowerCaseAt(name, 0)) {
    const described = NATIONALITY_KIND().exec(name)
    if (described) {
      kind = described[0]
      describedCountry = NATIONALITY_COUNTRIES[described[1]!] ?? null
      name = name.slice(kind.length)
    }
  }
  // "koostöös MTÜ-ga Lastekaitse Liit": the comitative ending is the sentence's, not the name's.
  if (name.includes('-ga ')) name = name.replace(FORM_ENDING(), '$1')
  const quoted = findQuoted(name)[0]
  if (quoted) {
    const before = name.slice(0, name.indexOf(quoted.text) - 1).trim()
    // "sadarbībā ar projektu „…”": a project named in quotes is no organisation.
    if (before && mayNameAProject(before) && NAMES_A_PROJECT().test(before)) return null
    // 'public organization "The Norwegian Red Cross"' names the organisation inside the quotes; a
    // Latvian legal form is part of the name, as "VšĮ" and "NGO" are: "biedrība „Centrs Dardedze”".
    if (/^[\p{Ll}\s]+$/u.test(before || 'x') && !LATVIAN_LEGAL_FORMS.includes(before)) {
      // '… «Uteseksjonen» (Осло, Норвегия)': a bracket after the quotes, its last part a country, gives the name's country.
      const after = BRACKET_AFTER_QUOTE.exec(name.slice(name.indexOf(quoted.text) + quoted.text.length + 1))
      describedCountry = after ? bareCountry(after[1]!.trim()) : null
      name = quoted.text
    }
    // "Norvēģijas organizāciju „Alternativ til Vold”": a country's name and lower-case words describe the
    // quoted name, and give its country.
    else if (before) {
      const described = countryDescribing(before)
      if (described) {
        name = quoted.text
        describedCountry = described
      }
    }
  }
  let country: string | null = describedCountry
  const bracket = COUNTRY_IN_BRACKETS.exec(name)
  if (bracket) {
    const named = bareCountry(bracket[1]!)
    if (named) {
      country = named
      name = name.slice(0, bracket.index).trim()
    }
  }
  // "Oslo University Hospital, Norway": a database cell puts the country after a comma.
  const comma = country === null ? name.lastIndexOf(', ') : -1
  if (comma > 0) {
    // "Норвежский полицейский директорат (Politidirektoratet, Норвегия)": the bracket gives the name in
    // its own language, then the country; the name is the one before the bracket.
    const open = name.lastIndexOf(' (', comma)
    const inBracket = open > 0 && name.endsWith(')') && name.indexOf(')', open) === name.length - 1
    const named = bareCountry(inBracket ? name.slice(comma + 2, -1) : name.slice(comma + 2))
    if (named) {
      country = named
      name = name.slice(0, inBracket ? open : comma).trim()
    }
  }
  if (!mayBeName(name)) return null
  // Read once: they tell both whether the name is a bare country and which country it is in.
  const mentions = findCountryMentions(name)
  // A bare country is a place, not a partner; so is a lone city ("Institute (SIRUS), Oslo": where the partner is).
  if (bareCountryOf(name, mentions) !== null) return null
  if (mentions.length === 0 && name.length <= LONE_PLACE_MAX && !name.includes(' ') && countryOfName(name) !== null) return null
  country ??= countryOfParty(name, mentions) ?? (kind ? countryOfParty(kind, findCountryMentions(kind)) : null)
  return { name, country }
}

/** "(Осло, Норвегия)", "(Norway)": a bracket right after a closing quote, its last part (after a town) in the group. */
const BRACKET_AFTER_QUOTE = /^\s*\((?:[^(),]{1,40},\s*)?([^(),]{2,40})\)\s*$/

/**
 * The country of words that describe a quoted name: a country's name, then lower-case words only
 * ("Norvēģijas organizāciju", "Norwegian organisation"); null for anything else.
 */
function countryDescribing(before: string): string | null {
  const space = before.indexOf(' ')
  if (space < 0 || !/^[\p{Ll}\s]+$/u.test(before.slice(space + 1))) return null
  const mentions = findCountryMentions(before)
  return mentions.length === 1 && mentions[0]!.offset === 0 ? mentions[0]!.country : null
}

/** The longest lone place name (one word: "Stavanger municipality" is a body) read as a place and not a partner. */
const LONE_PLACE_MAX = 30

/** Words that name a kind of body, not a body: "in cooperation with Police, schools and NGOs". */
const KINDS = new Set([
  'police', 'municipality', 'municipalities', 'ministry', 'ministries', 'government', 'governments', 'school', 'schools',
  'ngo', 'ngos', 'parents', 'teachers', 'youth', 'children', 'state', 'city', 'county', 'university', 'universities',
  'church', 'community', 'communities', 'experts', 'specialists', 'partners', 'others', 'policija', 'pašvaldības',
  'pašvaldība', 'skolas', 'policija', 'savivaldybės', 'savivaldybė', 'mokyklos', 'policijos',
  // "in cooperation with the Region": the body named before, by its kind.
  'region', 'district', 'council', 'directorate', 'agency', 'service', 'institute', 'centre', 'center', 'promoter',
])

// "Rotary Club of Bergen Nord, District 2250": the numbered district a service club belongs to is no part of its name.
const CLUB_DISTRICT = /,\s*(?:Rotary\s+|Lions\s+)?District\s+\d{2,4}[A-Z]?\s*$/

// A name, a gap of two spaces or a tab, and a last column without such a gap.
const LAST_COLUMN = lazyPattern(() => /^(\S.*?\S)(?: {2,}|\t+)(\p{Lu}(?:(?! {2})[^\t\n])*?)\s*$/u)

/**
 * "Asociacija „Jaunimo iniciatyvos“  Šiauliai, Lithuania", "Biedrība „X“  Latvia": a programme's card
 * (the Erasmus+ platform's, a copy of its table) sets where a body is in a column of its own, after
 * a gap of two spaces or a tab. The town and country there are no part of the name; the country is
 * the body's. Null when the last column is not wholly places ("Centre  for Youth" is a name a gap broke).
 */
export function placeColumnAfterName(raw: string): { name: string; country: string | null } | null {
  if (!raw.includes('  ') && !raw.includes('\t')) return null
  let name: string | null = null
  let country: string | null = null
  // "Name  Šiauliai  Lithuania": a town's column and a country's, each cut in turn; the last column's country is the body's.
  for (let columns = LAST_COLUMN().exec(raw.trim()); columns; columns = LAST_COLUMN().exec(columns[1]!)) {
    const countries = columns[2]!.split(/,\s*/).map((part) => countryOfName(part))
    if (countries.some((named) => named === null)) break
    country ??= countries[countries.length - 1]!
    name = columns[1]!
  }
  return name === null ? null : { name, country }
}

/** "Daugavpils City Municipal Police (Latvia)" -> the name without the country in brackets after it. */
export function withoutCountryInBrackets(name: string): string {
  if (name.charCodeAt(name.length - 1) !== 41) return name
  const bracket = COUNTRY_IN_BRACKETS.exec(name)
  return bracket && bracket.index > 0 && bareCountry(bracket[1]!) ? name.slice(0, bracket.index).trim() : name
}

/**
 * "National Institute for Health Development, Estonia" (a programme's card) or "… Police (Latvia)": the
 * name without the country after it.
 */
export function withoutCountryAfterName(name: string): string {
  const bare = withoutCountryInBrackets(name)
  const comma = bare.lastIndexOf(', ')
  return comma > 0 && bareCountry(bare.slice(comma + 2)) !== null ? bare.slice(0, comma).trim() : bare
}

/** Whether a name could name a party, by its form; a bare country is ruled out apart. */
function mayBeName(name: string): boolean {
  if (name.length < 3 || name.length > 200) return false
  // Unnamed parties start with a number or a lower-case word: "5 Latvian local governments", "other partners";
  // a Latvian legal form is the exception ("biedrība „Cēsu jauniešu centrs”").
  if (!/^[\p{Lu}„“"«]/u.test(name) && !startsWithLegalForm(name, 0)) return false
  if (!/\s/.test(name)) return !KINDS.has(name.toLowerCase())
  // "the Latvian and Estonian partner organisations": a description ending in a kind of bodies, in lower case.
  return !PLURAL_KINDS.has(name.slice(name.lastIndexOf(' ') + 1))
}

const PLURAL_KINDS: ReadonlySet<string> = new Set(['organisations', 'organizations', 'partners', 'institutions', 'governments', 'municipalities', 'authorities', 'bodies', 'schools', 'agencies'])

/** The country a text names when it is nothing but a country's name ("Itālija", "Norway") or its code ("LV", as keep.eu writes it). */
export function bareCountry(text: string): string | null {
  if (text.length === 2 && EUROPEAN_CODES.has(text)) return text
  return bareCountryOf(text, findCountryMentions(text))
}

/** ISO 3166-1 codes of the countries in European programmes ("Tallinn Youth Work Centre (EE)"), in capitals only. */
const EUROPEAN_CODES: ReadonlySet<string> = new Set([
  'LV', 'LT', 'EE', 'FI', 'SE', 'NO', 'IS', 'LI', 'DK', 'DE', 'PL', 'BY', 'RU', 'UA', 'NL', 'BE', 'FR', 'IT', 'ES', 'PT', 'AT',
  'CZ', 'SK', 'HU', 'SI', 'HR', 'RO', 'BG', 'GR', 'CY', 'MT', 'IE', 'LU', 'CH', 'GB',
])

function bareCountryOf(text: string, mentions: readonly CountryMention[]): string | null {
  const only = mentions[0]
  if (mentions.length !== 1 || !only) return null
  return only.length >= text.trim().length - 1 ? only.country : null
}

/** The one country the name's country mentions and places agree on, or null (none, or several). */
function countryOfParty(name: string, mentions: readonly CountryMention[]): string | null {
  let country: string | undefined
  for (const mention of mentions) {
    if (country === undefined) country = mention.country
    // A second country settles it: the places cannot make the set smaller.
    else if (mention.country !== country) return null
  }
  for (const place of findPlaces(name)) {
    if (country === undefined) country = place.country
    else if (place.country !== country) return null
  }
  return country ?? null
}

const ORG_PREFIX = String.raw`(?:NGO|NVO|VšĮ|VŠĮ|MTÜ|SA|biedrība|biedrības|nodibinājums|asociacija|Association|Foundation)`

// A capitalised word of a body's name; a print's text may break it at a line's end ("Addictive Dis-" /
// "orders"): the hyphen, the gap and the lower-case rest are the same word.
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’-]*(?:(?<=\p{Ll}-)\s+\p{Ll}[\p{L}'’]*)?`

const PROMOTER_PATTERNS: ReadonlyArray<() => RegExp> = [
  // "The Project Promoter is the National Centre for Addictions.", "The project promoter was the Ministry of Justice;"
  lazyPattern(() => /\b(?:[Tt]he )?[Pp]roject [Pp]romoter (?:is|was) (?:the )?(?<name>\p{Lu}[^.;\n]{2,150}?)(?=[.;\n]|$)/u),
  // "During the project implementation NGO Convictus Eesti had provided …", "… NGO "Dia+Logs" had …",
  // "During the project the X City Council Social Service opened …" (an article before the body's name),
  // "… Alytus Centre for Addictive Disorders had opened …" (no prefix: see promoterInProse), with its
  // acronym after it: "… Estonian Network of People Living with HIV (ENPLH) trained …", or with its name in
  // its own language: "… NGO Narva Hope Centre (MTÜ Narva Lootuse Keskus) organised …".
  lazyPattern(() => new RegExp(String.raw`\b(?:[Dd]uring|[Ww]hile) (?:the )?(?:project(?: implementation)?|implementation of the project|implementing the project),?\s+(?:the\s+)?(?<name>(?:(?<prefix>${ORG_PREFIX})\s+)?(?:[„“"«][^„“"«”»\n]{2,80}[”“"»]|${NAME_WORD}(?:\s+(?:(?:of|for|and|with|the|in|on|against)\s+)?${NAME_WORD}){0,8})(?:\s+\((?:\p{Lu}[\p{Lu}\p{N}.-]{1,14}|(?:${ORG_PREFIX})\s[^()\n]{2,80})\))?)\s+(?<verb>had|has|have|was|were|provided|organi[sz]ed|implemented|carried|trained|opened|conducted|developed|offered|established|prepared|delivered)\b`, 'u')),
  // "The project was implemented by NGO X." / "… carried out by the Red Cross of Latvia." /
  // 'the project "X", implemented by Y in partnership with Z': the participle right after the project's quoted name.
  // 'carried out by the society "X"': an English word for its kind before a quoted name is no part of it,
  // nor is it, in lower case, before a capitalised one ("implemented by the public institution Panevėžys …").
  // "was led by the" / "State Probation Service of Latvia and piloted …": a text browser's margin may follow the
  // joined line's "the", and an "and" before a lower-case verb ends the name.
  lazyPattern(() => /(?:\b(?:was|is|were|will be|has been) |(?<=\b[Pp]roject\s+[„“"«][^„“”"«»\n]{1,200}[”“"»],?\s))(?:implemented|carried out|run|coordinated|led|managed) by\s+(?:the\s+)?(?:(?:society|association|foundation|(?:public |non-governmental )?organi[sz]ation|public institution|non-governmental organi[sz]ation|budgetary institution|municipal (?:enterprise|institution)) (?=[„“"«\p{Lu}]))?(?<name>[\p{Lu}„“"«][^.;,\n()]{2,120}?)(?=[.;,\n(]|\s(?:in|from|during|with|between|together|jointly)\s|\sand\s+\p{Ll}|$)/u),
  // "Projektą vykdo VšĮ X" / "Projektu īsteno biedrība X"
  // "Projektą vykdė VšĮ X kartu su Y": the promoter ends before the partner named with it.
  // "Projektu īstenos biedrība „X” sadarbībā ar …": a news item's future tense names it as well.
  // "Projektu „Drošas mājas” īsteno X": the project's name may stand between the word and the verb.
  lazyPattern(() => /(?<![\p{L}])(?:[Pp]rojektą(?:\s+[„“"«][^„“”"«»\n]{1,200}[”“"»])? (?:vykdo|vykdė|vykdys|įgyvendina|įgyvendino|įgyvendins)|[Pp]rojektu(?:\s+[„“"«][^„“”"«»\n]{1,200}[”“"»])? (?:īsteno|īstenoja|īstenos|realizē|realizēja|realizēs))\s+(?<name>(?:(?:biedrība|nodibinājums|fonds|sabiedrība)\s+)?[\p{Lu}„“"«][^.;,\n]{2,120}?)(?=[.;,\n]|\s(?:kartu su|sadarbībā ar)\s|$)/u),
  // 'projekts LV08/5 "…", kuru īstenoja X' / 'projektas „…“, kurį vykdė X': the relative clause
  // must follow the project's quoted name ("programmas, kuru īsteno X" names its operator). The
  // period may stand before the verb ("…”, kuru no 2019. gada marta līdz … īstenoja X").
  // 'проект «…», который реализует X совместно с Y': the same in Russian.
  lazyPattern(() => /(?<![\p{L}])(?:[Pp]rojekt|[Пп]роект)\p{L}{0,3}\s+(?:[A-Z]{2} ?\d{1,4}(?:[/-]\d{1,4})?\s+)?[„“"«][^„“”"«»\n]{1,200}[”“"»],\s+(?:kuru|ko|kurį|который|которую) (?:(?:[^.;\n„“”"]|\d\.){1,80}? )?(?:īsteno|īstenoja|realizē|realizēja|vykdo|vykdė|įgyvendina|įgyvendino|реализует|реализовал|реализовала)\s+(?<name>\p{Lu}[^.;,\n]{2,120}?)(?=[.;,\n]|\s(?:kartu su|sadarbībā ar|совместно\s+с)\s|$)/u),
  // "The project was carried out from 1 April 2009 until 31 December 2009 by NGO "X"": the period between the verb and "by".
  lazyPattern(() => /\b(?:was|is|were|will be|has been) (?:implemented|carried out|run) (?:from|between|during|in) (?:[^.;\n]|\.(?=\d)){3,60}? by (?:the )?(?<name>\p{Lu}[^.;,\n()]{2,120}?)(?=[.;,\n(]|\s(?:in|from|during|with|between|together|jointly)\s|$)/u),
  // "Projekti viib ellu Valga Vallavalitsus koostöös …", "Projekti viis Ida prefektuur ellu …":
  // the Estonian verb "viima ellu" (carry out), or "viima läbi" (conduct), with the doer after or inside it.
  lazyPattern(() => /(?<![\p{L}])[Pp]rojekti (?:viib|viivad|viis|viisid) (?:ellu|läbi) (?<name>(?:MTÜ |SA )?[\p{Lu}„“"«][^.;,\n]{2,120}?)(?=[.;,\n]|\s(?:koostöös|ja|aastatel|ajavahemikul)\s|$)/u),
  lazyPattern(() => /(?<![\p{L}])[Pp]rojekti (?:viib|viivad|viis|viisid) (?<name>(?:MTÜ |SA )?[\p{Lu}„“"«][^.;,\n]{2,120}?) (?:ellu|läbi)(?![\p{L}])/u),
  // "Alates 1. jaanuarist 2020 viib Sotsiaalministeerium ellu projekti …": the verb second, its doer after it.
  // "X viib Norra finantsmehhanismi toel ellu projekti": what ends in a postposition of means (with the
  // support of, by means of) is how, not who.
  lazyPattern(() => /(?<![\p{L}])(?:viib|viivad|viis|viisid) (?<name>(?:MTÜ |SA )?[\p{Lu}„“"«][^.;,\n]{2,120}?)(?<!\s(?:toel|abil|toetusel|rahastusel|kaasabil)) ellu (?:[\p{L}-]+ ){0,3}projekt/u),
  // "Justiitsministeerium viib Norra finantsmehhanismi toel ellu projekti …": the doer first, opening its
  // sentence, the means between the verb and its particle.
  lazyPattern(() => /(?<=^|\n|[.!?] )(?<name>(?:MTÜ |SA )?\p{Lu}[\p{L}-]{2,40}(?: [\p{L}-]{1,40}){0,5}) (?:viib|viivad|viis|viisid) (?:[^.;\n]{1,80}? )?ellu (?:[\p{L}-]+ ){0,3}projekt/u),
  // "Projektu Labklājības departaments īsteno sadarbībā ar …": the object first, the doer before the
  // verb; the verb ends the clause or brings in the partners, so "Projektu Latvijā īsteno X" is no match.
  lazyPattern(() => /(?<![\p{L}])[Pp]rojektu (?<name>(?:(?:biedrība|nodibinājums) )?\p{Lu}[^.;,:\n„“"«]{2,80}?) (?:īsteno|īstenoja|īstenos|realizē|realizēja)(?=[.;,]|\s+(?:sadarbībā ar|kopā ar)\s)/u),
  // "The Embassy of Norway has granted LTL 86 320 to the Šiauliai Women's Crisis Centre for the project …":
  // a funder's grant to a body for the project names the body that carries it out.
  lazyPattern(() => /\b(?:has|have|had) (?:granted|awarded) [^.;\n]{1,60}? to (?:the )?(?<name>\p{Lu}[^.;,\n()]{2,120}?) for (?:the|a|its|this) project\b/u),
  // "Проект осуществляет X совместно с A и B", "Проект «…» реализует X в …": the Russian object first, the
  // doer after the verb (a lower-case word after it is no doer: "Проект реализует программу …"); the
  // doer ends at the partners, the means ("при поддержке …", "в рамках …") or a place ("в Даугавпилсе").
  lazyPattern(() => /(?<![\p{L}])[Пп]роект(?:\s+[„“"«][^„“”"«»\n]{1,200}[”“"»])?\s+(?:осуществляет|осуществляют|осуществлял[аи]?|осуществил[аи]?|реализует|реализуют|реализовал[аи]?)\s+(?<name>(?:(?:общество|НКО|фонд)\s+)?[\p{Lu}„“"«][^.;,:\n]{2,120}?)(?=[.;,:\n]|\s(?:совместно\s+с|вместе\s+с|в\s+сотрудничестве\s+с|в\s+партн[её]рстве\s+с|при\s+поддержке|в\s+рамках|на\s+средства|(?:с|до|по|в|во)\s+(?:\p{Lu}|[0-9])|$)|$)/u),
  // 'проекта «Чистый старт», который Департамент тюрем … реализует на средства …': the Russian relative clause
  // with its doer before the verb (a capitalised name or a legal form and a quoted one, to the verb).
  lazyPattern(() => /(?<![\p{L}])[Пп]роект\p{L}{0,3}\s+[„“"«][^„“”"«»\n]{1,200}[”“"»],\s+(?:который|которую|которое)\s+(?<name>(?:(?:общество|НКО|МТЮ|фонд)\s+)?[\p{Lu}„“"«][^.;,:\n]{2,120}?)\s+(?:реализует|реализуют|реализовал[аио]?|осуществляет|осуществляют|осуществил[аио]?|проводит|провёл|провела|ведёт|выполняет)(?![\p{L}])/u),
  // "Projekti elluviija on MTÜ X, partneritena osalevad …" (or "elluviijaks on", the translative), "Projekta īstenotājs ir biedrība „X”", "Projekto
  // vykdytojas yra VšĮ X": the label word in a sentence, then "is" and the name (to the clause's end).
  lazyPattern(() => /(?<![\p{L}])(?:[Pp]rojekti (?:elluviija|läbiviija|teostaja)(?:ks)? (?:on|oli)|[Pp]rojekta īstenotājs (?:ir|bija)|[Pp]rojekto (?:vykdytojas|vykdytoja) (?:yra|buvo)) (?<name>(?:(?:biedrība|nodibinājums) )?[\p{Lu}„“"«][^.;,:\n]{2,120}?)(?=[.;,:\n]|\s(?:koostöös|kartu su|sadarbībā ar)\s|\s(?:ja|ning|ir|un)\s+\p{Ll}|$)/u),
]

/**
 * Where the passive promoter pattern ("was implemented by", "has been carried out by") can match:
 * every match holds "ed by ", "ut by " or "un by " at most 18 characters after its
 * start ("has been implement|ed by"). Its leading alternation scans slowly; this plain scan does not.
 */
const PASSIVE = 2
const PASSIVE_PATTERN = anchoredPattern(PROMOTER_PATTERNS[PASSIVE]!, /(?:ed|ut|un) by /g, 'has been implement'.length, isAsciiLetter)
/** The passive pattern with the period before "by": its verb and preposition ("ut from ", "ed in ") are its anchor, as above. */
const PASSIVE_AFTER_PERIOD = 5
const PASSIVE_AFTER_PERIOD_PATTERN = anchoredPattern(PROMOTER_PATTERNS[PASSIVE_AFTER_PERIOD]!, /(?:ed|ut|un) (?:from|between|during|in) /g, 'has been implement'.length, isAsciiLetter)

/**
 * Plain text every match of the "During the project …" pattern holds ("[Dd]uring ", "[Ww]hile "):
 * without one, its slow scan of the whole text is skipped. (The other patterns scan about as fast
 * as such a check would.)
 */
const DURING = 1
const DURING_WORDS: readonly string[] = ['uring ', 'hile ']
/** The relative-clause pattern needs its comma and pronoun ("…”, kuru īstenoja X"): without one its scan is skipped. */
const RELATIVE_CLAUSE = 4
const RELATIVE_WORDS: readonly string[] = [', kuru ', ', ko ', ', kurį ', ', котор']
/** The Estonian patterns need the verb's particle "ellu" or "läbi": without one their scans are skipped. */
const CARRIED_OUT = 6
const PARTICLES: readonly string[] = [' ellu', ' läbi']
/** The Latvian object-first pattern ("Projektu X īsteno …") needs its first word: without it its scan is skipped. */
const OBJECT_FIRST = 10
const OBJECT_WORDS: readonly string[] = ['rojektu ']

/** The grant-to pattern needs its verb ("has granted … to X for the project"): without one its scan is skipped. */
const GRANTED_TO = 11
const GRANTED_WORDS: readonly string[] = [' granted ', ' awarded ']
/** The Russian object-first pattern ("Проект осуществляет X") needs its first word: without it its scan is skipped. */
const RUSSIAN_OBJECT_FIRST = 12
const RUSSIAN_OBJECT_WORDS: readonly string[] = ['роект ']

/** The Russian relative clause with its doer first needs its pronoun ("…», который X реализует"): without one its scan is skipped. */
const RUSSIAN_DOER_FIRST = 13
const RUSSIAN_RELATIVE_WORDS: readonly string[] = [', котор']

/** The promoter where prose states it; null when it does not. */
export function promoterInProse(text: string, offset = 0): Named<string> | null {
  // The Estonian patterns come last and share their particles: looked for once, when the loop gets there.
  let particles: boolean | undefined
  for (let i = 0; i < PROMOTER_PATTERNS.length; i++) {
    if (i === DURING && !includesAny(text, DURING_WORDS)) continue
    if (i === RELATIVE_CLAUSE && !includesAny(text, RELATIVE_WORDS)) continue
    if (i === PASSIVE_AFTER_PERIOD && !text.includes(' by ')) continue
    if (i >= CARRIED_OUT && i < OBJECT_FIRST && !(particles ??= includesAny(text, PARTICLES))) continue
    if (i === OBJECT_FIRST && !includesAny(text, OBJECT_WORDS)) continue
    if (i === GRANTED_TO && !includesAny(text, GRANTED_WORDS)) continue
    if (i === RUSSIAN_OBJECT_FIRST && !includesAny(text, RUSSIAN_OBJECT_WORDS)) continue
    if (i === RUSSIAN_DOER_FIRST && !includesAny(text, RUSSIAN_RELATIVE_WORDS)) continue
    const match =
      i === PASSIVE
        ? (anchoredMatches(text, PASSIVE_PATTERN, 1)[0] ?? null)
        : i === PASSIVE_AFTER_PERIOD
          ? (anchoredMatches(text, PASSIVE_AFTER_PERIOD_PATTERN, 1)[0] ?? null)
          : PROMOTER_PATTERNS[i]!().exec(text)
    const name = match?.groups?.name?.trim()
    if (i === DURING && match && !match.groups!.prefix && !namesBodyDoing(name ?? '', match.groups!.verb!)) continue
    if (match && name) {
      const at = match.index + match[0].indexOf(name)
      // "implemented by X Board, Southern District": the name goes on over the comma to the unit.
      const unit = text.charCodeAt(at + name.length) === 44 ? unitAfter(text, at + name.length + 1) : 0
      const value = unit ? text.slice(at, at + name.length + 1 + unit) : text.slice(at, throughWrappedName(text, at, throughListedWords(text, at + name.length)))
      // 'by the society "X"': the quoted name alone, without its marks.
      if (isWhollyQuoted(value)) return { value: value.slice(1, -1), offset: offset + at + 1, length: value.length - 2 }
      return { value: mendedName(value), offset: offset + at, length: value.length }
    }
  }
  return ownerOfQuotedProject(text, offset)
}

// A word that joins a name's words ("… Департамента полиции и" / "погранохраны"): a line ending in one goes on.
const JOINS_AT_END = lazyPattern(() => /(?<![\p{L}])(?:and|of|for|the|un|ir|ja|и|по|для)$/u)
const REST_OF_NAME = lazyPattern(() => /^\n[ \t]*([\p{L}«„"][^.;,:\n]{0,80}?)(?=[.;,:\n]|$)/u)

/**
 * Where a name a text browser or a print wrapped after a joining word ends: the next line's words up
 * to the clause's end ("Ида-Вируская префектура Департамента полиции и" / "погранохраны."); `end`
 * when the name does not break so.
 */
function throughWrappedName(text: string, at: number, end: number): number {
  if (text.charCodeAt(end) !== 10 || !JOINS_AT_END().test(text.slice(Math.max(at, end - 6), end))) return end
  const rest = REST_OF_NAME().exec(text.slice(end, end + 100))
  return rest ? end + rest[0].length : end
}

/** A name a print broke at a line's end ("Addictive Dis- orders"), whole again ("Addictive Disorders"). */
function mendedName(value: string): string {
  if (/-\s/.test(value)) return mendBrokenWords(squash(value))
  return value.includes('\n') ? squash(value) : value
}

/** '"X"', '„X”': one quoted name, its marks at both ends and none inside. */
function isWhollyQuoted(value: string): boolean {
  return value.length > 2 && '„“"«'.includes(value[0]!) && '”“"»'.includes(value[value.length - 1]!) && findQuoted(value)[0]?.text.length === value.length - 2
}

// After a comma, lower-case words only up to the next stop: perhaps the rest of one name.
const LISTED_WORDS = lazyPattern(() => /^, (?=\p{Ll})[^.;,\n\p{Lu}]{2,120}?(?=[.;,\n]|\s(?:kartu su|sadarbībā ar)\s|$)/u)

/**
 * "Narkotikų, tabako ir alkoholio kontrolės departamentas": a comma before lower-case words that
 * end in a body's word lists words inside one name. Returns where the name ends (`end` when it does not go on).
 */
function throughListedWords(text: string, end: number): number {
  if (text.charCodeAt(end) !== 44) return end
  const rest = LISTED_WORDS().exec(text.slice(end, end + 200))
  if (!rest) return throughCapitalisedList(text, end)
  const last = rest[0].slice(rest[0].lastIndexOf(' ') + 1).toLowerCase()
  return BODY_WORDS.has(last) || NAME_HEADS.some((head) => last.startsWith(head)) ? end + rest[0].length : end
}

// ", Youth and Sports Department": capitalised words, an "and", capitalised words up to a lower-case one.
const CAPITALISED_LIST = lazyPattern(() => /^,(?: \p{Lu}\p{Ll}+){1,2}(?:, \p{Lu}\p{Ll}+)* and(?: \p{Lu}\p{Ll}+){1,3}(?![\p{L}-])(?! \p{Lu})/u)
const LAST_WORD = lazyPattern(() => /\p{L}+$/u)

/**
 * "Riga City Council Education, Youth and Sports Department": a comma between capitalised words that an
 * "and" goes on to a body's word lists the fields of one body. Not when a word of the list, or the one
 * before the comma, names a body itself ("Tartu Prison, Viru Prison and Ministry …" are two).
 * Returns where the name ends (`end` when it does not go on).
 */
function throughCapitalisedList(text: string, end: number): number {
  const rest = CAPITALISED_LIST().exec(text.slice(end, end + 120))
  if (!rest) return end
  const words = rest[0].replace(/[,]/g, ' ').split(/\s+/).filter((word) => word && word !== 'and')
  const before = LAST_WORD().exec(text.slice(Math.max(0, end - 40), end))?.[0].toLowerCase() ?? ''
  if (!BODY_WORDS.has(words.at(-1)!.toLowerCase()) || BODY_WORDS.has(before)) return end
  return words.slice(0, -1).some((word) => BODY_WORDS.has(word.toLowerCase())) ? end : end + rest[0].length
}

// 'the project "Safe Neighbourhoods" of the Šiauliai City Municipality': the body whose project it is.
const OWNED_PROJECT =
  lazyPattern(() => /\b[Pp]roject\s+[„“"«][^„“”"«»\n]{1,200}[”“"»]\s+of\s+(?:the\s+)?(?<name>\p{Lu}[^.;,\n()]{2,120}?)(?=[.;,\n(]|\s(?:in|from|during|with|between|together|and|which|that|for|to)\s|$)/u)
const OWNED_WORDS: readonly string[] = ['" of ', '” of ', '“ of ', '» of ']

// "О софинансировании проекта «Безопасный берег» общества «Юрмальский центр поддержки молодёжи»": in Russian the
// owner follows in the genitive, a legal form and its quoted name.
const RUSSIAN_OWNED_PROJECT =
  lazyPattern(() => /(?<![\p{L}])[Пп]роект\p{L}{0,3}\s+«[^«»\n]{1,200}»\s+(?<form>общества|общественной организации|некоммерческой организации|объединения|фонда|НКО|МТЮ|ОО)\s+(?<name>«[^«»\n]{2,120}»)/u)
/** The genitive legal forms of RUSSIAN_OWNED_PROJECT and their nominative. */
const RUSSIAN_FORM_NOMINATIVE: Readonly<Record<string, string>> = {
  общества: 'общество', 'общественной организации': 'общественная организация', 'некоммерческой организации': 'некоммерческая организация',
  объединения: 'объединение', фонда: 'фонд', НКО: 'НКО', МТЮ: 'МТЮ', ОО: 'ОО',
}

/** The owner of a quoted project, when it names a body ("… City Municipality", "… Centre"), not a programme. */
function ownerOfQuotedProject(text: string, offset: number): Named<string> | null {
  const russian = text.includes('» ') ? RUSSIAN_OWNED_PROJECT().exec(text) : null
  if (russian) {
    const { form, name } = russian.groups!
    const at = russian.index + russian[0].length - name!.length - 1 - form!.length
    return { value: `${RUSSIAN_FORM_NOMINATIVE[form!]} ${name}`, offset: offset + at, length: form!.length + 1 + name!.length }
  }
  if (!includesAny(text, OWNED_WORDS)) return null
  const match = OWNED_PROJECT().exec(text)
  const name = match?.groups?.name?.trim()
  if (!match || !name || !name.split(/\s+/).some((word) => BODY_WORDS.has(word.toLowerCase()))) return null
  const at = match.index + match[0].lastIndexOf(name)
  return { value: name, offset: offset + at, length: name.length }
}

/** Words that name a body in a fact's value, though in prose they may name a place or a kind ("the Latgale region"). */
const LABEL_BODY_WORDS: ReadonlySet<string> = new Set(['region', 'university', 'police', 'directorate', 'authority', 'academy', 'college', 'library', 'ngo', 'všį', 'mtü', 'biedrība', 'nodibinājums'])

/** Words that make a capitalised phrase the name of a body ("Alytus Centre for Addictive Disorders"). */
const BODY_WORDS = new Set([
  'centre', 'center', 'centers', 'centres', 'association', 'foundation', 'society', 'hospital', 'clinic', 'institute',
  'institution', 'agency', 'office', 'department', 'service', 'services', 'network', 'union', 'club', 'church', 'council',
  'bureau', 'house', 'school', 'fund', 'organisation', 'organization', 'mission', 'cross', 'board', 'administration',
  'municipality', 'unit', 'committee', 'prison', 'ministry', 'government', 'prefecture', 'headquarters', 'inspectorate',
  'college',
])

/**
 * A capitalised phrase whose last word names a body ("Tartu Art School", "Jelgava Prison"): a body
 * that bears a place's name, not a place. A municipality is an area as well ("Ogre Municipality").
 */
export function endsWithBodyWord(name: string): boolean {
  const last = name.slice(name.lastIndexOf(' ') + 1).toLowerCase()
  return last !== 'municipality' && BODY_WORDS.has(last)
}

/**
 * "During the project X had …" without an "NGO" before X: X is the promoter only when it names a
 * body and does something ("IDUs education and information programme was prepared" does not; nor
 * does "Tartu Prison was visited", whose passive verb makes it no actor).
 */
function namesBodyDoing(name: string, verb: string): boolean {
  if (verb === 'was' || verb === 'were') return false
  for (const word of name.split(/\s+/)) if (BODY_WORDS.has(word.toLowerCase())) return true
  return false
}

function includesAny(text: string, words: readonly string[]): boolean {
  for (const word of words) if (text.includes(word)) return true
  return false
}

/** "X together with Y", "X in cooperation with Y": a labelled promoter that names a partner with it. */
const JOINT = lazyPattern(() => / (?:together with|in cooperation with|in partnership with|in collaboration with) (?:the )?(?=[\p{Lu}„“"«])/u)

/** The lead party and the text naming the others, when a promoter's value is joint; else null. */
export function jointParties(value: string): { lead: string; others: string; othersOffset: number } | null {
  // Every joint value holds " with ": most promoters do not, and a look spares the pattern.
  if (!value.includes(' with ')) return null
  const match = JOINT().exec(value)
  if (!match || match.index === 0) return null
  return { lead: value.slice(0, match.index), others: value.slice(match.index + match[0].length), othersOffset: match.index + match[0].length }
}

/**
 * The funders' publicity rules make a page name who answers for its content: "Projekta saturs ir
 * biedrības „X” atbildība", "Par publikācijas saturu atbild X", "… is the sole responsibility of X".
 * That body is the one carrying the project out; a page naming its promoter nowhere else names it there.
 * ("his/her sole responsibility", "the author's" name no body: the name must start with a capital or a quote.)
 */
const RESPONSIBLE_FOR_CONTENT =
  lazyPattern(() => /(?<![\p{L}])(?:saturs ir (?:tikai |vienīgi |pilnībā )?(?<genitive>[^.;:\n]{2,120}?) atbildīb[aā](?![\p{L}])|saturu (?:pilnībā |tikai |vienīgi )?atbild (?<nominative>[^.;:\n]{2,120}?)(?=[.;\n]|$)|sole responsibility of (?:the )?(?<english>[^.;:\n]{2,120}?)(?=[.;,\n]|\s+and\s|$))/u)
/** Every pattern holds one of these: the whole page is scanned twice, not three times. */
const CONTENT_WORDS = ['satur', 'responsibility of ']
/** The legal forms a genitive name opens with, and their nominative ("biedrības „X” atbildība" -> "biedrība „X”"). */
const LEGAL_FORM_NOMINATIVE: Readonly<Record<string, string>> = { biedrības: 'biedrība', Biedrības: 'Biedrība', nodibinājuma: 'nodibinājums', Nodibinājuma: 'Nodibinājums' }

export function promoterResponsibleForContent(text: string): Named<string> | null {
  if (!includesAny(text, CONTENT_WORDS)) return null
  const match = RESPONSIBLE_FOR_CONTENT().exec(text)
  const name = match?.groups?.genitive ?? match?.groups?.nominative ?? match?.groups?.english
  if (!match || !name || !/^[\p{Lu}„“"«]|^(?:biedrība|nodibinājum)/u.test(name)) return null
  const offset = match.index + match[0].indexOf(name)
  const [first = '', ...rest] = name.split(' ')
  const value = match.groups!.genitive && LEGAL_FORM_NOMINATIVE[first] ? [LEGAL_FORM_NOMINATIVE[first], ...rest].join(' ') : name
  return { value, offset, length: name.length }
}
