/**
 * A spreadsheet saved as tab-separated text quotes a cell that holds a line break
 * ('Target groups⇥"Children and youth at risk,⏎Teachers"⇥'): the cell's lines are one value.
 * quotedCellsJoined writes the two quote marks and the breaks inside such a cell as spaces,
 * character for character, so the readers see one row and every offset stays the document's.
 * csvCellsAsTabs reads a CSV save (commas or semicolons) the same way, as the tab-separated save.
 */
import { Doc } from '../doc.js'

/** The most lines one quoted cell may run over: a longer stretch is no cell. */
const CELL_LINES = 12

/** The document with its multi-line quoted cells on one line each; the document itself when it has none. */
export function quotedCellsJoined(doc: Doc): Doc {
  // A cell that opens with a quote stands right after a tab: most pages hold no such pair.
  if (!doc.text.includes('\t"')) return doc
  let chars: string[] | null = null
  const lines = doc.lines
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const open = line.text.lastIndexOf('\t"')
    // The cell must stay open to the line's end: no other quote mark after the one that opens it.
    if (open === -1 || line.text.includes('"', open + 2)) continue
    const close = closingQuote(lines, index)
    if (close === null) continue
    chars ??= doc.text.split('')
    chars[line.offset + open + 1] = ' '
    for (let at = index; at < close.line; at++) chars[lines[at]!.offset + lines[at]!.text.length] = ' '
    chars[lines[close.line]!.offset + close.at] = ' '
    index = close.line
  }
  return chars ? new Doc(chars.join('')) : doc
}

/**
 * Where the cell opened on line `open` closes: the first quote mark on a later line, if it is
 * followed by a tab or the line's end (the cell's end). Null when the first one is not, or none
 * comes within CELL_LINES.
 */
function closingQuote(lines: Doc['lines'], open: number): { line: number; at: number } | null {
  for (let index = open + 1; index < lines.length && index <= open + CELL_LINES; index++) {
    const text = lines[index]!.text
    const at = text.indexOf('"')
    if (at === -1) continue
    return at + 1 === text.length || text.charCodeAt(at + 1) === 9 ? { line: index, at } : null
  }
  return null
}

/**
 * The separators a spreadsheet's CSV save uses: the comma, and the semicolon of the locales that
 * write a decimal comma (Excel in Latvian, Lithuanian or Estonian).
 */
const CSV_SEPARATORS: readonly string[] = [',', ';']
/** The fewest rows a CSV save must have: a shorter text of equal comma counts may be prose. */
const CSV_ROWS = 5

/**
 * A page pasted into a spreadsheet and saved as CSV ('Project promoter:,X,' / '"Victims,⏎Children",'):
 * the text as its tab-separated save would read, character for character. Separators become tabs (those
 * that only pad a row to the sheet's width, spaces), a cell's quote marks and the line breaks inside it
 * spaces. A text is taken for a CSV save only when every row has the same number of separators, at
 * least one, as a spreadsheet writes them; anything else comes back as it is.
 */
export function csvCellsAsTabs(text: string): string {
  for (const separator of CSV_SEPARATORS) {
    // A sheet's empty row, or a row whose first cell is empty, starts with the separator: prose lines hardly ever do.
    if (!text.includes('\n' + separator)) continue
    const cells = cellsAsTabs(text, separator.charCodeAt(0))
    if (cells !== null) return cells
  }
  return text
}

const QUOTE = 34
const NEWLINE = 10

/** The text with the CSV save's marks as tabs and spaces, or null when its rows are not a sheet's. */
function cellsAsTabs(text: string, separator: number): string | null {
  const chars = text.split('')
  let width = -1
  let rows = 0
  let rowSeparators: number[] = []
  let quoted = false
  let cellStart = true
  // A final line break ends the last row rather than starting an empty one.
  const end = text.endsWith('\n') ? text.length - 1 : text.length
  for (let at = 0; at <= end; at++) {
    const code = at < end ? text.charCodeAt(at) : NEWLINE
    if (quoted) {
      if (code === NEWLINE) chars[at] = ' '
      else if (code === QUOTE) {
        chars[at] = ' '
        // A doubled mark is a quote mark inside the cell: keep the second.
        if (text.charCodeAt(at + 1) === QUOTE) at++
        else quoted = false
      }
      continue
    }
    if (code === QUOTE && cellStart) {
      chars[at] = ' '
      quoted = true
    } else if (code === separator) {
      chars[at] = '\t'
      rowSeparators.push(at)
    } else if (code === NEWLINE) {
      if (rowSeparators.length === 0 || (width !== -1 && rowSeparators.length !== width)) return null
      width = rowSeparators.length
      rows++
      paddingAsSpaces(chars, rowSeparators, at)
      rowSeparators = []
    }
    cellStart = code === separator || code === NEWLINE
  }
  return !quoted && rows >= CSV_ROWS ? chars.join('') : null
}

/** The separators that end a row only to pad it to the sheet's width are spaces: the row's text ends before them. */
function paddingAsSpaces(chars: string[], separators: readonly number[], rowEnd: number): void {
  let end = rowEnd
  for (let index = separators.length - 1; index >= 0 && separators[index] === end - 1; index--) {
    chars[end - 1] = ' '
    end--
  }
}
