/**
 * src/normalise/gazetteer-forms.ts (written by this test when it is out of date) holds every
 * spelling of the gazetteer expanded into its case forms, so a run builds its place index
 * from a table instead of expanding ~1,400 forms on each thread's first document. It must be
 * exactly what the gazetteer's spellings give today.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { GAZETTEER_FIRST_WORD_BITS, GAZETTEER_FORMS } from '../../src/normalise/gazetteer-forms.js'
import { gazetteerForms, gazetteerIndex } from '../../src/normalise/places.js'
import { decodeBits, encodeBits, firstWordBits } from '../../src/normalise/words.js'

const embedded = fileURLToPath(new URL('../../src/normalise/gazetteer-forms.ts', import.meta.url))

function generatedSource(table: string, bits: string): string {
  return (
    "// Generated from the gazetteer by test/normalise/gazetteer-forms.test.ts: delete this file's\n" +
    '// table and run the tests to write it again. Do not edit by hand.\n\n' +
    '/** Every case form of every spelling in GAZETTEER: "ENTRY[^][!] FORM" a line (see `gazetteerForms` in places.ts). */\n' +
    `export const GAZETTEER_FORMS = ${JSON.stringify(table)}\n\n` +
    "/** The filter bits of the forms' first words (see `firstWordBits` in words.ts): gaps in base 36. */\n" +
    `export const GAZETTEER_FIRST_WORD_BITS = ${JSON.stringify(bits)}\n`
  )
}

describe('the embedded gazetteer forms', () => {
  const { table, firstWordBits: bits, conflicts } = gazetteerForms()

  it('give every folded form one place only', () => {
    expect(conflicts).toEqual([])
  })

  it("are the gazetteer's spellings, expanded as they are today", () => {
    const source = generatedSource(table, bits)
    if (!existsSync(embedded) || readFileSync(embedded, 'utf8') !== source) {
      if (!process.env.CI) writeFileSync(embedded, source)
      throw new Error(`src/normalise/gazetteer-forms.ts is out of date${process.env.CI ? '' : ': written again, review it and run the tests again'}`)
    }
    expect(GAZETTEER_FORMS).toBe(table)
    expect(GAZETTEER_FIRST_WORD_BITS).toBe(bits)
  })

  it('build the same index as expanding every spelling', () => {
    const fromTable = [...gazetteerIndex().forms()].map(([form, { value, capital, needsAreaWord }]) => [form, value.name, capital, needsAreaWord])
    const expanded = table.split('\n').map((line) => line.slice(line.indexOf(' ') + 1))
    expect(fromTable.map(([form]) => form)).toEqual(expanded)
    expect([...gazetteerIndex().firstWords()].length).toBeGreaterThan(1000)
  })

  it("give the index its first words' filter bits, as hashing its words gives them", () => {
    const index = gazetteerIndex()
    expect(index.presetFirstWordBits).toEqual(firstWordBits({ firstWords: () => index.firstWords() }))
    expect(decodeBits(encodeBits([3, 40, 41, 1048575]))).toEqual([3, 40, 41, 1048575])
  })
})
