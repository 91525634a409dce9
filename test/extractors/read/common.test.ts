import { describe, expect, it } from 'vitest'
import { bracketedList } from '../../../src/extractors/read/common.js'

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
