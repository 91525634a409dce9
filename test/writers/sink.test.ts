import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PassThrough, Writable } from 'node:stream'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { atomicFileSink, streamSink } from '../../src/writers/sink.js'

let folder: string
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'ingest-sink-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

const list = () => readdir(folder).then((names) => names.sort())

describe('atomicFileSink', () => {
  it('writes the file on close, through a hidden temporary file', async () => {
    const target = path.join(folder, 'out.json')
    const sink = atomicFileSink(target)
    await sink.write('[1,')
    await sink.write('2]\n')
    expect(await list()).toEqual([expect.stringMatching(/^\.out\.json\.[0-9a-f]{12}\.tmp$/)])
    await sink.close()
    expect(await readFile(target, 'utf8')).toBe('[1,2]\n')
    expect(await list()).toEqual(['out.json'])
  })

  it('creates an empty file when nothing was written', async () => {
    const target = path.join(folder, 'empty.csv')
    const sink = atomicFileSink(target)
    await sink.close()
    expect(await readFile(target, 'utf8')).toBe('')
  })

  it('keeps the previous file intact and leaves no temporary file when aborted', async () => {
    const target = path.join(folder, 'data.jsonl')
    await writeFile(target, 'previous dataset\n')
    const sink = atomicFileSink(target)
    await sink.write('half of a new'.repeat(10_000))
    await sink.abort()
    await sink.abort()
    expect(await readFile(target, 'utf8')).toBe('previous dataset\n')
    expect(await list()).toEqual(['data.jsonl'])
    await expect(sink.write('more')).rejects.toThrow(/aborted/)
    await expect(sink.close()).rejects.toThrow(/aborted/)
  })

  it('replaces the previous file only on close', async () => {
    const target = path.join(folder, 'data.csv')
    await writeFile(target, 'old\n')
    const sink = atomicFileSink(target)
    await sink.write('new\n'.repeat(50_000))
    expect(await readFile(target, 'utf8')).toBe('old\n')
    await sink.close()
    expect(await readFile(target, 'utf8')).toBe('new\n'.repeat(50_000))
    expect(await list()).toEqual(['data.csv'])
  })

  it('keeps chunk order and UTF-8 text when writes are not awaited one by one', async () => {
    const target = path.join(folder, 'order.txt')
    const sink = atomicFileSink(target)
    const chunks = Array.from({ length: 2000 }, (_, i) => `${i} Rīga ščž õ ų 🙂 ${'x'.repeat(i % 97)}\n`)
    await Promise.all(chunks.map((chunk) => sink.write(chunk)))
    await sink.close()
    expect(await readFile(target, 'utf8')).toBe(chunks.join(''))
  })

  it('removes its temporary file and keeps the target when the rename fails', async () => {
    const target = path.join(folder, 'taken')
    await import('node:fs/promises').then((fs) => fs.mkdir(path.join(target, 'inside'), { recursive: true }))
    const sink = atomicFileSink(target)
    await sink.write('data')
    await expect(sink.close()).rejects.toThrow()
    expect(await list()).toEqual(['taken'])
    expect(await readdir(target)).toEqual(['inside'])
  })

  it('fails with the target named when its folder does not exist', async () => {
    const target = path.join(folder, 'missing', 'out.json')
    const sink = atomicFileSink(target)
    await expect(sink.close()).rejects.toThrow(/Cannot write .*missing.*out\.json/)
    await sink.abort()
  })

  it('a close after close does nothing more', async () => {
    const target = path.join(folder, 'twice')
    const sink = atomicFileSink(target)
    await sink.write('x')
    await Promise.all([sink.close(), sink.close()])
    await sink.abort()
    expect(await readFile(target, 'utf8')).toBe('x')
  })
})

describe('streamSink', () => {
  it('waits for drain when the stream buffer is full', async () => {
    const received: string[] = []
    let release: (() => void) | null = null
    const slow = new Writable({
      highWaterMark: 4,
      write(chunk: Buffer, _encoding, callback) {
        received.push(chunk.toString())
        release = () => callback()
      },
    })
    const sink = streamSink(slow)
    let resolved = false
    const pending = sink.write('0123456789').then(() => {
      resolved = true
    })
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(resolved).toBe(false)
    expect(received).toEqual(['0123456789'])
    const go = release as (() => void) | null
    go?.()
    await pending
    expect(resolved).toBe(true)
  })

  it('ends a stream it was given, after everything was written', async () => {
    const stream = new PassThrough()
    const chunks: string[] = []
    stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString()))
    const sink = streamSink(stream)
    await sink.write('a')
    await sink.write('b')
    await sink.close()
    expect(stream.writableEnded).toBe(true)
    expect(chunks.join('')).toBe('ab')
  })

  it('does not end standard output', async () => {
    const sink = streamSink(process.stdout)
    await sink.close()
    await sink.abort()
    expect(process.stdout.writableEnded).toBe(false)
  })

  it('fails instead of hanging when the stream errors while we wait for drain', async () => {
    const broken = new Writable({
      highWaterMark: 1,
      write(_chunk, _encoding, callback) {
        setTimeout(() => callback(new Error('EPIPE')), 5)
      },
    })
    broken.on('error', () => undefined)
    const sink = streamSink(broken)
    await expect(sink.write('xx')).rejects.toThrow(/EPIPE|closed/)
    await expect(sink.write('yy')).rejects.toThrow(/closed/)
  })

  it('refuses writes after close', async () => {
    const sink = streamSink(new PassThrough())
    await sink.close().catch(() => undefined)
    await expect(sink.write('x')).rejects.toThrow(/closed/)
  })
})
