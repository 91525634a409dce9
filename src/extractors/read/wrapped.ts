/**
 * Inline values that wrap: a page saved at a fixed width breaks a long "Label: value" line and
 * puts the rest of the value on the next line ("Partners: A, B and Riga Central" / "Prison").
 */
import type { Doc } from '../doc.js'
import type { LabelKey } from '../lexicon/labels.js'
import { isLabelLine, type Entry } from './labelled.js'
import { listItemAt } from './lists.js'
import { squash } from './text.js'
import { WRAPPED_MIN } from './unwrap.js'


/**
 * The entries with their inline values of `keys` joined to the lines that continue them: lines
 * right under a long value line that hold no label, no list item and nothing `isStop` ends
 * (a heading the layout knows). The value stays one line, so a list is still split by its commas.
 */
export function withWrappedValues(doc: Doc, entries: readonly Entry[], keys: ReadonlySet<LabelKey>, isStop: (text: string) => boolean): Entry[] {
  return entries.map((entry) => {
    const value = entry.lines[0]
    if (!entry.key || !keys.has(entry.key) || entry.unwrapped || entry.lines.length !== 1 || doc.lineAt(value!.offset) !== entry.lineIndex) return entry
    const parts = [value!.text]
    // "Partners: A; B;" wrapped at the page width goes on with "C; D": the semicolon parts the list's names.
    const firstSemicolon = value!.text.indexOf(';')
    const semicolonList = firstSemicolon !== -1 && firstSemicolon < value!.text.length - 1
    for (let index = entry.lineIndex + 1; index < doc.lines.length; index++) {
      // Only a line as long as a page-width wrap was broken by the page, not by its writer.
      if (doc.lines[index - 1]!.text.trimEnd().length < WRAPPED_MIN) break
      if (!continuesValue(doc, index, isStop, semicolonList)) break
      parts.push(doc.lines[index]!.text.trim())
    }
    return parts.length === 1 ? entry : { ...entry, lines: [{ text: squash(parts.join(' ')), offset: value!.offset }] }
  })
}

/** Whether the line can be the rest of a wrapped value: some text, no label, no list item, no heading. */
function continuesValue(doc: Doc, index: number, isStop: (text: string) => boolean, semicolonList: boolean): boolean {
  const text = doc.lines[index]!.text
  const previous = doc.lines[index - 1]!.text.trimEnd()
  // A value that ends a sentence or a list item is complete; a list of names parted by semicolons goes on.
  if (!text.trim() || previous.endsWith('.') || (previous.endsWith(';') && !semicolonList)) return false
  return !isLabelLine(text) && !listItemAt(doc, index) && !isStop(text)
}

/** Keys whose value is a list: a row under them with an empty label cell is one more item. */
const LIST_KEYS: ReadonlySet<LabelKey> = new Set(['partners', 'targetGroups'])

/**
 * A Word table saved as text writes each row as "Label:<TAB>value"; a second row of the same cell,
 * its label cell empty, starts with the tab ("Nordic partner(s):<TAB>A" over "<TAB>B"). Under a list's
 * label, each such row is one more item of the list.
 */
export function withEmptyLabelRows(doc: Doc, entries: readonly Entry[]): Entry[] {
  return entries.map((entry) => {
    if (!entry.key || !LIST_KEYS.has(entry.key) || entry.lines.length !== 1 || !doc.lines[entry.lineIndex]!.text.includes('\t')) return entry
    const lines = entry.lines.slice()
    for (let index = entry.lineIndex + 1; index < doc.lines.length; index++) {
      const line = doc.lines[index]!
      const tab = line.text.indexOf('\t')
      if (tab === -1 || line.text.slice(0, tab).trim() !== '') break
      const value = line.text.slice(tab).trim()
      if (!value) break
      lines.push({ text: value, offset: line.offset + line.text.indexOf(value) })
    }
    return lines.length === entry.lines.length ? entry : { ...entry, lines }
  })
}
