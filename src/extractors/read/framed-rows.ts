/**
 * A project's fact table saved with its frame: a Markdown pipe table of two columns ("| Projekti nimi | … |")
 * or a text browser's bordered table ("│Elluviija │Pärnu Linnavalitsus│" between "├───┼───┤" rules), or an old
 * page's table drawn in ASCII ("| Grantee | X |" between "+-----+-----+" rules).
 * framedView rewrites each such row as "label<TAB>value" and each rule as blanks, character for
 * character, so the labelled readers read it as the tab table it was and every offset stays the document's.
 */
import { Doc } from '../doc.js'
import { asTabRow } from './table-rows.js'

const BOX_BAR = '│'
/** The characters a bordered table's rules are drawn with. */
const RULE_CHARS = /^[\s─━═┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╤╧╪╟╢┼-]+$/
/** A table's rule drawn in ASCII, corners and crossings as "+": "+------+------+". */
const ASCII_RULE = /^\+[-=+]+\+$/

/** The document with its framed two-column rows as tab rows; the document itself when it has none. */
export function framedView(doc: Doc): Doc {
  // Most pages hold no framed row: a row starts a line with a bar.
  if (!doc.text.startsWith('|') && !doc.text.includes('\n|') && !doc.text.includes(BOX_BAR) && !hasIndentedRow(doc.text)) return doc
  let changed = false
  let text = ''
  let rowAbove = false
  for (const [index, line] of doc.lines.entries()) {
    const row = framedRow(line.text)
    changed ||= row !== line.text
    const goesOn = rowAbove && row !== line.text && isWrappedValueRow(row)
    // A value cell the frame wrapped onto a row of its own (its label cell empty) goes on with the value
    // above: the newline becomes a space and the margins between no-break spaces, which squash folds
    // but the labelled reader does not take for a gap between cells.
    text = goesOn ? `${withBlankEnd(text)}\u00a0${withBlankStart(row)}` : index === 0 ? row : `${text}\n${row}`
    rowAbove = row !== line.text && row.includes('\t')
  }
  return changed ? new Doc(text) : doc
}

/** An old page's table saved with its margin: a line that starts with blanks and a bar ("   | Grantee | X |"). */
const INDENTED_ROW = /\n[ \t]+\|/
function hasIndentedRow(text: string): boolean {
  return text.includes(' |') && INDENTED_ROW.test(text)
}

/** A framed row rewritten as a tab row whose label cell is empty ("      <TAB>finanšu instrumenta …"). */
function isWrappedValueRow(row: string): boolean {
  const tab = row.indexOf('\t')
  return tab !== -1 && row.slice(0, tab).trim() === '' && row.slice(tab + 1).trim() !== ''
}

/** `text` with the blanks at its end as no-break spaces. */
function withBlankEnd(text: string): string {
  const kept = text.trimEnd()
  return kept + '\u00a0'.repeat(text.length - kept.length)
}

/** `row` with the blanks and the tab before its value as no-break spaces. */
function withBlankStart(row: string): string {
  const kept = row.trimStart()
  return '\u00a0'.repeat(row.length - kept.length) + kept
}

/** One line of a framed table as a tab row (a rule as blanks); other lines as they are. */
export function framedRow(text: string): string {
  const trimmed = text.trim()
  if (trimmed.length > 2 && trimmed.charCodeAt(0) > 0x2500 && RULE_CHARS.test(trimmed)) return ' '.repeat(text.length)
  if (trimmed.length > 2 && trimmed[0] === '+' && ASCII_RULE.test(trimmed)) return ' '.repeat(text.length)
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
