/**
 * A table that lists several projects, one per row, under a header row of field names
 * ("Projekto pavadinimas | Projekto vykdytojas | Įgyvendinimo laikotarpis | Projekto vertė"):
 * a page of many projects, none of which is the page's own.
 */
import type { Doc } from '../doc.js'
import { labelOf } from '../lexicon/labels.js'

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
