import { performance } from 'node:perf_hooks'
import { describe, expect, it } from 'vitest'
import { SLICE_MS, takeTurn } from '../../src/pipeline/turns.js'

/** Synchronous work of `ms` milliseconds, as a large file's stages are. */
function busy(ms: number): void {
  const end = performance.now() + ms
  while (performance.now() < end);
}

describe('takeTurn', () => {
  it('lets the event loop run between files once a slice of processor time is used up', async () => {
    const order: string[] = []
    const file = async (name: string): Promise<void> => {
      const turn = takeTurn()
      if (turn) await turn
      busy(SLICE_MS + 5)
      order.push(name)
      // What the output does with a finished file: I/O that needs the loop to go round.
      setImmediate(() => order.push(`write ${name}`))
    }
    await Promise.all([file('a'), file('b'), file('c')])
    await new Promise((resolve) => setImmediate(resolve))
    expect(order).toEqual(['a', 'write a', 'b', 'write b', 'c', 'write c'])
  })

  it('costs nothing while the slice lasts', async () => {
    await new Promise((resolve) => setImmediate(resolve))
    const first = takeTurn()
    if (first) await first
    expect(takeTurn()).toBeUndefined()
  })
})
