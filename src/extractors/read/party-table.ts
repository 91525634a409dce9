/**
 * A table of a project's parties with a role column, as Interreg databases print them
 * ("Name | Role | Country", then "Rēzekne Municipality Council | Lead partner | Latvia"): the
 * lead partner's row names the promoter, the other rows the partners.
 */
import type { Doc } from '../doc.js'

export interface PartyRow {
  name: string
  role: string
  /** The country cell as written, '' when the table has no country column. */
  country: string
  /** Offset of the name in the document. */
  offset: number
}

const NAME_HEADS = new Set(['name', 'partner', 'partner name', 'organisation', 'organization', 'beneficiary', 'institution'])
const ROLE_HEADS = new Set(['role', 'partner role', 'role in the project', 'type', 'partner type'])
const COUNTRY_HEADS = new Set(['country', 'nation'])

/** The rows of the first party table in `doc` (bars part the cells); none when it has none. */
export function partyTableRows(doc: Doc): PartyRow[] {
  // Every such table has bars and a role heading: most pages have neither, and are not read further.
  if (!doc.text.includes('|') || !(doc.text.includes('Role') || doc.text.includes('role'))) return []
  const lines = doc.lines
  for (let index = 0; index < lines.length; index++) {
    const head = cellsOf(lines[index]!.text).map((cell) => cell.text.toLowerCase())
    const name = head.findIndex((cell) => NAME_HEADS.has(cell))
    const role = head.findIndex((cell) => ROLE_HEADS.has(cell))
    if (name === -1 || role === -1) continue
    const country = head.findIndex((cell) => COUNTRY_HEADS.has(cell))
    return rowsUnder(doc, index + 1, head.length, { name, role, country })
  }
  return []
}

function rowsUnder(doc: Doc, from: number, width: number, column: { name: number; role: number; country: number }): PartyRow[] {
  const rows: PartyRow[] = []
  for (let index = from; index < doc.lines.length; index++) {
    const line = doc.lines[index]!
    if (/^[\s|:-]*$/.test(line.text)) {
      if (rows.length > 0) break
      continue
    }
    const cells = cellsOf(line.text)
    if (cells.length !== width) break
    const name = cells[column.name]!
    rows.push({ name: name.text, role: cells[column.role]!.text, country: column.country === -1 ? '' : cells[column.country]!.text, offset: line.offset + name.offset })
  }
  return rows
}

/** The cells of a row parted by bars (a Markdown row's outer bars dropped), trimmed, with their offsets. */
function cellsOf(text: string): Array<{ text: string; offset: number }> {
  if (!text.includes('|')) return []
  const cells: Array<{ text: string; offset: number }> = []
  let start = 0
  for (let at = 0; at <= text.length; at++) {
    if (at < text.length && text.charCodeAt(at) !== 124) continue
    const raw = text.slice(start, at)
    const lead = raw.length - raw.trimStart().length
    cells.push({ text: raw.trim(), offset: start + lead })
    start = at + 1
  }
  // "| a | b |": the empty cells outside the outer bars are no cells.
  if (cells.length > 0 && cells[0]!.text === '') cells.shift()
  if (cells.length > 0 && cells[cells.length - 1]!.text === '') cells.pop()
  return cells
}

/** Whether a role cell names the lead partner ("Lead partner", "Lead beneficiary", "Lead applicant"). */
export function isLeadRole(role: string): boolean {
  return /^lead\b/i.test(role.trim())
}
