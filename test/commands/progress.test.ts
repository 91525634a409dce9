import { PassThrough } from 'node:stream'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Progress } from '../../src/commands/progress.js'

function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough()
  const chunks: string[] = []
  stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString()))
  return { stream, text: () => chunks.join('') }
}

describe('Progress', () => {
  afterEach(() => vi.useRealTimers())

  it('stays quiet for a short run and shows a counter once a run is long, then clears it', async () => {
    vi.useFakeTimers({ now: 0, toFake: ['Date'] })
    const out = capture()
    const progress = new Progress(out.stream, 100, true)
    progress.tick()
    vi.setSystemTime(500)
    progress.tick()
    await Promise.resolve()
    expect(out.text()).toBe('')
    vi.setSystemTime(1500)
    progress.tick()
    progress.done()
    await new Promise((resolve) => setImmediate(resolve))
    expect(out.text()).toBe('\r\x1b[Kingest: 3/100 files\r\x1b[K')
  })

  it('never writes when disabled (stderr is not a terminal, or --quiet)', async () => {
    vi.useFakeTimers({ now: 0, toFake: ['Date'] })
    const out = capture()
    const progress = new Progress(out.stream, 100, false)
    vi.setSystemTime(5000)
    progress.tick()
    progress.done()
    await new Promise((resolve) => setImmediate(resolve))
    expect(out.text()).toBe('')
  })
})
