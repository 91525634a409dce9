import { describe, expect, it } from 'vitest'
import { Doc } from '../../../src/extractors/doc.js'
import { readLabelled } from '../../../src/extractors/read/labelled.js'
import { listsProjectsInTable, projectRowEntries, withStackedHeaderRow } from '../../../src/extractors/read/project-list.js'

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

describe('projectRowEntries', () => {
  const read = (text: string): Array<[string | null, string]> => projectRowEntries(new Doc(text)).map((entry) => [entry.key, entry.lines[0]!.text])

  it('reads one row under a header of field labels cell by cell, an unknown money label by its words', () => {
    expect(read('Nosaukums\tNumurs\tĪstenotājs\tESF finansējums\nA\t9.2.4.2/16/I/044\tX\t81 863,50 EUR\n\nTeksts.')).toEqual([
      ['title', 'A'],
      ['projectNumber', '9.2.4.2/16/I/044'],
      ['promoter', 'X'],
      ['amount:grant', '81 863,50 EUR'],
    ])
    expect(read('| Projekto pavadinimas | Projekto vykdytojas | Projekto vertė |\n|---|---|---|\n| A | X | 1 000 Eur |\n')).toEqual([
      ['title', 'A'],
      ['promoter', 'X'],
      ['amount:total_cost', '1 000 Eur'],
    ])
  })

  it('reads a code under a bare "Nr." header as the project number, a row\'s ordinal as nothing', () => {
    const header = 'Nr.\tProjekta nosaukums\tĪstenotājs'
    expect(read(`${header}\nLV0082\tA\tX\n\nTeksts.`)).toEqual([
      ['projectNumber', 'LV0082'],
      ['title', 'A'],
      ['promoter', 'X'],
    ])
    expect(read(`${header}\n1.\tA\tX\n\nTeksts.`)).toEqual([
      ['title', 'A'],
      ['promoter', 'X'],
    ])
  })

  it('reads nothing from a table of several projects or from a label column', () => {
    expect(read('Projekto pavadinimas\tProjekto vykdytojas\tProjekto vertė\nA\tX\t1 000 Eur\nB\tY\t2 000 Eur\n')).toEqual([])
    expect(read('Projekto pavadinimas\tA\nProjekto vykdytojas\tX\n')).toEqual([])
  })
})

describe('withStackedHeaderRow', () => {
  const read = (text: string): Array<[string | null, string[]]> =>
    withStackedHeaderRow(readLabelled(new Doc(text))).map((entry) => [entry.key, entry.lines.map((line) => line.text)])

  it('gives each label of a header copied one cell per line the value of its place', () => {
    expect(read('Projekto pavadinimas\nProjekto vykdytojas\nProjekto vertė\nA\nX\n1 000 Eur\n\nTekstas.')).toEqual([
      ['title', ['A']],
      ['promoter', ['X']],
      ['amount:total_cost', ['1 000 Eur']],
    ])
  })

  it('leaves labels alone whose values do not line up with them', () => {
    expect(read('Projekto pavadinimas\nProjekto vykdytojas\nProjekto vertė\nA\nX\n')).toEqual([
      ['title', []],
      ['promoter', []],
      ['amount:total_cost', ['A', 'X']],
    ])
  })
})
