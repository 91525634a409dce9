/** applyPeriod's look at the last letter before a date skips only texts its patterns would not match. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyPeriod } from '../../../src/extractors/read/entries.js'
import { Draft } from '../../../src/extractors/draft.js'
import { findDateRange, findDates, findDuration } from '../../../src/normalise/dates.js'

function referenceApplyPeriod(draft: Draft, value: string, offset: number): void {
  const range = findDateRange(value)
  if (range) {
    draft.set('startDate', range.start.date, { offset: offset + range.start.offset, length: range.start.length })
    draft.set('endDate', range.end.date, { offset: offset + range.end.offset, length: range.end.length })
  } else {
    const date = findDates(value)[0]
    if (date) {
      const before = value.slice(Math.max(0, date.offset - 40), date.offset)
      if (/(?:līdz|until|till|iki|to|by|up to|kuni)\s*$/iu.test(before)) draft.set('endDate', date.date, { offset: offset + date.offset, length: date.length })
      else if (/(?:no|from|since|nuo|starting|alates)\s*$/iu.test(before)) draft.set('startDate', date.date, { offset: offset + date.offset, length: date.length })
    }
  }
  const duration = findDuration(value)
  if (duration) draft.set('durationMonths', duration.months, { offset: offset + duration.offset, length: duration.length })
}

const word = fc.constantFrom('līdz', 'LĪDZ', 'until', 'UNTIL', 'till', 'iki', 'to', 'TO', 'by', 'up to', 'kuni', 'no', 'NO', 'from', 'since', 'ſince', 'SINCE', 'nuo', 'starting', 'alates', 'ALATEſ', 'project', 'x')
const piece = fc.oneof(word, fc.constantFrom(' ', '  ', '\u00a0', '\t', ', ', '12 March 2010', '2010-03-12', '31.12.2012', '2 years', '(', 'Σ'))
const value = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''))

describe('applyPeriod', () => {
  it('equals trying both patterns on every text before a date', () => {
    fc.assert(
      fc.property(value, (text) => {
        const draft = new Draft()
        const reference = new Draft()
        applyPeriod(draft, text, 5)
        referenceApplyPeriod(reference, text, 5)
        expect(draft.fields).toEqual(reference.fields)
        expect([...draft.positions]).toEqual([...reference.positions])
      }),
      { numRuns: 3000 },
    )
  })
  it('reads the word before a lone date as /iu does (ſ is s)', () => {
    for (const [text, field] of [['alateſ 12 March 2010', 'startDate'], ['UNTIL\u00a012 March 2010', 'endDate'], ['ſINCE 12 March 2010', 'startDate']] as const) {
      const draft = new Draft()
      applyPeriod(draft, text, 0)
      expect(draft.fields[field]).toBe('2010-03-12')
    }
  })
})
