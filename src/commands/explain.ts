/**
 * `ingest explain FILE`: how one document was read — which layout matched and how the others
 * scored, then every field with its value, its source position (`path:line:column`) and the
 * text it came from. This is how a user checks a surprising value.
 */
import path from 'node:path'
import { expandInputs } from '../pipeline/inputs.js'
import { processFile } from '../pipeline/process-file.js'
import { stageOptions } from '../ingest.js'
import { loadRates } from './run.js'
import { formatMessages } from '../diagnostics/report.js'
import { SourceFile } from '../pipeline/source-file.js'
import { write, type Io } from './io.js'

export interface FieldExplanation {
  field: string
  value: unknown
  /** `path:line:column` of the source text, or null for a derived value. */
  position: string | null
  source: string | null
}

/** Every read value with its position, in the order of the record's fields. */
export function explainFields(file: SourceFile): FieldExplanation[] {
  const draft = file.data.draft
  const record = file.data.record
  if (!draft) return []
  const rows: FieldExplanation[] = []
  const order = record ? Object.keys(record) : Object.keys(draft.fields)
  const keys = [...draft.positions.keys()].sort((a, b) => {
    const [fa, ia] = split(a)
    const [fb, ib] = split(b)
    return order.indexOf(fa) - order.indexOf(fb) || ia - ib || (fa < fb ? -1 : fa > fb ? 1 : 0)
  })
  for (const key of keys) {
    const span = draft.positions.get(key)!
    const [field, index] = split(key)
    const container = record && field in record ? (record as Record<string, unknown>)[field] : (draft.fields as unknown as Record<string, unknown>)[field]
    const value = index >= 0 && Array.isArray(container) ? container[index] : container
    const point = file.point(span.offset)
    rows.push({
      field: key,
      value,
      position: `${file.path}:${point.line}:${point.column}`,
      source: file.text.slice(span.offset, span.offset + Math.min(span.length, 160)).replace(/\s+/g, ' '),
    })
  }
  if (record) {
    for (const field of ['language', 'country', 'id'] as const) {
      if (!draft.positions.has(field) && record[field] !== null) rows.push({ field, value: record[field], position: null, source: null })
    }
  }
  return rows
}

function split(key: string): [string, number] {
  const dot = key.indexOf('.')
  return dot === -1 ? [key, -1] : [key.slice(0, dot), Number(key.slice(dot + 1))]
}

export async function explainCommand(file: string, options: { encoding?: string; rates?: string }, io: Io): Promise<number> {
  const expanded = await expandInputs([file], { cwd: io.cwd })
  const input = expanded.files[0]
  if (expanded.missing.length || !input) {
    await write(io.stderr, `ingest explain: no such file: ${file}\n`)
    return 2
  }
  let rates
  try {
    rates = options.rates ? await loadRates(path.resolve(io.cwd, options.rates)) : undefined
  } catch (error) {
    await write(io.stderr, `ingest explain: ${(error as Error).message}\n`)
    return 2
  }
  const source = new SourceFile(input.path, input.location)
  await processFile(source, stageOptions({ paths: [file], encoding: options.encoding, rates, contacts: true }), io.stdin)
  const out: string[] = [`${source.path}  (${source.encoding || 'not decoded'})`]
  const layouts = source.data.layouts ?? []
  if (layouts[0]) {
    out.push(`layout: ${layouts[0].id}`)
    out.push(`scores: ${layouts.map((layout) => `${layout.id} ${layout.score.toFixed(2)}`).join(', ')}`)
  }
  out.push('')
  for (const row of explainFields(source)) {
    const value = JSON.stringify(row.value)
    out.push(`${row.field}  ${value}`)
    out.push(row.position ? `    at ${row.position}  "${row.source}"` : '    derived from the whole text')
  }
  await write(io.stdout, out.join('\n') + '\n')
  await write(io.stderr, formatMessages(source.messages, { color: false, verbose: true }))
  return source.failed ? 1 : 0
}
