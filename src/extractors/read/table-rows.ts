/**
 * Two-column tables copied from web pages come out in four shapes: label and value separated
 * by a tab, by a run of spaces that aligns the values in one column, as a Markdown pipe table
 * ("| Projekta nosaukums | … |", a break in a cell written "<br>"), or stacked, each cell on a
 * line of its own with a blank line between rows (a narrow page). tableView rewrites the others as
 * the first, character for character (a pipe, a space or the newline between a stacked label and
 * its value becomes a tab, Markdown marks become spaces, a "<br>" a newline and a tab), so the
 * text keeps its length and every offset read from the view is an offset in the document.
 */
import { Doc, type Line } from '../doc.js'
import { labelOf } from '../lexicon/labels.js'
import { amountLabel, type Entry } from './labelled.js'
import { isBlank, isSpaceCode, squash } from './text.js'

/** A pipe-table row or a space-aligned row as "label<TAB>value"; any other line as it is. */
export function asTabRow(text: string): string {
  return pipeRow(text) ?? spacedRow(text)?.text ?? text
}

/**
 * The document with its pipe-table, space-aligned and stacked rows rewritten as tab rows, and a value
 * wrapped onto lines indented to the value column marked as a wrapped cell (a tab first).
 * The document itself when there is nothing to rewrite.
 */
export function tableView(doc: Doc): Doc {
  const lines: string[] = []
  let changed = false
  // The column where the values of the last space-aligned row start, while its cell goes on.
  let valueColumn = -1
  for (let index = 0; index < doc.lines.length; index++) {
    const line = doc.lines[index]!
    // A row whose label cell wraps is read by wrappedLabelRow: blank here, so that no fragment of its label reads as a label.
    const wrapped = wrappedLabelRow(doc.lines, index)
    if (wrapped) {
      for (; index <= wrapped.lastLineIndex; index++) lines.push(' '.repeat(doc.lines[index]!.text.length))
      index--
      changed = true
      valueColumn = -1
      continue
    }
    if (isStackedRow(doc.lines, index)) {
      lines.push(`${line.text}\t${doc.lines[index + 1]!.text}`)
      changed = true
      valueColumn = -1
      index++
      continue
    }
    const spaced = spacedRow(line.text)
    let text = pipeRow(line.text) ?? spaced?.text ?? line.text
    // The row with the longest label may leave one space only before the value column of the rows around it.
    const column = spaced ? -1 : valueColumn > 0 ? valueColumn : valueColumnBelow(doc, index)
    if (!spaced && valueColumn > 0 && isIndentedTo(line.text, valueColumn)) text = `\t${line.text.slice(1)}`
    else if (column > 0 && isAlignedRow(line.text, column)) {
      text = `${line.text.slice(0, column - 1)}\t${line.text.slice(column)}`
      valueColumn = column
    } else valueColumn = spaced ? spaced.valueColumn : -1
    changed ||= text !== line.text
    lines.push(text)
  }
  return changed ? new Doc(lines.join('\n')) : doc
}

/** "| Label | Value |" as " Label \t Value  "; an alignment row ("|---|:--|") as blank; null for other lines. */
function pipeRow(text: string): string | null {
  const start = text.length - text.trimStart().length
  if (text.charCodeAt(start) !== 124) return null
  const end = text.trimEnd().length - 1
  if (end <= start || text.charCodeAt(end) !== 124) return null
  if (/^[\s|:-]+$/.test(text)) return ' '.repeat(text.length)
  let row = ''
  const breaks = /<br\s*\/?>/gi
  for (let at = 0; at < text.length; at++) {
    // "A<br>B" in a cell: B goes on a line of its own, as a wrapped cell ("\tB").
    breaks.lastIndex = at
    const lineBreak = text.charCodeAt(at) === 60 ? breaks.exec(text) : null
    if (lineBreak?.index === at) {
      row += `\n\t${' '.repeat(lineBreak[0].length - 2)}`
      at += lineBreak[0].length - 1
      continue
    }
    const char = text[at]!
    if (char === '|') row += at === start || at === end ? ' ' : '\t'
    // Bold or italic marks around a cell ("**Projekta nosaukums**") are no part of it.
    else if (char === '*' || (char === '_' && (text[at + 1] === '_' || text[at - 1] === '_'))) row += ' '
    else row += char
  }
  return row
}

/**
 * "Projekta numurs     LV08-0012": a known label, then two or more spaces, then the value, on a
 * line without tabs. Its first space of the gap becomes the tab; `valueColumn` is where the value starts.
 */
function spacedRow(text: string): { text: string; valueColumn: number } | null {
  if (text.includes('\t')) return null
  const start = text.length - text.trimStart().length
  if (start > 3) return null
  const gap = text.indexOf('  ', start)
  if (gap <= start || labelOf(text.slice(start, gap)) === null) return null
  let valueColumn = gap + 2
  while (valueColumn < text.length && text.charCodeAt(valueColumn) === 32) valueColumn++
  if (valueColumn >= text.length) return null
  return { text: `${text.slice(0, gap)}\t${text.slice(gap + 1)}`, valueColumn }
}

/**
 * A stacked row at `index`: after a blank line (or at the top), a label alone, then its value
 * on one line, then a blank line (or the end). The label is one the lexicon knows, or any short
 * label whose value is a bare figure with a role ("Norvēģijas finanšu instrumenta finansējums" /
 * "47 855 LVL").
 */
export function isStackedRow(lines: readonly Line[], index: number): boolean {
  const label = lines[index]!.text
  const value = lines[index + 1]?.text
  if (label.length > 80 || !value || isBlank(label) || isBlank(value) || label.includes('\t') || value.includes('\t')) return false
  if (index > 0 && !isBlank(lines[index - 1]!.text)) return false
  const after = lines[index + 2]
  if (after && !isBlank(after.text)) return false
  if (labelOf(value) !== null) return false
  return labelOf(label) !== null || amountLabel(label.trim(), [{ text: value.trim(), offset: 0 }]) !== null
}

/** The most lines of a wrapped cell looked past for the row below it. */
const WRAPPED_CELL_LINES = 8

/**
 * The value column of the space-aligned row below line `index`: the next line's, or, when the row at
 * `index` wraps its value onto lines indented to a column ("Projekta nosaukums Atkarību … Ogres" /
 * "                   novada izglītības iestādēs"), the column of the first row after those lines,
 * when they are indented to it. -1 when there is none.
 */
function valueColumnBelow(doc: Doc, index: number): number {
  const next = doc.lines[index + 1]?.text ?? ''
  const below = spacedRow(next)
  if (below) return below.valueColumn
  if (next.charCodeAt(0) !== 32) return -1
  const end = Math.min(doc.lines.length, index + 2 + WRAPPED_CELL_LINES)
  for (let at = index + 2; at < end; at++) {
    const row = spacedRow(doc.lines[at]!.text)
    if (!row) continue
    for (let wrapped = index + 1; wrapped < at; wrapped++) if (!isIndentedTo(doc.lines[wrapped]!.text, row.valueColumn)) return -1
    return row.valueColumn
  }
  return -1
}

/** "Projekta īstenošanas laiks 2010. gada …" whose value starts at `column`, one space after a known label. */
function isAlignedRow(text: string, column: number): boolean {
  if (text.length <= column || text.charCodeAt(column - 1) !== 32 || text.charCodeAt(column) === 32 || text.includes('\t')) return false
  return labelOf(text.slice(0, column - 1)) !== null
}

/** A line that starts with spaces up to exactly `column`, then text: the rest of a cell in that column. */
function isIndentedTo(text: string, column: number): boolean {
  if (text.length <= column || text.charCodeAt(column) === 32) return false
  for (let at = 0; at < column; at++) if (text.charCodeAt(at) !== 32) return false
  return true
}

/** Every row of `doc` whose label cell wraps (see wrappedLabelRow), in order. */
export function wrappedLabelRows(doc: Doc): Entry[] {
  const rows: Entry[] = []
  for (let index = 0; index < doc.lines.length; index++) {
    const row = wrappedLabelRow(doc.lines, index)
    if (!row) continue
    rows.push(row)
    index = row.lastLineIndex
  }
  return rows
}

/** How many lines a wrapped label cell may take after its first. */
const LABEL_WRAPS_MAX = 3

/**
 * A text-mode browser (w3m, lynx) wraps a long label inside its narrow column and sets the value
 * beside the label's first line:
 *   "   Projekta          Valmiera, Kocēni"
 *   "   īstenošanas"
 *   "   vieta"
 * The row at `index` as an entry with the joined label ("Projekta īstenošanas vieta") when the
 * joined lines make a label the lexicon knows and the first alone does not; the value's lines are
 * the value column of the label's lines and of the lines indented to that column under them.
 * `lastLineIndex` is the row's last line. Null for any other line.
 * The value's lines are joined in one: they are one cell's text, broken at the column's width.
 */
export function wrappedLabelRow(lines: readonly Line[], index: number): (Entry & { key: NonNullable<Entry['key']>; lastLineIndex: number }) | null {
  const line = lines[index]!
  const text = line.text
  // Called on every line by lv-project-table's detect: the indent is counted, no string is made.
  let start = 0
  while (start <= 3 && text.charCodeAt(start) === 32) start++
  const gap = start <= 3 ? text.indexOf('  ', start) : -1
  // Most lines fail here: no wide gap, or a next line that cannot hold a label's rest.
  if (gap <= start || gap - start > 40 || text.includes('\t') || !isLabelWrap(lines[index + 1]?.text, start)) return null
  let column = gap + 2
  while (column < text.length && text.charCodeAt(column) === 32) column++
  // The next line must leave the value column's gap empty (its label part ends short of it): most
  // lines of prose do not, and are ruled out before any label lookup.
  if (column >= text.length || cellEnd(lines[index + 1]!.text, column) >= column - 1 || labelOf(text.slice(start, gap)) !== null) return null
  let label = text.slice(start, gap)
  let found: { label: string; key: NonNullable<Entry['key']>; last: number } | null = null
  for (let next = index + 1; next <= index + LABEL_WRAPS_MAX && next < lines.length && isLabelWrap(lines[next]!.text, start); next++) {
    if (cellEnd(lines[next]!.text, column) >= column - 1) break
    label = `${label} ${lines[next]!.text.slice(0, column).trim()}`
    const key = labelOf(label)
    if (key) found = { label, key, last: next }
  }
  if (!found) return null
  const values: Array<{ text: string; offset: number }> = []
  let last = found.last
  // The value's lines: beside the label's lines, then alone in the value column under them.
  for (let at = index; at < lines.length; at++) {
    const row = lines[at]!.text
    if (at > found.last && (!isIndentedTo(row, column) || row.trim() === '')) break
    const value = row.slice(column).trim()
    if (value) values.push({ text: value, offset: lines[at]!.offset + row.indexOf(value, column) })
    last = at
  }
  // The cell's lines are one text wrapped at the column's width: a name or a date may go on over the break.
  const value = values.length > 1 ? [{ text: squash(values.map((part) => part.text).join(' ')), offset: values[0]!.offset }] : values
  return { key: found.key, label: found.label, lines: value, lineIndex: index, labelOffset: line.offset + start, lastLineIndex: last }
}

/** Where the text of a line's cells left of `column` ends: `text.slice(0, column).trimEnd().length`, with no string made. */
function cellEnd(text: string, column: number): number {
  let end = Math.min(column, text.length)
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--
  return end
}

/** A line that may go on with a label cell wrapped at column `start`: text from that column, short of a sentence. */
function isLabelWrap(text: string | undefined, start: number): boolean {
  if (!text || text.length <= start || text.charCodeAt(start) === 32 || text.includes('\t')) return false
  for (let at = 0; at < start; at++) if (text.charCodeAt(at) !== 32) return false
  return true
}
