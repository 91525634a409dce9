/**
 * The read-only view extractors work on: the cleaned text split into lines with
 * their offsets, so every match can be turned back into a position.
 */
import { isBlank } from './read/text.js'

export interface Line {
  /** 0-based line index. */
  index: number
  /** Offset of the line's first character in `Doc.text`. */
  offset: number
  /** The line without its `\n`. */
  text: string
}

export class Doc {
  readonly text: string
  readonly lines: readonly Line[]

  constructor(text: string) {
    this.text = text
    // One scan for the newlines, without the intermediate array of `split`.
    const lines: Line[] = []
    let offset = 0
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', offset)) {
      lines.push({ index: lines.length, offset, text: text.slice(offset, end) })
      offset = end + 1
    }
    lines.push({ index: lines.length, offset, text: text.slice(offset) })
    this.lines = lines
  }

  /** Index of the line holding `offset`. */
  lineAt(offset: number): number {
    let lo = 0
    let hi = this.lines.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.lines[mid]!.offset <= offset) lo = mid
      else hi = mid - 1
    }
    return lo
  }

  /** Lines holding the values of labelled entries, so prose readers can skip them. */
  linesOf(entries: ReadonlyArray<{ key: unknown; lineIndex: number; lines: ReadonlyArray<{ offset: number }> }>): Set<number> {
    const used = new Set<number>()
    for (const entry of entries) {
      if (entry.key === null) continue
      used.add(entry.lineIndex)
      for (const value of entry.lines) used.add(this.lineAt(value.offset))
    }
    return used
  }

  /** Lines with visible content, in order. */
  get nonEmpty(): Line[] {
    return this.lines.filter((line) => !isBlank(line.text))
  }
}
