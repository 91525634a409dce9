/**
 * Project lengths as documents write them ("24 months", "2 gadi", "18 mėn.", "3 aastat",
 * "18-month"), in months. A length must stand alone: "2 years ago", "pirms 2 gadiem" or a
 * number glued to other digits is no length.
 */
import { isLetterCode, letterUnitsAt } from './code-units.js'

export interface Duration {
  months: number
  /** The length as written, e.g. `2 gadi` or `18-month`. */
  text: string
  offset: number
  length: number
}

/** Longest duration taken for a project length: ten years. */
export const MAX_DURATION_MONTHS = 120

const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9'
const isLetter = (char: string | undefined): boolean => char !== undefined && isLetterCode(char.charCodeAt(0))

interface DurationUnit {
  months: 1 | 12
  /** A shortened word: a dot after it belongs to the length ("24 mėn."). */
  abbreviation: boolean
  /** Means a unit only with its dot: "2 men." is months, "2 men" are people. */
  needsDot?: boolean
}

const unitEntries = (months: 1 | 12, words: string[], abbreviation = false): Array<[string, DurationUnit]> =>
  words.map((word) => [word, { months, abbreviation }])

/** Words for a year or a month after a number, in the cases numbers take. */
const DURATION_UNITS = new Map<string, DurationUnit>([
  ...unitEntries(12, ['year', 'years']),
  ...unitEntries(12, ['yr', 'yrs'], true),
  ...unitEntries(12, ['gads', 'gadi', 'gada', 'gadu', 'gadus', 'gadiem']),
  ...unitEntries(12, ['metai', 'metus', 'metų', 'metu', 'metams']),
  ...unitEntries(12, ['aasta', 'aastat', 'aastaks']),
  ...unitEntries(12, ['ans', 'année', 'années', 'annee', 'annees', 'jahr', 'jahre', 'jahren']),
  ...unitEntries(1, ['month', 'months']),
  ...unitEntries(1, ['mos'], true),
  ...unitEntries(1, ['mēnesis', 'mēneši', 'mēnešus', 'mēnešu', 'mēnešiem', 'mēneša', 'mēnesi']),
  ...unitEntries(1, ['menesis', 'menesi', 'menesus', 'menesu', 'menesiem', 'menesa']),
  ...unitEntries(1, ['mėnuo', 'mėnesiai', 'mėnesius', 'mėnesių', 'mėnesiams', 'mėnesį']),
  ...unitEntries(1, ['menuo', 'menesiai', 'menesius', 'menesiu', 'menesiams']),
  ...unitEntries(1, ['mēn', 'mėn'], true),
  ['men', { months: 1, abbreviation: true, needsDot: true }],
  ...unitEntries(1, ['kuu', 'kuud', 'kuuks', 'mois', 'monat', 'monate', 'monaten']),
  // The Baltic states' Russian pages: "18 месяцев", "24 месяца", "2 года", "18 мес.".
  ...unitEntries(12, ['год', 'года', 'лет']),
  ...unitEntries(1, ['месяц', 'месяца', 'месяцев']),
  ...unitEntries(1, ['мес'], true),
])

/** Words that turn a length into a point in time or an age: "2 years ago", "3 gadus vecs". */
const NOT_A_LENGTH_AFTER = new Set(['ago', 'old', 'later', 'earlier', 'tagasi', 'vana', 'hiljem', 'varem', 'vēlāk', 'agrāk', 'vecs', 'veca', 'vecumā', 'senumo', 'назад', 'спустя'])
const NOT_A_LENGTH_BEFORE = new Set(['pirms', 'pēc', 'prieš', 'po', 'after', 'через', 'спустя'])

const JOINED_MONTHS = /,?[ \t\u00a0]{1,3}(?:(?:and|un|ir|ja|et|und|и)[ \t\u00a0]{1,3})?(\d{1,3})(?![\d.,])/iy
const lowerWord = (word: string | undefined): string | undefined => word?.toLowerCase().normalize('NFC')

// The words around a length are read by char codes, as the expressions in the comments would
// read them (a letter is a code point of [\p{L}\p{M}], a surrogate pair counted once): those
// Unicode classes cost milliseconds to compile on a document's first length.

/** Spaces before a unit word (`[ \t\u00a0\u202f]`). */
const isUnitSpace = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x202f
/** Spaces between a length and the word next to it (`[ \t\u00a0]`). */
const isWordSpace = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0xa0

/** Where at most `most` letters from `at` end (`at` when there is none). */
function lettersEnd(text: string, at: number, most: number): number {
  let end = at
  for (let points = 0; points < most; points++) {
    const units = letterUnitsAt(text, end)
    if (units === 0) break
    end += units
  }
  return end
}

/** How many code units the letter that ends right before `at` takes (0 when there is none). */
function letterUnitsBefore(text: string, at: number): number {
  const code = text.charCodeAt(at - 1)
  if (code >= 0xdc00 && code <= 0xdfff) {
    const high = text.charCodeAt(at - 2)
    return high >= 0xd800 && high <= 0xdbff ? letterUnitsAt(text, at - 2) : 0
  }
  return isLetterCode(code) ? 1 : 0
}

/**
 * The word of /(?:[ \t\u00a0\u202f]{1,3}|-)([\p{L}\p{M}]{1,12})(\.?)(?![\p{L}\p{M}])/uy at `pos`:
 * a whole word of 1 to 12 letters, and whether the dot after it is taken (not when a letter follows it).
 */
export function unitWordAt(text: string, pos: number): { start: number; end: number; dotted: boolean } | null {
  let start = pos
  if (text.charCodeAt(pos) === 0x2d) start += 1
  else while (start - pos < 3 && isUnitSpace(text.charCodeAt(start))) start += 1
  if (start === pos) return null
  const end = lettersEnd(text, start, 12)
  // No letter, or more than twelve: then no shorter word is followed by a non-letter either.
  if (end === start || letterUnitsAt(text, end) !== 0) return null
  return { start, end, dotted: text.charCodeAt(end) === 0x2e && letterUnitsAt(text, end + 1) === 0 }
}

/** The unit word at `pos` (right after a number): months per unit and where it ends. */
function unitAt(text: string, pos: number): { months: number; end: number } | null {
  const word = unitWordAt(text, pos)
  if (word === null) return null
  const unit = DURATION_UNITS.get(text.slice(word.start, word.end).toLowerCase().normalize('NFC'))
  if (unit === undefined || (unit.needsDot && !word.dotted)) return null
  // A dot after a whole word ends the sentence, not the length.
  return { months: unit.months, end: word.dotted && unit.abbreviation ? word.end + 1 : word.end }
}

/** The word after a length, as /[ \t\u00a0]{1,3}([\p{L}\p{M}]{1,12})/uy at `at`: its first 12 letters. */
export function wordAfter(text: string, at: number): string | undefined {
  let start = at
  while (start - at < 3 && isWordSpace(text.charCodeAt(start))) start += 1
  const end = start === at ? start : lettersEnd(text, start, 12)
  return end === start ? undefined : text.slice(start, end)
}

/**
 * The word that `text` ends with, before one to three spaces, as
 * /(?<![\p{L}\p{M}])([\p{L}\p{M}]{1,12})[ \t\u00a0]{1,3}$/u finds it: a whole word of 1 to 12 letters.
 */
export function wordBefore(text: string): string | undefined {
  let end = text.length
  while (text.length - end < 3 && isWordSpace(text.charCodeAt(end - 1))) end -= 1
  if (end === text.length || isWordSpace(text.charCodeAt(end - 1))) return undefined
  let start = end
  for (let points = 0; ; points++) {
    const units = letterUnitsBefore(text, start)
    if (units === 0) break
    if (points === 12) return undefined
    start -= units
  }
  return start === end ? undefined : text.slice(start, end)
}

/** A stated number that is whole and stands alone: not "1,5", "2-3", "2.", "1 100" or "LV0080". */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text[start - 1]
  if (isLetter(before)) return false
  if (before !== undefined && '.,/-\u2013\u2014'.includes(before) && isDigit(text[start - 2])) return false
  if ((before === ' ' || before === '\u00a0') && isDigit(text[start - 2])) return false
  const after = text[end]
  return !((after === '.' || after === ',') && isDigit(text[end + 1]))
}

/**
 * The first stated length: "2 gadi", "(2 gadi)", "18 mēneši", "6 mēnešus", "2 years",
 * "18-month", "24 mėn.", "2 metai", "12 kuud", "1 year and 6 months" -> months (years × 12).
 * Only whole numbers, 1 to 120 months; "2 years ago" is a point in time and is skipped.
 */
export function findDuration(text: string): Duration | null {
  const numbers = /\d+/g
  for (let match = numbers.exec(text); match !== null; match = numbers.exec(text)) {
    const start = match.index
    const digits = match[0]
    if (digits.length > 3 || !standsAlone(text, start, start + digits.length)) continue
    const unit = unitAt(text, start + digits.length)
    if (unit === null) continue
    let months = Number(digits) * unit.months
    let end = unit.end
    if (unit.months === 12) {
      JOINED_MONTHS.lastIndex = end
      const joined = JOINED_MONTHS.exec(text)
      const extra = joined ? unitAt(text, JOINED_MONTHS.lastIndex) : null
      if (joined && extra && extra.months === 1) {
        months += Number(joined[1])
        end = extra.end
      }
    }
    if (months < 1 || months > MAX_DURATION_MONTHS) continue
    const after = lowerWord(wordAfter(text, end))
    if (after !== undefined && NOT_A_LENGTH_AFTER.has(after)) continue
    const before = lowerWord(wordBefore(text.slice(Math.max(0, start - 20), start)))
    if (before !== undefined && NOT_A_LENGTH_BEFORE.has(before)) continue
    return { months, text: text.slice(start, end), offset: start, length: end - start }
  }
  return null
}
