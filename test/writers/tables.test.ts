import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ProjectRecord } from '../../src/schema/record.js'
import {
  DATA_PACKAGE_FILE,
  dataPackage,
  tablesWriter,
  type DataPackageDescriptor,
  type FieldDescriptor,
  type ResourceDescriptor,
} from '../../src/writers/tables.js'
import { literal, openDuck, type Duck } from './duckdb.js'
import { sampleRecord, sampleRecords } from './sample.js'

/** How DuckDB is told to read each Table Schema type. */
const duckType: Record<FieldDescriptor['type'], string> = {
  string: 'VARCHAR',
  integer: 'BIGINT',
  number: 'DOUBLE',
  date: 'DATE',
}

/** What DuckDB may guess by itself from the data for a declared type. */
const guessable: Record<FieldDescriptor['type'], string[]> = {
  string: ['VARCHAR', 'BIGINT', 'DOUBLE', 'DATE', 'TIMESTAMP', 'TIMESTAMP WITH TIME ZONE'],
  integer: ['BIGINT', 'INTEGER', 'SMALLINT', 'TINYINT'],
  number: ['DOUBLE', 'BIGINT', 'INTEGER', 'SMALLINT', 'TINYINT'],
  date: ['DATE'],
}

const records: ProjectRecord[] = [
  ...sampleRecords(5),
  sampleRecord(5, { partners: [], amounts: [], indicators: [], title: null, startDate: null }),
  sampleRecord(6, {
    title: '=HYPERLINK("http://x")',
    summary: 'Line one\r\nline "two", with a comma',
    partners: [{ name: '@evil', country: null }],
    indicators: [{ label: '-change', value: -12, unit: null }],
  }),
]

async function writeTables(dir: string, input: ProjectRecord[]): Promise<void> {
  const writer = tablesWriter(dir)
  for (const record of input) await writer.write(record)
  await writer.end()
}

describe('tablesWriter', () => {
  let folder: string
  let duck: Duck
  let descriptor: DataPackageDescriptor
  const file = (name: string) => literal(path.join(folder, name))

  function resource(name: string): ResourceDescriptor {
    const found = descriptor.resources.find((r) => r.name === name)
    if (found === undefined) throw new Error(`no resource ${name}`)
    return found
  }

  /** The table read as the descriptor says: its types, its dialect, nothing guessed. */
  function typedRead(name: string): string {
    const r = resource(name)
    const columns = r.schema.fields.map((field) => `${literal(field.name)}: '${duckType[field.type]}'`).join(', ')
    return `read_csv(${file(r.path)}, header = true, auto_detect = false, delim = ${literal(r.dialect.delimiter)},
      quote = ${literal(r.dialect.quoteChar)}, escape = ${literal(r.dialect.quoteChar)}, columns = {${columns}})`
  }

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'ingest-tables-'))
    duck = await openDuck()
    await writeTables(folder, records)
    descriptor = JSON.parse(await readFile(path.join(folder, DATA_PACKAGE_FILE), 'utf8')) as DataPackageDescriptor
  })
  afterAll(async () => {
    duck.close()
    await rm(folder, { recursive: true, force: true })
  })

  it('writes the four tables and the descriptor, and nothing else', async () => {
    expect((await readdir(folder)).sort()).toEqual([
      'amounts.csv',
      'datapackage.json',
      'indicators.csv',
      'partners.csv',
      'projects.csv',
    ])
  })

  it('describes a Frictionless tabular data package', () => {
    expect(descriptor).toEqual(dataPackage())
    expect(descriptor.profile).toBe('tabular-data-package')
    expect(descriptor.resources.map((r) => [r.name, r.path, r.format, r.encoding, r.profile])).toEqual([
      ['projects', 'projects.csv', 'csv', 'utf-8', 'tabular-data-resource'],
      ['amounts', 'amounts.csv', 'csv', 'utf-8', 'tabular-data-resource'],
      ['indicators', 'indicators.csv', 'csv', 'utf-8', 'tabular-data-resource'],
      ['partners', 'partners.csv', 'csv', 'utf-8', 'tabular-data-resource'],
    ])
    expect(resource('projects').schema.primaryKey).toBe('id')
    expect(resource('projects').schema.foreignKeys).toBeUndefined()
    for (const name of ['amounts', 'indicators', 'partners']) {
      expect(resource(name).schema.primaryKey).toEqual(['id', 'seq'])
      expect(resource(name).schema.foreignKeys).toEqual([
        { fields: 'id', reference: { resource: 'projects', fields: 'id' } },
      ])
    }
  })

  it.each(['projects', 'amounts', 'indicators', 'partners'])(
    '%s.csv is plain UTF-8 with CRLF rows, as declared',
    async (name) => {
      const bytes = await readFile(path.join(folder, `${name}.csv`))
      expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf])
      expect(resource(name).dialect.lineTerminator).toBe('\r\n')
      expect(bytes.toString('utf8').endsWith('\r\n')).toBe(true)
    },
  )

  it.each(['projects', 'amounts', 'indicators', 'partners'])(
    '%s.csv has the declared column names, and its values parse as the declared types',
    async (name) => {
      const r = resource(name)
      const names = r.schema.fields.map((field) => field.name)
      const header = await duck.rows(`DESCRIBE SELECT * FROM read_csv(${file(r.path)}, header = true, all_varchar = true)`)
      expect(header.map((row) => row.column_name)).toEqual(names)

      // A value that does not fit its declared type makes this read fail.
      const typed = await duck.rows(`DESCRIBE SELECT * FROM ${typedRead(name)}`)
      expect(typed.map((row) => row.column_type)).toEqual(r.schema.fields.map((field) => duckType[field.type]))

      // DuckDB's own guess agrees with the declaration.
      const guessed = await duck.rows(`DESCRIBE SELECT * FROM read_csv(${file(r.path)}, header = true)`)
      for (const [index, field] of r.schema.fields.entries()) {
        expect(guessable[field.type], `${name}.${field.name}`).toContain(guessed[index]?.column_type)
      }
    },
  )

  it('has one row per record and per list item', async () => {
    const count = (name: string) => duck.value(`SELECT count(*) FROM ${typedRead(name)}`)
    expect(await count('projects')).toBe(records.length)
    expect(await count('amounts')).toBe(records.reduce((n, r) => n + r.amounts.length, 0))
    expect(await count('indicators')).toBe(records.reduce((n, r) => n + r.indicators.length, 0))
    expect(await count('partners')).toBe(records.reduce((n, r) => n + r.partners.length, 0))
  })

  it('has unique primary keys', async () => {
    expect(await duck.value(`SELECT count(*) - count(DISTINCT id) FROM ${typedRead('projects')}`)).toBe(0)
    for (const name of ['amounts', 'indicators', 'partners']) {
      expect(await duck.value(`SELECT count(*) - count(DISTINCT (id, seq)) FROM ${typedRead(name)}`)).toBe(0)
    }
  })

  it.each(['amounts', 'indicators', 'partners'])('every %s id exists in projects (foreign key)', async (name) => {
    const orphans = await duck.value(
      `SELECT count(*) FROM ${typedRead(name)} AS child
       LEFT JOIN ${typedRead('projects')} AS parent ON child.id = parent.id
       WHERE parent.id IS NULL`,
    )
    expect(orphans).toBe(0)
  })

  it.each(['projects', 'amounts', 'indicators', 'partners'])('%s.csv honours required and enum constraints', async (name) => {
    for (const field of resource(name).schema.fields) {
      const column = `"${field.name}"`
      if (field.constraints?.required) {
        expect(await duck.value(`SELECT count(*) FROM ${typedRead(name)} WHERE ${column} IS NULL`), field.name).toBe(0)
      }
      if (field.constraints?.enum) {
        const allowed = field.constraints.enum.map(literal).join(', ')
        const outside = `SELECT count(*) FROM ${typedRead(name)} WHERE ${column} IS NOT NULL AND ${column} NOT IN (${allowed})`
        expect(await duck.value(outside), field.name).toBe(0)
      }
    }
  })

  it('keeps the values: money, sequence, text with quotes and line breaks', async () => {
    const [project] = await duck.rows(`SELECT * FROM ${typedRead('projects')} WHERE id = 'project-6'`)
    expect(project).toMatchObject({
      title: `'=HYPERLINK("http://x")`,
      summary: 'Line one\r\nline "two", with a comma',
      totalEur: 120006.5,
      grantEur: 95000.3,
      sourceBytes: 2054n,
      warnings: 1n,
    })
    const amounts = await duck.rows(`SELECT seq, role, amount, eur FROM ${typedRead('amounts')} WHERE id = 'project-2' ORDER BY seq`)
    expect(amounts).toEqual([
      { seq: 1n, role: 'total_cost', amount: 120002.5, eur: 120002.5 },
      { seq: 2n, role: 'grant', amount: 1000000, eur: 85000.1 },
      { seq: 3n, role: 'grant', amount: 10000.2, eur: 10000.2 },
    ])
    const [indicator] = await duck.rows(`SELECT label, value FROM ${typedRead('indicators')} WHERE id = 'project-6'`)
    expect(indicator).toEqual({ label: "'-change", value: -12 })
    const [partner] = await duck.rows(`SELECT name, country FROM ${typedRead('partners')} WHERE id = 'project-6'`)
    expect(partner).toEqual({ name: "'@evil", country: null })
  })
})

describe('tablesWriter, atomically', () => {
  let folder: string
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'ingest-tables-atomic-'))
  })
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true })
  })

  it('creates the folder and writes header-only tables for no records', async () => {
    const dir = path.join(folder, 'empty', 'nested')
    await writeTables(dir, [])
    expect(await readFile(path.join(dir, 'partners.csv'), 'utf8')).toBe('id,seq,name,country\r\n')
    expect(JSON.parse(await readFile(path.join(dir, DATA_PACKAGE_FILE), 'utf8'))).toEqual(dataPackage())
  })

  it('leaves the previous tables intact and no temporary file when aborted', async () => {
    const dir = path.join(folder, 'previous')
    await writeTables(dir, sampleRecords(2))
    const before = await Promise.all(['projects.csv', 'datapackage.json'].map((name) => readFile(path.join(dir, name), 'utf8')))
    await writeFile(path.join(dir, 'notes.txt'), 'mine')

    const writer = tablesWriter(dir)
    for (const record of sampleRecords(4)) await writer.write(record)
    await writer.abort()
    await writer.abort()

    const after = await Promise.all(['projects.csv', 'datapackage.json'].map((name) => readFile(path.join(dir, name), 'utf8')))
    expect(after).toEqual(before)
    expect((await readdir(dir)).sort()).toEqual([
      'amounts.csv',
      'datapackage.json',
      'indicators.csv',
      'notes.txt',
      'partners.csv',
      'projects.csv',
    ])
    await expect(writer.write(sampleRecord(9))).rejects.toThrow(/aborted/)
  })

  it('replaces the previous tables on end', async () => {
    const dir = path.join(folder, 'replaced')
    await writeTables(dir, sampleRecords(4))
    await writeTables(dir, sampleRecords(1))
    const projects = await readFile(path.join(dir, 'projects.csv'), 'utf8')
    expect(projects.split('\r\n')).toHaveLength(1 + 1 + 1)
    expect(await readdir(dir)).toHaveLength(5)
  })
})
