/** The hand-written space test and squash fast path agree with `\s`, `trim()` and the regex squash. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isSpaceCode, isSquashed, mayStartWith, squash } from '../../../src/extractors/read/text.js'

describe('isSpaceCode', () => {
  it('is \\s and what trim() removes, for every code unit', () => {
    const disagree: string[] = []
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code)
      if (isSpaceCode(code) !== /\s/.test(char) || isSpaceCode(code) !== (char.trim() === '')) disagree.push(code.toString(16))
    }
    expect(disagree).toEqual([])
  })
})

const spacey = fc.string({ unit: fc.constantFrom('a', 'B', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', ':', 'ē', '\ufeff'), maxLength: 12 })

describe('squash', () => {
  it('equals the replace-and-trim it stands for', () => {
    fc.assert(
      fc.property(spacey, (text) => {
        expect(squash(text)).toBe(text.replace(/\s+/g, ' ').trim())
        expect(isSquashed(text)).toBe(text.replace(/\s+/g, ' ').trim() === text)
      }),
      { numRuns: 3000 },
    )
  })
})

describe('mayStartWith', () => {
  it('never rules out a line a /^\\s*letter/i pattern matches', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('p', 'P', 'd', 'x', ' ', '\t', '\u00a0', 'K', '\u212a', 'ſ', 'S'), maxLength: 5 }), (text) => {
        for (const letters of ['p', 'pd', 'ks', 'x']) {
          const pattern = new RegExp(String.raw`^\s*[${letters}]`, 'iu')
          if (pattern.test(text)) expect(mayStartWith(text, letters)).toBe(true)
          const ascii = new RegExp(String.raw`^\s*[${letters}]`, 'i')
          if (ascii.test(text)) expect(mayStartWith(text, letters)).toBe(true)
        }
      }),
      { numRuns: 3000 },
    )
  })
})
