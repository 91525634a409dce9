import { describe, expect, it } from 'vitest'
import { Draft } from '../../../src/extractors/draft.js'
import { addLabelledDates } from '../../../src/extractors/read/dates-in-text.js'

const dates = (text: string): [string | null, string | null] => {
  const draft = new Draft()
  addLabelledDates(draft, text)
  return [draft.fields.startDate, draft.fields.endDate]
}

describe('addLabelledDates', () => {
  it('reads an end said on its own: "plānots pabeigt līdz D"', () => {
    expect(dates('Projektu plānots pabeigt līdz 2016. gada 30. aprīlim.')).toEqual([null, '2016-04-30'])
  })
  it('reads the day a project has run since, before the verb that carries it out', () => {
    expect(dates('Ventspils pilsētas dome kopš 2010. gada 1. jūnija īsteno projektu LV0118 „X”.')).toEqual(['2010-06-01', null])
    expect(dates('The State Police since 1 June 2010 implements the project "X".')).toEqual(['2010-06-01', null])
  })
  it('leaves a "since" date that no project verb follows alone', () => {
    expect(dates('Latvija kopš 2004. gada 1. maija ir Eiropas Savienības dalībvalsts.')).toEqual([null, null])
  })
})
