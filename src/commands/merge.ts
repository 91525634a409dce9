/**
 * `ingest merge FILES…`: join the JSON Lines outputs of sharded runs into the bytes one run
 * over all the inputs would have written. The run-level decisions are made again over the
 * whole: order by path, one record per content, unique ids.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { ProjectRecord } from '../schema/record.js'
import { Collector } from '../pipeline/collect.js'
import { baseId } from '../normalise/slug.js'
import { compareCodePoints } from '../pipeline/path-order.js'
import { atomicFileSink, streamSink, writers, type Format } from '../writers/index.js'
import { write, type Io } from './io.js'

/** Records of several runs as one run would have given them. */
export function mergeRecords(records: readonly ProjectRecord[]): ProjectRecord[] {
  const ordered = [...records].sort((a, b) => compareCodePoints(a.source.path, b.source.path))
  const collector = new Collector()
  const seen = new Set<string>()
  const merged: ProjectRecord[] = []
  for (const record of ordered) {
    if (seen.has(record.source.sha256)) continue
    seen.add(record.source.sha256)
    const fresh: ProjectRecord = {
      ...record,
      id: baseId(record.projectNumber, record.source.path),
      diagnostics: record.diagnostics.filter((d) => d.code !== 'duplicate-id'),
    }
    collector.claimId(fresh)
    merged.push(fresh)
  }
  return merged
}

export async function mergeCommand(files: string[], options: { format: Format; output?: string }, io: Io): Promise<number> {
  const records: ProjectRecord[] = []
  for (const file of files) {
    let text: string
    try {
      text = await readFile(path.resolve(io.cwd, file), 'utf8')
    } catch (error) {
      await write(io.stderr, `ingest merge: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`)
      return 2
    }
    for (const [index, line] of text.split('\n').entries()) {
      if (!line.trim()) continue
      let parsed
      try {
        parsed = ProjectRecord.safeParse(JSON.parse(line))
      } catch (error) {
        await write(io.stderr, `${file}:${index + 1}  error  not a JSON line: ${(error as Error).message}  invalid-record\n`)
        return 2
      }
      if (!parsed.success) {
        await write(io.stderr, `${file}:${index + 1}  error  not a record: ${parsed.error.issues[0]?.message ?? ''}  invalid-record\n`)
        return 2
      }
      records.push(parsed.data)
    }
  }
  const sink = options.output ? atomicFileSink(path.resolve(io.cwd, options.output)) : streamSink(io.stdout)
  const writer = writers[options.format](sink)
  try {
    for (const record of mergeRecords(records)) await writer.write(record)
    await writer.end()
  } catch (error) {
    await writer.abort()
    await write(io.stderr, `ingest merge: could not write: ${(error as Error).message}\n`)
    return 2
  }
  return 0
}
