import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { anchoredAlternatives, anchoredMatches, anchoredPattern, isAsciiLetter } from '../../../src/extractors/read/anchored.js'

// Every match holds "ner" at most 4 characters after its start, and starts at a word boundary.
const pattern = /\b(?:part|in)ner(?:s|ing)?\b/giu
const anchored = anchoredPattern(() => pattern, /ner/gi, 4, isAsciiLetter)
const globalScan = (text: string): Array<[number, string]> => [...text.matchAll(pattern)].map((match) => [match.index, match[0]])
const anchoredScan = (text: string, limit?: number): Array<[number, string]> =>
  anchoredMatches(text, anchored, limit).map((match) => [match.index, match[0]])

describe('anchoredMatches', () => {
  it('finds what a global scan finds, for any text (property)', () => {
    const piece = fc.constantFrom('partner', 'inner', 'ner', 'partners', 'Partnering', 'x', ' ', '-', 'ſ', 'apart')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join('')), (text) => {
        expect(anchoredScan(text)).toEqual(globalScan(text))
        expect(anchoredScan(text, 1)).toEqual(globalScan(text).slice(0, 1))
      }),
      { numRuns: 2000 },
    )
  })

  it('scans the plain way after its budget of anchors, with the same matches', () => {
    const dense = 'ner '.repeat(100) + 'partner inner ' + 'ner '.repeat(100) + 'partners'
    expect(anchoredScan(dense)).toEqual(globalScan(dense))
    expect(anchoredScan(dense)).toHaveLength(3)
  })
})

// The same kind of pattern as its alternatives: at one position the first that matches wins, so
// "partner with" is read whole, never as its "partner" alone; "inner" holds no word of the second.
const alternatives = [
  { words: ['ner'], pattern: () => /\b(?:part|in)ner with\b/iuy },
  { words: ['ner'], pattern: () => /\bpartner(?:s|ing)?\b/iuy },
  { words: ['ner', 'tog'], pattern: () => /\btogether(?: with)?\b/iuy },
  // Under /iu "s" matches "ſ" and "k" the Kelvin sign: the words are found the same way.
  { words: ['step', 'kee'], pattern: () => /\b(?:step|keep)\b/iuy },
  // A word may start another; a look-behind may be read in code.
  { words: ['partners'], pattern: () => /\bpartners from\b/iuy },
  { words: ['ner'], pattern: () => /ner\b/iuy, notAfter: () => /\p{L}/u },
  { words: ['part'], pattern: () => /\bpart\w*/iuy },
]
const joined = new RegExp(alternatives.map(({ pattern, notAfter }) => (notAfter ? `(?<!${notAfter().source})` : '') + pattern().source).join('|'), 'giu')
const byAlternatives = anchoredAlternatives(alternatives, 4, isAsciiLetter)

describe('anchoredAlternatives', () => {
  it('finds what a global scan of the alternatives joined finds, for any text (property)', () => {
    const piece = fc.constantFrom('partner', ' with', 'inner', 'ſtep', '\u212Aeep', 'step', ' from', 'é', '\u{1D400}', '-', 'ner', 'partners', 'Partnering', 'together', 'x', ' ', 'ſ', 'apart')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join('')), (text) => {
        const expected = [...text.matchAll(joined)].map((match) => [match.index, match[0]])
        expect(anchoredMatches(text, byAlternatives).map((match) => [match.index, match[0]])).toEqual(expected)
        expect(anchoredMatches(text, byAlternatives, 1).map((match) => [match.index, match[0]])).toEqual(expected.slice(0, 1))
      }),
      { numRuns: 2000 },
    )
  })

  it('creates no alternative whose words the text lacks', () => {
    const created: string[] = []
    const watched = ['tog', 'ner'].map((word) => ({ words: [word], pattern: () => (created.push(word), new RegExp(`\\b${word}\\w*`, 'iuy')) }))
    anchoredMatches('a partner and an inner circle', anchoredAlternatives(watched, 4, isAsciiLetter))
    expect(created.every((word) => word === 'ner')).toBe(true)
    expect(created.length).toBeGreaterThan(0)
  })

  it('refuses words that are not plain', () => {
    expect(() => anchoredAlternatives([{ words: ['a.b'], pattern: () => /x/y }], 4, isAsciiLetter)).toThrow(/unfit word "a.b"/)
  })
})
