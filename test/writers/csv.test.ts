import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ProjectRecord } from '../../src/schema/record.js'
import { csvRow, csvWriter } from '../../src/writers/csv.js'
import { flatColumns } from '../../src/writers/flatten.js'
import { literal, openDuck, type Duck } from './duckdb.js'
import { memorySink, sampleRecord, sampleRecords } from './sample.js'

const BOM = '\uFEFF'
const header = flatColumns.map((column) => column.name).join(',') + '\r\n'

async function csvOf(records: ProjectRecord[]): Promise<string> {
  const sink = memorySink()
  const writer = csvWriter(sink)
  for (const record of records) await writer.write(record)
  await writer.end()
  return sink.text
}

describe('csvRow', () => {
  it.each([
    ['plain cells', ['a', 1, null, 'b'], 'a,1,,b\r\n'],
    ['a comma is quoted', ['Rīga, Latvia'], '"Rīga, Latvia"\r\n'],
    ['quotes are doubled inside quotes', ['say "hi"'], '"say ""hi"""\r\n'],
    ['a line feed is quoted', ['a\nb'], '"a\nb"\r\n'],
    ['a CRLF is quoted', ['a\r\nb'], '"a\r\nb"\r\n'],
    ['numbers stay numbers, negatives too', [-12, 0.75, 1e21], '-12,0.75,1e+21\r\n'],
    ['=cmd is neutralised', ['=cmd|"/C calc"!A0'], `"'=cmd|""/C calc""!A0"\r\n`],
    ['+1 is neutralised', ['+1'], "'+1\r\n"],
    ['-x is neutralised', ['-x'], "'-x\r\n"],
    ['@x is neutralised', ['@x'], "'@x\r\n"],
    ['a leading tab is neutralised', ['\tx'], "'\tx\r\n"],
    ['a leading CR is neutralised and quoted', ['\rx'], `"'\rx"\r\n`],
  ] as const)('%s', (_, cells, expected) => {
    expect(csvRow([...cells])).toBe(expected)
  })
})

describe('csvWriter', () => {
  it('writes the BOM and the header even for no records', async () => {
    expect(await csvOf([])).toBe(BOM + header)
  })

  it('writes the BOM and header once, then one CRLF row per record', async () => {
    const text = await csvOf(sampleRecords(3))
    expect(text.startsWith(BOM + header)).toBe(true)
    expect(text.indexOf(BOM, 1)).toBe(-1)
    // The samples hold no line breaks, so every line is a row.
    expect(text.slice(BOM.length).split('\r\n')).toHaveLength(1 + 3 + 1)
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replaceAll('\r\n', '')).not.toContain('\n')
  })

  it('streams one row per record as it arrives', async () => {
    const sink = memorySink()
    const writer = csvWriter(sink)
    for (const [index, record] of sampleRecords(3).entries()) {
      await writer.write(record)
      expect(sink.chunks).toHaveLength(index + 1)
      expect(sink.chunks[index]).toContain(record.id)
    }
    await writer.end()
  })

  describe('read back by DuckDB', () => {
    let duck: Duck
    let folder: string
    beforeAll(async () => {
      duck = await openDuck()
      folder = await mkdtemp(path.join(tmpdir(), 'ingest-csv-'))
    })
    afterAll(async () => {
      duck.close()
      await rm(folder, { recursive: true, force: true })
    })

    async function readBack(records: ProjectRecord[]) {
      const file = path.join(folder, 'flat.csv')
      await writeFile(file, await csvOf(records), 'utf8')
      return duck.rows(`SELECT * FROM read_csv(${literal(file)}, header = true, all_varchar = true)`)
    }

    it('keeps embedded quotes, commas and line breaks in their cells (RFC 4180)', async () => {
      const tricky = 'He said "stop", then left.\r\nNext line\nand a, comma'
      const records = [
        sampleRecord(1, { summary: tricky, title: 'Title, with "quotes"' }),
        sampleRecord(2, { locations: ['Tallinn', 'Pärnu, Estonia'] }),
        sampleRecord(3),
      ]
      const rows = await readBack(records)
      expect(rows).toHaveLength(3)
      expect(Object.keys(rows[0] ?? {})).toEqual(flatColumns.map((column) => column.name))
      expect(rows[0]).toMatchObject({ id: 'project-1', summary: tricky, title: 'Title, with "quotes"' })
      expect(rows[1]).toMatchObject({ locations: 'Tallinn; Pärnu, Estonia' })
    })

    it('neutralises formulas in text but keeps numbers', async () => {
      const record = sampleRecord(1, {
        title: '=cmd',
        promoter: '+1',
        summary: '-x',
        projectNumber: '@x',
        locations: ['\tx'],
        indicators: [{ label: 'change', value: -12, unit: null }],
        amounts: [
          { role: 'total_cost', amount: -12, currency: 'EUR', eur: -12, rate: 1, rateSource: 'identity', text: '-12 EUR' },
        ],
      })
      const [row] = await readBack([record])
      expect(row).toMatchObject({
        title: "'=cmd",
        promoter: "'+1",
        summary: "'-x",
        projectNumber: "'@x",
        locations: "'\tx",
        indicators: 'change: -12',
        totalEur: '-12',
      })
    })

    it('round-trips any text cell, neutralised at most by one leading quote', async () => {
      await fc.assert(
        fc.asyncProperty(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), async (summary) => {
          fc.pre(summary.trim().length > 0)
          const [row] = await readBack([sampleRecord(1, { summary })])
          const back = String(row?.summary)
          expect(back === summary || back === `'${summary}`).toBe(true)
        }),
        { numRuns: 40 },
      )
    })
  })
})
