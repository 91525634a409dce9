/**
 * Keep the main thread's young generation small while worker threads do the work.
 *
 * V8 doubles a thread's semi-spaces whenever enough has survived its young collections, and
 * does not shrink them back while the thread is busy. On a run with workers the main thread's
 * grew to 2 × 16 MB, first while the folder walk's file list survived, then with outcomes
 * waiting their turn to be written, though that thread then did no processing (100,000
 * documents: 222 MB peak RSS, against a 200 MB target). So the command line holds V8's growth
 * factor at 1 during the walk, lets it be after, and on a run with workers holds it at 1 again
 * once the main thread's young generation has reached MAIN_NEW_SPACE_BYTES. Smaller costs
 * time: held at its first 2 MB, the main thread's young collections took four times as long
 * in all, and the run ~20% longer. A run without workers is left to grow: there the main
 * thread does all the work.
 *
 * The growth factor is one flag for the whole process, and V8 puts it back to 2 whenever it
 * sets up a worker's heap. A worker's young generation is capped anyway (`YOUNG_GENERATION_MB`
 * in workers.ts); each is told to start at that size (`--min-semi-space-size`, read as its
 * heap is set up), so a held factor costs it nothing.
 *
 * Like heap settling (heap.ts), this is for the command line's own process only: in a library
 * caller's process nothing here is called and V8 is left as it is.
 */

/** What of `node:v8` this needs (a pretend heap in tests). */
export interface HeapFlags {
  setFlagsFromString(flags: string): void
  getHeapSpaceStatistics(): Array<{ space_name: string; space_size: number }>
}

/** V8's own semi-space growth factor. */
export const GROWTH_FACTOR = 2
/** A worker's semi-space, in MB: its young generation of 8 MB (`YOUNG_GENERATION_MB`) is two of them. */
export const WORKER_SEMI_SPACE_MB = 4
/**
 * The main thread's young generation (two semi-spaces) on a run with workers, where it
 * processes a share of the files too. Side by side, 30,000 documents as csv, 2 runs each: at
 * 8 MB the run took ~15% more CPU than with a worker per core (its young collections promoted
 * what the stages still held); at 16 MB the same CPU and ~171 MB peak RSS against ~185 MB;
 * at 32 MB the peak was back at ~186 MB.
 */
export const MAIN_NEW_SPACE_BYTES = 16 * 1024 * 1024

export class YoungGeneration {
  #capping = false

  constructor(readonly v8: HeapFlags) {}

  /** Before the folder walk. */
  hold(): void {
    this.v8.setFlagsFromString('--semi-space-growth-factor=1')
  }

  /** Once the walk is done, and at the end of the run. */
  release(): void {
    this.v8.setFlagsFromString(`--semi-space-growth-factor=${GROWTH_FACTOR}`)
    this.#capping = false
  }

  /** Just before starting worker threads: from now on this thread does only part of the processing. */
  beforeWorkersStart(): void {
    this.v8.setFlagsFromString(`--min-semi-space-size=${WORKER_SEMI_SPACE_MB}`)
    this.#capping = true
  }

  /**
   * With each look at this thread's heap (heap.ts), once the workers run: they are set up by
   * then, so the factor stays where this puts it.
   */
  look(): void {
    if (!this.#capping || newSpaceBytes(this.v8) < MAIN_NEW_SPACE_BYTES) return
    this.v8.setFlagsFromString('--semi-space-growth-factor=1')
    this.#capping = false
  }
}

/** Set on the main thread of a command-line run. */
let young: YoungGeneration | undefined

/** From the start of a command-line run, before the folder walk. */
export async function holdYoungGeneration(): Promise<void> {
  young = new YoungGeneration(await import('node:v8'))
  young.hold()
}

export function releaseYoungGeneration(): void {
  young?.release()
}

export function beforeWorkersStart(): void {
  young?.beforeWorkersStart()
}

export function lookAtYoungGeneration(): void {
  young?.look()
}

/** What the young generation has taken from the system (both semi-spaces). */
function newSpaceBytes(v8: HeapFlags): number {
  return v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0
}
