/**
 * Make decoded text predictable for the extractors: one kind of line break, no
 * invisible characters, one kind of space, composed (NFC) letters. Web pages
 * copied into text files carry all of these, and none of them carries meaning here.
 *
 * Each step is one linear pass (single-character classes, no backtracking).
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

export function cleanText(text: string): string {
  return text
    .replace(lineBreaks, '\n')
    .replace(invisible, '')
    .replace(otherSpaces, ' ')
    .normalize('NFC')
}
