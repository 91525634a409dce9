/** `ingest validate FILE`: check an existing JSON or JSON Lines dataset against the schema. */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { ProjectRecord } from '../schema/record.js'
import { write, type Io } from './io.js'
import { Chalk } from 'chalk'

export interface DatasetProblem {
  /** 0-based index of the record in the dataset. */
  index: number
  /** 1-based line of the record for JSON Lines, else null. */
  line: number | null
  path: string
  message: string
}

/** Every schema problem of a dataset given as text (a JSON array or JSON Lines). */
export function checkDataset(text: string): { records: number; problems: DatasetProblem[] } {
  const trimmed = text.replace(/^\uFEFF/, '').trim()
  const problems: DatasetProblem[] = []
  let items: Array<{ value: unknown; line: number | null }> = []
  if (trimmed.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(trimmed)
      items = (parsed as unknown[]).map((value) => ({ value, line: null }))
    } catch (error) {
      return { records: 0, problems: [{ index: -1, line: null, path: '', message: `not valid JSON: ${(error as Error).message}` }] }
    }
  } else {
    const lines = trimmed ? trimmed.split('\n') : []
    for (const [i, line] of lines.entries()) {
      if (!line.trim()) continue
      try {
        items.push({ value: JSON.parse(line), line: i + 1 })
      } catch (error) {
        problems.push({ index: items.length, line: i + 1, path: '', message: `not valid JSON: ${(error as Error).message}` })
        items.push({ value: undefined, line: i + 1 })
      }
    }
  }
  for (const [index, item] of items.entries()) {
    if (item.value === undefined) continue
    const result = ProjectRecord.safeParse(item.value)
    if (result.success) continue
    for (const issue of result.error.issues) {
      problems.push({ index, line: item.line, path: issue.path.map(String).join('.'), message: issue.message })
    }
  }
  return { records: items.length, problems }
}

export async function validateCommand(file: string, io: Io, color: boolean): Promise<number> {
  let text: string
  try {
    text = file === '-' ? await readStream(io.stdin) : await readFile(path.resolve(io.cwd, file), 'utf8')
  } catch (error) {
    await write(io.stderr, `ingest validate: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`)
    return 2
  }
  const chalk = new Chalk({ level: color ? 1 : 0 })
  const { records, problems } = checkDataset(text)
  for (const problem of problems) {
    const where = problem.line ? `${file}:${problem.line}` : file
    const record = problem.index >= 0 ? `record ${problem.index}` : 'dataset'
    await write(io.stderr, `${where}  ${chalk.red('error')}  ${record}${problem.path ? ` at ${problem.path}` : ''}: ${problem.message}  ${chalk.dim('invalid-record')}\n`)
  }
  const bad = new Set(problems.map((problem) => problem.index)).size
  await write(io.stderr, `ingest validate: ${records} record${records === 1 ? '' : 's'}, ${bad} invalid\n`)
  return problems.length ? 1 : 0
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string))
  return Buffer.concat(chunks).toString('utf8')
}
