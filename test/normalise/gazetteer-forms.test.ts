/**
 * src/normalise/gazetteer-forms.ts (written by this test when it is out of date) holds every
 * spelling of the gazetteer expanded into its case forms, so a run builds its place index
 * from a table instead of expanding ~1,400 forms on each thread's first document. It must be
 * exactly what the gazetteer's spellings give today.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { GAZETTEER_FORMS } from '../../src/normalise/gazetteer-forms.js'
import { gazetteerForms, gazetteerIndex } from '../../src/normalise/places.js'

const embedded = fileURLToPath(new URL('../../src/normalise/gazetteer-forms.ts', import.meta.url))

function generatedSource(table: string): string {
  return (
    "// Generated from the gazetteer by test/normalise/gazetteer-forms.test.ts: delete this file's\n" +
    '// table and run the tests to write it again. Do not edit by hand.\n\n' +
    '/** Every case form of every spelling in GAZETTEER: "ENTRY[^][!] FORM" a line (see `gazetteerForms` in places.ts). */\n' +
    `export const GAZETTEER_FORMS = ${JSON.stringify(table)}\n`
  )
}

describe('the embedded gazetteer forms', () => {
  const { table, conflicts } = gazetteerForms()

  it('give every folded form one place only', () => {
    expect(conflicts).toEqual([])
  })

  it("are the gazetteer's spellings, expanded as they are today", () => {
    const source = generatedSource(table)
    if (!existsSync(embedded) || readFileSync(embedded, 'utf8') !== source) {
      if (!process.env.CI) writeFileSync(embedded, source)
      throw new Error(`src/normalise/gazetteer-forms.ts is out of date${process.env.CI ? '' : ': written again, review it and run the tests again'}`)
    }
    expect(GAZETTEER_FORMS).toBe(table)
  })

  it('build the same index as expanding every spelling', () => {
    const fromTable = [...gazetteerIndex().forms()].map(([form, { value, capital, needsAreaWord }]) => [form, value.name, capital, needsAreaWord])
    const expanded = table.split('\n').map((line) => line.slice(line.indexOf(' ') + 1))
    expect(fromTable.map(([form]) => form)).toEqual(expanded)
    expect([...gazetteerIndex().firstWords()].length).toBeGreaterThan(1000)
  })
})
