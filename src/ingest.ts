/**
 * The library entry: paths in, records and messages out, nothing printed. The CLI is a thin
 * layer over `ingestStream`; `ingest` collects the stream for callers who want it all.
 */
import type { ProjectRecord } from './schema/record.js'
import { compareMessages, type Message } from './diagnostics/message.js'
import { InputList } from './pipeline/input-list.js'
import { expandInputs } from './pipeline/inputs.js'
import { DEFAULT_MAX_BYTES } from './pipeline/read.js'
import { Collector } from './pipeline/collect.js'
import { fileDone } from './pipeline/heap.js'
import { processInOrder, processOnWorkers, FILES_AHEAD, workerCount } from './pipeline/workers.js'
import type { StageOptions } from './pipeline/options.js'
import type { SourceFile } from './pipeline/source-file.js'
import { inShard, type Shard } from './pipeline/shard.js'

export interface IngestOptions {
  /** Files, folders (walked recursively) and `-` for standard input. */
  paths: readonly string[]
  /** Folder relative paths are resolved against (default: `process.cwd()`). */
  cwd?: string
  /** Standard input, for the path `-`. */
  stdin?: NodeJS.ReadableStream
  /** Decode every file with this encoding instead of detecting one. */
  encoding?: string
  /** Skip files larger than this many bytes (default 10 MiB). */
  maxBytes?: number
  /** Units of a currency per 1 EUR, for currencies without a fixed euro rate. */
  rates?: ReadonlyMap<string, string>
  /** Keep contact persons (personal data) in the records. */
  contacts?: boolean
  /** Only this stable share of the inputs (`{ index: 1, count: 4 }` is the first quarter). */
  shard?: Shard
  /**
   * Worker threads for the per-file stages (this thread then hands out the files, collects
   * the outcomes and processes a batch when every worker has its fill): 0 runs them all here;
   * left out, none for small runs and one per core but one for large ones. The outcomes are
   * the same either way.
   */
  workers?: number
  /**
   * Keep each file's decoded text on its outcome (default true). The command line turns it
   * off: it never shows the text, and from a worker thread the text would be copied back for
   * nothing.
   */
  keepText?: boolean
}

/**
 * One input's outcome, in path order. The file carries its path, sha256, encoding, text
 * (empty with `keepText: false`), messages and `data.layouts`/`data.record`; its bytes and the
 * extractor's draft are dropped once the stages are done (they do not cross worker threads,
 * and memory stays flat).
 */
export interface FileOutcome {
  file: SourceFile
  /** The record to write, or null when the file failed or repeats an earlier one. */
  record: ProjectRecord | null
}

export interface IngestResult {
  records: ProjectRecord[]
  /** Every message of the run, sorted by path and position. */
  messages: Message[]
  files: number
  /** Per the contract: 0 all good, 1 some input failed, 2 usage error or nothing readable. */
  exitCode: 0 | 1 | 2
}

export class UsageError extends Error {
  override name = 'UsageError'
}

export interface IngestStream {
  /** Problems found before any file was read (missing paths are thrown as UsageError instead). */
  messages: Message[]
  count: number
  /** Worker threads the stages run on (0: this thread only). */
  workers: number
  outcomes: AsyncGenerator<FileOutcome>
}

export function stageOptions(options: IngestOptions): StageOptions {
  return {
    rates: options.rates ?? new Map(),
    contacts: options.contacts ?? false,
    encoding: options.encoding,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
  }
}

/** Expand the inputs (throws UsageError for a missing path) and process them one by one, in path order. */
export async function ingestStream(options: IngestOptions): Promise<IngestStream> {
  const expanded = await expandInputs([...options.paths], { cwd: options.cwd ?? process.cwd() })
  if (expanded.missing.length) {
    throw new UsageError(`no such file or folder: ${expanded.missing.map((p) => p || '""').join(', ')}`)
  }
  const files = options.shard ? expanded.files.filter((file) => inShard(file.path, options.shard!)) : expanded.files
  const stages = stageOptions(options)
  let workers: number
  try {
    workers = workerCount(files.length, options.workers)
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  // The stages are loaded on first use: start-up pays only for what the run needs.
  const local = async (file: SourceFile): Promise<void> => {
    const { processFile } = await import('./pipeline/process-file.js')
    await processFile(file, stages, options.stdin)
  }
  // Once this returns, the processor is the only holder of the (packed) input list and lets
  // each file go once taken up: memory stays flat however many files there are.
  const inputs = new InputList(files)
  const keepText = options.keepText ?? true
  const processed = workers > 0 ? processOnWorkers(inputs, workers, { options: stages, keepText }, local) : processInOrder(inputs, FILES_AHEAD, local)
  return { messages: expanded.messages, count: files.length, workers, outcomes: collect(processed, keepText) }
}

/** The run-level decisions, in path order, as each file comes out of the stages. */
async function* collect(processed: AsyncGenerator<SourceFile>, keepText: boolean): AsyncGenerator<FileOutcome> {
  const collector = new Collector()
  for await (const file of processed) {
    // What no later step needs is dropped at once.
    file.bytes = null
    delete file.data.draft
    if (!keepText) file.setText('')
    const record = collector.accept(file)
    fileDone()
    yield { file, record }
  }
}

export async function ingest(options: IngestOptions): Promise<IngestResult> {
  const stream = await ingestStream(options)
  const records: ProjectRecord[] = []
  const messages = [...stream.messages]
  const tally = new Tally()
  for await (const { file, record } of stream.outcomes) {
    tally.add(file, record)
    messages.push(...file.messages)
    if (record) records.push(record)
  }
  return { records, messages: messages.sort(compareMessages), files: stream.count, exitCode: tally.exitCode(false) }
}

/** Counts for the summary and the exit code. */
export class Tally {
  files = 0
  read = 0
  records = 0
  failed = 0
  warnings = 0
  readonly layouts = new Map<string, number>()
  readonly languages = new Map<string, number>()

  add(file: SourceFile, record: ProjectRecord | null): void {
    this.files++
    // The fingerprint is taken as soon as the bytes are in: it marks a file that was read.
    if (file.sha256 !== '') this.read++
    if (file.failed) this.failed++
    this.warnings += file.messages.filter((m) => m.level === 'warning').length
    if (!record) return
    this.records++
    bump(this.layouts, record.layout)
    bump(this.languages, record.language)
  }

  exitCode(strict: boolean): 0 | 1 | 2 {
    if (this.files > 0 && this.read === 0) return 2
    if (this.failed > 0) return 1
    if (strict && this.warnings > 0) return 1
    return 0
  }
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1)
}
