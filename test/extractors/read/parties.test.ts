import { describe, expect, it } from 'vitest'
import { partnersInProse } from '../../../src/extractors/read/parties.js'

const names = (text: string, offset = 0): Array<[string, string | null, number]> =>
  partnersInProse(text, offset).map((found) => [found.value.name, found.value.country, found.offset])

describe('partnersInProse', () => {
  it('reads partners after the longest cue', () => {
    expect(names('The project was carried out together with the partners Latvian Red Cross and the Riga City Council.')).toEqual([
      ['Latvian Red Cross', 'LV', 55],
      ['Riga City Council', 'LV', 81],
    ])
  })

  it('reads Latvian and Lithuanian cues', () => {
    expect(names('Projektu koordinē Biedrība „Papardes zieds”. Projekta partneri ir Rīgas Stradiņa universitāte, Valsts policija.')).toEqual([
      ['Biedrība „Papardes zieds”', null, 18],
      ['Rīgas Stradiņa universitāte', 'LV', 66],
      ['Valsts policija', null, 95],
    ])
    expect(names('Bendradarbiaujant su VšĮ Jaunimo linija ir Lietuvos Raudonasis Kryžius (Lithuania).')).toEqual([
      ['VšĮ Jaunimo linija', null, 21],
      ['Lietuvos Raudonasis Kryžius', 'LT', 43],
    ])
  })

  it('takes a cue only at the start of a word, and shifts offsets', () => {
    expect(names('Copartners from Norway. Partners from Norwegian Directorate of Health.', 10)).toEqual([['Norwegian Directorate of Health', 'NO', 48]])
  })

  it('reads a text only when it holds a plain cue word', () => {
    // The long s matches "s" without case, but "ſadarbībā" is not the plain word "sadarbībā".
    expect(names('ſadarbībā ar Latvijas Sarkano Krustu.')).toEqual([])
  })
})
