/**
 * Character classes of single UTF-16 code units, as a `u` regular expression would give them
 * for that unit alone, with an ASCII fast path and each other unit tested once and remembered:
 * the readers ask around every number and word.
 */
const LETTER = /^[\p{L}\p{M}]$/u
const WORD_CHAR = /^[\p{L}\p{M}\p{N}_]$/u

const IS_LETTER = 2
const IS_WORD_CHAR = 4
/** Per code unit: 0 not yet asked, else 1 plus IS_LETTER and IS_WORD_CHAR as LETTER and WORD_CHAR say. */
const classes = new Uint8Array(0x10000)

function classOf(code: number): number {
  let known = classes[code]!
  if (known === 0) {
    const char = String.fromCharCode(code)
    known = 1 | (LETTER.test(char) ? IS_LETTER : 0) | (WORD_CHAR.test(char) ? IS_WORD_CHAR : 0)
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

/** A word character: letter, mark, number or `_` (`[\p{L}\p{M}\p{N}_]`); false for NaN. */
export function isWordCharCode(code: number): boolean {
  if (code < 0x80) return isAsciiLetterCode(code) || (code >= 0x30 && code <= 0x39) || code === 0x5f
  if (!(code <= 0xffff)) return false
  return (classOf(code) & IS_WORD_CHAR) !== 0
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
