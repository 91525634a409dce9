import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { digestFingerprint, FingerprintTable, textFingerprint, type Fingerprint } from '../../src/pipeline/fingerprints.js'

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

describe('fingerprints', () => {
  it("of a hex digest: its first 128 bits, as four words", () => {
    const hex = sha256('abc')
    const words = digestFingerprint(hex)
    expect(words.map((w) => w.toString(16).padStart(8, '0')).join('')).toBe(hex.slice(0, 32))
  })

  it("of a text: the same as of its digest", () => {
    for (const text of ['', 'lv10-5', 'ā-ž', '😀']) expect(textFingerprint(text)).toEqual(digestFingerprint(sha256(text)))
  })
})

describe('FingerprintTable', () => {
  it('keeps a number per fingerprint, replaced by a later one', () => {
    const table = new FingerprintTable()
    const key = textFingerprint('a')
    expect(table.get(key)).toBeUndefined()
    table.set(key, 7)
    table.set(textFingerprint('b'), 0)
    expect([table.get(key), table.get(textFingerprint('b')), table.size]).toEqual([7, 0, 2])
    table.set(key, 8)
    expect([table.get(key), table.size]).toEqual([8, 2])
  })

  it('tells apart fingerprints that share their first word (the slot) or differ only in the last', () => {
    const table = new FingerprintTable()
    const keys: Fingerprint[] = [
      [5, 0, 0, 0],
      [5, 0, 0, 1],
      [5, 1, 0, 0],
      [1029, 0, 0, 0], // the same slot of the first 1,024
      [0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff],
    ]
    keys.forEach((key, n) => table.set(key, n))
    keys.forEach((key, n) => expect(table.get(key)).toBe(n))
    expect(table.has([5, 0, 1, 0])).toBe(false)
  })

  it('rejects a number it cannot hold', () => {
    expect(() => new FingerprintTable().set([1, 2, 3, 4], -1)).toThrow(RangeError)
    expect(() => new FingerprintTable().set([1, 2, 3, 4], 2 ** 31)).toThrow(RangeError)
  })

  it('answers as a Map would, over many keys and growths', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.nat(1000)), { maxLength: 3000 }), (entries) => {
        const table = new FingerprintTable()
        const map = new Map<string, number>()
        for (const [text, value] of entries) {
          table.set(textFingerprint(text), value)
          map.set(text, value)
        }
        expect(table.size).toBe(map.size)
        for (const [text, value] of map) expect(table.get(textFingerprint(text))).toBe(value)
        expect(table.get(textFingerprint('\u0000absent'))).toBe(map.get('\u0000absent'))
      }),
      { numRuns: 30 },
    )
  })
})
