import { describe, expect, it } from 'vitest'
import { tripSpans, withinSpans } from '../../src/normalise/visits.js'

describe('tripSpans', () => {
  it('runs from a trip word to the end of its sentence', () => {
    const text = 'Work in Riga. A study visit to Vilnius followed; colleagues met. Then Riga again.'
    const spans = tripSpans(text)
    expect(spans).toEqual([[text.indexOf('study visit'), text.indexOf('. Then')]])
    expect(withinSpans(spans, text.indexOf('Vilnius'))).toBe(true)
    expect(withinSpans(spans, text.indexOf('Riga'))).toBe(false)
    expect(withinSpans(spans, text.lastIndexOf('Riga'))).toBe(false)
  })
  it('knows the Latvian, Lithuanian and Estonian words, and a sentence that opens with one', () => {
    expect(tripSpans('pieredzes apmaiņas brauciens uz Pasvali')).toHaveLength(1)
    expect(tripSpans('Mokomasis vizitas į Rygą.\nKita')).toEqual([[0, 24]])
    expect(tripSpans('õppereis Soome')).toHaveLength(1)
    expect(tripSpans('Nothing of the kind here.')).toEqual([])
  })
})
