import { describe, expect, it } from 'vitest'
import { FILES_PER_LOOK, HeapSettler, MAIN_FILES_PER_LOOK, MAIN_SLACK_BYTES, SLACK_BYTES, WORKER_SLACK_BYTES } from '../../src/pipeline/heap.js'

/** A settler over a pretend heap: `grow` adds to the old generation, a collection empties it to `live`. */
function pretendHeap(live: number) {
  let used = live
  let collections = 0
  const settler = new HeapSettler(() => ({
    collect: () => {
      collections++
      used = live
    },
    measure: () => used,
  }))
  return {
    settler,
    grow: (bytes: number) => (used += bytes),
    files: (n: number) => {
      for (let i = 0; i < n; i++) settler.fileDone()
    },
    get collections() {
      return collections
    },
  }
}

describe('HeapSettler', () => {
  it('asks for a full collection once the old generation has grown by the slack, looking every FILES_PER_LOOK files', () => {
    const heap = pretendHeap(0)
    heap.grow(SLACK_BYTES)
    heap.files(FILES_PER_LOOK - 1)
    expect(heap.collections).toBe(0)
    heap.files(1)
    expect(heap.collections).toBe(1)
  })

  it('measures growth from the live size after the last collection, not from zero', () => {
    const heap = pretendHeap(40 * 1024 * 1024)
    heap.grow(SLACK_BYTES)
    heap.files(FILES_PER_LOOK)
    expect(heap.collections).toBe(1)
    heap.grow(SLACK_BYTES - 1)
    heap.files(FILES_PER_LOOK)
    expect(heap.collections).toBe(1)
    heap.grow(1)
    heap.files(FILES_PER_LOOK)
    expect(heap.collections).toBe(2)
  })

  it('settles at a smaller slack when told to (the main thread of a run with workers)', () => {
    const heap = pretendHeap(0)
    heap.settler.slack = MAIN_SLACK_BYTES
    heap.grow(MAIN_SLACK_BYTES)
    heap.files(FILES_PER_LOOK)
    expect(heap.collections).toBe(1)
    expect(MAIN_SLACK_BYTES).toBeLessThan(SLACK_BYTES)
  })

  it('looks as often as told (the main thread of a run with workers, whose looks also cap its young generation)', () => {
    const heap = pretendHeap(0)
    heap.settler.filesPerLook = MAIN_FILES_PER_LOOK
    heap.grow(SLACK_BYTES)
    heap.files(MAIN_FILES_PER_LOOK - 1)
    expect(heap.collections).toBe(0)
    heap.files(1)
    expect(heap.collections).toBe(1)
    expect(MAIN_FILES_PER_LOOK).toBeLessThan(FILES_PER_LOOK)
    expect(WORKER_SLACK_BYTES).toBeLessThan(SLACK_BYTES)
  })

  it('says which files were a look at the heap', () => {
    const heap = pretendHeap(0)
    const looks = Array.from({ length: 2 * FILES_PER_LOOK }, () => heap.settler.fileDone())
    expect(looks.flatMap((look, at) => (look ? [at + 1] : []))).toEqual([FILES_PER_LOOK, 2 * FILES_PER_LOOK])
  })

  it('does nothing when the process did not allow collections on demand', () => {
    let asked = 0
    const settler = new HeapSettler(() => {
      asked++
      return undefined
    })
    for (let i = 0; i < 10 * FILES_PER_LOOK; i++) settler.fileDone()
    expect(asked).toBe(10)
  })
})
