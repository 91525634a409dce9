/**
 * Test helpers for the writers: valid sample records (checked by the zod schema) and a
 * sink that keeps what it is given.
 */
import { createHash } from 'node:crypto'
import { ProjectRecord } from '../../src/schema/record.js'
import type { Sink } from '../../src/writers/sink.js'

/**
 * A record with every field filled, varied by `n`; `overrides` replace top-level
 * fields. Parsed with the schema, so a test never runs on an invalid record.
 */
export function sampleRecord(n: number, overrides: Partial<ProjectRecord> = {}): ProjectRecord {
  const month = String((n % 12) + 1).padStart(2, '0')
  return ProjectRecord.parse({
    schemaVersion: 1,
    id: `project-${n}`,
    title: `Narkotiku profilakse jauniešiem ${n}`,
    alternativeTitles: [`Drug prevention for young people ${n}`, `Narkotikų prevencija ${n}`],
    language: 'lv',
    layout: 'eea-project-facts',
    projectNumber: `LV07-${1000 + n}`,
    funders: ['EEA Grants', 'Norway Grants'],
    promoter: 'Rīgas domes Labklājības departaments',
    partners: [
      { name: 'Tartu Ülikool', country: 'EE' },
      { name: 'Vilniaus universitetas', country: 'LT' },
      { name: 'Local youth club', country: null },
    ],
    country: 'LV',
    locations: ['Rīga', 'Daugavpils'],
    status: 'completed',
    startDate: `2019-${month}-01`,
    endDate: `2021-${month}-28`,
    durationMonths: 24 + (n % 12),
    publishedDate: '2022-03-15',
    amounts: [
      {
        role: 'total_cost',
        amount: 120_000.5 + n,
        currency: 'EUR',
        eur: 120_000.5 + n,
        rate: 1,
        rateSource: 'identity',
        text: `€${120_000.5 + n}`,
      },
      {
        role: 'grant',
        amount: 1_000_000,
        currency: 'NOK',
        eur: 85_000.1,
        rate: 0.0850001,
        rateSource: 'user',
        text: 'NOK 1 000 000',
      },
      {
        role: 'grant',
        amount: 10_000.2,
        currency: 'EUR',
        eur: 10_000.2,
        rate: 1,
        rateSource: 'identity',
        text: '10 000,20 EUR',
      },
    ],
    targetGroups: ['young people aged 13–18', 'parents'],
    objectives: ['reduce first use of drugs', 'train teachers'],
    indicators: [
      { label: 'participants', value: 350 + n, unit: 'people' },
      { label: 'share of schools reached', value: 0.75, unit: null },
    ],
    summary: `Programma skolām, ģimenēm un jauniešu centriem (Nr. ${n}).`,
    contacts: [{ name: 'Anna Bērziņa', email: 'anna@example.lv', phones: ['+371 67000000'] }],
    source: {
      path: `pages/${String(n).padStart(5, '0')}.html`,
      sha256: createHash('sha256').update(`source ${n}`).digest('hex'),
      bytes: 2048 + n,
      encoding: 'utf-8',
      url: `https://example.org/projects/${n}`,
      retrievedAt: '2024-01-02T03:04:05Z',
    },
    diagnostics: [
      { level: 'warning', code: 'amount-ambiguous', message: 'Two totals found', line: 12, column: 3 },
      { level: 'info', code: 'language-guessed', message: 'Language from text', line: null, column: null },
    ],
    ...overrides,
  })
}

/** `count` sample records, sorted by source path as the pipeline delivers them. */
export function sampleRecords(count: number): ProjectRecord[] {
  return Array.from({ length: count }, (_, n) => sampleRecord(n))
}

/** A sink that keeps its chunks in memory and remembers how it was finished. */
export interface MemorySink extends Sink {
  readonly chunks: string[]
  readonly text: string
  readonly closed: boolean
  readonly aborted: boolean
}

export function memorySink(): MemorySink {
  const chunks: string[] = []
  let closed = false
  let aborted = false
  return {
    chunks,
    get text() {
      return chunks.join('')
    },
    get closed() {
      return closed
    },
    get aborted() {
      return aborted
    },
    async write(chunk) {
      chunks.push(chunk)
    },
    async close() {
      closed = true
    },
    async abort() {
      aborted = true
    },
  }
}
