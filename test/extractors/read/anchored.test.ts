import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { anchoredMatches, anchoredPattern, isAsciiLetter } from '../../../src/extractors/read/anchored.js'

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
