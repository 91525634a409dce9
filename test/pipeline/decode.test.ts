import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cleanText } from '../../src/pipeline/clean-text.js'
import { balticScore, canonicalEncoding, decode, LEGACY_ENCODINGS, sniffMagic, sniffUnmarkedUtf16 } from '../../src/pipeline/decode.js'
import { SourceFile } from '../../src/pipeline/source-file.js'
import { seededBytes } from '../support/seeded-bytes.js'

const fixtures = new URL('../../fixtures/hostile/', import.meta.url)
const fixture = (name: string): Uint8Array => readFileSync(new URL(name, fixtures))

function decoded(bytes: Uint8Array, encoding?: string): SourceFile {
  const file = new SourceFile('t.txt', null)
  file.bytes = bytes
  decode(file, encoding === undefined ? {} : { encoding })
  return file
}

const codes = (file: SourceFile): string[] => file.messages.map((m) => m.code)

/** Reverse of a single-byte decoder: the encode table the legacy tests build their bytes with. */
function encodeWith(encoding: string, text: string): Uint8Array {
  const decoder = new TextDecoder(encoding)
  const table = new Map<string, number>()
  for (let byte = 0; byte < 256; byte++) {
    const char = decoder.decode(Uint8Array.of(byte))
    if (char !== '\uFFFD' && !table.has(char)) table.set(char, byte)
  }
  return Uint8Array.from(Array.from(text, (char) => {
    const byte = table.get(char)
    if (byte === undefined) throw new Error(`${encoding} cannot encode ${JSON.stringify(char)}`)
    return byte
  }))
}

function randomBytes(length: number, seed: number, avoidNul = false): Buffer {
  return seededBytes(length, seed, avoidNul ? 1 : undefined)
}

const latvian = (open: string, close: string, dash: string): string =>
  `Projekts ${open}Droša vide jauniešiem${close}\nĪstenotājs: Rīgas pašvaldības policija\nMērķis ${dash} mazināt atkarību izraisošo vielu lietošanu skolēnu vidū.\nKopējās izmaksas: 48 500 EUR.\n`
const lithuanian = (open: string, close: string, dash: string): string =>
  `Projektas ${open}Saugi bendruomenė${close}\nVykdytojas: Kėdainių rajono savivaldybė\nTikslas ${dash} mažinti žalą švirkščiamųjų narkotikų vartotojams.\nBendra vertė: 120 000 eurų.\n`
const estonian =
  'Projekti eesmärk on vähendada uimastite tarvitamist noorte seas. Tegevused hõlmavad nõustamist ja õpetajate koolitust; žürii hindas töid, šokolaad oli auhinnaks.\n'

describe('decode: unicode', () => {
  it.each([
    ['latvian.utf-8.txt', 'utf-8'],
    ['latvian.utf-8-bom.txt', 'utf-8'],
    ['latvian.utf-16le-bom.txt', 'utf-16le'],
    ['latvian.utf-16be-bom.txt', 'utf-16be'],
  ])('%s decodes as %s with the byte-order mark dropped', (name, encoding) => {
    const file = decoded(fixture(name))
    // A decode that is not UTF-8 is said in an info message.
    expect(codes(file)).toEqual(encoding === 'utf-8' ? [] : ['non-utf8-encoding'])
    expect(file.encoding).toBe(encoding)
    expect(file.text).toBe(latvian('„', '”', '–'))
  })

  it('keeps valid UTF-8 as UTF-8 whatever it holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (text) => {
        fc.pre(text.trim() !== '' && !/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/u.test(text))
        const file = decoded(new TextEncoder().encode(text))
        expect(file.encoding).toBe('utf-8')
        if (!file.failed) expect(file.text).toBe(cleanText(text))
        else expect(codes(file)).toEqual(['empty-file'])
      }),
    )
  })
})

describe('decode: Baltic legacy encodings', () => {
  it.each([
    ['latvian.windows-1257.txt', 'windows-1257', latvian('„', '”', '–')],
    ['latvian.iso-8859-13.txt', 'iso-8859-13', latvian('„', '”', '-')],
    ['latvian.iso-8859-4.txt', 'iso-8859-4', latvian('"', '"', '-')],
    ['lithuanian.windows-1257.txt', 'windows-1257', lithuanian('„', '“', '–')],
    ['lithuanian.iso-8859-13.txt', 'iso-8859-13', lithuanian('„', '“', '-')],
    ['lithuanian.iso-8859-4.txt', 'iso-8859-4', lithuanian('"', '"', '-')],
  ])('detects %s as %s', (name, encoding, text) => {
    const file = decoded(fixture(name))
    expect(file.encoding).toBe(encoding)
    expect(file.text).toBe(text)
    expect(codes(file)).toEqual(['legacy-encoding'])
    expect(file.messages[0]!.level).toBe('info')
    expect(file.messages[0]!.message).toContain(encoding)
    expect(file.messages[0]!.message).toContain('--encoding')
  })

  it.each([
    ['windows-1257', estonian],
    ['iso-8859-4', estonian],
    ['iso-8859-4', 'Ķekava, Rīga, Jūrmala un Šiauliai\n'],
  ])('detects Estonian and short samples built with the %s table', (encoding, text) => {
    const file = decoded(encodeWith(encoding, text))
    expect(file.encoding).toBe(encoding)
    expect(file.text).toBe(text)
  })

  // Bytes written out by hand from the code charts, so the tables above are not the only witness.
  it.each([
    // "pašvaldība": š and ī
    [[0x70, 0x61, 0xf0, 0x76, 0x61, 0x6c, 0x64, 0xee, 0x62, 0x61], 'windows-1257', 'pašvaldība'],
    [[0x70, 0x61, 0xb9, 0x76, 0x61, 0x6c, 0x64, 0xef, 0x62, 0x61], 'iso-8859-4', 'pašvaldība'],
    // „Rīga”: iso-8859-13 has the quotes at 0xA5 and 0xA1, undefined in windows-1257
    [[0xa5, 0x52, 0xee, 0x67, 0x61, 0xa1], 'iso-8859-13', '„Rīga”'],
    // „žalą” with windows-1257 quotes at 0x84 and 0x94 (C1 controls in ISO-8859-13)
    [[0x84, 0xfe, 0x61, 0x6c, 0xe0, 0x94], 'windows-1257', '„žalą”'],
  ])('hand-made bytes %j decode as %s', (bytes, encoding, text) => {
    const file = decoded(Uint8Array.from(bytes))
    expect(file.encoding).toBe(encoding)
    expect(file.text).toBe(text)
    expect(codes(file)).toEqual(['legacy-encoding'])
  })

  it('prefers windows-1257 when the candidates agree', () => {
    // 0xE8 is č in all three candidates: every decoding scores the same.
    const file = decoded(Uint8Array.from([0x4b, 0xe8, 0x20, 0x74, 0x75]))
    expect(file.encoding).toBe('windows-1257')
    expect(file.text).toBe('Kč tu')
  })

  const balticWords = [
    'projekts', 'pašvaldība', 'jauniešiem', 'atkarību', 'Rīga', 'Ķekava', 'mērķis', 'ģimene', 'ļoti', 'skolēni',
    'žalą', 'švirkščiamųjų', 'Kėdainių', 'įgyvendinimo', 'bendruomenė', 'eurų', 'mažinti',
    'eesmärk', 'hõlmavad', 'nõustamist', 'žürii', 'töid', 'ja', 'un', 'ir', 'EUR', '2021',
  ]
  const punctuation = [' ', ', ', '. ', ' – ', ' „', '” ', '\n']

  it('reads back any windows-1257 text made of Baltic words and its typography', () => {
    const piece = fc.tuple(fc.constantFrom(...balticWords), fc.constantFrom(...punctuation))
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 40 }), (pieces) => {
        const text = pieces.map(([word, gap]) => word + gap).join('')
        fc.pre(/[^\u0000-\u007f]/u.test(text))
        const file = decoded(encodeWith('windows-1257', text))
        expect(file.encoding).toBe('windows-1257')
        expect(file.text).toBe(text)
      }),
    )
  })

  it('scores correct Baltic decodings above wrong ones', () => {
    const text = latvian('"', '"', '-')
    const bytes = encodeWith('iso-8859-4', text)
    const scores = LEGACY_ENCODINGS.map((encoding) => balticScore(new TextDecoder(encoding).decode(bytes)))
    expect(Math.max(...scores)).toBe(balticScore(text))
    expect(scores.filter((score) => score === balticScore(text))).toHaveLength(1)
  })
})

describe('decode: UTF-16 without a byte-order mark', () => {
  const swapped = (bytes: Uint8Array): Uint8Array => Buffer.from(bytes).swap16()
  const unmarked = (name: string): Uint8Array => fixture(name).subarray(2)

  it.each([
    ['latvian.utf-16le-bom.txt', 'utf-16le'],
    ['latvian.utf-16be-bom.txt', 'utf-16be'],
  ])('%s without its mark decodes as %s, and says how it was told', (name, encoding) => {
    const file = decoded(unmarked(name))
    expect(codes(file)).toEqual(['non-utf8-encoding'])
    expect(file.messages[0]!.level).toBe('info')
    expect(file.messages[0]!.message).toMatch(new RegExp(`^decoded as ${encoding}, as its NUL bytes show`))
    expect(file.encoding).toBe(encoding)
    expect(file.text).toBe(latvian('„', '”', '–'))
  })

  it.each([
    ['Lithuanian', lithuanian('„', '“', '–')],
    ['Estonian', estonian],
  ])('%s text in either byte order', (_language, text) => {
    const le = Buffer.from(text, 'utf16le')
    expect(decoded(le).encoding).toBe('utf-16le')
    expect(decoded(le).text).toBe(text)
    expect(decoded(swapped(le)).encoding).toBe('utf-16be')
    expect(decoded(swapped(le)).text).toBe(text)
  })

  it('tells the byte order by the sample, not by the first character', () => {
    expect(sniffUnmarkedUtf16(Buffer.from('Āboliņi un ābeles\n', 'utf16le'))).toBe('utf-16le')
  })

  it.each([
    ['random bytes', () => randomBytes(4096, 42)],
    ['an odd number of bytes', () => Buffer.concat([Buffer.from('Rīga\n', 'utf16le'), Buffer.of(0x41)])],
    ['UTF-8 text with one NUL byte', () => Buffer.from('Projekta nosaukums\u0000: Drošā skola\n', 'utf8')],
  ])('is not claimed for %s', (_name, bytes) => {
    expect(sniffUnmarkedUtf16(bytes())).toBeNull()
    expect(codes(decoded(bytes()))).toEqual(['binary-file'])
  })

  it('packed small 16-bit numbers look like UTF-16 but are turned away as control characters', () => {
    const numbers = Buffer.alloc(2048)
    for (let i = 0; i < 1024; i++) numbers.writeUInt16LE((i * 37) % 200, i * 2)
    expect(sniffUnmarkedUtf16(numbers)).toBe('utf-16le')
    const file = decoded(numbers)
    expect(codes(file)).toEqual(['binary-file'])
    expect(file.messages[0]!.message).toMatch(/control characters$/)
  })
})

describe('decode: --encoding', () => {
  it.each([
    ['latin4', 'iso-8859-4'],
    ['ISO-8859-4', 'iso-8859-4'],
    ['cp1257', 'windows-1257'],
    [' windows-1257 ', 'windows-1257'],
    ['utf8', 'utf-8'],
    ['utf-16', 'utf-16le'],
  ])('canonical name of %j is %s', (label, name) => {
    expect(canonicalEncoding(label)).toBe(name)
  })

  it('overrides detection, without a legacy-encoding message', () => {
    const file = decoded(fixture('latvian.iso-8859-4.txt'), 'latin4')
    expect(codes(file)).toEqual(['non-utf8-encoding'])
    expect(file.messages[0]!.level).toBe('info')
    expect(file.encoding).toBe('iso-8859-4')
    expect(file.text).toBe(latvian('"', '"', '-'))
  })

  it('is obeyed even when it is wrong for the bytes', () => {
    const file = decoded(new TextEncoder().encode('Rīga\n'), 'windows-1257')
    expect(file.encoding).toBe('windows-1257')
    expect(file.text).toBe('RÄ«ga\n')
    expect(codes(file)).toEqual(['non-utf8-encoding'])
  })

  it('decodes UTF-16 without a byte-order mark as told, even against what its NUL bytes show', () => {
    const bytes = Buffer.from('Kėdainiai\n', 'utf16le')
    const file = decoded(bytes, 'utf-16le')
    expect(codes(file)).toEqual(['non-utf8-encoding'])
    expect(file.messages[0]!.message).toBe('decoded as utf-16le, as --encoding asked')
    expect(file.text).toBe('Kėdainiai\n')
    expect(decoded(bytes, 'utf-16be').encoding).toBe('utf-16be')
  })

  it.each(['klingon', '', 'replacement', 'iso-2022-kr'])('rejects the unknown or unsupported label %j', (label) => {
    const file = decoded(new TextEncoder().encode('text'), label)
    expect(codes(file)).toEqual(['unknown-encoding'])
    expect(file.failed).toBe(true)
  })

  it('warns about bytes the given encoding cannot decode', () => {
    const file = decoded(Uint8Array.from([0x52, 0xee, 0x67, 0x61, 0x0a, 0x62, 0xff]), 'utf-8')
    expect(codes(file)).toEqual(['replacement-characters'])
    expect(file.messages[0]!.level).toBe('warning')
    expect(file.messages[0]!.line).toBe(1)
    expect(file.messages[0]!.column).toBe(2)
    expect(file.failed).toBe(false)
    expect(file.text).toBe('R\uFFFDga\nb\uFFFD')
  })

  it('warns about undefined bytes in a single-byte encoding', () => {
    const file = decoded(Uint8Array.from([0x61, 0xa1, 0x62]), 'windows-1257')
    expect(codes(file)).toEqual(['replacement-characters', 'non-utf8-encoding'])
    expect(file.text).toBe('a\uFFFDb')
  })
})

describe('decode: line breaks and invisible characters', () => {
  it.each(['crlf.txt', 'cr.txt'])('%s ends lines with LF', (name) => {
    const file = decoded(fixture(name))
    expect(codes(file)).toEqual([])
    expect(file.text).toBe('Project title\nHarm reduction in Kėdainiai\n')
  })

  it('removes zero-width characters and soft hyphens and plain-spaces other spaces', () => {
    const file = decoded(fixture('invisible.txt'))
    expect(codes(file)).toEqual([])
    expect(file.text).toBe('Total cost: 48 500 EUR\nNarkotikai and prevention\n')
  })
})

describe('decode: junk', () => {
  it.each([
    ['empty.txt', 'empty-file'],
    ['whitespace-only.txt', 'empty-file'],
  ])('%s -> %s', (name, code) => {
    const file = decoded(fixture(name))
    expect(codes(file)).toEqual([code])
    expect(file.failed).toBe(true)
    expect(file.text).toBe('')
  })

  it.each([
    ['UTF-8 byte-order mark alone', [0xef, 0xbb, 0xbf]],
    ['UTF-16 byte-order mark and spaces', [0xff, 0xfe, 0x20, 0x00, 0x0a, 0x00]],
    ['no-break spaces and a zero-width space', [...new TextEncoder().encode('\u00A0\u200B\u3000\n')]],
  ])('%s is empty', (_name, bytes) => {
    expect(codes(decoded(Uint8Array.from(bytes)))).toEqual(['empty-file'])
  })

  const text = (s: string): number[] => [...new TextEncoder().encode(s)]
  it.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...text('IHDR')], 'PNG'],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0, ...text('JFIF')], 'JPEG'],
    ['GIF', text('GIF89a and more'), 'GIF'],
    ['PDF', text('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'PDF'],
    ['ZIP (DOCX)', [0x50, 0x4b, 0x03, 0x04, ...text('word/document.xml')], 'ZIP'],
    ['GZIP', [0x1f, 0x8b, 0x08, 0x00], 'GZIP'],
    ['7z', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0x00, 0x04], '7z'],
    ['RAR', [...text('Rar!'), 0x1a, 0x07, 0x01, 0x00], 'RAR'],
    ['ELF', [0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01], 'ELF'],
  ])('%s header -> binary-file', (_name, bytes, format) => {
    const file = decoded(Uint8Array.from(bytes))
    expect(codes(file)).toEqual(['binary-file'])
    expect(file.messages[0]!.message).toContain(format)
  })

  it('does not take text that merely mentions a format for that format', () => {
    expect(sniffMagic(new TextEncoder().encode('The PDF-report (%PDF-1.4) is attached'))).toBeNull()
    expect(sniffMagic(new TextEncoder().encode('PK'))).toBeNull()
  })

  it('random bytes with NULs -> binary-file (NUL byte)', () => {
    const bytes = randomBytes(4096, 42)
    expect(bytes.includes(0)).toBe(true)
    const file = decoded(bytes)
    expect(codes(file)).toEqual(['binary-file'])
    expect(file.messages[0]!.message).toContain('NUL')
  })

  it('random bytes without NULs -> binary-file (control characters)', () => {
    const file = decoded(randomBytes(4096, 7, true))
    expect(codes(file)).toEqual(['binary-file'])
    expect(file.messages[0]!.message).toContain('control characters')
  })

  it('a NUL byte makes a file binary even under an explicit single-byte encoding', () => {
    expect(codes(decoded(Uint8Array.from([0x61, 0x00, 0x62]), 'windows-1257'))).toEqual(['binary-file'])
  })

  it('a few control characters (an ANSI colour code) do not make a file binary', () => {
    const file = decoded(new TextEncoder().encode('Status: \u001b[32mapproved\u001b[0m for the whole project period\n'))
    expect(codes(file)).toEqual([])
  })

  it('leaves a file that already failed alone', () => {
    const file = new SourceFile('t.txt', null)
    file.fail('too-large', 'too large')
    decode(file)
    expect(codes(file)).toEqual(['too-large'])
  })

  it('never throws, and either fails with a known code or yields clean text', () => {
    const known = new Set(['empty-file', 'binary-file', 'legacy-encoding', 'non-utf8-encoding', 'replacement-characters'])
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.option(fc.constantFrom('utf-8', 'utf-16be', 'iso-8859-4'), { nil: undefined }), (bytes, encoding) => {
        const file = decoded(bytes, encoding)
        for (const code of codes(file)) expect(known).toContain(code)
        if (!file.failed) {
          expect(file.text.trim()).not.toBe('')
          expect(file.text).not.toMatch(/[\r\u00A0\u00AD\u200B\uFEFF]/u)
          expect(file.encoding).not.toBe('')
        }
      }),
    )
  })
})

describe('cleanText', () => {
  it.each([
    ['a\r\nb\rc\n', 'a\nb\nc\n'],
    ['\r\r\n', '\n\n'],
    ['tab\tstays\n', 'tab\tstays\n'],
    ['48\u00A0500\u202FEUR', '48 500 EUR'],
    ['a\u2007b\u2009c\u200Ad\u3000e\u205Ff\u1680g', 'a b c d e f g'],
    ['in\u00ADter\u200Bna\u200Ctio\u200Dnal\u2060', 'international'],
    ['\uFEFFstart and mid\uFEFFdle', 'start and middle'],
    ['line\u2028para\u2029', 'line\npara\n'],
    ['a\u200Eb\u202Ec\u2066d', 'abcd'],
    // NFC: a + combining macron -> ā; s + combining caron -> š
    ['Ri\u0304ga pas\u030Cvaldi\u0304ba', 'Rīga pašvaldība'],
    // a soft hyphen between a letter and its combining mark must not block composition
    ['e\u00AD\u0304', 'ē'],
  ])('%j -> %j', (input, output) => {
    expect(cleanText(input)).toBe(output)
  })

  it('is idempotent and leaves none of the characters it removes', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'ā', '\u0304', ' ', '\r', '\n', '\t', '\u00A0', '\u00AD', '\u200B', '\uFEFF', '\u2009', '\u3000', 'x') }),
        (text) => {
          const once = cleanText(text)
          expect(cleanText(once)).toBe(once)
          expect(once).not.toMatch(/[\r\u00A0\u00AD\u200B\uFEFF\u2009\u3000]/u)
          expect(once.length).toBeLessThanOrEqual(text.length)
        },
      ),
    )
  })

  it('is linear: a megabyte of hostile characters is quick', () => {
    const text = '\r\u00A0\u200B\u00ADa\u0304'.repeat(200_000)
    const started = performance.now()
    const out = cleanText(text)
    expect(out).toBe('\n ā'.repeat(200_000))
    expect(performance.now() - started).toBeLessThan(10_000)
  })
})
