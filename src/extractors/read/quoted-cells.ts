/**
 * A spreadsheet saved as tab-separated text quotes a cell that holds a line break
 * ('Target groups⇥"Children and youth at risk,⏎Teachers"⇥'): the cell's lines are one value.
 * quotedCellsJoined writes the two quote marks and the breaks inside such a cell as spaces,
 * character for character, so the readers see one row and every offset stays the document's.
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
