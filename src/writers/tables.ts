/**
 * The dataset as related tables for databases and data tools: `projects.csv` (one row
 * per record) and three child tables (`amounts`, `indicators`, `partners`: one row per
 * list item, keyed by the record's `id` and the item's `seq`), described by a
 * Frictionless Tabular Data Package (`datapackage.json`).
 *
 * These files are plain UTF-8 without a BOM — what Frictionless tools and databases
 * expect — unlike the flat CSV, whose BOM is for spreadsheets. Rows end in CRLF
 * (RFC 4180, and the CSV Dialect default). Each table declares its fields once below;
 * headers, rows and the descriptor are all derived from that declaration.
 */
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { Amount, Indicator, Partner, ProjectRecord } from '../schema/record.js'
import { amountRoles } from '../schema/constants.js'
import { CSV_RECORD_DELIMITER, csvHeader, csvRow } from './csv.js'
import {
  cellsOf,
  defineColumns,
  rateSourceValues,
  recordColumns,
  type Cell,
  type Column,
  type Field,
} from './flatten.js'
import type { RecordWriter } from './index.js'
import { atomicFileSink, type Sink } from './sink.js'

/** A table with its row type erased, so tables of different rows can share a list. */
export interface Table {
  readonly name: string
  readonly title: string
  readonly fields: readonly Field[]
  readonly primaryKey: readonly string[]
  /** True for the child tables, whose `id` refers to `projects.id`. */
  readonly child: boolean
  /** The table's rows for one record. */
  rows(record: ProjectRecord): Cell[][]
}

/** A list item with the keys that place it: its record's `id` and its position. */
export interface ChildRow<Item> {
  id: string
  /** Position in the record's list, from 1. */
  seq: number
  item: Item
}

function childTable<Item>(
  name: string,
  title: string,
  items: (record: ProjectRecord) => readonly Item[],
  columns: readonly Column<ChildRow<Item>>[],
): Table {
  const key = defineColumns<ChildRow<Item>>()({
    id: { type: 'string', required: true, description: 'The project (projects.id)', value: (row) => row.id },
    seq: {
      type: 'integer',
      required: true,
      description: "Position in the project's list, from 1",
      value: (row) => row.seq,
    },
  })
  const all = [key.id, key.seq, ...columns]
  return {
    name,
    title,
    fields: all,
    primaryKey: ['id', 'seq'],
    child: true,
    rows: (record) =>
      items(record).map((item, index) => cellsOf(all, { id: record.id, seq: index + 1, item })),
  }
}

const projectColumns: readonly Column<ProjectRecord>[] = [
  recordColumns.id,
  recordColumns.title,
  recordColumns.language,
  recordColumns.layout,
  recordColumns.projectNumber,
  recordColumns.promoter,
  recordColumns.country,
  recordColumns.status,
  recordColumns.startDate,
  recordColumns.endDate,
  recordColumns.durationMonths,
  recordColumns.publishedDate,
  recordColumns.totalEur,
  recordColumns.grantEur,
  recordColumns.summary,
  recordColumns.sourcePath,
  recordColumns.sourceSha256,
  recordColumns.sourceBytes,
  recordColumns.sourceEncoding,
  recordColumns.sourceUrl,
  recordColumns.retrievedAt,
  recordColumns.warnings,
]

const amount = defineColumns<ChildRow<Amount>>()({
  role: { type: 'string', required: true, enum: amountRoles, description: 'What the amount is', value: (r) => r.item.role },
  amount: { type: 'number', required: true, description: 'The amount in its currency', value: (r) => r.item.amount },
  currency: { type: 'string', required: true, description: 'ISO 4217 currency code', value: (r) => r.item.currency },
  eur: { type: 'number', description: 'The amount in euro', value: (r) => r.item.eur },
  rate: { type: 'number', description: 'Euro per unit of the currency', value: (r) => r.item.rate },
  rateSource: {
    type: 'string',
    enum: rateSourceValues,
    description: 'Where the rate came from',
    value: (r) => r.item.rateSource,
  },
  text: { type: 'string', required: true, description: 'The figure as written in the source', value: (r) => r.item.text },
})

const indicator = defineColumns<ChildRow<Indicator>>()({
  label: { type: 'string', required: true, description: 'What is counted', value: (r) => r.item.label },
  value: { type: 'number', required: true, description: 'The count or measure', value: (r) => r.item.value },
  unit: { type: 'string', description: 'Unit of the value', value: (r) => r.item.unit },
})

const partner = defineColumns<ChildRow<Partner>>()({
  name: { type: 'string', required: true, description: 'Partner organisation', value: (r) => r.item.name },
  country: { type: 'string', description: 'ISO 3166-1 alpha-2 country code', value: (r) => r.item.country },
})

/** The tables, parent first. */
export const tables: readonly Table[] = [
  {
    name: 'projects',
    title: 'Projects',
    fields: projectColumns,
    primaryKey: ['id'],
    child: false,
    rows: (record) => [cellsOf(projectColumns, record)],
  },
  childTable('amounts', 'Amounts of money', (r) => r.amounts, [
    amount.role,
    amount.amount,
    amount.currency,
    amount.eur,
    amount.rate,
    amount.rateSource,
    amount.text,
  ]),
  childTable('indicators', 'Indicators', (r) => r.indicators, [indicator.label, indicator.value, indicator.unit]),
  childTable('partners', 'Partners', (r) => r.partners, [partner.name, partner.country]),
]

/** File name of a table. */
export const tableFile = (table: Table): string => `${table.name}.csv`

export const DATA_PACKAGE_FILE = 'datapackage.json'

/** A field as Table Schema describes it. */
export interface FieldDescriptor {
  name: string
  type: Field['type']
  description: string
  constraints?: { required?: true; enum?: string[] }
}

export interface ResourceDescriptor {
  profile: 'tabular-data-resource'
  name: string
  title: string
  path: string
  format: 'csv'
  mediatype: 'text/csv'
  encoding: 'utf-8'
  dialect: {
    delimiter: string
    lineTerminator: string
    quoteChar: string
    doubleQuote: boolean
    header: boolean
  }
  schema: {
    fields: FieldDescriptor[]
    missingValues: string[]
    primaryKey: string | string[]
    foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[]
  }
}

export interface DataPackageDescriptor {
  profile: 'tabular-data-package'
  name: string
  title: string
  resources: ResourceDescriptor[]
}

function fieldDescriptor(field: Field): FieldDescriptor {
  const constraints: FieldDescriptor['constraints'] = {}
  if (field.required === true) constraints.required = true
  if (field.enum !== undefined) constraints.enum = [...field.enum]
  const descriptor: FieldDescriptor = { name: field.name, type: field.type, description: field.description }
  if (Object.keys(constraints).length > 0) descriptor.constraints = constraints
  return descriptor
}

/** The Frictionless Tabular Data Package describing the tables (the same for every run). */
export function dataPackage(): DataPackageDescriptor {
  return {
    profile: 'tabular-data-package',
    name: 'prevention-projects',
    title: 'Prevention projects in the Baltic states',
    resources: tables.map((table) => {
      const [only, ...rest] = table.primaryKey
      const resource: ResourceDescriptor = {
        profile: 'tabular-data-resource',
        name: table.name,
        title: table.title,
        path: tableFile(table),
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: {
          delimiter: ',',
          lineTerminator: CSV_RECORD_DELIMITER,
          quoteChar: '"',
          doubleQuote: true,
          header: true,
        },
        schema: {
          fields: table.fields.map(fieldDescriptor),
          // Null is written as an empty cell.
          missingValues: [''],
          primaryKey: only !== undefined && rest.length === 0 ? only : [...table.primaryKey],
        },
      }
      if (table.child) {
        resource.schema.foreignKeys = [{ fields: 'id', reference: { resource: 'projects', fields: 'id' } }]
      }
      return resource
    }),
  }
}

/**
 * Writes the tables and their descriptor into `dir` (created if missing), streaming
 * each record's rows as it arrives. Every file goes through an atomic sink: nothing is
 * replaced until end(), then the tables are renamed into place and the descriptor last,
 * so a failed run leaves the previous files (and no temporary ones) behind.
 *
 * Keys: `id` is unique as long as the pipeline's ids are (it does not hold every id to
 * check, to keep memory flat).
 */
export function tablesWriter(dir: string): RecordWriter {
  const tableSinks = tables.map((table) => ({ table, sink: atomicFileSink(path.join(dir, tableFile(table))) }))
  const descriptorSink = atomicFileSink(path.join(dir, DATA_PACKAGE_FILE))
  const allSinks: Sink[] = [...tableSinks.map(({ sink }) => sink), descriptorSink]
  let started: Promise<void> | null = null
  let state: 'open' | 'ended' | 'aborted' = 'open'

  const start = (): Promise<void> =>
    (started ??= (async () => {
      await mkdir(dir, { recursive: true })
      for (const { table, sink } of tableSinks) {
        await sink.write(csvHeader(table.fields.map((field) => field.name), { bom: false }))
      }
    })())

  return {
    async write(record) {
      if (state !== 'open') throw new Error(`Cannot write a record after the output was ${state}`)
      await start()
      for (const { table, sink } of tableSinks) {
        const rows = table.rows(record)
        if (rows.length > 0) await sink.write(rows.map(csvRow).join(''))
      }
    },
    async end() {
      if (state !== 'open') throw new Error(`Cannot end an output that was ${state}`)
      state = 'ended'
      try {
        await start()
        await descriptorSink.write(JSON.stringify(dataPackage(), null, 2) + '\n')
        // The descriptor last: whoever sees it sees complete tables.
        for (const sink of allSinks) await sink.close()
      } catch (error) {
        await Promise.all(allSinks.map((sink) => sink.abort()))
        throw error
      }
    },
    async abort() {
      if (state === 'aborted') return
      state = 'aborted'
      await Promise.all(allSinks.map((sink) => sink.abort()))
    },
  }
}
