import { describe, expect, it } from 'vitest'
import { Doc } from '../../../src/extractors/doc.js'
import { Draft } from '../../../src/extractors/draft.js'
import { addSourceTableAmounts, fundingListRole } from '../../../src/extractors/read/source-table.js'

const amounts = (text: string): Array<[string, string, string, string]> => {
  const draft = new Draft()
  addSourceTableAmounts(new Doc(text), draft)
  return draft.fields.amounts.map((amount) => [amount.role, amount.value, amount.currency, amount.text])
}

describe('addSourceTableAmounts', () => {
  it('reads each source row in the header\'s currency, with the role its source names', () => {
    const table = 'Teksts.\n| Finansējuma avots | Summa, EUR | % |\n|---|---|---|\n| Eiropas Reģionālās attīstības fonds | 42 500,00 | 85 |\n| Pašvaldības budžets | 5 000,00 | 10 |\n| Kopā | 50 000,00 | 100 |\n'
    expect(amounts(table)).toEqual([
      ['grant', '42500.00', 'EUR', '42 500,00'],
      ['cofinancing', '5000.00', 'EUR', '5 000,00'],
      ['total_cost', '50000.00', 'EUR', '50 000,00'],
    ])
  })

  it('reads nothing from a table whose first column names no sources, or without a currency in its header', () => {
    expect(amounts('| Partner | Budget, EUR |\n|---|---|\n| Valsts policija | 5 000 |\n')).toEqual([])
    expect(amounts('| Finansējuma avots | Summa |\n|---|---|\n| Valsts budžets | 5 000 |\n')).toEqual([])
  })
})

describe('fundingListRole', () => {
  const text = [
    'Финансирование:',
    'Департамент по контролю за наркотиками, табаком и алкоголем          LTL 30 000',
    'Самоуправление Висагинаса (софинансирование)                        7 850 Lt',
    'Всего                                                               37 850 Lt',
    '',
    'Средства (4 200 Lt) собраны акцией.',
    'Проект стоил       5 000 Lt',
  ].join('\n')
  const doc = new Doc(text)

  it('gives each row of a money sources list under its heading the role its source says', () => {
    expect([1, 2, 3].map((index) => fundingListRole(doc, index))).toEqual(['grant', 'cofinancing', 'total_cost'])
  })

  it('gives none to a line under no such heading', () => {
    expect(fundingListRole(doc, 5)).toBeNull()
    expect(fundingListRole(doc, 6)).toBeNull()
    expect(fundingListRole(doc, 0)).toBeNull()
  })
})
