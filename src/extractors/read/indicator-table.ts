/**
 * Indicators given as a table rather than a list: a header row whose first cell names the
 * indicators ("Indicator", "Main results") over columns of figures ("Planned   Achieved"), then
 * one row an indicator, its cells parted by wide gaps, tabs or " | ". The value is the column of
 * what was achieved; a table of one figure column gives that column.
 */
import type { Doc } from '../doc.js'
import type { Indicator } from '../../schema/record.js'
import { nonSpaceStart } from './text.js'

// A Russian report's "Показатель   План   Факт", "Показатели результата", "Индикатор", "Результат".
// An Estonian, Latvian or Lithuanian report's "Näitaja   Planeeritud   Tegelik", "Rādītājs   Plānots   Sasniegts",
// "Rodiklis   Planuota   Pasiekta" (and "Tulemusnäitaja", "Rezultatīvais rādītājs", "Rezultato rodiklis").
const HEADER_FIRST =
  /^(?:(?:main |key )?(?:indicators?|results?)|performance indicators?|показател[ьи](?: результат[аов]*)?|индикатор[ыа]?|результат[ыа]?|(?:tulemus)?näitaja[d]?|indikaator(?:id)?|(?:rezultatīv(?:ais|ie) )?rādītāj[si]|(?:rezultato |rezultatų )?rodiklia?[is]?)$/i
// A year after the word dates the column ("Target   Result 2012", "Achieved in 2012", "Факт (2012)").
const ACHIEVED = /^(?:achieved|actual(?:ly achieved)?|results?|reached|fact|done|(?:value )?achieved|факт|фактически|достигнуто|выполнено|tegelik|saavutatud|sasniegts|sasniegtais|faktiski|pasiekta|pasiektas|faktinis|faktiškai|įvykdyta)(?:\s+(?:(?:in|by|to)\s+)?(?:\d{4}|\(\d{4}\)))?$/i
/** The lower-case first letters of the Russian header words. */
const CYRILLIC_INITIALS = 'пир'
const CELL_GAP = /\t[\t ]*| {2,}|\s*\|\s*/
// "22,026", "1 048" (a space or a no-break space between thousands), "633".
const FIGURE = /^\d{1,3}(?:,\d{3})+$|^\d{1,3}(?:[ \u00a0\u202f]\d{3})+$|^\d{1,9}$/

export interface FoundIndicator {
  indicator: Indicator
  offset: number
  length: number
}

/** The cells of a line, trimmed, without the empty ends a " | " row leaves. */
function cellsOf(text: string): string[] {
  return text.trim().split(CELL_GAP).filter((cell) => cell !== '' && !/^\|+$/.test(cell))
}

/** The column of a header row that holds the values, or -1 when the row is no indicator table's header. */
function valueColumn(cells: readonly string[]): number {
  if (cells.length < 2 || cells.length > 5 || !HEADER_FIRST.test(cells[0]!)) return -1
  const achieved = cells.findIndex((cell, index) => index > 0 && ACHIEVED.test(cell))
  return achieved !== -1 ? achieved : cells.length === 2 ? 1 : -1
}

/** Every indicator table's rows, in document order. */
export function tableIndicators(doc: Doc): FoundIndicator[] {
  const found: FoundIndicator[] = []
  const lines = doc.lines
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index]!.text
    // The header starts with one of its first words: most lines fail on their first letter.
    const at = nonSpaceStart(text)
    const initial = text.charCodeAt(at) | 0x20
    if (initial !== 0x69 && initial !== 0x72 && initial !== 0x6d && initial !== 0x6b && initial !== 0x70 && initial !== 0x6e && initial !== 0x74 && !CYRILLIC_INITIALS.includes(text.charAt(at).toLowerCase())) continue
    const header = cellsOf(text)
    const column = valueColumn(header)
    if (column === -1) continue
    for (index++; index < lines.length; index++) {
      const row = lines[index]!
      const cells = cellsOf(row.text)
      if (cells.length !== header.length || !/\p{L}{2}/u.test(cells[0]!) || !cells.slice(1).every((cell) => FIGURE.test(cell))) break
      const label = cells[0]!
      found.push({
        indicator: { label, value: Number(cells[column]!.replace(/[,\s]/g, '')), unit: null },
        offset: row.offset + row.text.indexOf(label),
        length: row.text.trimEnd().length - row.text.indexOf(label),
      })
    }
    index--
  }
  return found
}

/** A row's gap between its label and its figure: a tab, or three spaces or more. */
const ROW_GAP = /\t[\t ]*| {3,}/

/**
 * "Young people contacted in street work               640": a row of a two-column results table
 * without a header (a report's "Results in 2009:" over it), its label of two words or more, a wide gap
 * or a tab, and one whole figure. Null for any other line.
 */
export function columnIndicator(text: string): Indicator | null {
  const cells = text.trim().split(ROW_GAP)
  if (cells.length !== 2) return null
  const [label, figure] = cells as [string, string]
  if (!/\p{L}{2}/u.test(label) || !label.includes(' ') || /\d/.test(label) || !FIGURE.test(figure)) return null
  return { label, value: Number(figure.replace(/[,\s]/g, '')), unit: null }
}
