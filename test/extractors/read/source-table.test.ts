import { describe, expect, it } from 'vitest'
import { Doc } from '../../../src/extractors/doc.js'
import { Draft } from '../../../src/extractors/draft.js'
import { addSourceTableAmounts } from '../../../src/extractors/read/source-table.js'

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
