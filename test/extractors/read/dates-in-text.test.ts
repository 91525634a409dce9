import { describe, expect, it } from 'vitest'
import { Draft } from '../../../src/extractors/draft.js'
import { addLabelledDates } from '../../../src/extractors/read/dates-in-text.js'

const dates = (text: string): [string | null, string | null] => {
  const draft = new Draft()
  addLabelledDates(draft, text)
  return [draft.fields.startDate, draft.fields.endDate]
}

describe('addLabelledDates', () => {
  it('reads the dates a project started and ended on', () => {
    expect(dates('The project started on 2 May 2014 and ended on 30 April 2016.')).toEqual(['2014-05-02', '2016-04-30'])
    expect(dates('The project began on 1 March 2013. The project was completed on 28 February 2015.')).toEqual(['2013-03-01', '2015-02-28'])
    expect(dates('The project started in September 2007 and will be completed by 31 August 2010.')).toEqual([null, '2010-08-31'])
  })

  it('leaves the dates of something else alone', () => {
    expect(dates('The conference ended on 12 May 2015. Registration started on 1 March 2015.')).toEqual([null, null])
  })
})
