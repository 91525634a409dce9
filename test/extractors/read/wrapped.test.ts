import { describe, expect, it } from 'vitest'
import { Doc } from '../../../src/extractors/doc.js'
import { readLabelled, entryValue } from '../../../src/extractors/read/labelled.js'
import { withEmptyLabelRows, withWrappedValues } from '../../../src/extractors/read/wrapped.js'

const values = (text: string): Array<[string | null, string]> => {
  const doc = new Doc(text)
  const entries = withWrappedValues(doc, readLabelled(doc), new Set(['promoter', 'partners']), (line) => line.startsWith('Duration'))
  return entries.map((entry) => [entry.key, entryValue(entry)])
}

describe('withWrappedValues', () => {
  it('joins the lines a long inline value wraps onto, up to the next label', () => {
    expect(values('Implementing organisation: Latvian Association of Harm Reduction\nSpecialists "Dia+Logs"\nPartners: Latvian Prison Administration, Ministry of Justice and Riga Central\nPrison\nDuration: 01 March 2009 - 28 February 2010')).toEqual([
      ['promoter', 'Latvian Association of Harm Reduction Specialists "Dia+Logs"'],
      ['partners', 'Latvian Prison Administration, Ministry of Justice and Riga Central Prison'],
      ['duration', '01 March 2009 - 28 February 2010'],
    ])
  })

  it('leaves short lines, finished sentences, other keys and stop lines alone', () => {
    expect(values('Promoter: NGO Convictus Eesti\nThe project helps prisoners.')).toEqual([['promoter', 'NGO Convictus Eesti']])
    expect(values('Promoter: Lithuanian Association of People Living with HIV and AIDS.\nThe project helps.')).toEqual([['promoter', 'Lithuanian Association of People Living with HIV and AIDS.']])
    expect(values('Target group: young people aged 14-25 who have committed an offence under\nthe influence of drugs')).toEqual([['targetGroups', 'young people aged 14-25 who have committed an offence under']])
    expect(values('Promoter: Lithuanian Association of People Living with HIV in Vilnius\nDuration 2009')).toEqual([['promoter', 'Lithuanian Association of People Living with HIV in Vilnius']])
  })

  it('goes on after a semicolon when the value is a list parted by semicolons, not after one that ends a lone value', () => {
    expect(values('Project partners: Riga Central Prison; Olaine Prison for Addicts;\nCēsis Correctional Institution for Juveniles\n\nDuration 2010')).toEqual([
      ['partners', 'Riga Central Prison; Olaine Prison for Addicts; Cēsis Correctional Institution for Juveniles'],
    ])
    expect(values('Promoter: Lithuanian Association of People Living with HIV and AIDS;\nthe project helps.')).toEqual([['promoter', 'Lithuanian Association of People Living with HIV and AIDS;']])
  })
})

describe('withEmptyLabelRows', () => {
  const items = (text: string): string[][] => {
    const doc = new Doc(text)
    return withEmptyLabelRows(doc, readLabelled(doc)).map((entry) => entry.lines.map((line) => line.text))
  }
  it('reads each row of a Word table whose label cell is empty as one more item of the list above', () => {
    expect(items('Nordic partner(s):\tKriminalvården, Norrköping, Sweden\n\tKriminalomsorgen, Oslo, Norway\nProject period:\t2005\n')[0]).toEqual([
      'Kriminalvården, Norrköping, Sweden',
      'Kriminalomsorgen, Oslo, Norway',
    ])
  })
  it('adds nothing under a value that is no list, or under a label line without a tab', () => {
    expect(items('Project title:\tX\n\tY\n')[0]).toEqual(['X'])
    expect(items('Partners: A\n\tB\n')[0]).toEqual(['A'])
  })
})
