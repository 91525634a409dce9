/** indicatorOf's cheap look at the end of an item rejects only items the pattern would reject. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { indicatorOf } from '../../../src/extractors/read/lists.js'
import type { Indicator } from '../../../src/schema/record.js'

const INDICATOR =
  /^(?<label>[^\d:;]{3,300}?)\s{0,4}(?:[-–—:]\s{0,4})(?<value>\d{1,3}(?:[ ,]\d{3}){1,4}|\d{1,12}(?:[.,]\d{1,4})?)\s{0,2}(?<unit>%)?\s{0,2}[;.]?$/u

function referenceIndicatorOf(text: string): Indicator | null {
  if (text.length > 400) return null
  const match = INDICATOR.exec(text)
  if (!match?.groups) return null
  const label = match.groups.label!.trim().replace(/[\s-–—]+$/, '')
  if (label.split(/\s+/).length < 2 || !/\p{L}{2}/u.test(label) || /\b(?:of|in|and|per|the)$/i.test(label)) return null
  const raw = match.groups.value!
  const value = Number(/^\d{1,3}(?:[ ,]\d{3})+$/.test(raw) ? raw.replace(/[ ,]/g, '') : raw.replace(',', '.'))
  if (!Number.isFinite(value)) return null
  return { label, value, unit: match.groups.unit ?? null }
}

const piece = fc.constantFrom('Number of clients', 'syringes distributed', ' ', '  ', '\u00a0', '\t', '-', ' – ', ':', '7295', '1 200', '3,5', '%', ' %', ';', '.', 'x', 'of', '12', '\n')
const item = fc.array(piece, { maxLength: 10 }).map((parts) => parts.join(''))

describe('indicatorOf', () => {
  it('equals reading every item with the pattern', () => {
    fc.assert(
      fc.property(item, (text) => {
        expect(indicatorOf(text)).toEqual(referenceIndicatorOf(text))
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
