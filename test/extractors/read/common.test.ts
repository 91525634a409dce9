import { describe, expect, it } from 'vitest'
import { addPartnerEntry, bracketedList } from '../../../src/extractors/read/common.js'
import { Draft } from '../../../src/extractors/draft.js'

describe('bracketedList', () => {
  const texts = (lines: string[]): string[] | undefined => {
    let offset = 0
    const placed = lines.map((text) => {
      const line = { text, offset }
      offset += text.length + 1
      return line
    })
    return bracketedList(placed)?.map((piece) => piece.text)
  }

  it('parts names at the comma after each bracketed country, across a line break', () => {
    expect(texts(['Liepāja City Municipal Police (LV), Turku Youth Services (FI), Region', 'Gotland (SE)'])).toEqual([
      'Liepāja City Municipal Police (LV)',
      'Turku Youth Services (FI)',
      'Region Gotland (SE)',
    ])
  })

  it('keeps a comma inside a name', () => {
    expect(texts(['Valka Municipality (Latvia), State Police of Latvia, Vidzeme Regional Administration (Latvia)'])).toEqual([
      'Valka Municipality (Latvia)',
      'State Police of Latvia, Vidzeme Regional Administration (Latvia)',
    ])
  })

  it('reads no such list where a name ends without a bracket or semicolons part the names', () => {
    expect(texts(['Riga City (LV), Tallinn City'])).toBeUndefined()
    expect(texts(['A (LV); B (EE), C (FI)'])).toBeUndefined()
    expect(texts(['Riga City Council (LV)', 'Tallinn City (EE)'])).toBeUndefined()
  })
})

describe('addPartnerEntry with role rows', () => {
  const rows = (texts: string[]): Draft => {
    let offset = 0
    const lines = texts.map((text) => {
      const line = { index: 0, offset, text }
      offset += text.length + 1
      return line
    })
    const draft = new Draft()
    addPartnerEntry(draft, { key: 'partners', label: 'Partners', lines } as never)
    return draft
  }

  it('reads a role, a name and a country in columns: the lead is the promoter', () => {
    const draft = rows(['Lead partner        Estonian Academy of Security Sciences       Estonia', 'Partner             Stockholm University, Department of Criminology   Sweden'])
    expect(draft.fields.promoter).toBe('Estonian Academy of Security Sciences')
    expect(draft.fields.partners).toEqual([{ name: 'Stockholm University, Department of Criminology', country: 'SE' }])
  })

  it('reads plain lines as names', () => {
    expect(rows(['Partner of the year award', 'Tallinn City']).fields.partners.map((partner) => partner.name)).not.toContain('Estonian')
    expect(rows(['Zarasai Youth Centre (Lithuania)']).fields.partners).toEqual([{ name: 'Zarasai Youth Centre', country: 'LT' }])
  })
})

describe('addPartnerEntry, one line', () => {
  const partnersOf = (text: string): Draft => {
    const draft = new Draft()
    addPartnerEntry(draft, { key: 'partners', label: 'Nordic partner:', lines: [{ text, offset: 0 }] } as never)
    return draft
  }

  it('reads "Name, Country" as one partner of that country', () => {
    expect(partnersOf('Kvinnoforum, Sweden').fields.partners).toEqual([{ name: 'Kvinnoforum', country: 'SE' }])
  })

  it('still parts a list of names at its commas', () => {
    expect(partnersOf('Tallinn University, Kvinnoforum').fields.partners.map((partner) => partner.name)).toEqual(['Tallinn University', 'Kvinnoforum'])
  })
})
