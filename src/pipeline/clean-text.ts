/**
 * Make decoded text predictable for the extractors: one kind of line break, no
 * invisible characters, one kind of space, composed (NFC) letters. Web pages
 * copied into text files carry all of these, and none of them carries meaning here.
 *
 * Each step is one linear pass (single-character classes, no backtracking), and most
 * texts need none of them: one search proves that before any string is copied.
 */

/** CRLF (Windows) and lone CR (old Mac) line breaks, and the Unicode line/paragraph separators. */
const lineBreaks = /\r\n?|[\u2028\u2029]/g

/**
 * Invisible characters that split words for search and matching:
 * soft hyphen, zero-width space/non-joiner/joiner, left-to-right and right-to-left
 * marks, bidi embeddings/overrides/isolates (never wanted in Baltic or English
 * data, and a known way to hide text), word joiner and invisible operators, and
 * the byte-order mark / zero-width no-break space anywhere in the text.
 */
const invisible = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g

/** Every Unicode space separator except the plain space (no-break, thin, figure, ideographic …). */
const otherSpaces = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g

/** Any character one of the replacements above would change. */
const needsReplacing = /[\r\u2028\u2029\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/

/**
 * Characters outside the ranges NFC provably leaves alone: Latin up to U+02FF, the
 * general punctuation U+2010–U+205E (dashes, quotes, bullets) and the euro sign. None of
 * these has a canonical decomposition or combines with a neighbour from the same ranges
 * (test/pipeline/clean-text.test.ts checks every one, and every pair), so a text made of
 * them only is already in NFC — which is most Baltic and English text.
 */
const mayChangeUnderNfc = /[^\u0000-\u02FF\u2010-\u205E\u20AC]/

/**
 * Every character outside this set: anything `cleanText` would replace or NFC could
 * change, and every control character `decode` counts against a text (C0 other than
 * tab, line feed, vertical tab, form feed and carriage return; DEL; C1). The set is
 * printable ASCII and the NFC-stable ranges above without the characters replaced
 * (U+00A0, U+00AD, U+2028–U+202F): test/pipeline/clean-text.test.ts checks every
 * code unit against the expressions above and the control characters.
 */
const notPlain = /[^\t\n\v\f\x20-\x7E\xA1-\xAC\xAE-\u02FF\u2010-\u2027\u2030-\u205E\u20AC]/

/**
 * True proves, in one scan, that the text holds no control character and that
 * `cleanText` would give it back unchanged; most decoded texts are like that.
 */
export function isPlainText(text: string): boolean {
  return !notPlain.test(text)
}

export function cleanText(text: string): string {
  const replaced = needsReplacing.test(text)
    ? text.replace(lineBreaks, '\n').replace(invisible, '').replace(otherSpaces, ' ')
    : text
  return mayChangeUnderNfc.test(replaced) ? replaced.normalize('NFC') : replaced
}

/** The characters the NFC fast path trusts, for the test that proves it. */
export const NFC_STABLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x02ff],
  [0x2010, 0x205e],
  [0x20ac, 0x20ac],
]
