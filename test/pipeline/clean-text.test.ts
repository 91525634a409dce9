import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cleanText, isPlainText, NFC_STABLE_RANGES } from '../../src/pipeline/clean-text.js'

/** What cleanText does, without its fast paths. */
function reference(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g, '')
    .replace(/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .normalize('NFC')
}

const stable: string[] = NFC_STABLE_RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i)))

describe('cleanText', () => {
  it.each([
    ['CRLF and CR line breaks', 'a\r\nb\rc\u2028d', 'a\nb\nc\nd'],
    ['invisible characters', 'nar\u00ADko\u200Btiku\uFEFF', 'narkotiku'],
    ['other spaces', '12\u00A0500\u202FEUR', '12 500 EUR'],
    ['decomposed letters', 'Rı\u0304ga\u0304 S\u030Ciauliai', 'Rıīgā Šiauliai'.replace('ıī', 'ı\u0304'.normalize('NFC'))],
    ['text that needs nothing', 'Projekta „Drošā skola” budžets – 12 500 € • 2010', 'Projekta „Drošā skola” budžets – 12 500 € • 2010'],
    ['a singleton that NFC replaces', 'Ω \u212B', 'Ω Å'],
  ])('%s', (_, input, expected) => {
    expect(cleanText(input)).toBe(expected)
    expect(cleanText(input)).toBe(reference(input))
  })

  it('gives what the replacements and NFC give, for any text (property)', () => {
    const pieces = fc.constantFrom('\r', '\n', '\u2028', '\u00AD', '\u200B', '\u00A0', '\u2000', '\u2001', 'a', 'ā', 'S', '\u030C', '\u0301', '„', '”', '–', '€', 'Ω', '\u212B', '가', '\u1100', '\u1161')
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }), fc.array(pieces, { maxLength: 30 }).map((p) => p.join(''))), (text) => {
        expect(cleanText(text)).toBe(reference(text))
      }),
      { numRuns: 3000 },
    )
  })

  describe('the NFC fast path', () => {
    it('trusts only characters that NFC leaves alone', () => {
      const changed = stable.filter((char) => char.normalize('NFC') !== char)
      expect(changed).toEqual([])
    })

    it('trusts no pair of characters that NFC would compose', () => {
      const composed: string[] = []
      for (const first of stable) {
        for (const second of stable) {
          const pair = first + second
          if (pair.normalize('NFC') !== pair) composed.push(pair)
        }
      }
      expect(composed).toEqual([])
    })

    it('normalises every text holding a character outside the trusted ranges', () => {
      // U+0300 (combining grave) is the first character after the Latin range.
      expect(cleanText('a\u0300')).toBe('à')
      expect(cleanText('\u2001')).toBe(' ')
      expect(cleanText('\u2126')).toBe('Ω')
    })
  })

  describe('isPlainText', () => {
    const units = Array.from({ length: 0x10000 }, (_, unit) => String.fromCharCode(unit))
    const plain = units.filter((char) => isPlainText(char))
    const inStableRange = (char: string): boolean =>
      NFC_STABLE_RANGES.some(([from, to]) => char.charCodeAt(0) >= from && char.charCodeAt(0) <= to)

    it('passes only characters cleanText keeps and that are no control characters', () => {
      expect(plain.filter((char) => reference(char) !== char)).toEqual([])
      expect(plain.filter((char) => /[\x00-\x08\x0e-\x1f\x7f-\x9f]/.test(char))).toEqual([])
      // So any text of them is NFC too (the pair test above): cleanText keeps it whole.
      expect(plain.filter((char) => !inStableRange(char))).toEqual([])
    })

    it('passes the usual characters of Baltic and English text', () => {
      expect(isPlainText('Projekta „Drošā skola” budžets – 12 500 € • 2010\n\tŠiauliai, Tõrva')).toBe(true)
      expect(isPlainText('')).toBe(true)
    })

    it('fails a text with any character cleanText changes or a control character', () => {
      for (const text of ['a\r\nb', 'nar\u00ADko', '12\u00A0500', 'a\u0300', 'x\u0007', 'x\u0085', '\uFEFFa', '\u3000']) {
        expect(isPlainText(text)).toBe(false)
      }
    })
  })
})
