/**
 * `--report FILE.md` and the GitHub step summary: a Markdown data-quality report — documents
 * per layout and language, field coverage, currencies and euro totals, every warning and
 * failure with its position. It is built from counts, so memory stays flat; the text holds
 * nothing that depends on the time or the machine.
 */
import { appendFile, writeFile, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import type { ProjectRecord } from '../schema/record.js'
import type { Message } from '../diagnostics/message.js'
import type { SourceFile } from '../pipeline/source-file.js'

/** Fields whose coverage is reported, in contract order. */
const COVERED = [
  'title',
  'alternativeTitles',
  'projectNumber',
  'funders',
  'promoter',
  'partners',
  'country',
  'locations',
  'status',
  'startDate',
  'endDate',
  'durationMonths',
  'publishedDate',
  'amounts',
  'targetGroups',
  'objectives',
  'indicators',
  'summary',
] as const satisfies ReadonlyArray<keyof ProjectRecord>

/** GitHub refuses step summaries over 1 MiB; stay well under it. */
export const STEP_SUMMARY_LIMIT = 1024 * 1024 - 4096
const COMPACT_MESSAGES = 200

interface Money {
  count: number
  /** Sum of the euro values in cents (exact), over the amounts that have one. */
  eurCents: bigint
  withoutEur: number
}

export class QualityReport {
  files = 0
  records = 0
  failed = 0
  readonly layouts = new Map<string, number>()
  readonly languages = new Map<string, number>()
  readonly coverage = new Map<string, number>()
  readonly money = new Map<string, Money>()

  add(file: SourceFile, record: ProjectRecord | null): void {
    this.files++
    if (file.failed) this.failed++
    if (!record) return
    this.records++
    bump(this.layouts, record.layout)
    bump(this.languages, record.language)
    for (const field of COVERED) {
      const value = record[field]
      if (Array.isArray(value) ? value.length > 0 : value !== null) bump(this.coverage, field)
    }
    for (const amount of record.amounts) {
      const money = this.money.get(amount.currency) ?? { count: 0, eurCents: 0n, withoutEur: 0 }
      money.count++
      if (amount.eur === null) money.withoutEur++
      else money.eurCents += BigInt(Math.round(amount.eur * 100))
      this.money.set(amount.currency, money)
    }
  }

  render(messages: readonly Message[], compact = false): string {
    const problems = messages.filter((m) => m.level !== 'info')
    const lines: string[] = [
      '# ingest data-quality report',
      '',
      `${this.files} files read, ${this.records} records written, ${this.failed} failed, ${count(problems, 'warning')} warnings.`,
      '',
      '## Documents per layout',
      '',
      ...table(['layout', 'records'], sorted(this.layouts)),
      '',
      '## Documents per language',
      '',
      ...table(['language', 'records'], sorted(this.languages)),
      '',
      '## Field coverage',
      '',
      ...table(
        ['field', 'records', 'share'],
        COVERED.map((field) => {
          const n = this.coverage.get(field) ?? 0
          return [field, String(n), this.records ? `${((100 * n) / this.records).toFixed(1)}%` : '–']
        }),
      ),
      '',
      '## Money',
      '',
      ...table(
        ['currency', 'amounts', 'total in EUR', 'without a euro rate'],
        [...this.money]
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([currency, money]) => [currency, String(money.count), euro(money.eurCents), String(money.withoutEur)]),
      ),
      '',
      '## Warnings and failures',
      '',
    ]
    const shown = compact ? problems.slice(0, COMPACT_MESSAGES) : problems
    if (!shown.length) lines.push('None.')
    for (const m of shown) {
      const place = m.line ? `${m.path}:${m.line}:${m.column ?? 1}` : m.path
      // A code span shows a path literally (no links, no emphasis); only a backtick could end it.
      lines.push(`- \`${place.replace(/`/g, "'")}\` **${m.level}** ${escape(m.message)} (\`${m.code}\`)`)
    }
    if (shown.length < problems.length) lines.push('', `… and ${problems.length - shown.length} more (see the full report with --report).`)
    return lines.join('\n') + '\n'
  }

  async write(options: { file?: string | undefined; githubSummary?: string | undefined; messages: readonly Message[]; cwd: string }): Promise<void> {
    if (options.file) {
      const target = path.resolve(options.cwd, options.file)
      const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`)
      try {
        await writeFile(temporary, this.render(options.messages))
        await rename(temporary, target)
      } catch (error) {
        await rm(temporary, { force: true })
        throw error
      }
    }
    if (options.githubSummary) {
      let text = this.render(options.messages, true)
      if (Buffer.byteLength(text) > STEP_SUMMARY_LIMIT) text = Buffer.from(text).subarray(0, STEP_SUMMARY_LIMIT).toString('utf8').replace(/\uFFFD?$/, '') + '\n…\n'
      await appendFile(options.githubSummary, text)
    }
  }
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1)
}

function sorted(map: ReadonlyMap<string, number>): string[][] {
  return [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, n]) => [key, String(n)])
}

function table(header: string[], rows: string[][]): string[] {
  if (!rows.length) return ['None.']
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(escape).join(' | ')} |`)]
}

function escape(text: string): string {
  return text.replace(/[|\\`*_<>[\]]/g, (c) => `\\${c}`).replace(/\n/g, ' ')
}

function euro(cents: bigint): string {
  const negative = cents < 0n
  const abs = negative ? -cents : cents
  const whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${negative ? '-' : ''}${whole}.${(abs % 100n).toString().padStart(2, '0')}`
}

function count(messages: readonly Message[], level: Message['level']): number {
  return messages.filter((m) => m.level === level).length
}
