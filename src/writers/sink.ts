/**
 * Where a writer's text goes. A sink is written to in order, then either closed (the
 * output is complete) or aborted (the run failed: leave no half-written dataset).
 */
import { randomBytes } from 'node:crypto'
import { open, rename, rm, type FileHandle } from 'node:fs/promises'
import path from 'node:path'
import type { ProjectRecord } from '../schema/record.js'
import type { RecordWriter } from './index.js'

export interface Sink {
  /** Append `chunk`; resolves once the sink can take more (backpressure). */
  write(chunk: string): Promise<void>
  /** The output is complete: flush it and make it visible. */
  close(): Promise<void>
  /** The run failed: drop what was written. Safe to call at any time, more than once. */
  abort(): Promise<void>
}

/** The fields of a Node writable that `NodeJS.WritableStream` does not declare. */
interface StreamState {
  destroyed?: boolean
  writableNeedDrain?: boolean
  destroy?(): void
}

/**
 * A sink over a stream (standard output, a socket, a file stream). Writes wait for
 * 'drain' when the stream's buffer is full, so a slow reader slows us down instead of
 * filling memory. Closing ends the stream, except standard output and error, which
 * belong to the process and may still be needed after us.
 */
export function streamSink(stream: NodeJS.WritableStream): Sink {
  const owned = stream !== process.stdout && stream !== process.stderr
  const state = stream as NodeJS.WritableStream & StreamState
  let done = false

  return {
    async write(chunk) {
      if (done) throw new Error('Cannot write to a closed sink')
      if (state.destroyed === true) throw new Error('Cannot write: the output stream is closed')
      if (!stream.write(chunk)) await drained(stream)
    },
    async close() {
      if (done) return
      done = true
      if (owned) {
        stream.end()
        // Only our side: a duplex (socket, pipe) may never be read to its end.
        // Loaded only here: writing to standard output (the common case) never needs it.
        const { finished } = await import('node:stream/promises')
        await finished(stream, { readable: false })
      } else if (state.writableNeedDrain === true) {
        await drained(stream)
      }
    },
    async abort() {
      if (done) return
      done = true
      // What was streamed cannot be taken back; an owned stream is at least cut off.
      if (owned) state.destroy?.()
    },
  }
}

/** Wait for 'drain', failing (instead of hanging) if the stream errors or closes first. */
function drained(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve, reject) => {
    const cleanup = (): void => {
      stream.off('drain', onDrain)
      stream.off('error', onError)
      stream.off('close', onClose)
    }
    const onDrain = (): void => {
      cleanup()
      resolve()
    }
    const onError = (error: unknown): void => {
      cleanup()
      reject(error instanceof Error ? error : new Error(String(error)))
    }
    const onClose = (): void => {
      cleanup()
      reject(new Error('The output stream closed before all data was written'))
    }
    stream.on('drain', onDrain)
    stream.on('error', onError)
    stream.on('close', onClose)
  })
}

/** Bytes gathered before one write to the temporary file: few syscalls, flat memory. */
const FLUSH_AT = 64 * 1024

/**
 * A sink that replaces the file at `target` all at once. Text goes to a temporary file
 * in the same folder (`.<name>.<random>.tmp`, so the final rename stays on one file
 * system and is atomic); close() fsyncs it and renames it over the target; abort()
 * removes it. A failed or interrupted run therefore never leaves a half-written
 * dataset, and never destroys the previous one.
 */
export function atomicFileSink(target: string): Sink {
  const folder = path.dirname(target)
  const temporary = path.join(
    folder,
    `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`,
  )
  let handle: FileHandle | null = null
  let pending: string[] = []
  let pendingLength = 0
  let state: 'open' | 'closed' | 'aborted' = 'open'
  let failure: unknown = null
  let closing: Promise<void> | null = null
  // Operations run one after another even when callers do not await each write; after
  // a failure every later write and the close report it.
  let queue: Promise<void> = Promise.resolve()

  const run = (operation: () => Promise<void>): Promise<void> => {
    const next = queue.then(async () => {
      try {
        await operation()
      } catch (error) {
        failure ??= error
        throw error
      }
    })
    queue = next.catch(() => undefined)
    return next
  }

  const opened = async (): Promise<FileHandle> => {
    if (handle === null) {
      try {
        handle = await open(temporary, 'wx')
      } catch (error) {
        throw new Error(`Cannot write ${target}: ${(error as Error).message}`, { cause: error })
      }
    }
    return handle
  }

  const flush = async (): Promise<void> => {
    const file = await opened()
    if (pendingLength === 0) return
    const bytes = Buffer.from(pending.join(''), 'utf8')
    pending = []
    pendingLength = 0
    let offset = 0
    while (offset < bytes.length) {
      const { bytesWritten } = await file.write(bytes, offset, bytes.length - offset)
      offset += bytesWritten
    }
  }

  const discard = async (): Promise<void> => {
    pending = []
    pendingLength = 0
    const file = handle
    handle = null
    await file?.close().catch(() => undefined)
    await rm(temporary, { force: true })
  }

  return {
    write(chunk) {
      if (state !== 'open') return Promise.reject(new Error(`Cannot write to ${state} sink`))
      return run(async () => {
        if (failure !== null) throw failure
        // Opened at the first write, so a missing folder or permission fails early.
        await opened()
        pending.push(chunk)
        pendingLength += chunk.length
        if (pendingLength >= FLUSH_AT) await flush()
      })
    },
    close() {
      if (closing !== null) return closing
      if (state === 'aborted') return Promise.reject(new Error('Cannot close an aborted sink'))
      state = 'closed'
      closing = run(async () => {
        try {
          if (failure !== null) throw failure
          await flush()
          const file = await opened()
          await file.sync()
          handle = null
          await file.close()
          await rename(temporary, target)
        } catch (error) {
          await discard()
          throw error
        }
        await syncFolder(folder)
      })
      return closing
    },
    async abort() {
      if (state !== 'open') return
      state = 'aborted'
      await queue
      await discard()
    },
  }
}

/** Make the rename itself durable; not every platform can fsync a folder, so best effort. */
async function syncFolder(folder: string): Promise<void> {
  let handle: FileHandle | null = null
  try {
    handle = await open(folder, 'r')
    await handle.sync()
  } catch {
    // The file's own data is already synced; only the rename's durability is at stake.
  } finally {
    await handle?.close().catch(() => undefined)
  }
}

/** How a text format lays records out one after another. */
export interface RecordLayout {
  /** The text for the record at `index` (from 0), with whatever must precede it. */
  record(record: ProjectRecord, index: number): string
  /** The text that completes the document after `count` records. */
  end(count: number): string
}

/**
 * A record writer that streams a layout into a sink: each record's text is written as
 * soon as it arrives, so nothing but the current record is held. end() completes and
 * closes the sink; abort() drops the output.
 */
export function layoutWriter(sink: Sink, layout: RecordLayout): RecordWriter {
  let count = 0
  let state: 'open' | 'ended' | 'aborted' = 'open'
  return {
    async write(record) {
      if (state !== 'open') throw new Error(`Cannot write a record after the output was ${state}`)
      await sink.write(layout.record(record, count++))
    },
    async end() {
      if (state !== 'open') throw new Error(`Cannot end an output that was ${state}`)
      state = 'ended'
      await sink.write(layout.end(count))
      await sink.close()
    },
    async abort() {
      if (state === 'aborted') return
      state = 'aborted'
      await sink.abort()
    },
  }
}
