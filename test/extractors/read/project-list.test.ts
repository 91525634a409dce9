import { describe, expect, it } from 'vitest'
import { Doc } from '../../../src/extractors/doc.js'
import { listsProjectsInTable } from '../../../src/extractors/read/project-list.js'

describe('listsProjectsInTable', () => {
  const header = 'Projekto pavadinimas\tProjekto vykdytojas\tProjekto vertė'

  it('takes a header naming each row\'s project over two or more rows for a list of projects', () => {
    expect(listsProjectsInTable(new Doc(`${header}\nA\tX\t1 000 Eur\nB\tY\t2 000 Eur\n`))).toBe(true)
    expect(listsProjectsInTable(new Doc('| Nr. | Projekto pavadinimas | Vykdytojas | Projekto vertė |\n|---|---|---|---|\n| 1. | A | X | 1 |\n| 2. | B | Y | 2 |\n'))).toBe(true)
  })

  it('takes one row, or a table of a project\'s partners or budget lines, for no list', () => {
    expect(listsProjectsInTable(new Doc(`${header}\nA\tX\t1 000 Eur\n`))).toBe(false)
    expect(listsProjectsInTable(new Doc('Partner\tBudget\tGrant\nA\t1 000\t800\nB\t2 000\t1 600\n'))).toBe(false)
    expect(listsProjectsInTable(new Doc('Projekto pavadinimas: A\nProjekto vykdytojas: X\n'))).toBe(false)
  })
})
