/**
 * src/extractors/lexicon/label-trie.ts (written by this test when it is out of date) holds the
 * label lexicon's trie as tables, so a run does not build it on its first document. It must be
 * exactly what the lexicon gives today.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { LABEL_TRIE } from '../../../src/extractors/lexicon/label-trie.js'
import { labelOf, labels, labelTrieTables } from '../../../src/extractors/lexicon/labels.js'

const embedded = fileURLToPath(new URL('../../../src/extractors/lexicon/label-trie.ts', import.meta.url))

function generatedSource(tables: ReturnType<typeof labelTrieTables>): string {
  // Every unit outside printable ASCII escaped: the tables hold control and invisible characters.
  const quoted = (value: string): string => `'${value.replace(/[^ -&(-[\]-~]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`)}'`
  const lines = Object.entries(tables).map(([name, value]) => `  ${name}: ${quoted(value)},`)
  return (
    "// Generated from the label lexicon (labels.ts) by test/extractors/lexicon/label-trie.test.ts: delete\n" +
    '// this file and run the tests to write it again. Do not edit by hand.\n\n' +
    '/** The lexicon\'s trie as strings of 16-bit units (see `LabelTrieTables` in labels.ts). */\n' +
    `export const LABEL_TRIE = {\n${lines.join('\n')}\n}\n`
  )
}

describe('the embedded label trie', () => {
  const tables = labelTrieTables()

  it("is the lexicon's trie, built as it is today", () => {
    const source = generatedSource(tables)
    if (!existsSync(embedded) || readFileSync(embedded, 'utf8') !== source) {
      if (!process.env.CI) writeFileSync(embedded, source)
      throw new Error(`src/extractors/lexicon/label-trie.ts is out of date${process.env.CI ? '' : ': written again, review it and run the tests again'}`)
    }
    expect(LABEL_TRIE).toEqual(tables)
  })

  it('reads every phrase of the lexicon as its key, with a colon and in capitals too', () => {
    const wrong: string[] = []
    const first = new Map<string, string>()
    for (const [key, phrases] of labels) for (const phrase of phrases) if (!first.has(phrase)) first.set(phrase, key)
    for (const [phrase, key] of first) {
      for (const written of [phrase, `${phrase}:`, phrase.toUpperCase()]) if (labelOf(written) !== key) wrong.push(`${written} -> ${labelOf(written)}`)
    }
    expect(wrong).toEqual([])
  })

  it('reads no prefix of a phrase that is no phrase itself, nor a phrase with a letter more', () => {
    expect(labelOf('project promote')).toBeNull()
    expect(labelOf('project promoters')).toBeNull()
  })
})
