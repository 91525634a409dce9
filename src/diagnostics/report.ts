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
  /** Print only errors. */
  quiet?: boolean
}

// One painter per colour setting, not one per message: a run may print a line for every file.
const painters = [new Chalk({ level: 0 }), new Chalk({ level: 1 })] as const

function painter(options: ReportOptions): InstanceType<typeof Chalk> {
  return painters[options.color ? 1 : 0]
}

/** Whether `message` is printed: with `quiet` only errors, info only with `verbose`. */
export function isShown(message: Message, options: ReportOptions): boolean {
  return options.quiet ? message.level === 'error' : message.level !== 'info' || options.verbose === true
}

export function formatMessage(message: Message, options: ReportOptions): string {
  const chalk = painter(options)
  const place = message.line ? `${message.path}:${message.line}:${message.column ?? 1}` : message.path
  const level =
    message.level === 'error' ? chalk.red('error') : message.level === 'warning' ? chalk.yellow('warning') : chalk.blue('info')
  return `${chalk.underline(place)}  ${level}  ${message.message}  ${chalk.dim(message.code)}`
}

export function formatMessages(messages: readonly Message[], options: ReportOptions): string {
  return messages
    .filter((message) => isShown(message, options))
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
  const chalk = painter(options)
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
