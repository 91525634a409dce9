/** indicatorOf's cheap look at the end of an item rejects only items the pattern would reject. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hasTwoLetters, indicatorOf, readIndicator } from '../../../src/extractors/read/lists.js'

const piece = fc.constantFrom('Number of clients', 'syringes distributed', ' ', '  ', '\u00a0', '\t', '-', ' – ', ':', '7295', '1 200', '3,5', '%', ' %', ';', '.', 'x', 'of', '12', '\n')
const item = fc.array(piece, { maxLength: 10 }).map((parts) => parts.join(''))

describe('indicatorOf', () => {
  it('equals reading every item with the pattern', () => {
    fc.assert(
      fc.property(item, (text) => {
        expect(indicatorOf(text)).toEqual(text.length > 400 ? null : readIndicator(text))
      }),
      { numRuns: 5000 },
    )
  })
  it('reads the usual forms', () => {
    expect(indicatorOf('Number of syringes distributed - 7295;')).toEqual({ label: 'Number of syringes distributed', value: 7295, unit: null })
    expect(indicatorOf('Share of clients tested: 45 % .')).toEqual({ label: 'Share of clients tested', value: 45, unit: '%' })
    // The longest tail the pattern allows: two spaces, "%", two spaces, ";".
    expect(indicatorOf('Share of clients tested - 45 \u00a0% \t;')).toEqual({ label: 'Share of clients tested', value: 45, unit: '%' })
    expect(indicatorOf('Number of new clients: 14    \u00a0')).toBeNull()
  })
})

describe('hasTwoLetters', () => {
  it('agrees with /\\p{L}{2}/u', () => {
    const piece = fc.constantFrom('a', 'Z', 'ā', 'Ω', '1', ' ', '-', '\u0301', '\u{1d400}', '\u{1f600}', '\ud800', '_')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const label = pieces.join('')
        expect(hasTwoLetters(label), label).toBe(/\p{L}{2}/u.test(label))
      }),
      { numRuns: 5000 },
    )
    for (let code = 0; code < 0x80; code++) {
      const char = String.fromCharCode(code)
      for (const label of [char + 'a', 'a' + char, char + char]) if (hasTwoLetters(label) !== /\p{L}{2}/u.test(label)) expect.fail(JSON.stringify(label))
    }
  })
})
