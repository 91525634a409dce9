import { describe, expect, it } from 'vitest'
import { Doc } from '../../../src/extractors/doc.js'
import { readLabelled } from '../../../src/extractors/read/labelled.js'
import { bareFigure, unitLabelOf, withHeadingCurrency } from '../../../src/extractors/read/unit-label.js'

describe('unitLabelOf', () => {
  it.each([
    ['Projekto vertė, Lt', 'amount:total_cost', 'LTL'],
    ['Skirtas finansavimas, Lt', 'amount:grant', 'LTL'],
    ['Kopējās izmaksas (EUR):', 'amount:total_cost', 'EUR'],
    ['Projekta kopējās izmaksas, Ls', 'amount:total_cost', 'LVL'],
    ['Toetus, eurot', 'amount:grant', 'EUR'],
    ['Norvegijos finansinio mechanizmo lėšos (EUR)', 'amount:grant', 'EUR'],
  ])('%s', (label, key, currency) => {
    expect(unitLabelOf(label)).toEqual({ key, currency })
  })

  it.each([
    'Projekto vertė',
    'Projekto vykdytojas, Lt',
    'Projekto partneriai (Norvegija)',
    'Vilnius, Kaunas',
    'Mokymai (val.)',
  ])('not a unit label: %s', (label) => {
    expect(unitLabelOf(label)).toBeNull()
  })
})

describe('bareFigure', () => {
  it.each([
    ['2 482 310,00', '2482310.00'],
    ['  612480 ', '612480'],
    ['1.234.567', '1234567'],
  ])('%s', (text, value) => {
    expect(bareFigure(text)).toBe(value)
  })

  it.each(['2 482 310,00 Lt', '2014-01-15', 'Baigtas', '', '15 %'])('not bare: %s', (text) => {
    expect(bareFigure(text)).toBeNull()
  })
})

describe('withHeadingCurrency', () => {
  const amounts = (text: string): Array<[string | null, string, string | undefined]> => {
    const doc = new Doc(text)
    return withHeadingCurrency(doc, readLabelled(doc))
      .filter((entry) => entry.key?.startsWith('amount:') && entry.lines.length > 0)
      .map((entry) => [entry.key, entry.lines[0]!.text, entry.currency])
  }
  it('gives the rows under a budget heading the currency it names, with the role each label gives', () => {
    expect(amounts('Budget (LTL)\nTotal cost of the project:\t245 680,00\nRequested from the Nordic Council of Ministers:\t172 650,00\nOwn contribution of the applicant:\t73 030,00\n\n1. Background\n')).toEqual([
      ['amount:total_cost', '245 680,00', 'LTL'],
      ['amount:grant', '172 650,00', 'LTL'],
      ['amount:cofinancing', '73 030,00', 'LTL'],
    ])
  })
  it('leaves a table without such a heading, and rows that are no bare figures, as they are', () => {
    expect(amounts('Budget\nTotal cost:\t245 680,00\n')).toEqual([['amount:total_cost', '245 680,00', undefined]])
    expect(amounts('Budget (LTL)\nTotal cost: about a quarter million\n')).toEqual([['amount:total_cost', 'about a quarter million', undefined]])
  })
})
