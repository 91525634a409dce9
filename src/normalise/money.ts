/**
 * Money in running text: read figures such as `€ 15,144`, `70,000.00 LTL` or
 * `2,8 milj. euro` into exact decimal strings with an ISO 4217 currency, and convert
 * them to euro by the EU rules (irrevocable rates, divide and round half up to the cent).
 */
import { isDigitCode, isLetterCode, isWordCharCode } from './code-units.js'
import { isNfcStable } from './nfc.js'
import {
  canonicalDecimal,
  divideHalfUp,
  formatDecimal,
  numberToDecimal,
  parseDecimal,
  shiftDecimal,
} from './decimal.js'

export interface ParsedNumber {
  /** Canonical decimal: '.' point, no grouping, no leading zeros, decimals as written. */
  value: string
  /** True when a lone `,`/`.` before three digits was read as grouping but could be a decimal point. */
  ambiguous: boolean
}

export interface MoneyMatch {
  value: string
  /** ISO 4217 code. */
  currency: string
  /** The figure exactly as written, with its currency and multiplier. */
  text: string
  /** Offset and length of `text`, in UTF-16 code units. */
  offset: number
  length: number
  ambiguous: boolean
}

export type RateSource = 'identity' | 'irrevocable' | 'user'

export interface EurConversion {
  /** The amount in euro, rounded half up to the cent. */
  eur: number | null
  /** Units of the currency per 1 EUR. */
  rate: number | null
  rateSource: RateSource | null
}

// ---------------------------------------------------------------------------
// Currencies

/** ISO 4217: current codes, plus the legacy ones the Baltic sources and euro changeover use. */
export const ISO_4217_CODES: ReadonlySet<string> = new Set(
  (
    'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN ' +
    'BWP BYN BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ' +
    'ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK ' +
    'JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK ' +
    'MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN ' +
    'PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB ' +
    'TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST XAF XAG ' +
    'XAU XBA XBB XBC XBD XCD XCG XDR XOF XPD XPF XPT XSU XTS XUA XXX YER ZAR ZMW ZWG ZWL ' +
    // Legacy: the Baltic currencies and the other currencies the euro replaced.
    'LTL LVL EEK DEM FRF ITL ESP NLG BEF ATS PTE FIM IEP LUF GRD SIT CYP MTL SKK HRK BYR RUR'
  ).split(' '),
)

/**
 * Codes never read from running text: English words and acronyms that would turn
 * `ALL 500 pupils` or `PHP 8` into money, plus metals, funds and testing codes.
 */
const UNREADABLE_CODES = new Set(
  (
    'ALL BOB CUP GEL MAD MOP PEN SOS TOP TRY PHP CVE NAD ' +
    'BOV CHE CHW CLF COU MXV USN UYI UYW XAG XAU XBA XBB XBC XBD XDR XPD XPT XSU XTS XUA XXX'
  ).split(' '),
)

/** Symbols and abbreviations matched exactly as written. */
const EXACT_CURRENCY_TOKENS = new Map<string, string>([
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['$', 'USD'],
  ['US$', 'USD'],
  ['Lt', 'LTL'],
  ['Ls', 'LVL'],
  // Estonian pages before 2011 abbreviate the kroon so ("248 600.- kr"); a Nordic krone is written NOK, SEK, DKK.
  ['kr', 'EEK'],
])

/** Currency words in lower case (NFC), matched case-insensitively. */
const CURRENCY_WORDS = new Map<string, string>(
  Object.entries({
    // The Lithuanian, Latvian and Estonian nouns in the cases a sum's verb gives them: "skyrė 500 eurų",
    // "skiria 2 000 litų", "līdzfinansē 2 229 latus" (accusative plural), "piešķirts 100 latiem" (dative).
    EUR: 'eur eur. euro euros eiro eurų eurai eura euras eurą eurais eurus eurams eurot euroga eurost euroni евро',
    // Russian pages in Lithuania and Latvia: "612.000,00 лит.", "312 480 латов", "46 872 лата".
    LTL: 'ltl litų litai litas lito litais litus litams лит лит. литов лита литы',
    LVL: 'lvl lati latu lats latus latiem latos латов лата латы лат',
    // Russian pages in Estonia: "1 565 000 крон", "крона", "кроны", "150 000 кр.".
    EEK: 'kroon krooni kroonid kroons krooniga kroonist крон крона кроны кр.',
    PLN: 'zł',
  }).flatMap(([code, words]) => words.split(' ').map((word): [string, string] => [word, code])),
)

/**
 * Currency names spelled out in English after the number: "45 000 Lithuanian litas",
 * "100 000 Estonian kroons", "7.5 million Norwegian kroner", "20,000 US dollars". The country
 * word names the currency, so the noun after it is read only as that currency's.
 */
const NAMED_CURRENCIES = new Map<string, { code: string; nouns: ReadonlySet<string> }>(
  Object.entries({
    lithuanian: ['LTL', 'litas litai lits'],
    latvian: ['LVL', 'lats lati lat'],
    estonian: ['EEK', 'kroon kroons krooni'],
    norwegian: ['NOK', 'krone kroner crowns'],
    us: ['USD', 'dollar dollars'],
  }).map(([adjective, [code, nouns]]) => [adjective, { code: code!, nouns: new Set(nouns!.split(' ')) }]),
)

/**
 * The ISO 4217 code a currency token stands for (`€`, `EUR`, `eiro`, `Lt`, `US$`, `litų`),
 * or null. Codes must be upper case; words are case-insensitive; `Lt`/`Ls` are exact.
 */
export function currencyOf(token: string): string | null {
  // Symbols, `US$`, `Lt`, `Ls` and the codes are at most three units long.
  if (token.length <= 3) {
    const exact = EXACT_CURRENCY_TOKENS.get(token)
    if (exact) return exact
    if (ISO_4217_CODES.has(token) && !UNREADABLE_CODES.has(token)) return token
  }
  if (!mayBeCurrencyWord(token, 0, token.length)) return null
  return CURRENCY_WORDS.get(foldCase(token)) ?? null
}

/**
 * False when `currencyOf(text.slice(start, end))` is null for certain, found without the
 * string; also for that token with a `.` or `$` after it (such a token can be a currency
 * only when the bare one passes this test: see `mayBeCurrencyWord`).
 */
function mayBeCurrencyAt(text: string, start: number, end: number): boolean {
  return end - start <= 3 || mayBeCurrencyWord(text, start, end)
}

const CURRENCY_WORD_INITIALS = new Set([...CURRENCY_WORDS.keys()].map((word) => word.charCodeAt(0)))
const LONGEST_CURRENCY_WORD = Math.max(...[...CURRENCY_WORDS.keys()].map((word) => word.length))
// A word opening with a letter of another script (Russian "крон") is looked up whenever a token opens
// with a non-ASCII unit; an ASCII opening must still be that of a word in Latin letters.
if ([...CURRENCY_WORD_INITIALS].some((initial) => initial >= 0x80 && initial < 0x400)) {
  throw new Error('currency words: mayBeCurrencyWord assumes every Latin word opens with an ASCII letter')
}

/**
 * False when `foldCase` of the token `text[start, end)` cannot be a currency word, found
 * without folding (most words beside a number are none). Characters below U+0300 neither
 * compose nor decompose in NFC and lower-case to at least one code unit each, so: with no
 * mark second, an ASCII first letter stays the folded word's first letter; with no unit
 * from U+0300 on, the folded word is at least as long as the token. A `.` or `$` added at
 * the end passes only if the bare token does: it is no mark, and only lengthens the token.
 */
function mayBeCurrencyWord(text: string, start: number, end: number): boolean {
  if (end - start > 1 && text.charCodeAt(start + 1) >= 0x300) return true
  const first = text.charCodeAt(start)
  if (first < 0x80 && !CURRENCY_WORD_INITIALS.has(first | 0x20)) return false
  if (end - start <= LONGEST_CURRENCY_WORD) return true
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) >= 0x300) return true
  }
  return false
}

/** Lower case in NFC (`normalize` skipped where it cannot change the token: hot path). */
function foldCase(token: string): string {
  return isNfcStable(token) ? token.toLowerCase() : token.normalize('NFC').toLowerCase()
}

/**
 * Power of ten each multiplier word stands for (lower case, NFC). Russian pages of the Baltic
 * states write "86,4 тыс. евро", "1,2 млн литов", "2 миллиона крон".
 */
const MULTIPLIERS = new Map<string, number>(
  Object.entries({
    3: 'tūkst. tūkst tuh. tuhat thousand thousands k тыс. тыс тысяч тысячи тысяча',
    6: 'milj. milj miljoni miljonu miljons mln. mln milijonai milijonų milijonas milijono miljon miljonit million millions m mn млн. млн миллиона миллионов миллион',
    9: 'mljrd. miljardi miljardu mlrd. mlrd milijardai milijardų miljardit bn billion billions млрд. млрд миллиарда миллиардов миллиард',
  }).flatMap(([exponent, words]) => words.split(' ').map((word): [string, number] => [word, Number(exponent)])),
)

// ---------------------------------------------------------------------------
// Numbers

type SeparatorKind = ',' | '.' | ' ' | "'"

function separatorKind(code: number): SeparatorKind | null {
  switch (code) {
    case 0x2c:
      return ','
    case 0x2e:
      return '.'
    case 0x20: // space, no-break space, narrow no-break space, thin space
    case 0xa0:
    case 0x202f:
    case 0x2009:
      return ' '
    case 0x27: // apostrophe, right single quotation mark
    case 0x2019:
      return "'"
    default:
      return null
  }
}

/**
 * The numeric part of a figure as an exact canonical decimal, or null if it is not one
 * well-formed number. `,` `.` spaces and apostrophes group; `,` or `.` may mark decimals.
 */
export function parseNumber(text: string): ParsedNumber | null {
  return readNumber(text.trim(), false)
}

const NON_DIGITS = /\D/g

/**
 * `scaled`: a multiplier follows (`2,8 milj.`), so a lone `,`/`.` is a decimal point.
 * One pass records the number's shape without splitting it: this runs on every figure.
 * Only the last separator can be a decimal point; every other one groups.
 */
function readNumber(source: string, scaled: boolean): ParsedNumber | null {
  let separators = 0
  let commas = 0
  let points = 0
  let firstKind: SeparatorKind | null = null
  let lastKind: SeparatorKind | null = null
  let lastAt = -1
  let firstRun = 0
  let mixedBeforeLast = false // a separator before the last differs from the first
  let innerRunsOfThree = true // every run between two separators has three digits
  for (let at = 0, runStart = 0; at <= source.length; at++) {
    const code = source.charCodeAt(at)
    if (isDigitCode(code)) continue
    const run = at - runStart
    if (run === 0) return null // empty, a leading/trailing separator, two in a row, or junk
    if (at === source.length) break
    const kind = separatorKind(code)
    if (kind === null) return null
    if (separators === 0) {
      firstRun = run
      firstKind = kind
    } else {
      if (run !== 3) innerRunsOfThree = false
      if (lastKind !== firstKind) mixedBeforeLast = true
    }
    if (kind === ',') commas++
    else if (kind === '.') points++
    separators++
    lastKind = kind
    lastAt = at
    runStart = at + 1
  }
  if (separators === 0) return { value: canonicalDecimal(source, ''), ambiguous: false }

  const lastRun = source.length - lastAt - 1
  const firstGroupValid = firstRun <= 3 && source.charCodeAt(0) !== 0x30 // 1–3 digits, no leading zero
  let decimal = false
  let ambiguous = false
  if (commas > 0 && points > 0) {
    // Both marks: the last one is the decimal point and must come once, at the end.
    if ((lastKind !== ',' && lastKind !== '.') || (lastKind === ',' ? commas : points) !== 1) return null
    decimal = true
  } else if (commas + points === 1 && (lastKind === ',' || lastKind === '.')) {
    // A lone mark: a decimal point unless it looks exactly like one thousands separator.
    if (scaled || separators > 1 || lastRun !== 3 || !firstGroupValid) decimal = true
    else ambiguous = true // `15,144`: thousands by convention, but a decimal reading exists
  }
  // Otherwise a `,`/`.` that repeats, or stands before further groups, is grouping.

  if (separators > (decimal ? 1 : 0)) {
    // The grouping separators: one kind, a valid first group, then groups of three.
    if (mixedBeforeLast || (!decimal && lastKind !== firstKind)) return null
    if (!firstGroupValid || !innerRunsOfThree || (!decimal && lastRun !== 3)) return null
  }
  const integer = (decimal ? source.slice(0, lastAt) : source).replace(NON_DIGITS, '')
  return { value: canonicalDecimal(integer, decimal ? source.slice(lastAt + 1) : ''), ambiguous }
}

// ---------------------------------------------------------------------------
// Figures in text

/**
 * Candidate numbers. Not preceded by a digit or by digit + `,`/`.`/`'` (the tail of
 * a date or a longer number), not followed by one either. A space-grouped number
 * starts with 1–3 digits and continues in groups of exactly 3, so `2011 12 500`
 * yields `2011` and then `12 500`. Every repetition is bounded: linear time.
 */
const NUMBER_SOURCE =
  String.raw`(?<!\p{N}|\p{N}[.,'’])` +
  String.raw`(?:\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3}){1,6}|\d{1,3}(?:,\d{3}){1,6}|\d{1,3}(?:\.\d{3}){1,6}|\d{1,3}(?:['’]\d{3}){1,6}|\d{1,15})` +
  String.raw`(?:[.,]\d{1,6})?` +
  String.raw`(?!\p{N}|[.,'’]\p{N})`

/** One scanner for every call: `findMoney` sets its `lastIndex` before each use. */
const NUMBERS = new RegExp(NUMBER_SOURCE, 'gu')

/** Spaces allowed between a number, its multiplier and its currency. */
const MAX_GAP = 3
/** Longer letter runs are words, not currency or multiplier tokens. */
const MAX_TOKEN_LETTERS = 12

// Character classes by code, with an ASCII fast path: these run around every number.
function isGapAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  return code === 0x20 || code === 0xa0 || code === 0x202f || code === 0x2009
}

function isDigitAt(text: string, at: number): boolean {
  return isDigitCode(text.charCodeAt(at))
}

function isLetterAt(text: string, at: number): boolean {
  return at >= 0 && at < text.length && isLetterCode(text.charCodeAt(at))
}

function isWordCharAt(text: string, at: number): boolean {
  return at >= 0 && at < text.length && isWordCharCode(text.charCodeAt(at))
}

/** `€`, `£`, `$`: currency symbols that stand alone. */
function isSymbolAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  return code === 0x20ac || code === 0xa3 || code === 0x24
}

function isCapitals(word: string): boolean {
  return word === word.toUpperCase() && word !== word.toLowerCase()
}

interface Token<T> {
  value: T
  start: number
  end: number
}

// A text browser's margin, where a wrapped paragraph was joined ("co-financing of LVL" over "   75 960"),
// stands as no-break spaces (the cleaned text has no other: clean-text makes them plain); however
// long, it is one gap, the joint's own.
const MARGIN = 0xa0

/** Skip up to MAX_GAP spaces forward from `from`, and a joined wrap's margin whole. */
function skipGapForward(text: string, from: number): number {
  let at = from
  let spaces = 0
  while (isGapAt(text, at) && (text.charCodeAt(at) === MARGIN || spaces++ < MAX_GAP)) at++
  return at
}

/** Skip up to MAX_GAP spaces backward from `to`, and a joined wrap's margin whole, never before `floor`. */
function skipGapBackward(text: string, to: number, floor: number): number {
  let at = to
  let spaces = 0
  while (at > floor && isGapAt(text, at - 1) && (text.charCodeAt(at - 1) === MARGIN || spaces++ < MAX_GAP)) at--
  return at
}

/**
 * A token starting at `start` looked up by `lookup`: a word (with `US$` and dotted
 * abbreviations), or with `symbols` a lone `€`, `£`, `$`.
 */
function tokenAt<T>(
  text: string,
  start: number,
  lookup: (token: string) => T | null,
  symbols: boolean,
  mayBe?: (text: string, start: number, end: number) => boolean,
): Token<T> | null {
  let end = start
  while (end - start <= MAX_TOKEN_LETTERS && isLetterAt(text, end)) end++
  if (end - start > MAX_TOKEN_LETTERS) return null
  if (end === start) {
    const value = symbols && isSymbolAt(text, start) ? lookup(text[start]!) : null
    return value === null ? null : { value, start, end: start + 1 }
  }
  // `mayBe` rules out the letters (and so every token below) without making strings.
  if (mayBe && !mayBe(text, start, end)) return null
  if (text[end] === '$') {
    const value = lookup(text.slice(start, end + 1)) // `US$`
    if (value !== null) return { value, start, end: end + 1 }
  }
  // `milj.`, `tūkst.`, `eur.`: the dot is part of an abbreviation, but after a code in
  // capitals (`500 EUR.`) it ends the sentence.
  if (text[end] === '.' && !isCapitals(text.slice(start, end))) {
    const value = lookup(text.slice(start, end + 1))
    if (value !== null) return { value, start, end: end + 1 }
  }
  if (isWordCharAt(text, end)) return null // `m2`, `EUR5`: not a whole token
  const value = lookup(text.slice(start, end))
  return value === null ? null : { value, start, end }
}

/** A currency token ending at `end`, not reaching before `floor`. */
function currencyEndingAt(text: string, end: number, floor: number): Token<string> | null {
  let start = end
  while (end - start <= MAX_TOKEN_LETTERS && start > floor && isLetterAt(text, start - 1)) start--
  if (end - start > MAX_TOKEN_LETTERS) return null
  if (start === end) {
    if (end <= floor || !isSymbolAt(text, end - 1)) return null
    if (text[end - 1] === '$') {
      const us = end - 3 >= floor && text.slice(end - 3, end) === 'US$'
      const from = us ? end - 3 : end - 1
      // `A$`, `NZ$` are other dollars: not USD.
      return isWordCharAt(text, from - 1) ? null : { value: 'USD', start: from, end }
    }
    return { value: EXACT_CURRENCY_TOKENS.get(text[end - 1]!)!, start: end - 1, end }
  }
  if (isWordCharAt(text, start - 1) || !mayBeCurrencyAt(text, start, end)) return null
  const value = currencyOf(text.slice(start, end))
  return value === null ? null : { value, start, end }
}

/** First letters of the multipliers (all ASCII): most words need no case folding to rule out. */
const MULTIPLIER_INITIALS = new Set([...MULTIPLIERS.keys()].map((word) => word.charCodeAt(0)))

function mayStartMultiplier(text: string, at: number): boolean {
  const initial = text.charCodeAt(at)
  return initial >= 0x80 || MULTIPLIER_INITIALS.has(initial | 0x20)
}

function multiplierOf(token: string): number | null {
  return MULTIPLIERS.get(foldCase(token)) ?? null
}

/** "Lithuanian litas", "US dollars" at `start`: the country word and its currency's noun, as one token. */
function namedCurrencyAt(text: string, start: number): Token<string> | null {
  // Every country word starts with "e", "l", "n" or "u".
  const initial = text.charCodeAt(start) | 0x20
  if (initial !== 0x65 && initial !== 0x6c && initial !== 0x6e && initial !== 0x75) return null
  const adjective = tokenAt(text, start, (word) => NAMED_CURRENCIES.get(foldCase(word)) ?? null, false)
  if (!adjective) return null
  const nounStart = skipGapForward(text, adjective.end)
  if (nounStart === adjective.end) return null
  const noun = tokenAt(text, nounStart, (word) => (adjective.value.nouns.has(foldCase(word)) ? adjective.value.code : null), false)
  return noun ? { value: noun.value, start, end: noun.end } : null
}

/** A bare year, as in `In 2011 EUR 12 500`. */
const YEAR = /^(?:19|20)\d\d$/

/**
 * The length of a "no cents" mark right after a number (`248 600.- kr`, `1500,- EUR`), or 0:
 * the figure's currency comes after the mark.
 */
function noCentsMarkAt(text: string, at: number): number {
  const mark = text.charCodeAt(at)
  if (mark !== 0x2e && mark !== 0x2c) return 0
  const dash = text.charCodeAt(at + 1)
  return dash === 0x2d || dash === 0x2013 ? 2 : 0
}

/** The money figure around the number at [start, end), or null if it is not one. */
function readFigure(text: string, start: number, end: number, floor: number): MoneyMatch | null {
  const afterGap = skipGapForward(text, end + noCentsMarkAt(text, end))
  const beforeGap = skipGapBackward(text, start, floor)
  // Most numbers in a text have neither a letter nor a symbol beside them: leave fast.
  const tokenAfterPossible = isLetterAt(text, afterGap) || isSymbolAt(text, afterGap)
  const tokenBeforePossible =
    beforeGap > floor && (isLetterAt(text, beforeGap - 1) || isSymbolAt(text, beforeGap - 1))
  if (!tokenAfterPossible && !tokenBeforePossible) return null
  const percent = text.charCodeAt(afterGap)
  if (percent === 0x25 || percent === 0x2030) return null // `85 %`, `3‰`

  let before = tokenBeforePossible ? currencyEndingAt(text, beforeGap, floor) : null
  // Glued to the number (`EUR15`), only a symbol or an ISO code: not `EURO2020`.
  if (before && isLetterAt(text, start - 1) && text.slice(before.start, before.end) !== before.value) {
    before = null
  }
  // `LV80`, `A4`: a number glued to letters is part of a code, unless the letters are its currency.
  if (isWordCharAt(text, start - 1) && before?.end !== start) return null

  let multiplier: Token<number> | null = null
  let after: Token<string> | null = null
  if (tokenAfterPossible) {
    if (mayStartMultiplier(text, afterGap)) multiplier = tokenAt(text, afterGap, multiplierOf, false)
    const currencyAt = multiplier ? skipGapForward(text, multiplier.end) : afterGap
    after = tokenAt(text, currencyAt, currencyOf, true, mayBeCurrencyAt) ?? namedCurrencyAt(text, currencyAt)
  }
  if (isWordCharAt(text, end) && (multiplier ?? after)?.start !== end) return null // `5km`, `2nd`

  // A currency before the number wins: in `USD 12,500 EUR 9,000` the EUR is the second figure's.
  const currency = before ?? after
  if (currency === null) return null
  if (before === null && multiplier === null && end - start === 4 && YEAR.test(text.slice(start, end))) {
    // `In 2011 EUR 12 500`: a currency between a year and a number is the number's.
    const next = skipGapForward(text, after!.end)
    if (next > after!.end && isDigitAt(text, next)) return null
  }
  const figureStart = before ? before.start : start
  const figureEnd = before ? (multiplier?.end ?? end) : after!.end

  const parsed = readNumber(text.slice(start, end), multiplier !== null)
  if (parsed === null) return null
  const value = multiplier ? shiftDecimal(parsed.value, multiplier.value) : parsed.value
  if (value === null) return null
  return {
    value,
    currency: currency.value,
    text: text.slice(figureStart, figureEnd),
    offset: figureStart,
    length: figureEnd - figureStart,
    ambiguous: parsed.ambiguous,
  }
}

/**
 * Every money figure in `text`, in order and non-overlapping. A number counts only with
 * a currency before or after it; years, percentages, counts and dates do not.
 */
export function findMoney(text: string): MoneyMatch[] {
  const found: MoneyMatch[] = []
  const numbers = NUMBERS
  numbers.lastIndex = 0
  let floor = 0
  for (let match = numbers.exec(text); match !== null; match = numbers.exec(text)) {
    const figure = readFigure(text, match.index, match.index + match[0].length, floor)
    if (figure === null) continue
    found.push(figure)
    floor = figure.offset + figure.length
    numbers.lastIndex = Math.max(numbers.lastIndex, floor)
  }
  return found
}

// ---------------------------------------------------------------------------
// Euro

/** Irrevocable conversion rates fixed by the Council at each changeover: units per 1 EUR. */
export const IRREVOCABLE_RATES: ReadonlyMap<string, string> = new Map([
  ['LTL', '3.45280'],
  ['LVL', '0.702804'],
  ['EEK', '15.6466'],
  ['DEM', '1.95583'],
  ['FRF', '6.55957'],
  ['ITL', '1936.27'],
  ['ESP', '166.386'],
  ['NLG', '2.20371'],
  ['BEF', '40.3399'],
  ['ATS', '13.7603'],
  ['PTE', '200.482'],
  ['FIM', '5.94573'],
  ['IEP', '0.787564'],
  ['LUF', '40.3399'],
  ['GRD', '340.750'],
  ['SIT', '239.640'],
  ['CYP', '0.585274'],
  ['MTL', '0.429300'],
  ['SKK', '30.1260'],
  ['HRK', '7.53450'],
])

/** A plain decimal (as `parseDecimal` reads) with no more than two decimals. */
const WHOLE_CENTS = /^\d+(?:\.\d{1,2})?$/

function noConversion(): EurConversion {
  return { eur: null, rate: null, rateSource: null }
}

/**
 * Convert an exact decimal amount to euro: divide by the rate (units per 1 EUR; never
 * multiply by an inverse) and round half up to the cent, in BigInt arithmetic. EUR and
 * the irrevocable rates come first; `userRates` only fill in other currencies. Never
 * throws: an unreadable value or user rate gives no conversion.
 */
export function toEur(
  value: string,
  currency: string,
  userRates?: ReadonlyMap<string, string>,
): EurConversion {
  // Euro with at most two decimals is already whole cents: dividing by 1 and rounding
  // leaves it as it is, and the number it reads as is the one the exact path writes.
  if (currency === 'EUR' && WHOLE_CENTS.test(value)) return { eur: Number(value), rate: 1, rateSource: 'identity' }
  const amount = parseDecimal(value)
  if (amount === null) return noConversion()
  let rateText: string
  let rateSource: RateSource
  if (currency === 'EUR') {
    rateText = '1'
    rateSource = 'identity'
  } else if (IRREVOCABLE_RATES.has(currency)) {
    rateText = IRREVOCABLE_RATES.get(currency)!
    rateSource = 'irrevocable'
  } else if (userRates?.has(currency)) {
    rateText = userRates.get(currency)!
    rateSource = 'user'
  } else {
    return noConversion()
  }
  const rate = parseDecimal(rateText)
  if (rate === null || rate.units === 0n) return noConversion()
  const cents = divideHalfUp(amount, rate, 2)
  return { eur: Number(formatDecimal(cents)), rate: Number(rateText), rateSource }
}

/**
 * Validate the content of a `--rates` file: a JSON object mapping ISO 4217 codes to a
 * positive number or numeric string of units per 1 EUR. Numbers keep the digits of their
 * JSON text; the result holds canonical decimal strings. Throws naming the bad key.
 */
export function parseRates(json: unknown): Map<string, string> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new Error('rates: expected a JSON object mapping ISO 4217 codes to units per 1 EUR, e.g. {"USD": 1.0832}')
  }
  const rates = new Map<string, string>()
  for (const [key, raw] of Object.entries(json)) {
    if (!ISO_4217_CODES.has(key)) {
      const hint = ISO_4217_CODES.has(key.toUpperCase()) ? ` (write it as "${key.toUpperCase()}")` : ''
      throw new Error(`rates: "${key}" is not an ISO 4217 currency code${hint}`)
    }
    const text = typeof raw === 'number' ? numberToDecimal(raw) : typeof raw === 'string' ? raw.trim() : null
    const rate = text === null ? null : parseDecimal(text)
    if (rate === null || rate.units === 0n) {
      throw new Error(
        `rates: the rate for "${key}" must be a positive number of ${key} per 1 EUR, got ${describe(raw)}`,
      )
    }
    rates.set(key, formatDecimal(rate))
  }
  return rates
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value)
  if (value === null || typeof value !== 'object') return String(value)
  return Array.isArray(value) ? 'an array' : 'an object'
}
