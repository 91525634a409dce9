/**
 * Golden cases: fixtures/<layout>/<case>.txt is read and its record must equal
 * fixtures/<layout>/<case>.json byte for byte. A missing golden file is written on a
 * developer's machine (review it as a diff) and fails under CI.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ingest } from '../../src/ingest.js'
import { allExtractors } from '../../src/extractors/index.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const layouts = allExtractors.map((extractor) => extractor.id)

function cases(layout: string): string[] {
  const dir = `${root}/fixtures/${layout}`
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.txt')).sort() : []
}

describe('fixtures', () => {
  it.each(layouts)('%s has golden fixtures', (layout) => {
    expect(cases(layout).length).toBeGreaterThan(0)
  })

  for (const layout of layouts) {
    describe(layout, () => {
      it.each(cases(layout))('%s', async (name) => {
        const path = `fixtures/${layout}/${name}`
        const { records } = await ingest({ paths: [path], cwd: root, contacts: true })
        expect(records).toHaveLength(1)
        const record = records[0]!
        expect(record.layout).toBe(layout)
        const actual = JSON.stringify(record, null, 2) + '\n'
        const golden = `${root}/${path.replace(/\.txt$/, '.json')}`
        if (!existsSync(golden)) {
          if (process.env.CI) throw new Error(`missing golden file ${golden}: run the tests locally and review it`)
          writeFileSync(golden, actual)
        }
        expect(actual).toBe(readFileSync(golden, 'utf8'))
      })
    })
  }
})
