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
import { amountLabel } from './labelled.js'
import { isBlank } from './text.js'

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
    const column = spaced ? -1 : valueColumn > 0 ? valueColumn : (spacedRow(doc.lines[index + 1]?.text ?? '')?.valueColumn ?? -1)
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
