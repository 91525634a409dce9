/**
 * Keep a long run's memory at its live size.
 *
 * V8 sets a new heap's first old-generation limit for interactive programs: it lets the old
 * generation fill with dead objects (files promoted while they sat in the read-ahead window)
 * to well over 100 MB before its first full collection. Over 100,000 documents that made the
 * peak RSS about twice what a run holds live. Each thread calls `fileDone` once per file it
 * finishes; when its old generation has grown by SLACK_BYTES since the last settling it asks
 * for one full collection (milliseconds, about once per thousand documents), and the peak
 * stays flat in the corpus size.
 *
 * A full collection on demand needs V8's `--expose-gc`. Setting that flag changes the whole
 * process, so only the command-line tool turns it on (`allowHeapSettling`); a library caller's
 * process is left as it is, and `fileDone` then does nothing. Worker threads started after
 * the flag is set have `gc` as a global of their own.
 */
import { lookAtYoungGeneration } from './young-generation.js'

type Collect = () => void

interface Settling {
  collect: Collect
  /** Bytes in the old generation. */
  measure: () => number
}

/** Set on a thread once it may ask for full collections. */
let settling: Settling | undefined

/**
 * Let this process (and workers started from now on) ask V8 for a full collection. Loaded
 * and called only for runs long enough to need it: it costs a few milliseconds of start-up.
 */
export async function allowHeapSettling(): Promise<void> {
  if (settling) return
  const [v8, { runInNewContext }] = await Promise.all([import('node:v8'), import('node:vm')])
  v8.setFlagsFromString('--expose-gc')
  // The flag exposes `gc` in contexts created from now on, not in this one.
  settling = { collect: runInNewContext('gc') as Collect, measure: () => oldGenerationBytes(v8) }
  // The folder walk's leftovers go now, before the workers start: a full collection of our own
  // also hands the emptied pages back (100,000 files: ~40 MB that V8 kept for seconds).
  settling.collect()
}

/** In a worker thread: settle its heap too if the process allowed it before starting the worker. */
export async function settleWorkerHeap(): Promise<void> {
  const gc = (globalThis as { gc?: unknown }).gc
  if (settling || typeof gc !== 'function') return
  const v8 = await import('node:v8')
  settling = { collect: gc as Collect, measure: () => oldGenerationBytes(v8) }
  settler.slack = WORKER_SLACK_BYTES
}

/** Files between two looks at the heap size (a look costs a few microseconds). */
export const FILES_PER_LOOK = 250
/**
 * FILES_PER_LOOK of the main thread on a run with workers (`settleOften`), where a look also
 * caps its young generation (young-generation.ts): in 250 files it had doubled from 16 MB to 32
 * before the look that was to hold it (100,000 documents: ~16 MB more peak RSS).
 */
export const MAIN_FILES_PER_LOOK = 25
/**
 * Growth of the old generation since the last settling that calls for a full collection
 * (37,500 documents on workers: peak RSS 239 MB at 32 MB, 205 MB at 16, 199 MB at 8, which
 * collected twice as often for 3% less).
 */
export const SLACK_BYTES = 16 * 1024 * 1024
/**
 * SLACK_BYTES of a worker thread. Settled at 8 MB instead of 16 they ran as fast (100,000
 * documents, one worker beside the main thread: 83 s against 86 s) and the run's peak RSS fell
 * from 227 MB to 203 MB, the old generations of two threads growing side by side.
 */
export const WORKER_SLACK_BYTES = 8 * 1024 * 1024
/**
 * SLACK_BYTES of the main thread on a run with workers (`settleOften`). Not for the workers:
 * settled at 8 MB they ran ~8% longer (10,000 documents, 5 interleaved runs) for the same peak.
 */
export const MAIN_SLACK_BYTES = 8 * 1024 * 1024

/** Counts a thread's files and asks for a full collection when the old generation has grown. */
export class HeapSettler {
  #files = 0
  #settledAt = 0
  /** Growth that calls for a full collection. */
  slack = SLACK_BYTES
  filesPerLook = FILES_PER_LOOK

  constructor(readonly settling: () => Settling | undefined) {}

  /** One more file done on this thread; true when it was time for a look at the heap. */
  fileDone(): boolean {
    if (++this.#files % this.filesPerLook !== 0) return false
    const heap = this.settling()
    if (heap !== undefined && heap.measure() - this.#settledAt >= this.slack) {
      heap.collect()
      this.#settledAt = heap.measure()
    }
    return true
  }
}

const settler = new HeapSettler(() => settling)

/** One more file done on this thread: settle the heap if its old generation has grown by the slack. */
export function fileDone(): void {
  if (settler.fileDone()) lookAtYoungGeneration()
}

/**
 * On the main thread of a run with workers, which does only part of the work: settle at MAIN_SLACK_BYTES
 * (a full collection there takes milliseconds; 100,000 documents: ~7 MB less peak RSS), and look
 * at the heap every MAIN_FILES_PER_LOOK files.
 */
export function settleOften(): void {
  settler.slack = MAIN_SLACK_BYTES
  settler.filesPerLook = MAIN_FILES_PER_LOOK
}

/**
 * What survived young collections: the young generation (new_space, new_large_object_space)
 * is left out, as it fills and empties every few hundred files and a full collection would
 * not make it smaller.
 */
function oldGenerationBytes(v8: typeof import('node:v8')): number {
  let bytes = 0
  for (const space of v8.getHeapSpaceStatistics()) if (!space.space_name.startsWith('new_')) bytes += space.space_used_size
  return bytes
}
