/**
 * The read-only view extractors work on: the cleaned text split into lines with
 * their offsets, so every match can be turned back into a position.
 */
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
    const lines: Line[] = []
    let offset = 0
    for (const part of text.split('\n')) {
      lines.push({ index: lines.length, offset, text: part })
      offset += part.length + 1
    }
    this.lines = lines
  }

  /** Lines with visible content, in order. */
  get nonEmpty(): Line[] {
    return this.lines.filter((line) => line.text.trim() !== '')
  }
}
