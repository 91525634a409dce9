import { describe, expect, it } from 'vitest'
import { GROWTH_FACTOR, MAIN_NEW_SPACE_BYTES, WORKER_SEMI_SPACE_MB, YoungGeneration } from '../../src/pipeline/young-generation.js'

/** A pretend `node:v8`: records the flags set, with a young generation of `newSpace` bytes. */
function pretendV8(newSpace = 2 * 1024 * 1024) {
  const flags: string[] = []
  const v8 = {
    newSpace,
    setFlagsFromString: (set: string) => void flags.push(set),
    getHeapSpaceStatistics: () => [
      { space_name: 'old_space', space_size: 64 * 1024 * 1024 },
      { space_name: 'new_space', space_size: v8.newSpace },
    ],
  }
  return { v8, flags }
}

describe('YoungGeneration', () => {
  it('holds the growth factor during the folder walk and gives V8 its own back after', () => {
    const { v8, flags } = pretendV8()
    const young = new YoungGeneration(v8)
    young.hold()
    young.release()
    expect(flags).toEqual(['--semi-space-growth-factor=1', `--semi-space-growth-factor=${GROWTH_FACTOR}`])
  })

  it('starts workers at their full young generation', () => {
    const { v8, flags } = pretendV8()
    new YoungGeneration(v8).beforeWorkersStart()
    expect(flags).toEqual([`--min-semi-space-size=${WORKER_SEMI_SPACE_MB}`])
  })

  it('with workers, holds the main thread at MAIN_NEW_SPACE_BYTES once it has grown there, and only once', () => {
    const { v8, flags } = pretendV8()
    const young = new YoungGeneration(v8)
    young.beforeWorkersStart()
    flags.length = 0
    young.look()
    expect(flags).toEqual([])
    v8.newSpace = MAIN_NEW_SPACE_BYTES
    young.look()
    young.look()
    expect(flags).toEqual(['--semi-space-growth-factor=1'])
  })

  it('lets go at the end of the run', () => {
    const { v8, flags } = pretendV8(MAIN_NEW_SPACE_BYTES)
    const young = new YoungGeneration(v8)
    young.beforeWorkersStart()
    young.release()
    flags.length = 0
    young.look()
    expect(flags).toEqual([])
  })

  it('leaves a run without workers to grow: there the main thread does all the work', () => {
    const { v8, flags } = pretendV8(32 * 1024 * 1024)
    const young = new YoungGeneration(v8)
    young.look()
    expect(flags).toEqual([])
  })
})
