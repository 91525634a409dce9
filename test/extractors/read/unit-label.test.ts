import { describe, expect, it } from 'vitest'
import { bareFigure, unitLabelOf } from '../../../src/extractors/read/unit-label.js'

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
