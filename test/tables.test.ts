/**
 * `ingest --tables DIR` end to end, read back by a real consumer (DuckDB), with the keys the
 * data package declares checked in the data: unique primary keys, intact foreign keys.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { root, runCli } from './support/run-cli.js'
import { openDuck, literal, type Duck } from './writers/duckdb.js'

interface Resource {
  name: string
  path: string
  schema: { fields: Array<{ name: string; type: string }>; primaryKey: string | string[]; foreignKeys?: Array<{ fields: string | string[]; reference: { resource: string; fields: string | string[] } }> }
}

describe('ingest --tables', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ingest-tables-'))
  let duck: Duck
  let resources: Resource[]

  beforeAll(async () => {
    const dev = readdirSync(path.join(root, 'fixtures/unodc-baltic-grant')).filter((name) => /^dev-.*\.txt$/.test(name))
    const { code } = await runCli(['seeds/', ...dev.map((name) => `fixtures/unodc-baltic-grant/${name}`), '--tables', dir])
    expect(code).toBe(0)
    resources = (JSON.parse(readFileSync(path.join(dir, 'datapackage.json'), 'utf8')) as { resources: Resource[] }).resources
    duck = await openDuck()
    for (const resource of resources) {
      await duck.rows(`CREATE TABLE ${resource.name} AS SELECT * FROM read_csv(${literal(path.join(dir, resource.path))}, header = true, all_varchar = true)`)
    }
  })
  afterAll(() => duck?.close())

  it('describes four tables whose columns are the CSV headers', async () => {
    expect(resources.map((r) => r.name).sort()).toEqual(['amounts', 'indicators', 'partners', 'projects'])
    for (const resource of resources) {
      const columns = (await duck.rows(`SELECT column_name FROM information_schema.columns WHERE table_name = ${literal(resource.name)} ORDER BY ordinal_position`)).map((row) => row.column_name)
      expect(columns).toEqual(resource.schema.fields.map((field) => field.name))
    }
  })

  it('has one project row per record, with unique ids', async () => {
    expect(await duck.value('SELECT count(*) FROM projects')).toBe(5 + 5)
    expect(await duck.value('SELECT count(*) - count(DISTINCT id) FROM projects')).toBe(0)
  })

  it('keeps every foreign key intact', async () => {
    for (const resource of resources) {
      for (const key of resource.schema.foreignKeys ?? []) {
        const field = [key.fields].flat()[0]!
        const target = [key.reference.fields].flat()[0]!
        const orphans = await duck.value(
          `SELECT count(*) FROM ${resource.name} c LEFT JOIN ${key.reference.resource} p ON c.${field} = p.${target} WHERE p.${target} IS NULL`,
        )
        expect(orphans, `${resource.name}.${field} -> ${key.reference.resource}.${target}`).toBe(0)
      }
    }
  })

  it('holds the amounts and indicators of the records, converted to euro', async () => {
    const rows = await duck.rows("SELECT currency, count(*) AS n, sum(CAST(eur AS DECIMAL(18,2))) AS eur FROM amounts WHERE currency = 'LTL' GROUP BY currency")
    expect(Number(rows[0]!.n)).toBeGreaterThanOrEqual(2)
    expect(await duck.value("SELECT count(*) FROM indicators WHERE id = 'lt10-0015'")).toBe(0)
    expect(await duck.value("SELECT CAST(value AS INTEGER) FROM indicators WHERE label = 'Number of syringes distributed' AND id LIKE '001-%'")).toBe(7295)
  })
})
