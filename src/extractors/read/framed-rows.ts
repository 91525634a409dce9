/**
 * A project's fact table saved with its frame: a Markdown pipe table of two columns ("| Projekti nimi | … |")
 * or a text browser's bordered table ("│Elluviija │Pärnu Linnavalitsus│" between "├───┼───┤" rules).
 * framedView rewrites each such row as "label<TAB>value" and each rule as blanks, character for
 * character, so the labelled readers read it as the tab table it was and every offset stays the document's.
 */
import { Doc } from '../doc.js'
import { asTabRow } from './table-rows.js'

const BOX_BAR = '│'
/** The characters a bordered table's rules are drawn with. */
const RULE_CHARS = /^[\s─━═┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╤╧╪╟╢┼-]+$/

/** The document with its framed two-column rows as tab rows; the document itself when it has none. */
export function framedView(doc: Doc): Doc {
  // Most pages hold no framed row: a row starts a line with a bar.
  if (!doc.text.startsWith('|') && !doc.text.includes('\n|') && !doc.text.includes(BOX_BAR)) return doc
  let changed = false
  const lines = doc.lines.map((line) => {
    const text = framedRow(line.text)
    changed ||= text !== line.text
    return text
  })
  return changed ? new Doc(lines.join('\n')) : doc
}

/** One line of a framed table as a tab row (a rule as blanks); other lines as they are. */
export function framedRow(text: string): string {
  const trimmed = text.trim()
  if (trimmed.length > 2 && trimmed.charCodeAt(0) > 0x2500 && RULE_CHARS.test(trimmed)) return ' '.repeat(text.length)
  const bar = trimmed[0]
  if ((bar !== '|' && bar !== BOX_BAR) || trimmed.at(-1) !== bar) return text
  const row = bar === BOX_BAR ? text.replaceAll(BOX_BAR, '|') : text
  // Two cells, a label's and its value's: a table of more columns (partners and their roles) is no fact table.
  if (innerBars(row.trim()) !== 1) return text
  return asTabRow(row)
}

function innerBars(trimmed: string): number {
  let bars = 0
  for (let at = 1; at < trimmed.length - 1; at++) if (trimmed.charCodeAt(at) === 124) bars++
  return bars
}
