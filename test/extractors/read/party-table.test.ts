import { describe, expect, it } from 'vitest'
import { Doc } from '../../../src/extractors/doc.js'
import { isLeadRole, partyTableRows } from '../../../src/extractors/read/party-table.js'

describe('partyTableRows', () => {
  it('reads the rows under a heading row with name and role columns, offsets in the document', () => {
    const text = 'Partners (2)\nName | Role | Country\nRēzekne Municipality Council | Lead partner | Latvia\nIgnalina District Municipality | Partner | Lithuania\n\nProject summary'
    const rows = partyTableRows(new Doc(text))
    expect(rows.map(({ name, role, country }) => [name, role, country])).toEqual([
      ['Rēzekne Municipality Council', 'Lead partner', 'Latvia'],
      ['Ignalina District Municipality', 'Partner', 'Lithuania'],
    ])
    expect(text.slice(rows[1]!.offset, rows[1]!.offset + rows[1]!.name.length)).toBe('Ignalina District Municipality')
  })

  it('reads a Markdown table with its alignment row and no country column', () => {
    const rows = partyTableRows(new Doc('| Partner | Role |\n|---|---|\n| Valga Municipality | Lead beneficiary |\n| Valka Council | Beneficiary |'))
    expect(rows.map((row) => [row.name, row.country])).toEqual([['Valga Municipality', ''], ['Valka Council', '']])
  })

  it('reads nothing where no heading row names a role column', () => {
    expect(partyTableRows(new Doc('Name | Country\nA | Latvia'))).toEqual([])
    expect(partyTableRows(new Doc('Home | Projects | Role of police'))).toEqual([])
  })
})

describe('isLeadRole', () => {
  it.each([['Lead partner', true], ['Lead Beneficiary', true], ['Partner', false], ['Leading expert', false]])('%s -> %s', (role, lead) => {
    expect(isLeadRole(role)).toBe(lead)
  })
})
