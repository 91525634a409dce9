/**
 * Funders under their canonical names, recognised by how pages spell them out in English,
 * Latvian, Lithuanian and Estonian. Abbreviations that double as ordinary words ("ES", "EU") are left
 * out on purpose: a funder is named, not guessed.
 */
import { lazyPattern } from '../../normalise/lazy-pattern.js'
import { mayStartWithOneWord } from '../read/text.js'

export interface FunderMatch {
  funder: string
  offset: number
  length: number
}

// Each funder's spellings share a few plain words; a text without any of them is not scanned.
const needles: Readonly<Record<string, readonly string[]>> = {
  'Norway Grants': ['norway grants', 'norwegian financial', 'norvēģijas', 'norvegijos', 'norra finantsmehhanism', 'norra toetus', 'норвежск'],
  'EEA Grants': ['eea grants', 'eea financial', 'eez finanšu', 'eee finansin', 'eea and norway grants', 'eez un norvēģijas', 'eee ir norvegijos', 'emp finantsmehhanism', 'emp toetus', 'emp ja norra toetus', 'emp ja norra finantsmehhanism', 'majanduspiirkonna', 'europos ekonominės erdvės', 'eiropas ekonomikas zonas', 'european economic area', 'механизма еэз', 'механизм еэз', 'европейской экономической зоны'],
  UNODC: ['unodc', 'drugs and crime'],
  'Erasmus+': ['erasmus'],
  'European Union': ['european union', 'eiropas savienīb', 'europos sąjung', 'euroopa lii', 'european commission', 'eiropas komisij', 'euroopa komisjon'],
  'European Social Fund': ['european social fund', 'eiropas sociāl', 'europos socialin', 'sotsiaalfond'],
  Interreg: ['interreg'],
  'European Regional Development Fund': ['european regional development fund', 'eiropas reģionālās attīstības fond', 'europos regioninės plėtros fond', 'regionaalarengu fond'],
  'Nordic Council of Ministers': ['nordic council of ministers', 'ziemeļvalstu ministru padom', 'põhjamaade ministrite nõukogu'],
  'Soros Foundation–Latvia': ['soros foundation', 'sorosa fond'],
  'Swiss Contribution': ['swiss', 'šveic', 'šveits', 'швейцар'],
}

const spellings: ReadonlyArray<readonly [string, () => RegExp]> = [
  ['Norway Grants', lazyPattern(() => /\bNorway Grants\b|\bNorwegian Financial Mechanism\b|\bNorvēģijas (?:valdības )?(?:divpusēj\p{L}{0,4} )?finanšu instrument\p{L}{0,4}|\bNorvegijos finansin\p{L}{0,4} mechanizm\p{L}{0,3}|\bNorra finantsmehhanism\p{L}{0,3}|\bNorra toetus\p{L}{0,3}|Норвежск\p{L}{0,3} финансов\p{L}{0,3} механизм\p{L}{0,2}|Норвежск\p{L}{0,3} грант\p{L}{0,3}/giu)],
  // "EEA and Norway Grants", "EEZ un Norvēģijas finanšu instrumenti", "EMP ja Norra toetused": both grants named at once
  // (Norway Grants is found on its own). The EEA spelled out: "Euroopa Majanduspiirkonna (EMP) ja Norra
  // finantsmehhanismid", "Europos ekonominės erdvės finansinis mechanizmas", "Eiropas Ekonomikas zonas finanšu instruments".
  [
    'EEA Grants',
    lazyPattern(() => /\bEEA Grants\b|\bEEA Financial Mechanism\b|\bEEZ finanšu instrument\p{L}{0,4}|\bEEE finansin\p{L}{0,4} mechanizm\p{L}{0,3}|\bEEA and Norway Grants\b|\bEEZ un Norvēģijas finanšu instrument\p{L}{0,4}|\bEEE ir Norvegijos finansin\p{L}{0,4} mechanizm\p{L}{0,3}|\bEMP finantsmehhanism\p{L}{0,3}|\bEMP toetus\p{L}{0,3}|\bEMP ja Norra toetus\p{L}{0,3}|\bEMP ja Norra finantsmehhanism\p{L}{0,3}|\bEuroopa Majanduspiirkonna (?:\(EMP\) )?(?:ja Norra )?finantsmehhanism\p{L}{0,3}|\bEuropos ekonominės erdvės (?:\(EEE\) )?(?:ir Norvegijos )?finansin\p{L}{0,4} mechanizm\p{L}{0,3}|\bEiropas Ekonomikas zonas (?:\(EEZ\) )?(?:un Norvēģijas )?finanšu instrument\p{L}{0,4}|\bEuropean Economic Area (?:\(EEA\) )?(?:and Norwegian )?Financial Mechanism\b|Финансов\p{L}{0,3} механизм\p{L}{0,2} (?:ЕЭЗ|Европейской экономической зоны)/giu),
  ],
  // The office's name spelled out, as a letterhead gives it in capitals; "unodc" in lower case is an address.
  ['UNODC', lazyPattern(() => /\bUNODC\b|\b(?:United Nations Office on Drugs and Crime|UNITED NATIONS OFFICE ON DRUGS AND CRIME)\b/g)],
  ['Erasmus+', lazyPattern(() => /\bErasmus ?\+/g)],
  // "European Union Drugs Agency", "European Union Agency for …": an agency of the Union (a publisher) names no funder.
  ['European Union', lazyPattern(() => /\bEuropean Union\b(?! (?:Drugs )?Agency\b)|\bEiropas Savienīb\p{L}{0,3}|\bEuropos Sąjung\p{L}{0,3}|\bEuroopa Lii(?:t|du)\p{L}{0,3}|\bEuropean Commission\b|\bEiropas Komisij\p{L}{0,3}|\bEuroopa Komisjon\p{L}{0,3}/gu)],
  // "Eiropas Sociālā fonda", "Eiropas Sociālais fonds", "Europos socialinis fondas", "Euroopa Sotsiaalfondi": any case of the name.
  ['European Social Fund', lazyPattern(() => /\bEuropean Social Fund\b|\bEiropas Sociāl(?:ā|ais|o|ajam|ajā) fond\p{L}{0,3}|\bEuropos socialin(?:io|is|iam|iame) fond\p{L}{0,3}|\bEuroopa Sotsiaalfond\p{L}{0,4}/giu)],
  ['Interreg', lazyPattern(() => /\bInterreg\b/gi)],
  // "Eiropas Reģionālās attīstības fonda", "Europos regioninės plėtros fondas", "Euroopa Regionaalarengu Fondi": any case.
  ['European Regional Development Fund', lazyPattern(() => /\bEuropean Regional Development Fund\b|\bEiropas Reģionālās attīstības fond\p{L}{0,3}|\bEuropos regioninės plėtros fond\p{L}{0,3}|\bEuroopa Regionaalarengu Fond\p{L}{0,3}/giu)],
  // The Nordic Council of Ministers funds Baltic projects through its offices in Tallinn, Riga and Vilnius.
  ['Nordic Council of Ministers', lazyPattern(() => /\bNordic Council of Ministers\b|\bNORDIC COUNCIL OF MINISTERS\b|\bZiemeļvalstu Ministru padom\p{L}{0,3}|\bPõhjamaade Ministrite Nõukogu\b/gu)],
  // The Open Society foundation in Latvia, also in an annual report's capital running head; the dash may be spaced.
  ['Soros Foundation–Latvia', lazyPattern(() => /\bSoros Foundation ?[–-] ?Latvia\b|\bSOROS FOUNDATION ?[–-] ?LATVIA\b|\bSorosa fond[sa] ?[–-] ?Latvij[aā]/gu)],
  // Switzerland's contribution to the enlarged EU, run in each Baltic state as a cooperation programme: "Swiss-Lithuanian
  // Cooperation Programme", "Šveices un Latvijas sadarbības programma", "Šveicarijos ir Lietuvos bendradarbiavimo programa",
  // "Šveitsi ja Eesti koostööprogramm", "Литовско-швейцарская программа сотрудничества" (any case of the words after the first).
  [
    'Swiss Contribution',
    lazyPattern(() => /\bSwiss Contribution\b|\bSwiss[- ](?:Lithuanian|Latvian|Estonian) [Cc]ooperation [Pp]rogramme\b|\b(?:Lithuanian|Latvian|Estonian)[- ]Swiss [Cc]ooperation [Pp]rogramme\b|Šveices (?:un Latvijas )?sadarbības programm\p{L}{0,3}|Šveicarijos (?:ir Lietuvos )?bendradarbiavimo program\p{L}{0,3}|Šveitsi (?:ja Eesti )?koostööprogramm\p{L}{0,3}|(?:Литовско|Латвийско|Эстонско)-швейцарск\p{L}{0,3} программ\p{L}{0,2} сотрудничества|Швейцарск\p{L}{0,3} программ\p{L}{0,2} сотрудничества/giu),
  ],
]

/**
 * Where a spelling can start, compared without case: every alternative of every pattern above
 * begins with one of these. The /iu patterns' anchors hold no "s" or "k", the only ASCII
 * letters that /iu matches beyond their two cases (ſ, K), so this plain /i scan misses no
 * place where a pattern can match; only the patterns themselves decide what matches. No two
 * anchors share their first two letters, so the group that matched names the only patterns
 * that can match there.
 */
const SPELLING_STARTS = /(nor[wvrd]|норв)|(ee[aez] |emp )|(unodc|united nations off)|(erasm)|(europ|eiropa|euroo)|(interreg)|(ziemeļv|põhjam)|(soros)|(финансов)|(swiss[- ]|lithuanian[- ]swiss|latvian[- ]swiss|estonian[- ]swiss|šveic|šveits|литовско-швейцар|латвийско-швейцар|эстонско-швейцар|швейцарск)/gi
/** For each group of SPELLING_STARTS, the indexes in `spellings` of the patterns it starts. */
// Russian pages in Estonia and Latvia: "Норвежский финансовый механизм", "Норвежские гранты" (\b knows no Cyrillic letter, so it has none).
// "Euroopa Majanduspiirkonna finantsmehhanism" is the EEA's: Estonian spells it with the EU's first word.
// "Nordic" shares Norway's anchor. "Финансовый механизм ЕЭЗ" (or "… Европейской экономической зоны") is the EEA's.
// The Swiss contribution's spellings start with "Swiss", with the other country's English name, or in Latvian, Lithuanian,
// Estonian and Russian with Switzerland's word or the two countries' compound.
const STARTED_BY: readonly (readonly number[])[] = [[0, 8], [1], [2], [3], [1, 4, 5, 7], [6], [8], [9], [1], [10]]

/**
 * Each pattern tried at one position only, which is how a global scan tries it there: as its
 * top-level alternatives in order, since at one position an alternation matches what its first
 * matching alternative matches. An alternative runs only where the plain words it starts with
 * may stand, so one that cannot match is never created or compiled (the /iu ones with \p{L}
 * cost milliseconds each); a funder's alternatives are made when its anchor is first seen.
 */
const stickySpellings: ReadonlyArray<() => readonly StickyAlternative[]> = spellings.map(([, spelling]) => {
  let alternatives: StickyAlternative[] | undefined
  const sticky = (source: string): StickyAlternative => ({ start: literalStart(source), pattern: lazyPattern(() => new RegExp(source, spelling().flags.replace('g', 'y'))) })
  return () => (alternatives ??= topLevelAlternatives(spelling().source).map(sticky))
})

interface StickyAlternative {
  /** The plain text every match starts with (after a `\b`), as written. */
  readonly start: string
  readonly pattern: () => RegExp
}

/** Where the first alternative that matches at `at` ends, or -1 when none does. */
function stickyMatchEnd(alternatives: readonly StickyAlternative[], text: string, at: number): number {
  for (const alternative of alternatives) {
    if (!mayStartWithOneWord(text, alternative.start, at)) continue
    const pattern = alternative.pattern()
    pattern.lastIndex = at
    if (pattern.test(text)) return pattern.lastIndex
  }
  return -1
}

/** `a|(?:b|c)d|[|]` -> `a`, `(?:b|c)d`, `[|]`. */
export function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = []
  let depth = 0
  let inClass = false
  let from = 0
  for (let at = 0; at < source.length; at++) {
    const char = source[at]
    if (char === '\\') at++
    else if (inClass) inClass = char !== ']'
    else if (char === '[') inClass = true
    else if (char === '(') depth++
    else if (char === ')') depth--
    else if (char === '|' && depth === 0) {
      alternatives.push(source.slice(from, at))
      from = at + 1
    }
  }
  alternatives.push(source.slice(from))
  return alternatives
}

/** The literal text a pattern source starts with, after a leading `\b`; a character a quantifier follows is left out. */
export function literalStart(source: string): string {
  const from = source.startsWith('\\b') ? 2 : 0
  let end = from
  while (end < source.length && !'\\()[]{}?*+|.^$'.includes(source[end]!)) end++
  if (end < source.length && '?*+{'.includes(source[end]!)) end--
  return source.slice(from, Math.max(from, end))
}

/**
 * Anchors tried before the rest of the text is scanned the plain way: a text dense with anchors
 * ("Europ Europ Europ …") then costs one scan per pattern, not tries at every anchor.
 */
const TRY_BUDGET = 64

/**
 * Every funder named in the text, in document order. A text browser's paragraph joined into one
 * line keeps its margin as no-break spaces after the joint ("Eiropas \u00a0\u00a0Sociālā fonda"),
 * or after a word a print hyphenated ("Норвежского\u00a0\u00a0 финансового"): a name broken there
 * is read with one space, and its offsets are the text's.
 */
export function findFunders(text: string): FunderMatch[] {
  if (!text.includes(' \u00a0') && !text.includes('\u00a0 ')) return fundersIn(text)
  const { folded, at } = withJointsFolded(text)
  return fundersIn(folded).map((match) => {
    const offset = at[match.offset]!
    return { funder: match.funder, offset, length: at[match.offset + match.length - 1]! + 1 - offset }
  })
}

/** The text without the no-break spaces that follow a space, and where each character of it stands in `text`. */
function withJointsFolded(text: string): { folded: string; at: Int32Array } {
  const at = new Int32Array(text.length)
  let folded = ''
  let from = 0
  let length = 0
  for (let index = 0; index < text.length; index++) {
    const margin = text.charCodeAt(index) === 0xa0 && ((index > 0 && (text.charCodeAt(index - 1) === 32 || text.charCodeAt(index - 1) === 0xa0)) || marginEndsAtSpace(text, index))
    if (margin) {
      folded += text.slice(from, index)
      from = index + 1
      continue
    }
    at[length++] = index
  }
  folded += text.slice(from)
  return { folded, at }
}

/**
 * "Нор-" / "вежского финансового …", joined by `unwrapped` as "Норвежского\u00a0\u00a0 финансового": a word
 * a print hyphenated keeps the joint's margin after it, before the space. Whether the no-break
 * spaces from `index` on end at a space.
 */
function marginEndsAtSpace(text: string, index: number): boolean {
  let end = index
  while (text.charCodeAt(end) === 0xa0) end++
  return text.charCodeAt(end) === 32
}

function fundersIn(text: string): FunderMatch[] {
  const perFunder: Array<FunderMatch[] | undefined> = []
  const resume: number[] = []
  const add = (i: number, offset: number, end: number): void => {
    ;(perFunder[i] ??= []).push({ funder: spellings[i]![0], offset, length: end - offset })
    resume[i] = end
  }
  let tries = 0
  let lower: string | undefined
  SPELLING_STARTS.lastIndex = 0
  for (let start = SPELLING_STARTS.exec(text); start; start = SPELLING_STARTS.exec(text)) {
    const at = start.index
    SPELLING_STARTS.lastIndex = at + 1
    if (++tries > TRY_BUDGET) {
      // Every earlier anchor was tried, so a global scan from here finds all that is left; a
      // funder none of whose plain words is in the text is not counted, so not scanned.
      lower ??= text.toLowerCase()
      for (let i = 0; i < spellings.length; i++) {
        if (!holdsAny(lower, needles[spellings[i]![0]]!)) continue
        const pattern = spellings[i]![1]()
        pattern.lastIndex = Math.max(at, resume[i] ?? 0)
        for (let match = pattern.exec(text); match; match = pattern.exec(text)) add(i, match.index, pattern.lastIndex)
      }
      break
    }
    let group = 1
    while (start[group] === undefined) group++
    for (const i of STARTED_BY[group - 1]!) {
      // A global scan resumes after its last match: nothing may start inside one.
      if (at < (resume[i] ?? 0)) continue
      const end = stickyMatchEnd(stickySpellings[i]!(), text, at)
      if (end >= 0) add(i, at, end)
    }
  }
  const found: FunderMatch[] = []
  for (let i = 0; i < spellings.length; i++) {
    const matches = perFunder[i]
    if (!matches) continue
    // A funder counts only when one of its plain words is in the text; a match nearly always
    // holds one itself, which spares lower-casing the whole text.
    const words = needles[spellings[i]![0]]!
    const named = matches.some((match) => holdsAny(text.slice(match.offset, match.offset + match.length).toLowerCase(), words))
    if (!named && !holdsAny((lower ??= text.toLowerCase()), words)) continue
    for (const match of matches) found.push(match)
  }
  return found.sort((a, b) => a.offset - b.offset)
}

function holdsAny(lower: string, words: readonly string[]): boolean {
  for (const word of words) if (lower.includes(word)) return true
  return false
}

/** Funders whose home countries give money rather than receive it (never a project's country). */
const donorCountries: Readonly<Record<string, readonly string[]>> = {
  'Norway Grants': ['NO'],
  'EEA Grants': ['NO', 'IS', 'LI'],
}

export function donorsOf(funders: readonly string[]): string[] {
  const donors: string[] = []
  for (const funder of funders) {
    for (const country of donorCountries[funder] ?? NO_DONORS) if (!donors.includes(country)) donors.push(country)
  }
  return donors
}

const NO_DONORS: readonly string[] = []

/** Funder names inside a grant label such as "From EEA Grants and Norway Grants". */
export function fundersInLabel(label: string): string[] {
  return [...new Set(findFunders(label).map((match) => match.funder))]
}
