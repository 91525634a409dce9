/**
 * The object every input becomes and every stage passes on (after vfile): the raw
 * bytes, the decoded text, what the stages found (`data`) and what they said (`messages`).
 */
import type { Message, Level } from '../diagnostics/message.js'
import { lineStarts, toPoint, type Point } from '../diagnostics/location.js'
import type { ProjectRecord, LayoutId } from '../schema/record.js'
import type { Draft } from '../extractors/draft.js'

export interface LayoutScore {
  id: LayoutId
  score: number
}

export interface FileData {
  /** Layout scores, best first; the first is the one used. */
  layouts?: LayoutScore[]
  draft?: Draft
  record?: ProjectRecord
}

export class SourceFile {
  /** Path as shown to the user and stored in `source.path`, with `/` separators. */
  readonly path: string
  /** Where to read it from: a filesystem path, or null for standard input. */
  readonly location: string | null
  bytes: Uint8Array | null = null
  sha256 = ''
  encoding = ''
  text = ''
  readonly messages: Message[] = []
  readonly data: FileData = {}
  #starts: number[] | null = null

  constructor(path: string, location: string | null) {
    this.path = path
    this.location = location
  }

  /** True once a stage has reported an error: later stages leave the file alone. */
  get failed(): boolean {
    return this.messages.some((m) => m.level === 'error')
  }

  /** Replace the text (after decoding) and forget the cached line index. */
  setText(text: string): void {
    this.text = text
    this.#starts = null
  }

  point(offset: number): Point {
    this.#starts ??= lineStarts(this.text)
    return toPoint(this.#starts, Math.max(0, Math.min(offset, this.text.length)))
  }

  message(level: Level, code: string, reason: string, offset?: number | null): Message {
    const place = offset == null ? null : this.point(offset)
    const message: Message = {
      path: this.path,
      level,
      code,
      message: reason,
      line: place?.line ?? null,
      column: place?.column ?? null,
    }
    this.messages.push(message)
    return message
  }

  fail(code: string, reason: string, offset?: number | null): Message {
    return this.message('error', code, reason, offset)
  }
}
