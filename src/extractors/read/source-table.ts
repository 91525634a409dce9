/**
 * A project's money as a table of its sources, the currency written once in the header
 * ("| Finansējuma avots | Summa, EUR | % |" over "| Valsts budžets | 2 500,00 | 5 |" … "| Kopā | 50 000,00 | 100 |"):
 * each row's figure in that currency, with the role its source's name gives (a fund's money a grant,
 * the state's or the town's a co-financing, the total row the total cost).
 */
import type { Doc } from '../doc.js'
import type { Draft } from '../draft.js'
import type { AmountRole } from '../../schema/record.js'
import { findMoney } from '../../normalise/money.js'
import { namesDonor, namesNational, roleFromContext } from './amounts.js'
import { lazyPattern } from '../../normalise/lazy-pattern.js'

const CURRENCY_IN_HEADER = /(?:^|[\s,(])(EUR|LVL|LTL|EEK|€|eiro|eurų|eurot)\)?$/i
const CODES: Readonly<Record<string, string>> = { '€': 'EUR', eiro: 'EUR', eurų: 'EUR', eurot: 'EUR' }

/** The amounts of a source table, added to the draft in row order; none when the page has no such table. */
export function addSourceTableAmounts(doc: Doc, draft: Draft): void {
  // Only a pipe table's rows, a tab-parted row or a PDF's space-aligned row can be such a table.
  if (!doc.text.includes('\n|') && !doc.text.includes('\t') && !/\S {3,}\S/.test(doc.text)) return
  const lines = doc.lines
  for (let index = 0; index < lines.length; index++) {
    const header = cellsOf(lines[index]!.text)
    if (header.length < 2 || !namesSources(header[0]!.text)) continue
    const column = header.findIndex((cell, at) => at > 0 && CURRENCY_IN_HEADER.test(cell.text))
    if (column === -1) continue
    const written = CURRENCY_IN_HEADER.exec(header[column]!.text)![1]!
    const currency = CODES[written.toLowerCase()] ?? written.toUpperCase()
    for (let row = index + 1; row < lines.length; row++) {
      const text = lines[row]!.text
      if (/^\s*\|?\s*:?-{3,}/.test(text)) continue
      const cells = cellsOf(text)
      if (cells.length !== header.length) break
      const figure = cells[column]!
      const [money] = findMoney(`${figure.text} ${currency}`)
      const role = money && money.offset === 0 && money.length === figure.text.length + 1 + currency.length ? sourceRole(cells[0]!.text) : null
      if (!money || !role) continue
      const offset = lines[row]!.offset + figure.at
      draft.add('amounts', { role, value: money.value, currency: money.currency, text: figure.text }, { offset, length: figure.text.length })
    }
    return
  }
}

/**
 * Words of a header cell over the sources' names ("Finansējuma avots", "Finansavimo šaltinis", "Source of funding", "Rahastaja"),
 * or over a report's budget lines in Russian ("Статья", "Источник финансирования").
 */
const SOURCE_WORDS: readonly string[] = ['avot', 'source', 'šaltin', 'allika', 'finansējum', 'finansavim', 'funding', 'financing', 'rahasta', 'статья', 'источник', 'финансирован']

function namesSources(cell: string): boolean {
  const lower = cell.toLowerCase()
  return SOURCE_WORDS.some((word) => lower.includes(word))
}

/** A source's role: the state's or the town's money is co-financing, a fund's a grant, a total row the total cost. */
function sourceRole(source: string): AmountRole | null {
  if (namesNational(source)) return 'cofinancing'
  if (namesDonor(source)) return 'grant'
  return roleFromContext(source, '')
}

/**
 * The cells of a pipe-table row, a tab-parted row, or a row pdftotext aligned with spaces (cells apart by
 * three spaces or more: "  Общая стоимость проекта          285 550,00"), with their places in the line; none for other lines.
 */
function cellsOf(text: string): Array<{ text: string; at: number }> {
  const trimmed = text.trim()
  const pipe = trimmed.startsWith('|') && trimmed.endsWith('|') && trimmed.length > 1
  if (!pipe && !text.includes('\t')) return alignedCellsOf(text)
  const separator = pipe ? '|' : '\t'
  const begin = pipe ? text.indexOf('|') + 1 : 0
  const end = pipe ? text.lastIndexOf('|') : text.length
  const cells: Array<{ text: string; at: number }> = []
  for (let start = begin; start <= end; ) {
    const found = text.indexOf(separator, start)
    const stop = found === -1 || found > end ? end : found
    const raw = text.slice(start, stop)
    const cell = raw.trim()
    cells.push({ text: cell, at: start + (cell ? raw.indexOf(cell) : 0) })
    start = stop + 1
  }
  return cells
}

/** The cells of a space-aligned row; none for a line with no gap of three spaces inside it. */
function alignedCellsOf(text: string): Array<{ text: string; at: number }> {
  const cells: Array<{ text: string; at: number }> = []
  for (const match of text.matchAll(/\S+(?: {1,2}\S+)*/g)) cells.push({ text: match[0], at: match.index })
  return cells.length > 1 ? cells : []
}

/**
 * A heading over a project's money sources, alone on its line ("Финансирование:", "Funding:",
 * "Finansējums:"), with the sources under it one a row: the name, a wide gap, the figure.
 */
const FUNDING_HEADING =
  /^(?:финансирование(?: проекта)?|источники финансирования|funding|financing|sources of funding|project funding|finansējums|finansējuma avoti|finansavimas|finansavimo šaltiniai|rahastamine|rahastus)[ \t]*:?$/iu
// A row of such a list: the source's name, a gap of three spaces or more (or a tab), then the figure.
const ALIGNED_ROW = /^[ \t]*(\S(?:[^\t]*?\S)?)(?: {3,}|\t+)(?=\S)[^\t]*\d[^\t]*$/u
/** The longest line a row of such a list may be. */
const FUNDING_ROW_MAX = 200
/** How many rows above a row its heading may stand. */
const FUNDING_ROWS_MAX = 8
/** Words of a body that gives money ("Департамент по контролю …", "Nordic Council", "Fund"): its row is a grant. */
const FUNDING_BODY =
  lazyPattern(() => /(?<![\p{L}])(?:департамент\p{L}*|министерств\p{L}*|фонд\p{L}*|совет\p{L}*|агентств\p{L}*|department|ministry|fund|foundation|council|agency|ministrija|departamentas|fondas|ministeerium|fond|nodibinājums)(?![\p{L}])/iu)

/**
 * The role of the figure on line `index` when the line is a row of a list of the project's money
 * sources under its heading: the state's, the town's or the promoter's own money is co-financing,
 * a fund's or a funding body's a grant, the sum row ("Всего", "Total") the total cost. Null when
 * the line is no such row, or its source says no role.
 */
export function fundingListRole(doc: Doc, index: number): AmountRole | null {
  const text = doc.lines[index]?.text ?? ''
  // A row is short and has its gap: most prose lines have neither, and a look spares the pattern.
  if (text.length > FUNDING_ROW_MAX || (!text.includes('   ') && !text.includes('\t'))) return null
  const row = ALIGNED_ROW.exec(text)
  if (!row) return null
  for (let at = index - 1; at >= 0 && index - at <= FUNDING_ROWS_MAX; at--) {
    const text = doc.lines[at]!.text.trim()
    if (!text) return null
    if (text.length <= 40 && FUNDING_HEADING.test(text)) return sourceRole(row[1]!) ?? (FUNDING_BODY().test(row[1]!) ? 'grant' : null)
    if (!ALIGNED_ROW.test(doc.lines[at]!.text)) return null
  }
  return null
}
