import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Amount, AmountRole } from '../../src/schema/record.js'
import {
  contactText,
  currencies,
  flatColumns,
  flatten,
  grantEur,
  indicatorText,
  joinList,
  recordColumns,
  totalEur,
} from '../../src/writers/flatten.js'
import { sampleRecord } from './sample.js'

function amount(role: AmountRole, eur: number | null, currency = 'EUR'): Amount {
  return {
    role,
    amount: eur ?? 1,
    currency,
    eur,
    rate: eur === null ? null : 1,
    rateSource: eur === null ? null : 'identity',
    text: String(eur),
  }
}

const withAmounts = (amounts: Amount[]) => sampleRecord(1, { amounts })

describe('totalEur', () => {
  it.each([
    ['no amounts', [], null],
    ['final cost wins over the others', [amount('budget', 10), amount('final_cost', 20), amount('total_cost', 30)], 20],
    ['total cost before budget', [amount('initial_cost', 5), amount('budget', 10), amount('total_cost', 30)], 30],
    ['budget before initial cost', [amount('initial_cost', 5), amount('budget', 10)], 10],
    ['initial cost as the last resort', [amount('grant', 7), amount('initial_cost', 5)], 5],
    ['grants alone are not a total', [amount('grant', 7), amount('cofinancing', 3)], null],
    ['first converted amount of the role', [amount('budget', null, 'NOK'), amount('budget', 12.5)], 12.5],
    ['no fallback when the role has no euro', [amount('final_cost', null, 'USD'), amount('budget', 10)], null],
    ['rounded to the cent', [amount('budget', 1234.5600000001)], 1234.56],
  ] as const)('%s', (_, amounts, expected) => {
    expect(totalEur(withAmounts([...amounts]))).toBe(expected)
  })
})

describe('grantEur', () => {
  it.each([
    ['no grant', [amount('budget', 10)], null],
    ['one grant', [amount('grant', 85000.1)], 85000.1],
    ['summed exactly to the cent', [amount('grant', 0.1), amount('grant', 0.2)], 0.3],
    ['a grant without euro spoils the sum', [amount('grant', 5), amount('grant', null, 'NOK')], null],
    ['other roles are ignored', [amount('grant', 1.05), amount('cofinancing', 9), amount('grant', 2.1)], 3.15],
  ] as const)('%s', (_, amounts, expected) => {
    expect(grantEur(withAmounts([...amounts]))).toBe(expected)
  })

  it('equals the exact cent sum for any cent amounts', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000_000 }), { minLength: 1, maxLength: 30 }), (cents) => {
        const record = withAmounts(cents.map((c) => amount('grant', c / 100)))
        const total = cents.reduce((sum, c) => sum + c, 0)
        expect(grantEur(record)).toBe(total / 100)
      }),
    )
  })
})

describe('list cells', () => {
  it.each([
    [[], null],
    [['a'], 'a'],
    [['a', 'b', 'c'], 'a; b; c'],
  ])('joinList(%j) = %j', (items, expected) => {
    expect(joinList(items)).toBe(expected)
  })

  it.each([
    [{ name: 'Anna', email: 'a@x.lv', phones: ['1'] }, 'Anna <a@x.lv>'],
    [{ name: 'Anna', email: null, phones: [] }, 'Anna'],
    [{ name: null, email: 'a@x.lv', phones: [] }, 'a@x.lv'],
    [{ name: null, email: null, phones: ['+371 1'] }, null],
  ])('contactText(%j) = %j', (contact, expected) => {
    expect(contactText(contact)).toBe(expected)
  })

  it.each([
    [{ label: 'participants', value: 350, unit: 'people' }, 'participants: 350 people'],
    [{ label: 'share', value: 0.75, unit: null }, 'share: 0.75'],
  ])('indicatorText(%j) = %j', (indicator, expected) => {
    expect(indicatorText(indicator)).toBe(expected)
  })

  it('lists each currency once, alphabetically', () => {
    const record = withAmounts([amount('grant', 1, 'NOK'), amount('budget', 2), amount('grant', 3, 'NOK')])
    expect(currencies(record)).toEqual(['EUR', 'NOK'])
  })
})

describe('flatten', () => {
  it('has the documented columns, in order', () => {
    expect(flatColumns.map((column) => column.name)).toEqual([
      'id', 'title', 'alternativeTitles', 'language', 'layout', 'projectNumber', 'funders', 'promoter',
      'partners', 'country', 'locations', 'status', 'startDate', 'endDate', 'durationMonths', 'publishedDate',
      'totalEur', 'grantEur', 'currencies', 'targetGroups', 'objectives', 'indicators', 'summary', 'contacts',
      'sourcePath', 'sourceSha256', 'sourceEncoding', 'sourceUrl', 'retrievedAt', 'warnings',
    ])
  })

  it('names every column after its key', () => {
    for (const [key, column] of Object.entries(recordColumns)) expect(column.name).toBe(key)
  })

  it('turns a sample record into one row of text and numbers', () => {
    const record = sampleRecord(3)
    const row = Object.fromEntries(flatColumns.map((column, index) => [column.name, flatten(record)[index]]))
    expect(row).toMatchObject({
      id: 'project-3',
      partners: 'Tartu Ülikool; Vilniaus universitetas; Local youth club',
      durationMonths: 27,
      totalEur: 120003.5,
      grantEur: 95000.3,
      currencies: 'EUR; NOK',
      indicators: 'participants: 353 people; share of schools reached: 0.75',
      contacts: 'Anna Bērziņa <anna@example.lv>',
      sourcePath: 'pages/00003.html',
      warnings: 1,
    })
  })

  it('turns null and empty lists into empty cells', () => {
    const record = sampleRecord(1, { title: null, funders: [], contacts: [], amounts: [], diagnostics: [] })
    const row = Object.fromEntries(flatColumns.map((column, index) => [column.name, flatten(record)[index]]))
    expect(row).toMatchObject({ title: null, funders: null, contacts: null, totalEur: null, grantEur: null, warnings: 0 })
  })
})
