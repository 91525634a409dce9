/**
 * The messages a run prints at its end, in the order they are printed, without holding them
 * all in memory.
 *
 * Files finish in path order, so their messages arrive nearly sorted: each file's own are
 * sorted as they come, and the folder walk's (known before any file is read) are merged in
 * as the messages are read back. Up to HELD_BYTES of them stay in memory; past that, the rest
 * wait in a temporary file, one JSON line each, so a run where every document warns keeps a
 * flat memory all the same. Should no temporary file be possible, or a write to it fail
 * (a full disk), they stay in memory: a message is never lost.
 */
import { closeSync, createReadStream, ftruncateSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { compareMessages, type Message } from '../diagnostics/message.js'

/** Messages kept in memory before the rest go to a temporary file (~20,000 warnings). */
export const HELD_BYTES = 4 * 1024 * 1024
/** Lines gathered before one write to the temporary file. */
const WRITE_BYTES = 64 * 1024

interface Spill {
  folder: string
  fd: number
  file: string
}

export class MessageSpool {
  readonly #walk: readonly Message[]
  #held: Message[] = []
  #heldBytes = 0
  #spill: Spill | null = null
  /** Lines for the temporary file not written yet (all of them from a failed write on). */
  #unwritten = ''
  /** Bytes of whole lines in the temporary file. */
  #written = 0
  #broken = false
  #spilled = 0
  #heldLimit: number

  /** `walk`: the folder walk's messages, in any order. */
  constructor(walk: readonly Message[], heldLimit = HELD_BYTES) {
    this.#walk = [...walk].sort(compareMessages)
    this.#heldLimit = heldLimit
  }

  /** Messages spilled to the temporary file so far. */
  get spilled(): number {
    return this.#spilled
  }

  /** The messages of one file; files come in path order. */
  add(messages: readonly Message[]): void {
    if (!messages.length) return
    const sorted = messages.length > 1 ? [...messages].sort(compareMessages) : messages
    for (const message of sorted) {
      if (this.#heldBytes < this.#heldLimit || !this.#toFile(message)) {
        this.#held.push(message)
        this.#heldBytes += sizeOf(message)
      }
    }
  }

  /** Every message, in print order: the held ones, then the spilled ones, the walk's merged in. */
  async *messages(): AsyncGenerator<Message> {
    const walk = this.#walk
    let next = 0
    const before = function* (message: Message): Generator<Message> {
      // At equal keys the walk's come first, as a stable sort of walk + files puts them.
      while (next < walk.length && compareMessages(walk[next]!, message) <= 0) yield walk[next++]!
    }
    for (const message of this.#held) {
      yield* before(message)
      yield message
    }
    if (this.#spill) {
      this.#flush()
      if (this.#written) {
        // Loaded only here: most runs never spill.
        const { createInterface } = await import('node:readline')
        const input = createReadStream(this.#spill.file, { encoding: 'utf8', end: this.#written - 1 })
        for await (const line of createInterface({ input, crlfDelay: Infinity })) {
          const message = JSON.parse(line) as Message
          yield* before(message)
          yield message
        }
      }
      for (const line of this.#unwritten.split('\n')) {
        if (!line) continue
        const message = JSON.parse(line) as Message
        yield* before(message)
        yield message
      }
    }
    while (next < walk.length) yield walk[next++]!
  }

  /** Remove the temporary file, if there is one. */
  close(): void {
    const spill = this.#spill
    this.#spill = null
    if (!spill) return
    try {
      closeSync(spill.fd)
    } catch {
      // Already closed: the folder still goes.
    }
    rmSync(spill.folder, { recursive: true, force: true })
  }

  /** Queue `message` for the temporary file; false when there is none and none can be made. */
  #toFile(message: Message): boolean {
    if (!this.#spill) {
      try {
        const folder = mkdtempSync(path.join(tmpdir(), 'ingest-messages-'))
        const file = path.join(folder, 'messages.jsonl')
        this.#spill = { folder, file, fd: openSync(file, 'w', 0o600) }
      } catch {
        this.#heldLimit = Infinity
        return false
      }
    }
    this.#unwritten += JSON.stringify(message) + '\n'
    this.#spilled++
    if (this.#unwritten.length >= WRITE_BYTES) this.#flush()
    return true
  }

  #flush(): void {
    if (!this.#spill || this.#broken || !this.#unwritten) return
    const bytes = Buffer.from(this.#unwritten)
    try {
      for (let at = 0; at < bytes.length; ) at += writeSync(this.#spill.fd, bytes, at)
      this.#written += bytes.length
      this.#unwritten = ''
    } catch {
      // A full disk, say: what this write left half done is cut off, and from now on the
      // lines wait in memory.
      this.#broken = true
      try {
        ftruncateSync(this.#spill.fd, this.#written)
      } catch {
        // Reading back stops at the last whole line written anyway.
      }
    }
  }
}

/** About what a message takes in memory: its strings and the object around them. */
function sizeOf(message: Message): number {
  return 2 * (message.path.length + message.message.length + message.code.length) + 64
}
