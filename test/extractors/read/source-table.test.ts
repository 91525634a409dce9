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

  it('reads a report\'s space-aligned table (pdftotext) under a Russian header ("Статья   Сумма, EEK"), each row\'s role from its line', () => {
    const table = [
      '2. Финансирование',
      '',
      '  Статья                                   Сумма, EEK',
      '  Общая стоимость проекта                  285 550,00',
      '  Выделенная поддержка                     240 000,00',
      '  Собственный вклад исполнителя             45 550,00',
      '',
      'Кохтла-Ярве, 15.01.2011                    1',
    ].join('\n')
    expect(amounts(table)).toEqual([
      ['total_cost', '285550.00', 'EEK', '285 550,00'],
      ['grant', '240000.00', 'EEK', '240 000,00'],
      ['cofinancing', '45550.00', 'EEK', '45 550,00'],
    ])
    // Aligned columns whose header names no currency give nothing.
    expect(amounts('  Статья                 Сумма\n  Общая стоимость        285 550,00\n')).toEqual([])
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
