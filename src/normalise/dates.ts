/**
 * Dates as documents write them (English, Latvian, Lithuanian, Estonian, French, German,
 * numeric) turned into ISO `YYYY-MM-DD`. A date needs a stated day, month and year:
 * "October 2008" is a month, not a date, and no day is ever guessed.
 *
 * The scanner walks the text once, run by run (a run is digits or letters). At a run that
 * can open a date it tries each layout with a cursor that reads a few dozen characters at
 * most, so the work stays linear however long or hostile the text is.
 */
import { isDigitCode, isLetterCode, letterUnitsAt } from './code-units.js'
import { isNfcStable } from './nfc.js'
import { lazyPattern } from './lazy-pattern.js'
import {
  longestMonthWord,
  lookupMonth,
  maySimpleRunBeMonth,
  SIMPLE_LETTERS_BELOW,
  type MonthForm,
} from './months.js'

export interface DateMatch {
  /** ISO `YYYY-MM-DD`. */
  date: string
  /** The date exactly as written. */
  text: string
  offset: number
  length: number
}

export interface DateRange {
  start: DateMatch
  end: DateMatch
}


export const MIN_YEAR = 1950
export const MAX_YEAR = 2099

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

const pad = (value: number): string => String(value).padStart(2, '0')

/** `YYYY-MM-DD` for a real calendar day in 1950–2099, else null. */
export function toIsoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return null
  if (day < 1 || day > daysInMonth(year, month)) return null
  return `${year}-${pad(month)}-${pad(day)}`
}

// ---------------------------------------------------------------------------------------
// Cursor: small bounded reads at a position. Every read either advances or leaves `pos`.

/** Spaces inside one date: a few, never a line break (a date does not span table rows). */
const isSpace = (code: number): boolean =>
  code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x2007 || code === 0x2009 || code === 0x202f
const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9'
const isLetter = (char: string | undefined): boolean => char !== undefined && isLetterCode(char.charCodeAt(0))

class Cursor {
  constructor(
    readonly text: string,
    public pos: number,
  ) {}

  /** Skip up to four spaces; how many were skipped. */
  space(): number {
    let count = 0
    while (count < 4 && isSpace(this.text.charCodeAt(this.pos + count))) count += 1
    this.pos += count
    return count
  }

  /** A whole run of `min`–`max` ASCII digits, as a number. */
  number(min: number, max: number): number | null {
    let value = 0
    let length = 0
    for (let code = this.text.charCodeAt(this.pos); code >= 48 && code <= 57; code = this.text.charCodeAt(this.pos + length)) {
      if (length === max) return null
      value = value * 10 + (code - 48)
      length += 1
    }
    if (length < min) return null
    this.pos += length
    return value
  }

  /** A whole run of letters (at most 24 code units), lower case, NFC. */
  word(): string | null {
    // Up to 25 code points, as /[\p{L}\p{M}]{1,25}/uy reads them.
    const start = this.pos
    let end = start
    for (let points = 0; points < 25; points++) {
      const units = letterUnitsAt(this.text, end)
      if (units === 0) break
      end += units
    }
    if (end === start || end - start > 24) return null
    this.pos = end
    const lower = this.text.slice(start, end).toLowerCase()
    return isNfcStable(lower) ? lower : lower.normalize('NFC')
  }

  /** The month named by the next word. */
  month(): MonthForm | undefined {
    const mark = this.pos
    const word = this.word()
    const month = word === null ? undefined : lookupMonth(word)
    if (!month) this.pos = mark
    return month
  }

  /** The next word if it is one of `words`. */
  oneOf(words: ReadonlySet<string>): string | null {
    const mark = this.pos
    const word = this.word()
    if (word !== null && words.has(word)) return word
    this.pos = mark
    return null
  }

  /** The next character if it is one of `chars`. */
  take(chars: string): string | null {
    const char = this.text[this.pos]
    if (char === undefined || !chars.includes(char)) return null
    this.pos += 1
    return char
  }

  /** True when a number goes on after a date's last digits ("1.2.2011.3", "10.10.2010/5"). */
  numberContinues(): boolean {
    const char = this.text[this.pos]
    return (char === '.' || char === '/') && isDigit(this.text[this.pos + 1])
  }
}

// ---------------------------------------------------------------------------------------
// Layouts. Each reads from the cursor's position and returns the date's end, or null.

interface Reading {
  date: string
  end: number
}

const reading = (year: number, month: number, day: number, end: number): Reading | null => {
  const date = toIsoDate(year, month, day)
  return date === null ? null : { date, end }
}

const ENGLISH_ORDINALS = new Set(['st', 'nd', 'rd', 'th'])
/** What may stick to a day before the month: 1st, 2nd, 1er (French). */
const DAY_ORDINALS = new Set([...ENGLISH_ORDINALS, 'er'])
const OF = new Set(['of'])
const LATVIAN_YEAR_MARKERS = new Set(['gada', 'g'])
const LITHUANIAN_YEAR_MARKERS = new Set(['m', 'metų', 'metu'])
const LITHUANIAN_MONTH_MARKERS = new Set(['mėn', 'men'])
const LITHUANIAN_DAY_WORDS = new Set(['d', 'diena', 'dieną', 'dienos'])
/** Ordinal endings after a hyphen: "15-ąją", "15-oji", "15-osios", "3-iosios". */
const LITHUANIAN_ORDINAL_ENDINGS = new Set(
  ['ąją', 'ają', 'ąja', 'aja', 'oji', 'osios', 'ios', 'os', 'ją', 'ja', 'ji'].flatMap((ending) => [ending, `i${ending}`]),
)

/** 28.07.2021, 1.3.2011, 31/12/2018, 31-12-2018: day first, always. */
function dayFirstNumeric(c: Cursor): Reading | null {
  const day = c.number(1, 2)
  const separator = day === null ? null : c.take('./-')
  // Czech and Slovak write a space after each dot: "1. 5. 2020".
  const spaced = separator === '.' && c.text.charCodeAt(c.pos) === 32 && isDigitCode(c.text.charCodeAt(c.pos + 1))
  if (spaced) c.pos += 1
  const month = separator === null ? null : c.number(1, 2)
  if (day === null || separator === null || month === null || !c.take(separator)) return null
  if (spaced && !c.take(' ')) return null
  const year = c.number(4, 4)
  if (year === null || c.numberContinues()) return null
  return reading(year, month, day, c.pos)
}

/** 2011-03-15, 2011.03.15, 2011/03/15. */
function yearFirstNumeric(c: Cursor): Reading | null {
  const year = c.number(4, 4)
  const separator = year === null ? null : c.take('-./')
  const month = separator === null ? null : c.number(1, 2)
  if (year === null || separator === null || month === null || !c.take(separator)) return null
  const day = c.number(1, 2)
  if (day === null || c.numberContinues()) return null
  return reading(year, month, day, c.pos)
}

/** The year after a month name: "… October 2008", "… Sept., 2011", "… jūlijā 2013". */
function yearAfterMonth(c: Cursor, month: MonthForm, day: number): Reading | null {
  // Only an abbreviation owns a dot: in "on 5 May. 2012 was…" the dot ends a sentence.
  const dot = month.abbreviation && Boolean(c.take('.'))
  const comma = Boolean(c.take(','))
  if (!c.space() && !dot && !comma) return null
  const year = c.number(4, 4)
  if (year === null || c.numberContinues()) return null
  return reading(year, month.month, day, c.pos)
}

/** 1 September 2008, 01 October 2008, 1st of October 2008, 15. märts 2011, 1er juin 2010. */
function dayMonthYear(c: Cursor): Reading | null {
  const day = c.number(1, 2)
  if (day === null) return null
  let month: MonthForm | undefined
  if (!c.take('.')) {
    const mark = c.pos
    const glued = c.word()
    if (glued !== null && !DAY_ORDINALS.has(glued)) {
      c.pos = mark
      month = c.month()
      if (!month) return null
    }
  }
  if (!month) {
    c.space()
    if (c.oneOf(OF) && !c.space()) return null
    month = c.month()
    if (!month) return null
  }
  const found = yearAfterMonth(c, month, day)
  return found && withRussianYearWord(c, found)
}

const RUSSIAN_YEAR_WORDS = new Set(['г', 'года', 'году'])

/** "28 ноября 2012 г.", "1 апреля 2010 года": the word for "year" after it belongs to the date. */
function withRussianYearWord(c: Cursor, found: Reading): Reading {
  c.pos = found.end
  if (!c.space()) return found
  const word = c.oneOf(RUSSIAN_YEAR_WORDS)
  if (word === null) return found
  if (word === 'г') c.take('.')
  return { date: found.date, end: c.pos }
}

/** October 1, 2008; Oct. 1st 2008; Sept. 30, 2011. */
function monthDayYear(c: Cursor): Reading | null {
  const month = c.month()
  if (!month) return null
  const dot = month.abbreviation && Boolean(c.take('.'))
  if (!c.space() && !dot) return null
  const day = c.number(1, 2)
  if (day === null) return null
  const mark = c.pos
  if (c.word() !== null) {
    c.pos = mark
    if (!c.oneOf(ENGLISH_ORDINALS)) return null
  }
  const comma = c.take(',')
  if (!c.space() && !comma) return null
  const year = c.number(4, 4)
  if (year === null || c.numberContinues()) return null
  return reading(year, month.month, day, c.pos)
}

/** 2013. gada 30. jūlijā; 2018.gada 31. augustam; 2018. g. 31. augusts. */
function latvianYearFirst(c: Cursor): Reading | null {
  const year = c.number(4, 4)
  if (year === null) return null
  if (!c.take('.') && !c.space()) return null
  c.space()
  if (!c.oneOf(LATVIAN_YEAR_MARKERS)) return null
  if (!c.take('.') && !c.space()) return null
  c.space()
  const day = c.number(1, 2)
  if (day === null) return null
  if (!c.take('.') && !c.space()) return null
  c.space()
  const month = c.month()
  if (!month) return null
  if (month.abbreviation) c.take('.')
  return reading(year, month.month, day, c.pos)
}

/** 2011 m. kovo 15 d.; 2011 m. kovo 15-ąją; 2011 metų kovo mėn. 15 dieną; 2011 March 15. */
function yearMonthDay(c: Cursor): Reading | null {
  const year = c.number(4, 4)
  if (year === null || !c.space()) return null
  if (c.oneOf(LITHUANIAN_YEAR_MARKERS) && !c.take('.') && !c.space()) return null
  c.space()
  const month = c.month()
  if (!month) return null
  let dot = month.abbreviation && Boolean(c.take('.'))
  const mark = c.pos
  if (c.space() && c.oneOf(LITHUANIAN_MONTH_MARKERS)) dot = Boolean(c.take('.'))
  else c.pos = mark
  if (!c.space() && !dot) return null
  const day = c.number(1, 2)
  if (day === null) return null
  const end = c.pos
  if (lithuanianDaySuffix(c)) return reading(year, month.month, day, c.pos)
  // More digits after a bare day mean it was not one: "2008 October 1, 2009" (the year
  // belongs to the date that follows) or "2011 marts 15 000 EUR" (an amount).
  c.take(',')
  c.space()
  if (isDigit(c.text[c.pos])) return null
  return reading(year, month.month, day, end)
}

/** Consume " d.", " dieną" or "-ąją" after a Lithuanian day. */
function lithuanianDaySuffix(c: Cursor): boolean {
  const mark = c.pos
  if (c.space()) {
    const word = c.oneOf(LITHUANIAN_DAY_WORDS)
    if (word !== null) {
      if (word === 'd') c.take('.')
      return true
    }
  }
  c.pos = mark
  if (c.take('-\u2010\u2011') && c.oneOf(LITHUANIAN_ORDINAL_ENDINGS)) return true
  c.pos = mark
  return false
}

const YEAR_FIRST = [yearFirstNumeric, latvianYearFirst, yearMonthDay]
const DAY_FIRST = [dayFirstNumeric, dayMonthYear]
const MONTH_FIRST = [monthDayYear]

/** The date that starts exactly at `pos`, if any. */
function readDateAt(text: string, pos: number): Reading | null {
  let layouts = MONTH_FIRST
  if (isDigitCode(text.charCodeAt(pos))) {
    let digits = 1
    while (digits < 5 && isDigitCode(text.charCodeAt(pos + digits))) digits += 1
    if (digits === 3 || digits > 4) return null
    layouts = digits === 4 ? YEAR_FIRST : DAY_FIRST
  }
  const cursor = new Cursor(text, pos)
  for (const layout of layouts) {
    cursor.pos = pos
    const found = layout(cursor)
    if (found) return found
  }
  return null
}

/**
 * True when digits at `pos` are stuck to something before them and so cannot open a date:
 * a letter ("LV0080") or a number they continue ("1.28.07.2021", "3,5"). A dash before them
 * is fine: "28.07.2021-31.12.2021" is two dates.
 */
function gluedBefore(text: string, pos: number): boolean {
  if (pos === 0) return false
  const before = text.charCodeAt(pos - 1)
  if (isLetterCode(before)) return true
  return (before === 0x2e || before === 0x2c || before === 0x2f) && isDigitCode(text.charCodeAt(pos - 2))
}

/** True when the letter run `text[start, end)` names a month; most runs are ruled out without a string. */
function monthRun(text: string, start: number, end: number, simple: boolean): boolean {
  if (simple) return maySimpleRunBeMonth(text, start, end) && lookupMonth(text.slice(start, end)) !== undefined
  return end - start <= longestMonthWord * 2 && lookupMonth(text.slice(start, end)) !== undefined
}

/**
 * Every date's year is a whole run of exactly four digits, and it starts at most this far
 * after the date's first character: the longest reach is "12th  of  September.,  2008"
 * (day 2, ordinal 2, spaces 4, "of" 2, spaces 4, month word 24, ".," 2, spaces 4 = 44).
 * Kept with a margin.
 */
const YEAR_REACH = 64

const FOUR_DIGITS = /(?<![0-9])[0-9]{4}(?![0-9])/g

/** Where the first whole run of exactly four digits at or after `from` starts, or -1. */
function nextYearRun(text: string, from: number): number {
  // The expression finds a digit faster than a loop over char codes does.
  FOUR_DIGITS.lastIndex = from
  return FOUR_DIGITS.exec(text)?.index ?? -1
}

/** 1 for a digit, 2 for a letter or mark (a code point), 0 for anything else. */
function runKindAt(text: string, at: number): number {
  if (isDigitCode(text.charCodeAt(at))) return 1
  return letterUnitsAt(text, at) > 0 ? 2 : 0
}

/** The start of the run (digits or letters) that holds `at`, never before `floor`. */
function runStartAt(text: string, at: number, floor: number): number {
  let pos = at
  const low = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff
  if (pos > floor && low(text.charCodeAt(pos)) && letterUnitsAt(text, pos - 1) === 2) pos -= 1
  const kind = runKindAt(text, pos)
  if (kind === 0) return pos
  while (pos > floor) {
    const previous = pos - 2 >= floor && low(text.charCodeAt(pos - 1)) && letterUnitsAt(text, pos - 2) === 2 ? pos - 2 : pos - 1
    if (runKindAt(text, previous) !== kind) break
    pos = previous
  }
  return pos
}

/**
 * The first date at or after `from` (a run boundary). The text is read run by run, as
 * /\d+|[\p{L}\p{M}]+/gu would split it: a date can open only at a run of digits not glued
 * to what stands before it, or at a month name. Only runs within YEAR_REACH before a
 * four-digit run can open one, so the rest of the text is passed over. A caller goes on
 * from the date's end, which is a run boundary again.
 */
function nextDate(text: string, from: number): DateMatch | null {
  let pos = from
  for (let year = nextYearRun(text, pos); year >= 0; year = nextYearRun(text, pos)) {
    if (year - YEAR_REACH > pos) pos = runStartAt(text, year - YEAR_REACH, pos)
    while (pos <= year) {
      let end = pos
      let opens: boolean
      if (isDigitCode(text.charCodeAt(pos))) {
        while (isDigitCode(text.charCodeAt(end))) end += 1
        opens = !gluedBefore(text, pos)
      } else {
        let simple = true
        for (;;) {
          const code = text.charCodeAt(end)
          if (code < 0x80) {
            if (((code | 0x20) - 0x61) >>> 0 >= 26) break
            end += 1
            continue
          }
          const units = letterUnitsAt(text, end)
          if (units === 0) break
          if (units === 2 || code >= SIMPLE_LETTERS_BELOW || code === 0x130) simple = false
          end += units
        }
        if (end === pos) {
          pos += 1
          continue
        }
        opens = monthRun(text, pos, end, simple)
      }
      const found = opens ? readDateAt(text, pos) : null
      if (found) return { date: found.date, text: text.slice(pos, found.end), offset: pos, length: found.end - pos }
      pos = end
    }
  }
  return null
}

// ---------------------------------------------------------------------------------------
// Public API

/** The date the whole (trimmed) string states, as `YYYY-MM-DD`; a closing dot is allowed. */
export function parseDate(text: string): string | null {
  const trimmed = text.trim()
  const found = trimmed.length > 0 ? readDateAt(trimmed, 0) : null
  if (!found) return null
  const rest = trimmed.length - found.end
  return rest === 0 || (rest === 1 && trimmed.endsWith('.')) ? found.date : null
}

/**
 * The last text `findDateRange` read to its end without finding a range, with every date
 * it met on the way: all of that text's dates, in order. A period that states one date is
 * often asked for its range and then for its dates; the second scan is spared.
 */
let scannedForRange: { text: string; dates: readonly DateMatch[] } | null = null

/** Every date in the text, in document order, never overlapping. */
export function findDates(text: string): DateMatch[] {
  if (scannedForRange?.text === text) return scannedForRange.dates.map((date) => ({ ...date }))
  const dates: DateMatch[] = []
  for (let date = nextDate(text, 0); date !== null; date = nextDate(text, date.offset + date.length)) dates.push(date)
  return dates
}

const TIME = /(?:[ \t\u00a0]{1,4}|T|,[ \t\u00a0]{0,4})(\d{1,2}):(\d{2})(?::(\d{2}))?/y

/**
 * A date with a time of day, as a page's print stamp writes it: "28.07.2021 18:49" ->
 * "2021-07-28T18:49". The time is kept as stated; no time zone is assumed or applied.
 */
export function parseDateTime(text: string): string | null {
  const trimmed = text.trim()
  const found = trimmed.length > 0 ? readDateAt(trimmed, 0) : null
  if (!found) return null
  TIME.lastIndex = trimmed[found.end] === '.' ? found.end + 1 : found.end
  const time = TIME.exec(trimmed)
  if (!time || TIME.lastIndex !== trimmed.length) return null
  const [, hours, minutes, seconds] = time
  if (Number(hours) > 23 || Number(minutes) > 59 || (seconds !== undefined && Number(seconds) > 59)) return null
  return `${found.date}T${pad(Number(hours))}:${minutes}${seconds === undefined ? '' : `:${seconds}`}`
}

// Ranges --------------------------------------------------------------------------------

const HORIZONTAL_SPACE = ' \t\u00a0\u2007\u2009\u202f'
const DASHES = '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212'
const H = `[${HORIZONTAL_SPACE}]`
const DASH = `[\\${DASHES}]`
// "с 1 июля 2008 г. по 30 июня 2010 г.": the Russian "по" (up to and including).
const RANGE_WORDS = 'to|till|until|through|thru|līdz|lidz|iki|kuni|bis|au|по'
const SEPARATOR = `(?:${H}{0,3}${DASH}{1,2}${H}{0,3}|${H}{1,3}(?:${RANGE_WORDS})${H}{1,3})`
/** What may stand between the two dates of a range (a Latvian date may end in a dot). */
const BETWEEN_DATES = lazyPattern(() => new RegExp(`^\\.?${SEPARATOR}$`, 'iu'))
const MAX_BETWEEN = 16

/** A start that leaves out what its end states: "1–", "1 March – ", "10.05.–", "1. līdz ". */
const PARTIAL_DAY_FIRST = lazyPattern(() =>
  new RegExp(
    `(?<![\\p{L}\\p{M}\\p{N}.,/\\${DASHES}])` +
      `(?<start>(?<day>\\d{1,2})(?<ordinal>\\.|st|nd|rd|th|er)?` +
      `(?:${H}{0,3}(?:of${H}{1,3})?(?<word>[\\p{L}\\p{M}]{3,24})\\.?|\\.(?<month>\\d{1,2})\\.?)?)` +
      `(?<separator>${SEPARATOR})$`,
    'iu',
  ),
)
/** "March 1 – " before "June 15, 2011". */
const PARTIAL_MONTH_FIRST = lazyPattern(() =>
  new RegExp(
    `(?<![\\p{L}\\p{M}])(?<start>(?<word>[\\p{L}\\p{M}]{3,24})\\.?${H}{1,3}(?<day>\\d{1,2})(?:st|nd|rd|th)?)` +
      `(?<separator>,?${SEPARATOR})$`,
    'iu',
  ),
)
const SPACED_DASH = lazyPattern(() => new RegExp(`^(?:${H}{1,3}${DASH}|${H}{0,3}${DASH}{1,2}${H})`, 'u'))
/** Longer than anything the partial patterns can match, so their look-behind always sees. */
const PARTIAL_WINDOW = 80

/** The compressed start of a range that ends with `end`, read backwards from it. */
function partialStartBefore(text: string, end: DateMatch): DateMatch | null {
  const first = end.text[0]
  const monthFirst = !isDigit(first)
  if (!monthFirst && isDigit(end.text[2]) && isDigit(end.text[3])) return null // year-first end
  // Cheap test first: a compressed start is always followed by a dash or a word like "to".
  let back = end.offset - 1
  while (back >= end.offset - 3 && HORIZONTAL_SPACE.includes(text[back] ?? '')) back -= 1
  const joint = text[back]
  if (joint === undefined || !(DASHES.includes(joint) || isLetter(joint))) return null
  const windowStart = Math.max(0, end.offset - PARTIAL_WINDOW)
  const window = text.slice(windowStart, end.offset)
  const match = (monthFirst ? PARTIAL_MONTH_FIRST() : PARTIAL_DAY_FIRST()).exec(window)
  const groups = match?.groups
  if (!match || !groups?.start || !groups.day || groups.separator === undefined) return null
  let month = Number(end.date.slice(5, 7))
  if (groups.word !== undefined) {
    const named = lookupMonth(groups.word)
    if (!named) return null
    month = named.month
  } else if (groups.month !== undefined) {
    month = Number(groups.month)
  } else if (!groups.ordinal && SPACED_DASH().test(groups.separator)) {
    // "Chapter 3 - 15 March 2011" is not a range; "3–15 March" and "3. – 15. märts" are.
    return null
  }
  const date = toIsoDate(Number(end.date.slice(0, 4)), month, Number(groups.day))
  if (date === null) return null
  return { date, text: groups.start, offset: windowStart + match.index, length: groups.start.length }
}

/**
 * An end that leaves out the year its start states: "2 September 2019 to 30 September",
 * "2019. gada 2. septembra līdz 30. septembrim", "2019 m. rugsėjo 2 d. iki rugsėjo 30 d.".
 * A month is named (a bare "– 15" is a count as often as a day), and no figure follows it.
 */
const PARTIAL_END = lazyPattern(() =>
  new RegExp(
    `^(?<lead>\\.?${SEPARATOR})(?:(?<day>\\d{1,2})(?:\\.|st|nd|rd|th)?${H}{0,3}(?:of${H}{1,3})?(?<word>[\\p{L}\\p{M}]{3,24})|(?<wordFirst>[\\p{L}\\p{M}]{3,24})\\.?${H}{1,3}(?<dayAfter>\\d{1,2})(?:st|nd|rd|th|${H}?d\\.)?)(?![\\p{L}\\p{M}\\p{N}])`,
    'iu',
  ),
)

const RANGE_WORD_LIST: readonly string[] = RANGE_WORDS.split('|')

function startsWithRangeWord(text: string, at: number): boolean {
  const head = text.slice(at, at + 7).toLowerCase()
  return RANGE_WORD_LIST.some((word) => head.startsWith(word) && HORIZONTAL_SPACE.includes(head[word.length] ?? ''))
}

/** The end of a range that starts with `start` and borrows its year, read forwards from it. */
function partialEndAfter(text: string, start: DateMatch): DateMatch | null {
  const from = start.offset + start.length
  // Cheap test first: such an end always follows a dash or a word like "to".
  let at = from
  if (text[at] === '.') at += 1
  while (at < from + 4 && HORIZONTAL_SPACE.includes(text[at] ?? '')) at += 1
  const joint = text[at]
  if (joint === undefined || !(DASHES.includes(joint) || startsWithRangeWord(text, at))) return null
  const window = text.slice(from, from + PARTIAL_WINDOW)
  const match = PARTIAL_END().exec(window)
  const groups = match?.groups
  if (!match || !groups) return null
  // "to 30 September 2019", "līdz 30. septembrim 2019. gadā": a figure after it makes a whole date (read as one).
  if (/^[,.]{0,2}[ \t\u00a0]{0,3}[0-9]/.test(window.slice(match[0].length))) return null
  const named = lookupMonth(groups.word ?? groups.wordFirst ?? '')
  const day = groups.day ?? groups.dayAfter
  if (!named || day === undefined) return null
  const date = toIsoDate(Number(start.date.slice(0, 4)), named.month, Number(day))
  if (date === null || date < start.date) return null
  const written = match[0].slice(groups.lead!.length)
  return { date, text: written, offset: from + groups.lead!.length, length: written.length }
}

/**
 * The first period written as a range: "DATE – DATE", "from DATE to DATE", "no DATE līdz
 * DATE", "nuo DATE iki DATE", compressed starts that borrow the end's month or year
 * ("1–15 March 2011", "1 March - 15 June 2011"), and ends that borrow the start's year
 * ("2 September 2019 to 30 September"). The end is never before the start.
 */
export function findDateRange(text: string): DateRange | null {
  let previous: DateMatch | null = null
  const met: DateMatch[] = []
  for (let current = nextDate(text, 0); current !== null; current = nextDate(text, current.offset + current.length)) {
    met.push(current)
    if (previous !== null) {
      const gapStart = previous.offset + previous.length
      if (current.date >= previous.date && current.offset - gapStart <= MAX_BETWEEN && BETWEEN_DATES().test(text.slice(gapStart, current.offset))) {
        return { start: previous, end: current }
      }
      // Tried only once the next date proves no whole one ends the range (most ranges write
      // both years): the pattern then never compiles for them.
      const end = partialEndAfter(text, previous)
      if (end !== null && end.offset + end.length <= current.offset) return { start: previous, end }
    }
    const start = partialStartBefore(text, current)
    if (start !== null && start.date <= current.date && (previous === null || start.offset >= previous.offset + previous.length)) {
      return { start, end: current }
    }
    previous = current
  }
  const end = previous === null ? null : partialEndAfter(text, previous)
  if (previous !== null && end !== null) return { start: previous, end }
  scannedForRange = { text, dates: met }
  return null
}
