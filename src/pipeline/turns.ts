/**
 * Turns for the synchronous stages, so they cannot starve the event loop. Several files are
 * read at once; when their reads finish together, each one's stages would run straight after
 * the other's, and a large file takes seconds: meanwhile the output's open and writes, the
 * progress line and signals all wait. Once a slice of processor time is used up, the next file
 * waits for its turn: one file per loop iteration, with the loop's I/O in between. Small files
 * rarely use up a slice, so the common path costs one clock read. The clock is `Date.now()`:
 * milliseconds are fine for a 20 ms slice, and `performance` would load perf_hooks (~1.5 ms of
 * start-up); a jump of the system clock costs one turn too many or too few, nothing more.
 */

/** Processor time the stages may take before the event loop gets a turn, in ms. */
export const SLICE_MS = 20

let sliceStart = Date.now()
/** The last turn handed out: turns are taken one after another, never in the same iteration. */
let lastTurn: Promise<void> = Promise.resolve()

/**
 * Resolves when the stages may run: at once (undefined) while the slice lasts, else after
 * every earlier waiting file has had its turn and the event loop has gone round once more.
 */
export function takeTurn(): Promise<void> | undefined {
  if (Date.now() - sliceStart < SLICE_MS) return undefined
  const turn = lastTurn.then(nextIteration).then(() => {
    sliceStart = Date.now()
  })
  lastTurn = turn
  return turn
}

function nextIteration(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}
