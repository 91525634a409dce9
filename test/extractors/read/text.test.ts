/** The hand-written space test and squash fast path agree with `\s`, `trim()` and the regex squash. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { commasOutsideParentheses, isSpaceCode, isSquashed, mayStartWith, squash } from '../../../src/extractors/read/text.js'

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

describe('commasOutsideParentheses', () => {
  it.each([
    ['a, b, c', [1, 4]],
    ['a, b (x, y), c', [1, 11]],
    ['(a, b), c', [6]],
    ['a, b), c', [5]],
    ['a, (b, c', [1, 5]],
    ['no commas', []],
  ])('%j splits at %j', (text, cuts) => {
    expect(commasOutsideParentheses(text)).toEqual(cuts)
  })

  it('finds the commas the look-ahead /,(?![^(]*\\)/ finds (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', ' ', ',', '(', ')', ';'), { maxLength: 40 }).map((chars) => chars.join('')), (text) => {
        expect(commasOutsideParentheses(text)).toEqual([...text.matchAll(/,(?![^(]*\))/g)].map((match) => match.index))
      }),
      { numRuns: 3000 },
    )
  })

  it('is linear: a line of 200,000 commas takes well under a second', () => {
    const started = performance.now()
    expect(commasOutsideParentheses('youth, '.repeat(200_000))).toHaveLength(200_000)
    expect(performance.now() - started).toBeLessThan(1000)
  })
})
