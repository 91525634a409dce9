/** The default command: read the inputs, write the dataset, report on standard error. */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { ingestStream, Tally, UsageError, type IngestOptions } from '../ingest.js'
import { parseShard } from '../pipeline/shard.js'
import { allowHeapSettling, FILES_PER_LOOK } from '../pipeline/heap.js'
import { holdYoungGeneration, releaseYoungGeneration } from '../pipeline/young-generation.js'
import { canonicalEncoding } from '../pipeline/decode.js'
import { compareMessages, type Message } from '../diagnostics/message.js'
import { formatMessage, formatSummary, isShown } from '../diagnostics/report.js'
import type { Format, RecordWriter, Sink } from '../writers/index.js'
import { atomicFileSink, streamSink } from '../writers/sink.js'
import { MessageSpool } from './message-spool.js'
import { Progress } from './progress.js'
import { useColor, write, type Io } from './io.js'

export interface RunOptions {
  format: Format
  output?: string
  tables?: string
  report?: string
  rates?: string
  encoding?: string
  maxBytes?: string
  shard?: string
  workers?: string
  contacts?: boolean
  strict?: boolean
  quiet?: boolean
  verbose?: boolean
  color?: boolean
}

export async function runCommand(paths: string[], options: RunOptions, io: Io): Promise<number> {
  const color = useColor(io, options.color !== false)
  const usage = async (reason: string): Promise<number> => {
    await write(io.stderr, `ingest: ${reason}\n`)
    return 2
  }
  if (paths.length === 0) return usage('no input given: name files or folders to read, or - for standard input (see ingest --help)')

  let ingestOptions: IngestOptions
  try {
    ingestOptions = await resolveOptions(paths, options, io)
  } catch (error) {
    return usage((error as Error).message)
  }

  // The command line owns its process: it may size the heap for the run (young-generation.ts).
  await holdYoungGeneration()
  let stream
  try {
    stream = await ingestStream(ingestOptions)
  } catch (error) {
    if (error instanceof UsageError) return usage(error.message)
    throw error
  } finally {
    releaseYoungGeneration()
  }

  // A long run may settle the heap too. The workers start with the first outcome asked for,
  // after this, and so settle theirs too.
  if (stream.count > FILES_PER_LOOK) await allowHeapSettling()
  const writer = await openWriter(options, io)
  const tally = new Tally()
  // Folder-walk warnings (symlink loops, …) count like the files' own.
  tally.warnings += stream.messages.filter((message) => message.level === 'warning').length
  const quality = options.report || io.env.GITHUB_STEP_SUMMARY ? new (await import('../report/quality.js')).QualityReport() : null
  // Only what will be shown (or reported) is kept until the end, and past a few megabytes in a
  // temporary file: memory stays flat however many messages a large run gives. A report
  // lists them all, and holds them.
  const worthKeeping = (message: Message): boolean =>
    message.level === 'error' || (message.level === 'warning' ? !options.quiet || quality !== null : options.verbose === true)
  const spool = new MessageSpool(stream.messages)
  const reported: Message[] | null = quality ? [...stream.messages] : null
  try {
    const progress = new Progress(io.stderr, stream.count, !options.quiet && io.stderr.isTTY === true)
    try {
      for await (const { file, record } of stream.outcomes) {
        tally.add(file, record)
        const kept = file.messages.filter(worthKeeping)
        spool.add(kept)
        reported?.push(...kept)
        quality?.add(file, record)
        if (record) await writer.write(record)
        progress.tick()
      }
      progress.done()
      await writer.end()
    } catch (error) {
      progress.done()
      await writer.abort()
      // The reader went away (`ingest … | head`): stop quietly, as command-line tools do.
      if ((error as NodeJS.ErrnoException).code === 'EPIPE') return tally.exitCode(options.strict === true)
      return usage(`could not write the dataset: ${(error as Error).message}`)
    } finally {
      // V8 as it was, for whatever else runs in this process (the tests run commands in theirs).
      releaseYoungGeneration()
    }

    await printMessages(io.stderr, spool, { color, verbose: options.verbose === true, quiet: options.quiet === true })
  } finally {
    spool.close()
  }
  if (!options.quiet) await write(io.stderr, formatSummary({ ...tally, files: tally.files }, { color }))
  const exitCode = tally.exitCode(options.strict === true)

  if (quality && reported) {
    try {
      await quality.write({ file: options.report, githubSummary: io.env.GITHUB_STEP_SUMMARY, messages: reported.sort(compareMessages), cwd: io.cwd })
    } catch (error) {
      await write(io.stderr, `ingest: could not write the report: ${(error as Error).message}\n`)
      return 2
    }
  }
  return exitCode
}

/** Bytes of message lines gathered before one write to standard error. */
const PRINT_BYTES = 64 * 1024

/** The run's messages, in order, on standard error (which ones: `isShown`). */
async function printMessages(stderr: NodeJS.WritableStream, spool: MessageSpool, options: { color: boolean; verbose: boolean; quiet: boolean }): Promise<void> {
  let lines = ''
  for await (const message of spool.messages()) {
    if (!isShown(message, options)) continue
    lines += formatMessage(message, options) + '\n'
    if (lines.length >= PRINT_BYTES) {
      await write(stderr, lines)
      lines = ''
    }
  }
  if (lines) await write(stderr, lines)
}

async function resolveOptions(paths: string[], options: RunOptions, io: Io): Promise<IngestOptions> {
  const resolved: IngestOptions = { paths, cwd: io.cwd, stdin: io.stdin, contacts: options.contacts === true, keepText: false }
  if (options.encoding !== undefined) {
    if (canonicalEncoding(options.encoding) === null) {
      throw new Error(`unknown encoding "${options.encoding}": use a WHATWG label such as utf-8, windows-1257, iso-8859-13 or iso-8859-4`)
    }
    resolved.encoding = options.encoding
  }
  if (options.maxBytes !== undefined) {
    const n = Number(options.maxBytes)
    if (!Number.isSafeInteger(n) || n < 1) throw new Error(`--max-bytes must be a positive whole number of bytes, not "${options.maxBytes}"`)
    resolved.maxBytes = n
  }
  if (options.workers !== undefined) {
    const n = Number(options.workers)
    if (!Number.isSafeInteger(n) || n < 0 || n > MAX_WORKERS) throw new Error(`--workers takes a whole number from 0 to ${MAX_WORKERS}, not "${options.workers}"`)
    resolved.workers = n
  }
  if (options.shard !== undefined) {
    const shard = parseShard(options.shard)
    if (!shard) throw new Error(`--shard takes K/N with 1 <= K <= N, not "${options.shard}"`)
    resolved.shard = shard
  }
  if (options.rates) resolved.rates = await loadRates(path.resolve(io.cwd, options.rates))
  return resolved
}

/** More threads than this only add start-up time and memory. */
const MAX_WORKERS = 64

export async function loadRates(file: string): Promise<ReadonlyMap<string, string>> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new Error(`cannot read the rates file ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
  const { parseRates } = await import('../normalise/money.js')
  try {
    return parseRates(JSON.parse(text))
  } catch (error) {
    throw new Error(`the rates file ${file} is not valid: ${(error as Error).message}`)
  }
}

/** Each format's writer, loaded on use: JSON Lines needs neither csv-stringify nor the schema. */
const loadWriter: Record<Format, () => Promise<(sink: Sink) => RecordWriter>> = {
  json: async () => (await import('../writers/json.js')).jsonWriter,
  jsonl: async () => (await import('../writers/jsonl.js')).jsonlWriter,
  csv: async () => (await import('../writers/csv.js')).csvWriter,
}

async function openWriter(options: RunOptions, io: Io): Promise<RecordWriter> {
  const sink = options.output ? atomicFileSink(path.resolve(io.cwd, options.output)) : options.tables ? null : streamSink(io.stdout)
  const main = sink ? (await loadWriter[options.format]())(sink) : null
  const tables = options.tables ? (await import('../writers/tables.js')).tablesWriter(path.resolve(io.cwd, options.tables)) : null
  const all = [main, tables].filter((writer): writer is RecordWriter => writer !== null)
  return {
    async write(record) {
      for (const writer of all) await writer.write(record)
    },
    async end() {
      for (const writer of all) await writer.end()
    },
    async abort() {
      for (const writer of all) await writer.abort()
    },
  }
}
