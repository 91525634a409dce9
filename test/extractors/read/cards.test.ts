import { describe, expect, it } from 'vitest'
import { Doc } from '../../../src/extractors/doc.js'
import { cardFieldOf, cardsAt } from '../../../src/extractors/read/cards.js'

describe('cardFieldOf', () => {
  it('reads the detail lines of an organisation card', () => {
    expect(cardFieldOf('Country: Latvia')).toEqual({ field: 'country', value: 'Latvia' })
    expect(cardFieldOf('Type: Non-governmental organisation/association/social enterprise')?.field).toBe('type')
    expect(cardFieldOf('Website: http://www.jic.lt')?.field).toBe('website')
  })
  it('reads keep.eu\'s country line, a country and its code (and a region), as the country detail', () => {
    expect(cardFieldOf('Lithuania (LT) - Panevėžio apskritis')).toEqual({ field: 'country', value: 'Lithuania' })
    expect(cardFieldOf('Latvia (LV)')).toEqual({ field: 'country', value: 'Latvia' })
    expect(cardFieldOf('Probation Service (PS)')).toBeNull()
    expect(cardFieldOf('Daugavpils City Council Social Service')).toBeNull()
  })
  it('takes no other labelled line for a detail', () => {
    expect(cardFieldOf('Project Reference: 2015-3-LT02-KA105-004218')).toBeNull()
    expect(cardFieldOf('Note: the country: Latvia')).toBeNull()
    expect(cardFieldOf('MTÜ Noorte Tugi')).toBeNull()
  })
})

describe('cardsAt', () => {
  const page = 'Partners\n\nBiedrība "A"\nCountry: Latvia\nType: NGO\n\nMTÜ B\nCountry: Estonia\n\nProject Results\nReport (pdf)\n'
  it('reads each name over its details, with the country its card gives', () => {
    const doc = new Doc(page)
    const found = cardsAt(doc, 'partners', 2, doc.lines.length)
    expect(found?.cards.map((card) => [card.name, card.country])).toEqual([['Biedrība "A"', 'LV'], ['MTÜ B', 'EE']])
    expect(doc.lines[found!.last]!.text).toBe('Country: Estonia')
  })
  it('reads no cards where the first name has no details under it, or under another label', () => {
    const doc = new Doc('Partners\n\nA, B and C\n\nCountry: Latvia\n')
    expect(cardsAt(doc, 'partners', 2, doc.lines.length)).toBeNull()
    expect(cardsAt(new Doc(page), 'targetGroups', 2, 12)).toBeNull()
  })
})
