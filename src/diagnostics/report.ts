/**
 * Reporters are pure: messages and counts in, text out. Lines read
 * `path:line:column  level  reason  code`, which terminals make clickable.
 */
import { Chalk } from 'chalk'
import type { Message } from './message.js'

export interface ReportOptions {
  color: boolean
  /** Also print info messages. */
  verbose?: boolean
}

export function formatMessage(message: Message, options: ReportOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 })
  const place = message.line ? `${message.path}:${message.line}:${message.column ?? 1}` : message.path
  const level =
    message.level === 'error' ? chalk.red('error') : message.level === 'warning' ? chalk.yellow('warning') : chalk.blue('info')
  return `${chalk.underline(place)}  ${level}  ${message.message}  ${chalk.dim(message.code)}`
}

export function formatMessages(messages: readonly Message[], options: ReportOptions): string {
  return messages
    .filter((message) => options.verbose || message.level !== 'info')
    .map((message) => formatMessage(message, options) + '\n')
    .join('')
}

export interface Summary {
  files: number
  records: number
  failed: number
  warnings: number
  layouts: ReadonlyMap<string, number>
  languages: ReadonlyMap<string, number>
}

export function formatSummary(summary: Summary, options: ReportOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 })
  const counts = (map: ReadonlyMap<string, number>): string =>
    [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, n]) => `${key} ${n}`).join(', ') || 'none'
  const failed = summary.failed ? chalk.red(`${summary.failed} failed`) : '0 failed'
  const warnings = summary.warnings ? chalk.yellow(`${plural(summary.warnings, 'warning')}`) : '0 warnings'
  return (
    `ingest: ${plural(summary.files, 'file')} read, ${plural(summary.records, 'record')} written, ${warnings}, ${failed}\n` +
    `  layouts: ${counts(summary.layouts)}\n` +
    `  languages: ${counts(summary.languages)}\n`
  )
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}
