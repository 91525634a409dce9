/**
 * Stage 2: bytes -> clean text.
 *
 * Junk is turned away first (empty files, binary files), then the encoding is
 * found: an explicit `--encoding` wins; else a byte-order mark; else UTF-16 told by
 * where its NUL bytes fall; else strict UTF-8; else the Baltic legacy encoding that
 * gives the most plausible text. Web pages
 * saved on Latvian, Lithuanian and Estonian machines are often windows-1257 or
 * ISO-8859-13/-4, and those byte sets are never valid UTF-8 once they hold a
 * single non-ASCII letter.
 */
import { cleanText, isPlainText } from './clean-text.js'
import type { SourceFile } from './source-file.js'
import { lazyPattern } from '../normalise/lazy-pattern.js'

export interface DecodeOptions {
  /** A WHATWG encoding label (`windows-1257`, `latin4`, `utf-16le`, …) that overrides detection. */
  encoding?: string
}

/** Tried in this order when the bytes are not UTF-8; the first wins a tie. */
export const LEGACY_ENCODINGS = ['windows-1257', 'iso-8859-13', 'iso-8859-4'] as const

/** Share of control characters above which decoded "text" is taken for binary data. */
const MAX_CONTROL_SHARE = 0.08

export function decode(file: SourceFile, options: DecodeOptions = {}): void {
  if (file.failed || file.bytes === null) return
  const bytes = file.bytes
  if (bytes.length === 0) {
    file.fail('empty-file', 'the file is empty (0 bytes)')
    return
  }

  let explicit: string | null = null
  if (options.encoding !== undefined) {
    explicit = canonicalEncoding(options.encoding)
    if (explicit === null) {
      file.fail(
        'unknown-encoding',
        `unknown encoding ${JSON.stringify(options.encoding)}: use a WHATWG label such as utf-8, windows-1257, iso-8859-13 or iso-8859-4`,
      )
      return
    }
  }

  const magic = sniffMagic(bytes)
  if (magic !== null) {
    file.fail('binary-file', `not a text file: it starts like ${magic}`)
    return
  }

  let declared = explicit ?? sniffBom(bytes)
  let unmarked = false
  if (declared !== 'utf-16le' && declared !== 'utf-16be') {
    const nul = bytes.indexOf(0)
    if (nul !== -1) {
      const utf16 = declared === null ? sniffUnmarkedUtf16(bytes) : null
      if (utf16 === null) {
        file.fail(
          'binary-file',
          `not a text file: it has a NUL byte at byte ${nul} (for UTF-16 text without a byte-order mark, pass --encoding utf-16le or utf-16be)`,
        )
        return
      }
      declared = utf16
      unmarked = true
    }
  }

  const decoded = declared === null ? detect(bytes) : decodeAs(declared, bytes)
  file.encoding = decoded.encoding

  // A plain text (most are) has no control characters and nothing to clean.
  const plain = isPlainText(decoded.text)
  const controls = plain ? 0 : countControls(decoded.text)
  if (controls > 0 && controls / decoded.text.length > MAX_CONTROL_SHARE) {
    const percent = Math.round((100 * controls) / decoded.text.length)
    file.fail('binary-file', `not a text file: ${percent}% of its characters are control characters`)
    return
  }

  const text = plain ? decoded.text : cleanText(decoded.text)
  if (text.trim() === '') {
    file.fail('empty-file', 'the file holds only whitespace')
    return
  }
  file.setText(text)

  if (decoded.replaced) {
    const count = countOf(text, '\uFFFD')
    file.message(
      'warning',
      'replacement-characters',
      `${count} byte sequence${count === 1 ? '' : 's'} could not be decoded as ${decoded.encoding} and became U+FFFD`,
      text.indexOf('\uFFFD'),
    )
  }
  if (decoded.legacy) {
    const others = LEGACY_ENCODINGS.filter((name) => name !== decoded.encoding)
    file.message(
      'info',
      'legacy-encoding',
      `not valid UTF-8: decoded as ${decoded.encoding}, the most plausible Baltic legacy encoding; if letters look wrong, pass --encoding ${others.join(' or --encoding ')}`,
    )
  } else if (decoded.encoding !== 'utf-8') {
    // Every decode that is not UTF-8 is said, so a user can tell how the bytes were read.
    const why =
      explicit !== null
        ? 'as --encoding asked'
        : unmarked
          ? 'as its NUL bytes show (every other byte, as in UTF-16 text without a byte-order mark); pass --encoding to read it otherwise'
          : 'as its byte-order mark says'
    file.message('info', 'non-utf8-encoding', `decoded as ${decoded.encoding}, ${why}`)
  }
}

/** The canonical WHATWG name for a label, or null when the label is unknown or unsupported. */
export function canonicalEncoding(label: string): string | null {
  try {
    return new TextDecoder(label).encoding
  } catch {
    return null
  }
}

interface Decoded {
  text: string
  encoding: string
  /** Some bytes were invalid in the encoding and became U+FFFD. */
  replaced: boolean
  /** The encoding was guessed among the legacy candidates. */
  legacy: boolean
}

/** Decode with a known encoding; a matching byte-order mark is dropped by TextDecoder. */
function decodeAs(encoding: string, bytes: Uint8Array): Decoded {
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding, replaced: false, legacy: false }
  } catch {
    return { text: new TextDecoder(encoding).decode(bytes), encoding, replaced: true, legacy: false }
  }
}

/** Without `stream`, a decoder keeps no state between calls: one serves every file. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

/** No declaration: UTF-8 if the bytes are valid UTF-8, else the best-scoring legacy encoding. */
function detect(bytes: Uint8Array): Decoded {
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8', replaced: false, legacy: false }
  } catch {
    // Not UTF-8: fall through to the legacy candidates.
  }
  let best: { text: string; encoding: string; score: number } | null = null
  for (const encoding of LEGACY_ENCODINGS) {
    const text = new TextDecoder(encoding).decode(bytes)
    const score = balticScore(text)
    if (best === null || score > best.score) best = { text, encoding, score }
  }
  // LEGACY_ENCODINGS is not empty, so best is set.
  const { text, encoding } = best!
  return { text, encoding, replaced: false, legacy: true }
}

function sniffBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return null
}

/** How many leading bytes the UTF-16 sniff looks at: enough for a stable share, cheap on large files. */
const UTF16_SAMPLE = 4096

/**
 * UTF-16 saved without a byte-order mark (Windows "Unicode" text), told from binary data by
 * where its NUL bytes fall: ASCII and Latin-1 characters have a zero high byte, so at least a
 * third of the high bytes are 0, ten times as many as low bytes (only rare characters such as
 * Ā, U+0100, have a zero low byte). Random binary data puts its NULs at both places alike. Strict decoding and the control-character share check the rest.
 */
export function sniffUnmarkedUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null
  const end = Math.min(bytes.length, UTF16_SAMPLE)
  let evenZeros = 0
  let oddZeros = 0
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) evenZeros++
    if (bytes[i + 1] === 0) oddZeros++
  }
  const units = end / 2
  const wide = (high: number, low: number): boolean => high >= units / 3 && low * 10 <= high
  if (wide(oddZeros, evenZeros)) return 'utf-16le'
  if (wide(evenZeros, oddZeros)) return 'utf-16be'
  return null
}

/** Signatures of formats that people drop into a folder of pages by mistake. */
const MAGIC: ReadonlyArray<{ name: string; bytes: ReadonlyArray<number | null> }> = [
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: ascii('GIF87a') },
  { name: 'a GIF image', bytes: ascii('GIF89a') },
  { name: 'a WebP image', bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')] },
  { name: 'a PDF document', bytes: ascii('%PDF-') },
  { name: 'a ZIP archive (or DOCX/XLSX/ODT document)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'a ZIP archive (or DOCX/XLSX/ODT document)', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'a ZIP archive (or DOCX/XLSX/ODT document)', bytes: [0x50, 0x4b, 0x07, 0x08] },
  { name: 'an OLE2 document (legacy DOC/XLS/PPT)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'a GZIP archive', bytes: [0x1f, 0x8b] },
  { name: 'a 7z archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'a RAR archive', bytes: [...ascii('Rar!'), 0x1a, 0x07] },
  { name: 'an XZ archive', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: 'a Zstandard archive', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: 'an ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
]

function ascii(text: string): number[] {
  return Array.from(text, (char) => char.charCodeAt(0))
}

/** The name of the format whose signature the bytes start with, or null. `null` in a signature matches any byte. */
export function sniffMagic(bytes: Uint8Array): string | null {
  for (const { name, bytes: signature } of MAGIC) {
    if (bytes.length >= signature.length && signature.every((byte, i) => byte === null || bytes[i] === byte)) {
      return name
    }
  }
  return null
}

/** C0 controls other than tab, line feed, vertical tab, form feed and carriage return; DEL; C1 controls. */
function isControl(code: number): boolean {
  return (code < 0x20 && (code < 0x09 || code > 0x0d)) || (code >= 0x7f && code <= 0x9f)
}

/** Any character isControl accepts: most texts have none, and one search proves it. */
const ANY_CONTROL = /[\x00-\x08\x0e-\x1f\x7f-\x9f]/

function countControls(text: string): number {
  if (!ANY_CONTROL.test(text)) return 0
  let count = 0
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) count++
  return count
}

function countOf(text: string, char: string): number {
  let count = 0
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) count++
  return count
}

/**
 * Weights of the non-ASCII characters the legacy candidates can produce.
 * Letters of Latvian, Lithuanian and Estonian count for a decoding; characters a
 * wrong decoding produces instead (letters of other alphabets, rare symbols,
 * control characters, U+FFFD for bytes the encoding leaves undefined) count
 * against it. Typographic punctuation and the Nordic letters of Norwegian names
 * (Norway Grants pages) are neutral.
 */
const BALTIC_LETTERS = 'āčēģīķļņšūžąęėįųõäöüĀČĒĢĪĶĻŅŠŪŽĄĘĖĮŲÕÄÖÜ'
const NEUTRAL = '\u00A0\u00AD–—‘’‚“”„…•€°§©®™«»×åæøÅÆØéÉóÓ'
const RARE_SYMBOL = -2
const OTHER_LETTER = -1
const CONTROL_OR_UNDEFINED = -4

const WEIGHTS: ReadonlyMap<number, number> = new Map([
  ...Array.from(BALTIC_LETTERS, (char): [number, number] => [char.codePointAt(0)!, 1]),
  ...Array.from(NEUTRAL, (char): [number, number] => [char.codePointAt(0)!, 0]),
])

const LETTER = lazyPattern(() => /\p{L}/u)

/** Plausibility of text as Baltic-language text; higher is better. Linear in the text length. */
export function balticScore(text: string): number {
  let score = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) continue
    const weight = WEIGHTS.get(code)
    if (weight !== undefined) score += weight
    else if (code <= 0x9f || code === 0xfffd) score += CONTROL_OR_UNDEFINED
    else score += LETTER().test(text.charAt(i)) ? OTHER_LETTER : RARE_SYMBOL
  }
  return score
}
