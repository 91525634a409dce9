/**
 * Stage 1: read the raw bytes of an input and fingerprint them.
 *
 * The size limit is enforced before the bytes are in memory: a file is measured
 * with fstat on the open handle (the same file that is then read), and standard
 * input, whose size is unknown, is read only up to one byte past the limit.
 */
import { hash } from 'node:crypto'
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
import type { SourceFile } from './source-file.js'

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024

export interface ReadOptions {
  /** Largest accepted input, in bytes. */
  maxBytes: number
  /** Stream used for an input whose location is null (`-`); defaults to process.stdin. */
  stdin?: NodeJS.ReadableStream
}

/** Bytes asked for per read call past the size fstat gave (a file that grows, or /proc). */
const CHUNK_SIZE = 64 * 1024
/** Shared by every read on this thread: what is read into it is copied out. */
const overflow = Buffer.allocUnsafeSlow(CHUNK_SIZE)

export async function read(file: SourceFile, options: ReadOptions): Promise<void> {
  if (file.failed) return
  const limit = Math.max(0, Math.floor(options.maxBytes))
  const bytes =
    file.location === null
      ? await readStream(file, options.stdin ?? process.stdin, limit)
      : readPath(file, file.location, limit)
  if (bytes === null) return
  file.bytes = bytes
  // One shot: cheaper than building a Hash object for each file.
  file.sha256 = hash('sha256', bytes, 'hex')
}

/**
 * Synchronous on purpose: the stages after the read are synchronous CPU work anyway, and a
 * synchronous open/fstat/read/close costs about a tenth of the promise API's round trips
 * through the thread pool (measured: ~10 µs against ~130 µs per small file).
 */
function readPath(file: SourceFile, location: string, limit: number): Uint8Array | null {
  let fd: number | undefined
  try {
    // O_NONBLOCK: opening a FIFO that took a file's place must not hang the run.
    fd = openSync(location, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
    const stats = fstatSync(fd)
    if (stats.isDirectory()) {
      file.fail('unreadable', 'cannot read the file: EISDIR: it is a directory')
      return null
    }
    if (!stats.isFile()) {
      file.fail('unreadable', 'cannot read the file: it is not a regular file')
      return null
    }
    if (stats.size > limit) {
      tooLarge(file, `is ${stats.size} bytes`, limit)
      return null
    }
    // The file may grow after fstat (or report size 0, as in /proc): read to EOF, but never
    // past one byte over the limit. What fstat promised goes into a buffer of its own size
    // (+1, so a grown file shows in the same call); the read that finds the end, and anything
    // past the promised size, go through one shared buffer. A buffer of at least CHUNK_SIZE
    // per file had each small document hold 64 KB until the next collection: ~15 MB a thread.
    const chunks: Uint8Array[] = []
    let total = 0
    for (;;) {
      const room = limit + 1 - total
      const promised = total < stats.size
      const buffer = promised ? Buffer.allocUnsafe(Math.min(stats.size + 1 - total, room)) : overflow
      const bytesRead = readSync(fd, buffer, 0, Math.min(buffer.length, room), null)
      if (bytesRead === 0) break
      chunks.push(promised ? buffer.subarray(0, bytesRead) : Buffer.from(buffer.subarray(0, bytesRead)))
      total += bytesRead
      if (total > limit) {
        tooLarge(file, `is more than ${limit} bytes (it grew while being read)`, limit)
        return null
      }
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total)
  } catch (error) {
    file.fail('unreadable', `cannot read the file: ${osReason(error)}`)
    return null
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd)
      } catch {
        // Nothing was lost: the bytes (or the failure) are already in hand.
      }
    }
  }
}

function readStream(file: SourceFile, stream: NodeJS.ReadableStream, limit: number): Promise<Uint8Array | null> {
  return new Promise((resolve) => {
    const chunks: Uint8Array[] = []
    let total = 0
    const stop = (): void => {
      stream.removeListener('data', onData)
      stream.removeListener('end', onEnd)
      stream.removeListener('error', onError)
      // Leave the rest unread: pausing keeps it from filling memory.
      stream.pause()
    }
    const onData = (chunk: Buffer | string): void => {
      const piece = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk
      const room = limit + 1 - total
      chunks.push(piece.length > room ? piece.subarray(0, room) : piece)
      total += Math.min(piece.length, room)
      if (total > limit) {
        stop()
        tooLarge(file, `is more than ${limit} bytes`, limit)
        resolve(null)
      }
    }
    const onEnd = (): void => {
      stop()
      resolve(Buffer.concat(chunks, total))
    }
    const onError = (error: unknown): void => {
      stop()
      file.fail('unreadable', `cannot read standard input: ${osReason(error)}`)
      resolve(null)
    }
    stream.on('data', onData)
    stream.on('end', onEnd)
    stream.on('error', onError)
    stream.resume()
  })
}

function tooLarge(file: SourceFile, what: string, limit: number): void {
  const subject = file.location === null ? 'standard input' : 'the file'
  file.fail('too-large', `${subject} ${what}; the limit is ${limit} bytes`)
}

/**
 * `EACCES: permission denied` from a Node error, without the trailing
 * `, open '/abs/path'`: the message is already about the file, and absolute
 * paths would make output depend on where the run happened.
 */
export function osReason(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const { syscall } = error as NodeJS.ErrnoException
  const cut = syscall ? error.message.indexOf(`, ${syscall}`) : -1
  return cut === -1 ? error.message : error.message.slice(0, cut)
}
