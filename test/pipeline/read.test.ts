import { execFileSync } from 'node:child_process'
import { promises as fs } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PassThrough, Readable } from 'node:stream'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { DEFAULT_MAX_BYTES, osReason, read } from '../../src/pipeline/read.js'
import { SourceFile } from '../../src/pipeline/source-file.js'

// openSync can be made to fail once, to simulate what root never sees (EACCES).
const openFailure = vi.hoisted(() => ({ next: null as Error | null }))
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>()
  const openSync: typeof real.openSync = (...args) => {
    const failure = openFailure.next
    openFailure.next = null
    if (failure) throw failure
    return real.openSync(...args)
  }
  return { ...real, default: { ...real, openSync }, openSync }
})

const SHA256_ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
const SHA256_EMPTY = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
const isRoot = process.getuid?.() === 0

let dir: string
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(tmpdir(), 'ingest-read-'))
})
afterAll(async () => {
  await fs.chmod(path.join(dir, 'locked.txt'), 0o644).catch(() => undefined)
  await fs.rm(dir, { recursive: true, force: true })
})

async function write(name: string, content: string | Uint8Array): Promise<string> {
  const location = path.join(dir, name)
  await fs.writeFile(location, content)
  return location
}

afterEach(() => {
  vi.restoreAllMocks()
})

const codes = (file: SourceFile): string[] => file.messages.map((m) => m.code)

describe('read: files', () => {
  it('has a 10 MiB default limit', () => {
    expect(DEFAULT_MAX_BYTES).toBe(10_485_760)
  })

  it.each([
    ['abc', SHA256_ABC],
    ['', SHA256_EMPTY],
  ])('reads %j and fingerprints it', async (content, sha256) => {
    const file = new SourceFile('x.txt', await write(`content-${content.length}.txt`, content))
    await read(file, { maxBytes: 100 })
    expect(codes(file)).toEqual([])
    expect(Buffer.from(file.bytes!).toString('utf8')).toBe(content)
    expect(file.sha256).toBe(sha256)
  })

  it('reads bytes as they are (no decoding, no line-ending change)', async () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, 0x0d, 0x0a, 0x00, 0xff])
    const file = new SourceFile('raw.bin', await write('raw.bin', bytes))
    await read(file, { maxBytes: 100 })
    expect([...file.bytes!]).toEqual([...bytes])
  })

  it('reads a file bigger than one read chunk', async () => {
    const content = 'ā'.repeat(100_000)
    const file = new SourceFile('big.txt', await write('big.txt', content))
    await read(file, { maxBytes: DEFAULT_MAX_BYTES })
    expect(codes(file)).toEqual([])
    expect(Buffer.from(file.bytes!).toString('utf8')).toBe(content)
  })

  it.each([100, 5_000, 20_000])('keeps no more memory for a %i-byte file than its bytes (or a share of the small-buffer pool)', async (size) => {
    const file = new SourceFile('m.txt', await write(`memory-${size}.txt`, 'y'.repeat(size)))
    await read(file, { maxBytes: DEFAULT_MAX_BYTES })
    expect(file.bytes!.length).toBe(size)
    expect(file.bytes!.buffer.byteLength).toBeLessThanOrEqual(Math.max(size + 1, Buffer.poolSize))
  })

  it.skipIf(process.platform !== 'linux')('reads a file whose size fstat gives as 0, past several read calls, each piece its own', async () => {
    // /proc files report size 0; smaps runs past 64 KB, so it takes several
    // reads through the shared buffer, and each piece must be copied out of it.
    const file = new SourceFile('smaps', '/proc/self/smaps')
    await read(file, { maxBytes: DEFAULT_MAX_BYTES })
    expect(codes(file)).toEqual([])
    const text = Buffer.from(file.bytes!).toString('latin1')
    expect(text.length).toBeGreaterThan(64 * 1024)
    const { readFileSync } = await vi.importActual<typeof import('node:fs')>('node:fs')
    const firstLine = (s: string): string => s.slice(0, s.indexOf('\n'))
    expect(firstLine(text)).toBe(firstLine(readFileSync('/proc/self/smaps', 'latin1')))
    expect(text.endsWith('\n')).toBe(true)
  })

  it.each([
    [10, 10, []],
    [11, 10, ['too-large']],
  ])('a %i-byte file under a %i-byte limit -> %j', async (size, limit, expected) => {
    const file = new SourceFile('s.txt', await write(`size-${size}.txt`, 'x'.repeat(size)))
    await read(file, { maxBytes: limit })
    expect(codes(file)).toEqual(expected)
  })

  it('turns away a file over the default limit, naming size and limit, without reading it', async () => {
    const location = path.join(dir, 'huge.txt')
    // A sparse file: its size is known at once, and reading it whole would take a while.
    const handle = await fs.open(location, 'w')
    await handle.truncate(DEFAULT_MAX_BYTES + 1)
    await handle.close()
    const file = new SourceFile('huge.txt', location)
    await read(file, { maxBytes: DEFAULT_MAX_BYTES })
    expect(codes(file)).toEqual(['too-large'])
    expect(file.messages[0]!.message).toContain(String(DEFAULT_MAX_BYTES + 1))
    expect(file.messages[0]!.message).toContain(String(DEFAULT_MAX_BYTES))
    expect(file.bytes).toBeNull()
    expect(file.sha256).toBe('')
  })

  it('reports a folder as unreadable (EISDIR)', async () => {
    const file = new SourceFile('folder', dir)
    await read(file, { maxBytes: 100 })
    expect(codes(file)).toEqual(['unreadable'])
    expect(file.messages[0]!.message).toContain('EISDIR')
  })

  it('reports a file that vanished as unreadable, without its absolute path', async () => {
    const location = path.join(dir, 'gone.txt')
    const file = new SourceFile('gone.txt', location)
    await read(file, { maxBytes: 100 })
    expect(codes(file)).toEqual(['unreadable'])
    expect(file.messages[0]!.message).toContain('ENOENT')
    expect(file.messages[0]!.message).not.toContain(location)
  })

  it.skipIf(isRoot || process.platform === 'win32')('reports a file without read permission as unreadable (EACCES)', async () => {
    const location = await write('locked.txt', 'secret')
    await fs.chmod(location, 0o000)
    const file = new SourceFile('locked.txt', location)
    await read(file, { maxBytes: 100 })
    expect(codes(file)).toEqual(['unreadable'])
    expect(file.messages[0]!.message).toContain('EACCES')
  })

  it('reports a permission error as unreadable (simulated, so it also runs as root)', async () => {
    const denied = Object.assign(new Error("EACCES: permission denied, open '/x'"), { code: 'EACCES', syscall: 'open' })
    openFailure.next = denied
    const file = new SourceFile('x.txt', await write('denied.txt', 'abc'))
    await read(file, { maxBytes: 100 })
    expect(codes(file)).toEqual(['unreadable'])
    expect(file.messages[0]!.message).toContain('EACCES: permission denied')
  })

  it.skipIf(process.platform === 'win32')('does not hang on a named pipe', async () => {
    const location = path.join(dir, 'pipe')
    execFileSync('mkfifo', [location])
    const file = new SourceFile('pipe', location)
    await read(file, { maxBytes: 100 })
    expect(codes(file)).toEqual(['unreadable'])
  })

  it('leaves a file that already failed alone', async () => {
    const file = new SourceFile('x.txt', await write('failed.txt', 'abc'))
    file.fail('internal', 'earlier problem')
    await read(file, { maxBytes: 100 })
    expect(codes(file)).toEqual(['internal'])
    expect(file.bytes).toBeNull()
  })
})

describe('read: standard input', () => {
  it('reads the whole stream', async () => {
    const file = new SourceFile('-', null)
    await read(file, { maxBytes: 100, stdin: Readable.from([Buffer.from('a'), Buffer.from('bc')]) })
    expect(codes(file)).toEqual([])
    expect(Buffer.from(file.bytes!).toString('utf8')).toBe('abc')
    expect(file.sha256).toBe(SHA256_ABC)
  })

  it('accepts string chunks (a stream with an encoding set)', async () => {
    const file = new SourceFile('-', null)
    await read(file, { maxBytes: 100, stdin: Readable.from(['Rī', 'ga'], { objectMode: true }) })
    expect(Buffer.from(file.bytes!).toString('utf8')).toBe('Rīga')
  })

  it('stops at one byte past the limit of an endless stream', async () => {
    let produced = 0
    const endless = new Readable({
      read() {
        produced += 1024
        this.push(Buffer.alloc(1024, 0x61))
      },
    })
    const file = new SourceFile('-', null)
    await read(file, { maxBytes: 4096, stdin: endless })
    expect(codes(file)).toEqual(['too-large'])
    expect(file.messages[0]!.message).toContain('standard input')
    expect(file.messages[0]!.message).toContain('4096')
    expect(file.bytes).toBeNull()
    // Reading stopped: only what the stream buffered ahead was produced (its high-water mark,
    // 16 KiB on Node 20 and 64 KiB from Node 22, plus the chunk that crossed it).
    expect(produced).toBeLessThanOrEqual(4096 + endless.readableHighWaterMark + 1024)
    endless.destroy()
  })

  it.each([
    [4, ['too-large']],
    [5, []],
  ])('a 5-byte stream under a %i-byte limit -> %j', async (limit, expected) => {
    const file = new SourceFile('-', null)
    await read(file, { maxBytes: limit, stdin: Readable.from([Buffer.from('12345')]) })
    expect(codes(file)).toEqual(expected)
  })

  it('reports a stream error as unreadable', async () => {
    const stream = new PassThrough()
    const file = new SourceFile('-', null)
    const done = read(file, { maxBytes: 100, stdin: stream })
    stream.write('partial')
    stream.destroy(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO', syscall: 'read' }))
    await done
    expect(codes(file)).toEqual(['unreadable'])
    expect(file.messages[0]!.message).toContain('EIO: i/o error')
  })
})

describe('osReason', () => {
  it('drops the syscall and path Node appends', () => {
    const error = Object.assign(new Error("EACCES: permission denied, open '/a/b.txt'"), { code: 'EACCES', syscall: 'open' })
    expect(osReason(error)).toBe('EACCES: permission denied')
  })

  it('keeps messages without a syscall', () => {
    expect(osReason(new Error('boom'))).toBe('boom')
    expect(osReason('text')).toBe('text')
  })
})
