/**
 * Run the per-file stages on worker threads and on this thread, and hand the outcomes back in
 * path order.
 *
 * Files go out in batches (one message per batch, not per file, so messaging stays cheap);
 * each worker runs `processFile` and sends back plain data, which is poured into the main
 * thread's SourceFile objects. The main thread orders the outcomes and writes them, reads
 * standard input (which a worker cannot), and processes a batch of its own whenever every
 * worker has its fill: so a machine with P cores runs P − 1 workers, and the run holds one V8
 * heap, with its compiled stages, fewer than with a worker per core (100,000 documents, csv:
 * ~185 MB peak RSS against ~198 MB).
 * Outcomes are released strictly in input order, so `Collector` and the writers see exactly
 * the sequence a single-threaded run gives, and the output bytes are the same. Only a bounded
 * window of batches is out at any time: memory stays flat, and a slow reader of the output
 * slows the workers down.
 */
import { existsSync } from 'node:fs'
import { setImmediate as turnOfTheLoop } from 'node:timers/promises'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import type { Worker } from 'node:worker_threads'
import type { Message } from '../diagnostics/message.js'
import type { ProjectRecord } from '../schema/record.js'
import type { StageOptions } from './options.js'
import type { FileInput } from './inputs.js'
import type { InputList } from './input-list.js'
import { settleOften } from './heap.js'
import { beforeWorkersStart } from './young-generation.js'
import { SourceFile, type LayoutScore } from './source-file.js'

/** What crosses from a worker to the main thread for one file: plain, structured-clonable data. */
export interface ProcessedFile {
  path: string
  sha256: string
  encoding: string
  /** Left out when the caller does not keep texts (`WorkerSetup.keepText`). */
  text?: string
  messages: Message[]
  layouts?: LayoutScore[]
  record?: ProjectRecord
}

/** What the main thread sends: where to read each file of one batch. */
export interface BatchRequest {
  batch: number
  files: Array<{ path: string; location: string }>
}

export type BatchReply = { batch: number; files: ProcessedFile[] } | { batch: number; error: string }

/** Set once per worker, at start. */
export interface WorkerSetup {
  options: StageOptions
  /** Files of a batch taken up before the first is handed on (`FILES_AHEAD`). */
  concurrency: number
  /** Send each file's decoded text back (the command line never shows it: copying it is waste). */
  keepText: boolean
}

/**
 * Below this many files a run stays on the main thread. A worker loads and warms up the
 * stages for itself (V8 compiles and optimises them once per thread), and on two cores the
 * second thread adds less than a core: two runs side by side each take ~1.5x as long as one
 * alone. Measured with `node test/bench/bench.js --crossover` (2 cores, one worker beside the
 * main thread): 10–14% slower up to 5,000 documents, within the noise at 10,000, 9% faster at
 * 20,000, 26% at 30,000; and a worker costs ~40 MB.
 */
export const WORKER_THRESHOLD = 15_000
/** Files per message. */
const BATCH_SIZE = 16
/**
 * Batches each worker may have out (queued or being processed) at once: enough that a worker
 * never waits for this thread to notice it is done (2 left it idle a fifth of the time).
 */
const BATCHES_PER_WORKER = 4
/** Batches finished but not yet handed on (waiting for an earlier, slower batch), per worker. */
const BACKLOG_PER_WORKER = 4
/**
 * A worker's young generation, in MB. V8's default lets each thread's nursery grow to several
 * times this; documents are small and short-lived, so a smaller one costs no time measurably
 * and keeps the peak RSS of a run lower (20,000 documents: 217 MB against 233 MB at 16).
 * Not smaller: at 4, eight times as much survived into the old generation (5,000 documents:
 * 73 MB promoted against 9 MB), and twice as many young collections took longer in all.
 */
const YOUNG_GENERATION_MB = 8
/**
 * Files a thread takes up before handing the first on. Reads are synchronous (read.ts), so
 * more would overlap nothing: each would only sit done, holding its text and draft, until its
 * turn. At 8, a thread's young collections kept ~25% more alive (5,000 documents, 4 MB
 * semi-spaces: 40 MB survived against 32).
 */
export const FILES_AHEAD = 1

/** The compiled worker script; absent when the sources run untranspiled (as under vitest). */
const WORKER_SCRIPT = new URL('./worker.js', import.meta.url)

/** True when worker threads can be started from this build. */
export function workersAvailable(): boolean {
  return WORKER_SCRIPT.protocol === 'file:' && existsSync(fileURLToPath(WORKER_SCRIPT))
}

/**
 * How many worker threads to use for `files` inputs: `requested` when given (0 = none: all
 * on this thread), else automatic: none for small runs, and for large ones one per core but
 * the one this thread works on.
 */
export function workerCount(files: number, requested?: number): number {
  if (files === 0) return 0
  if (requested !== undefined) {
    if (requested > 0 && !workersAvailable()) {
      throw new Error('worker threads need the compiled build (run `npm run build`), or use --workers 0')
    }
    return Math.min(requested, Math.max(1, Math.ceil(files / BATCH_SIZE)))
  }
  return workersAvailable() ? automaticWorkers(files, availableParallelism()) : 0
}

/** Workers for `files` inputs on `cores` cores: none below the threshold, else one per core but this thread's. */
export function automaticWorkers(files: number, cores: number): number {
  if (files < WORKER_THRESHOLD) return 0
  return Math.max(0, cores - 1)
}

/** Inputs read by index: a batch's array, or a run's packed list. */
export interface Inputs {
  readonly length: number
  at(index: number): FileInput | undefined
  /** Told which inputs have been taken up, so a list read once can let them go. */
  forgetBefore?(index: number): void
}

/**
 * Make each input a SourceFile and run `work` on it, up to `ahead` at once, yielding the files
 * in the order given as their work is done. Only a read that waits (standard input) lets files
 * overlap; `ahead` bounds what is held in memory. A file is let go once it has been yielded:
 * only the consumer keeps it, if it wants to.
 */
export async function* processInOrder(
  inputs: Inputs,
  ahead: number,
  work: (file: SourceFile) => Promise<unknown>,
): AsyncGenerator<SourceFile> {
  const running: Array<Promise<SourceFile>> = []
  let started = 0
  for (let next = 0; next < inputs.length; next++) {
    while (started < inputs.length && started - next < Math.max(1, ahead)) {
      const input = inputs.at(started)!
      const file = new SourceFile(input.path, input.location)
      const done = work(file).then(() => file)
      // Awaited in order below; until then a failure must not count as unhandled.
      done.catch(() => undefined)
      running.push(done)
      started++
    }
    inputs.forgetBefore?.(started)
    yield await running.shift()!
  }
}

/** The plain data of a processed file (in the worker), with its text when `keepText`. */
export function toProcessed(file: SourceFile, keepText: boolean): ProcessedFile {
  const processed: ProcessedFile = {
    path: file.path,
    sha256: file.sha256,
    encoding: file.encoding,
    messages: file.messages,
  }
  if (keepText) processed.text = file.text
  if (file.data.layouts) processed.layouts = file.data.layouts
  if (file.data.record) processed.record = file.data.record
  return processed
}

/** Pour a worker's result into the main thread's SourceFile for the same input. */
export function absorb(file: SourceFile, processed: ProcessedFile): void {
  if (processed.path !== file.path) throw new Error(`worker answered for ${processed.path}, expected ${file.path}`)
  file.sha256 = processed.sha256
  file.encoding = processed.encoding
  if (processed.text !== undefined) file.setText(processed.text)
  // This thread keeps warnings until the end of the run: they share its own copy of the path.
  for (const message of processed.messages) {
    message.path = file.path
    file.messages.push(message)
  }
  if (processed.layouts) file.data.layouts = processed.layouts
  if (processed.record) file.data.record = processed.record
}

/**
 * Process the inputs on `count` worker threads, yielding each file, filled in, in the order
 * given. Standard input (`-`) is read here, by `local`: a worker cannot read it. The workers
 * stop when the iteration ends, early or not.
 */
export async function* processOnWorkers(
  inputs: InputList,
  count: number,
  setup: Omit<WorkerSetup, 'concurrency'>,
  local: (file: SourceFile) => Promise<void>,
): AsyncGenerator<SourceFile> {
  const batches: Array<Batch | undefined> = toBatches(inputs)
  // Loaded here, not at the top: a run without workers (most small ones) never pays for it.
  const { Worker } = await import('node:worker_threads')
  const pool = new Pool(Worker, count, { ...setup, concurrency: FILES_AHEAD })
  const results = new Map<number, Promise<Array<SourceFile | undefined>>>()
  // Each lane (the workers and this thread) gets its share.
  const window = (count + 1) * (BATCHES_PER_WORKER + BACKLOG_PER_WORKER)
  let sent = 0
  let next = 0
  let localBusy = false
  let closed = false
  // A batch's inputs are made when it is sent; the list lets them go (batches go out in order).
  const takeUp = (batch: Batch): FileInput[] => {
    const files = Array.from({ length: batch.end - batch.start }, (_, at) => inputs.at(batch.start + at))
    inputs.forgetBefore(batch.end)
    return files
  }

  const runRemote = async (batch: FileInput[], id: number): Promise<SourceFile[]> => {
    const answers = await pool.run({ batch: id, files: batch.map(({ path, location }) => ({ path, location: location! })) })
    return batch.map((input, at) => {
      const file = new SourceFile(input.path, input.location)
      absorb(file, answers[at]!)
      return file
    })
  }
  const runLocal = async (batch: FileInput[]): Promise<SourceFile[]> => {
    const files: SourceFile[] = []
    for await (const file of processInOrder(batch, FILES_AHEAD, local)) {
      files.push(file)
      // Between files, let the workers' answers in, so they get their next batches in time.
      await turnOfTheLoop()
    }
    return files
  }
  // Send batches in order while a lane is free, never further ahead of the consumer than the
  // window: to a worker with room, else to this thread. Called again whenever a lane
  // finishes, so no lane waits for the consumer.
  const fill = (): void => {
    while (!closed && sent < batches.length && sent - next < window) {
      const batch = batches[sent]!
      batches[sent] = undefined
      let result: Promise<SourceFile[]>
      if (batch.remote && pool.hasRoom(BATCHES_PER_WORKER)) {
        result = runRemote(takeUp(batch), sent)
      } else if (!localBusy) {
        localBusy = true
        result = runLocal(takeUp(batch)).finally(() => {
          localBusy = false
        })
      } else {
        batches[sent] = batch
        break
      }
      // Awaited in order below; until then a failure must not count as unhandled.
      result.then(fill, () => undefined)
      results.set(sent, result)
      sent++
    }
  }

  try {
    for (; next < batches.length; next++) {
      fill()
      const files = await results.get(next)!
      results.delete(next)
      for (let at = 0; at < files.length; at++) {
        const file = files[at]!
        files[at] = undefined
        yield file
      }
    }
  } finally {
    closed = true
    await pool.close()
  }
}

/** Inputs `start` to `end` (not included) of the run's list. */
interface Batch {
  start: number
  end: number
  /** False for a batch of its own holding standard input, which only this thread can read (any other may go to a worker or stay here). */
  remote: boolean
}

function toBatches(inputs: InputList): Batch[] {
  const batches: Batch[] = []
  let start = 0
  const flush = (end: number): void => {
    if (end > start) batches.push({ start, end, remote: true })
    start = end
  }
  for (let index = 0; index < inputs.length; index++) {
    if (inputs.isStandardInput(index)) {
      flush(index)
      batches.push({ start: index, end: index + 1, remote: false })
      start = index + 1
      continue
    }
    if (index + 1 - start === BATCH_SIZE) flush(index + 1)
  }
  flush(inputs.length)
  return batches
}

interface Job {
  resolve(files: ProcessedFile[]): void
  reject(error: Error): void
}

/** Worker threads that each take batches and answer them, least busy first. */
class Pool {
  readonly #workers: Array<{ worker: Worker; jobs: Map<number, Job> }>
  #failure: Error | null = null

  constructor(WorkerThread: typeof Worker, count: number, setup: WorkerSetup) {
    // This thread now orders and writes the outcomes of all, and processes only some: it may
    // keep a smaller heap.
    beforeWorkersStart()
    settleOften()
    this.#workers = Array.from({ length: count }, () => {
      const worker = new WorkerThread(WORKER_SCRIPT, { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } })
      const entry = { worker, jobs: new Map<number, Job>() }
      worker.on('message', (reply: BatchReply) => {
        const job = entry.jobs.get(reply.batch)
        if (!job) return
        entry.jobs.delete(reply.batch)
        if ('error' in reply) job.reject(new Error(`a worker thread failed: ${reply.error}`))
        else job.resolve(reply.files)
      })
      const fail = (error: Error): void => {
        this.#failure ??= error
        for (const job of entry.jobs.values()) job.reject(error)
        entry.jobs.clear()
      }
      worker.on('error', (error) => fail(new Error(`a worker thread failed: ${error.message}`, { cause: error })))
      worker.on('exit', (code) => fail(new Error(`a worker thread stopped (exit code ${code})`)))
      return entry
    })
  }

  /** True while some worker has fewer than `limit` batches out. */
  hasRoom(limit: number): boolean {
    return this.#workers.some((entry) => entry.jobs.size < limit)
  }

  run(request: BatchRequest): Promise<ProcessedFile[]> {
    if (this.#failure) return Promise.reject(this.#failure)
    let least = this.#workers[0]!
    for (const entry of this.#workers) if (entry.jobs.size < least.jobs.size) least = entry
    return new Promise((resolve, reject) => {
      least.jobs.set(request.batch, { resolve, reject })
      least.worker.postMessage(request)
    })
  }

  async close(): Promise<void> {
    this.#failure ??= new Error('the worker pool was closed')
    await Promise.all(this.#workers.map(({ worker }) => worker.terminate()))
  }
}
