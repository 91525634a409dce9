/**
 * A table that lists several projects, one per row, under a header row of field names
 * ("Projekto pavadinimas | Projekto vykdytojas | Įgyvendinimo laikotarpis | Projekto vertė"):
 * a page of many projects, none of which is the page's own.
 */
import type { Doc } from '../doc.js'
import { labelOf, type LabelKey } from '../lexicon/labels.js'
import { amountLabel, type Entry } from './labelled.js'

/** Rows under the header that make a list rather than one project's facts laid out across. */
const MIN_ROWS = 2

/** Whether the document holds a table of several projects: a header of field labels over two or more rows of as many cells. */
export function listsProjectsInTable(doc: Doc): boolean {
  // Only a tab-parted or pipe-table line can be such a row: most pages have neither.
  if (!doc.text.includes('\t') && !doc.text.includes('|')) return false
  const lines = doc.lines
  for (let index = 0; index < lines.length; index++) {
    const header = cellsOf(lines[index]!.text)
    if (header.length < 3 || !isProjectsHeader(header)) continue
    let rows = 0
    for (let next = index + 1; next < lines.length; next++) {
      const text = lines[next]!.text
      if (!text.trim() || isPipeRule(text)) continue
      if (cellsOf(text).length !== header.length) break
      rows++
    }
    if (rows >= MIN_ROWS) return true
  }
  return false
}

/**
 * A header that names each row's project ("Projekto pavadinimas") and another of its facts: a
 * table of a project's partners or budget lines ("Partner | Budget | Grant") names no project.
 */
function isProjectsHeader(cells: readonly string[]): boolean {
  const keys = cells.map((cell) => labelOf(cell))
  return keys.includes('title') && keys.filter((key) => key !== null && key !== 'title').length >= 1
}

/** The cells of a tab-parted row or a pipe-table row; a line of other text has one cell or none. */
function cellsOf(text: string): string[] {
  const trimmed = text.trim()
  if (trimmed.startsWith('|')) return trimmed.replace(/^\||\|$/g, '').split('|').map((cell) => cell.trim())
  if (!text.includes('\t')) return []
  return text.split('\t').map((cell) => cell.trim()).filter((cell) => cell.length > 0)
}

/** The rule under a Markdown table's header ("|---|---|"). */
function isPipeRule(text: string): boolean {
  return /^\s*\|?\s*:?-{3,}/.test(text)
}

/**
 * A header of field labels over ONE row of as many cells ("Nosaukums<TAB>Numurs<TAB>Īstenotājs …" over
 * the project's cells): one project's facts laid out across. Each cell is read as the value of the
 * label above it (an unknown label over a bare figure by its words: "ESF finansējums"); none for
 * a page without such a table.
 */
export function projectRowEntries(doc: Doc): Entry[] {
  if (!doc.text.includes('\t') && !doc.text.includes('|')) return []
  const lines = doc.lines
  for (let index = 0; index + 1 < lines.length; index++) {
    const header = cellsOf(lines[index]!.text)
    if (header.length < 3 || !isProjectsHeader(header)) continue
    let rowAt = index + 1
    while (rowAt < lines.length && isPipeRule(lines[rowAt]!.text)) rowAt++
    const row = rowAt < lines.length ? cellOffsets(lines[rowAt]!.text) : []
    const after = rowAt + 1 < lines.length ? cellsOf(lines[rowAt + 1]!.text) : []
    if (row.length !== header.length || after.length === header.length) continue
    const offset = lines[rowAt]!.offset
    const entries: Entry[] = []
    for (const [at, label] of header.entries()) {
      const cell = row[at]!
      const value = { text: cell.text, offset: offset + cell.at }
      const key: LabelKey | null = labelOf(label) ?? amountLabel(label, [value]) ?? codeUnderNumberHeader(label, cell.text)
      if (key && cell.text) entries.push({ key, label, lines: [value], lineIndex: rowAt, labelOffset: lines[index]!.offset })
    }
    return entries
  }
  return []
}

/** A bare number column's header: "Nr.", "No.". */
const NUMBER_HEADERS: ReadonlySet<string> = new Set(['nr.', 'nr', 'no.', 'no'])
/** A funder's code ("LV0082", "LV 0080", "LV08/2", "LV-HOME-0004"): capitals, then a digit; not a row's ordinal ("1."). */
const CODE_CELL = /^[A-Z]{1,10}[ -]?(?:[A-Z]{2,15}-)?\d[\dA-Z/.-]{0,20}$/

/**
 * "Nr." over "LV0082": a bare number column holds the project's code when its cell is a code. Over
 * a row's ordinal ("1.") it is no fact of the project.
 */
function codeUnderNumberHeader(label: string, cell: string): LabelKey | null {
  return NUMBER_HEADERS.has(label.toLowerCase()) && CODE_CELL.test(cell) ? 'projectNumber' : null
}

/** The entries read line by line, those of the header and its row replaced by the row's cells (`across`, from projectRowEntries). */
export function withRowEntries(doc: Doc, entries: readonly Entry[], across: readonly Entry[]): Entry[] {
  if (across.length === 0) return [...entries]
  const header = doc.lineAt(across[0]!.labelOffset)
  const row = across[0]!.lineIndex
  const kept = entries.filter((entry) => entry.lineIndex < header || entry.lineIndex > row)
  return [...kept, ...across].sort((a, b) => a.lineIndex - b.lineIndex)
}

/** cellsOf with each cell's place in the line (empty cells kept, so they line up with the header's). */
function cellOffsets(text: string): Array<{ text: string; at: number }> {
  const pipe = text.trimStart().startsWith('|')
  if (!pipe && !text.includes('\t')) return []
  const cells: Array<{ text: string; at: number }> = []
  const separator = pipe ? '|' : '\t'
  let start = pipe ? text.indexOf('|') + 1 : 0
  const end = pipe ? text.trimEnd().length - (text.trimEnd().endsWith('|') ? 1 : 0) : text.length
  while (start <= end) {
    const stop = Math.min(end, text.indexOf(separator, start) === -1 ? end : text.indexOf(separator, start))
    const raw = text.slice(start, stop)
    const trimmed = raw.trim()
    cells.push({ text: trimmed, at: start + (trimmed ? raw.indexOf(trimmed) : 0) })
    start = stop + 1
  }
  // A tab row's empty cells at its ends are no cells (cellsOf drops them too).
  return pipe ? cells : cells.filter((cell, at) => cell.text || (at > 0 && at < cells.length - 1))
}

/**
 * A header row over one row, copied one cell per line: the labels one under another, then the
 * values in the same order ("Projekto pavadinimas" … "Įgyvendinimo laikotarpis", then
 * "„Stiprios šeimos – saugūs vaikai“" … "2021-06-01 – 2023-04-30"). Read line by line, each label but
 * the last has no value and the last holds all of them: each value goes to the label of its place.
 * Three labels at least, one of them the title's; other entries are returned as they are.
 */
export function withStackedHeaderRow(entries: readonly Entry[]): Entry[] {
  for (let at = 0; at < entries.length; at++) {
    let end = at
    while (end < entries.length && entries[end]!.key !== null && entries[end]!.lines.length === 0 && entries[end]!.lineIndex === entries[at]!.lineIndex + end - at) end++
    const last = entries[end]
    const count = end - at + 1
    if (count < 3 || !last || last.key === null || last.lineIndex !== entries[at]!.lineIndex + end - at || last.lines.length !== count) {
      at = Math.max(at, end - 1)
      continue
    }
    const header = entries.slice(at, end + 1)
    if (!header.some((entry) => entry.key === 'title') || last.lines.some((line) => line.item)) continue
    const across = header.map((entry, place) => ({ ...entry, lines: [last.lines[place]!] }))
    return [...entries.slice(0, at), ...across, ...entries.slice(end + 1)]
  }
  return [...entries]
}
