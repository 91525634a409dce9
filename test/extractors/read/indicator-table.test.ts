/** Indicators given as a table: a header row naming the indicators over one row an indicator. */
import { describe, expect, it } from 'vitest'
import { Doc } from '../../../src/extractors/doc.js'
import { columnIndicator, tableIndicators } from '../../../src/extractors/read/indicator-table.js'

const values = (text: string): Array<[string, number]> => tableIndicators(new Doc(text)).map((row) => [row.indicator.label, row.indicator.value])

describe('tableIndicators', () => {
  it('reads the achieved column of a planned/achieved table', () => {
    expect(values('Indicator   Planned   Achieved\nNumber of syringes distributed   20,000   22,026')).toEqual([['Number of syringes distributed', 22026]])
  })

  it('reads the achieved column of a Russian report\'s "Показатель   План   Факт" table', () => {
    const table = ['  Показатель                                  План     Факт', '  Число подростков, охваченных работой         150      173', '  Число обученных школьных работников           30       28'].join('\n')
    expect(values(table)).toEqual([
      ['Число подростков, охваченных работой', 173],
      ['Число обученных школьных работников', 28],
    ])
  })

  it('reads the achieved column of an Estonian, Latvian or Lithuanian report\'s table (round 18)', () => {
    const estonian = ['Näitaja\tPlaneeritud\tTegelik', 'Koolitatud õpetajate arv\t30\t34', 'Ennetustundides osalenud õpilaste arv\t400\t452', '', 'Projekt viidi ellu täies mahus.'].join('\n')
    expect(values(estonian)).toEqual([
      ['Koolitatud õpetajate arv', 34],
      ['Ennetustundides osalenud õpilaste arv', 452],
    ])
    expect(values('Rādītājs   Plānots   Sasniegts\nApmācīti pedagogi   20   24')).toEqual([['Apmācīti pedagogi', 24]])
    expect(values('Rodiklis | Planuota | Pasiekta\nKonsultuotos šeimos | 100 | 118')).toEqual([['Konsultuotos šeimos', 118]])
    expect(values('Tulemusnäitaja   Sihttase\nNõustatud noored   120')).toEqual([['Nõustatud noored', 120]])
    // "Nimi   Arv" names no indicators: no table.
    expect(values('Nimi   Eesmärk   Tegelik\nKoolitused   3   4')).toEqual([])
  })

  it("reads a report's two-column table with thousands parted by a space", () => {
    const table = [
      'Indicator                                              Value',
      'Persons trained in overdose response                   712',
      'Naloxone kits distributed                              1 048',
      '',
      'The results were presented in March 2013.',
    ].join('\n')
    expect(values(table)).toEqual([
      ['Persons trained in overdose response', 712],
      ['Naloxone kits distributed', 1048],
    ])
  })

  it('reads the result column a year dates ("Target   Result 2012", "Achieved in 2012")', () => {
    const table = ['   Indicator                                      Target       Result 2012', '   Outreach evenings                                 150               96', '   Young people contacted                          2 000            1 450'].join('\n')
    expect(values(table)).toEqual([
      ['Outreach evenings', 96],
      ['Young people contacted', 1450],
    ])
    expect(values('Indicator   Target   Achieved in 2012\nSchools taking part   12   11')).toEqual([['Schools taking part', 11]])
  })

  it('reads no row whose cell is a figure and a word', () => {
    expect(values('Indicator   Value\nKits distributed   1 048 kits')).toEqual([])
  })
})

describe('columnIndicator', () => {
  it("reads a headerless two-column row: a label, a wide gap or a tab, a whole figure", () => {
    expect(columnIndicator('Young people contacted in street work               640')).toEqual({ label: 'Young people contacted in street work', value: 640, unit: null })
    expect(columnIndicator('Pupils surveyed\t2 412')).toEqual({ label: 'Pupils surveyed', value: 2412, unit: null })
  })

  it('reads no single word, no label with a figure, no two figures and no prose', () => {
    expect(columnIndicator('Total                                                325 750')).toBeNull()
    expect(columnIndicator('Sessions in 2009         18')).toBeNull()
    expect(columnIndicator('Sessions held   18   20')).toBeNull()
    expect(columnIndicator('Two street workers met 640 young people.')).toBeNull()
  })
})
