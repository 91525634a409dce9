import { lazyPattern } from './lazy-pattern.js'
/**
 * Character classes of single UTF-16 code units, as a `u` regular expression would give them
 * for that unit alone, with an ASCII fast path and each other unit classified once and remembered:
 * the readers ask around every number and word.
 */
const LETTER = lazyPattern(() => /^[\p{L}\p{M}]$/u)
const WORD_CHAR = lazyPattern(() => /^[\p{L}\p{M}\p{N}_]$/u)

const ASKED = 1
const IS_LETTER = 2
const IS_WORD_CHAR = 4
const LETTER_CLASS = ASKED | IS_LETTER | IS_WORD_CHAR
/** Per code unit: 0 not yet asked, else ASKED plus IS_LETTER and IS_WORD_CHAR as LETTER and WORD_CHAR say. */
const classes = new Uint8Array(0x10000)

/**
 * The class of a unit from U+0080 on in the blocks Baltic documents mostly use, or 0 for the
 * others: LETTER and WORD_CHAR (milliseconds to compile) are then built only for those.
 * test/normalise/code-units.test.ts checks every code unit against the expressions.
 */
function blockClassOf(code: number): number {
  if (code < 0xc0) {
    // Latin-1 punctuation and symbols, but for ª µ º and the numbers ² ³ ¹ ¼ ½ ¾.
    if (code === 0xaa || code === 0xb5 || code === 0xba) return LETTER_CLASS
    if (code === 0xb2 || code === 0xb3 || code === 0xb9 || (code >= 0xbc && code <= 0xbe)) return ASKED | IS_WORD_CHAR
    return ASKED
  }
  // Latin-1 letters (not × and ÷), Latin Extended-A and -B: letters all.
  if (code <= 0x24f) return code === 0xd7 || code === 0xf7 ? ASKED : LETTER_CLASS
  // Combining diacritical marks.
  if (code >= 0x300 && code <= 0x36f) return LETTER_CLASS
  // General punctuation, currency symbols: no letters or numbers.
  if ((code >= 0x2000 && code <= 0x206f) || (code >= 0x20a0 && code <= 0x20cf)) return ASKED
  return 0
}

/** The class of a unit from U+0080 on. */
function classOf(code: number): number {
  let known = classes[code]!
  if (known === 0) {
    known = blockClassOf(code)
    if (known === 0) {
      const char = String.fromCharCode(code)
      known = ASKED | (LETTER().test(char) ? IS_LETTER : 0) | (WORD_CHAR().test(char) ? IS_WORD_CHAR : 0)
    }
    classes[code] = known
  }
  return known
}

function isAsciiLetterCode(code: number): boolean {
  return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a
}

/** A letter or combining mark (`[\p{L}\p{M}]`); false for NaN, as past a text's end. */
export function isLetterCode(code: number): boolean {
  if (code < 0x80) return isAsciiLetterCode(code)
  if (!(code <= 0xffff)) return false
  return (classOf(code) & IS_LETTER) !== 0
}

/**
 * How many code units the letter or mark at `at` takes (0 when there is none), reading a
 * surrogate pair as one code point the way a `u` regular expression does.
 */
export function letterUnitsAt(text: string, at: number): number {
  const code = text.charCodeAt(at)
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(at + 1)
    if (next >= 0xdc00 && next <= 0xdfff) return LETTER().test(text.slice(at, at + 2)) ? 2 : 0
    return 0
  }
  return isLetterCode(code) ? 1 : 0
}

/** A word character: letter, mark, number or `_` (`[\p{L}\p{M}\p{N}_]`); false for NaN. */
export function isWordCharCode(code: number): boolean {
  if (code < 0x80) return isAsciiLetterCode(code) || (code >= 0x30 && code <= 0x39) || code === 0x5f
  if (!(code <= 0xffff)) return false
  return (classOf(code) & IS_WORD_CHAR) !== 0
}

/** Whether `code` is an ASCII digit, 0–9. */
export function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

/**
 * Whether `code` is a space to `\s` and `trim()` (the same set: WhiteSpace and LineTerminator).
 * test/extractors/read/text.test.ts and test/normalise/places.test.ts check it against `\s` for every code unit.
 */
export function isSpaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13)
  if (code < 0xa0) return false
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  )
}
