/**
 * Latvian municipal project descriptions laid out as a two-column table (label cell, tab,
 * value cell): pieteicējs, ilgums, mērķis, apraksts, izmaksas, mērķa grupa, aktivitātes,
 * kontaktpersona, under a heading that names the project in quotes. The same table copied as
 * a Markdown pipe table or with its values aligned by spaces reads the same (read/table-rows).
 */
import type { Extractor } from './extractor.js'
import type { Doc } from './doc.js'
import type { Draft } from './draft.js'
import { addStatusOfTrail, readChrome, readPublishedDate } from './read/page-top.js'
import { readLabelled, entryValue, entryOffset, type Entry } from './read/labelled.js'
import { applyEntries } from './read/entries.js'
import { addFunders, addIndicators, addLocations, addPartnersInProse } from './read/common.js'
import { labelOf } from './lexicon/labels.js'
import { findQuoted, isBlank, isLowerCaseAt, joinParagraphLines, squash } from './read/text.js'
import { asTabRow, isStackedRow, tableView, wrappedLabelRow, wrappedLabelRows } from './read/table-rows.js'

/** A table row: a known label cell, a tab, then the value. */
function isRow(text: string): boolean {
  const tab = text.indexOf('\t')
  return tab > 0 && tab < 60 && labelOf(text.slice(0, tab)) !== null
}

/**
 * A row whose label cell is Latvian: "Projekta …" (Lithuanian writes "Projekto", Estonian
 * "Projekti") or a letter only Latvian has among the site languages (ā ē ī ģ ķ ļ ņ). The
 * lexicon's labels are shared by all languages, so a Lithuanian header laid out with tabs
 * ("Projekto pradžia<TAB>…") has known label cells too: it is no Latvian table.
 */
function isLatvianRow(text: string): boolean {
  if (!isRow(text)) return false
  const cell = text.slice(0, text.indexOf('\t')).trimStart()
  if (cell.length > 8 && cell.slice(0, 9).toLowerCase() === 'projekta ') return true
  for (let at = 0; at < cell.length; at++) if (LATVIAN_ONLY_LETTERS.includes(cell[at]!)) return true
  return false
}

const LATVIAN_ONLY_LETTERS = 'āēīģķļņĀĒĪĢĶĻŅ'

export const lvProjectTable: Extractor = {
  id: 'lv-project-table',
  description: 'Latvian project description table: label cell, tab, value cell (pieteicējs, ilgums, izmaksas, …)',

  detect(doc) {
    let rows = 0
    const lines = doc.lines
    for (let index = 0; index < Math.min(200, lines.length); index++) {
      const text = lines[index]!.text
      // A stacked row is a Latvian label line with its value under it, between blank lines: that
      // shape is looked for first, as most lines of a page fail it at once, before any label lookup.
      if (isLatvianRow(asTabRow(text)) || (isStackedRow(lines, index) && isLatvianRow(`${text}\t${lines[index + 1]!.text}`))) rows++
      else {
        // A text-mode browser's row whose label wraps in its column ("Projekta" / "īstenotājs").
        const wrapped = wrappedLabelRow(lines, index)
        if (wrapped && isLatvianRow(`${wrapped.label}\t${entryValue(wrapped)}`)) rows++
        if (wrapped) index = wrapped.lastLineIndex
      }
    }
    return rows >= 2 ? Math.min(1, 0.25 * rows) : 0
  },

  extract(page, draft) {
    // A pipe table or a space-aligned one reads as the tab table it was copied from.
    const doc = tableView(page)
    // Rows whose label wraps are blank in the view: they are read from the page.
    const wrappedRows = wrappedLabelRows(page)
    const firstTabRow = doc.lines.findIndex((line) => isRow(line.text))
    const firstRow = wrappedRows.length && (firstTabRow === -1 || wrappedRows[0]!.lineIndex < firstTabRow) ? wrappedRows[0]!.lineIndex : firstTabRow
    const read = withWrappedCells(doc, readLabelled(doc, { from: Math.max(0, firstRow) }))
    const entries = wrappedRows.length ? [...read, ...wrappedRows].sort((a, b) => a.lineIndex - b.lineIndex) : read
    // A "Projekta nosaukums" row names the project in full: it goes before the heading's quotes.
    applyEntries(draft, entries)
    // A printed page's address (in a header or its footer) and print time say where and when it was read.
    const top = readChrome(doc, draft)
    readHeading(doc, draft, top, firstRow === -1 ? doc.lines.length : firstRow)
    // "Publicēts: 15.06.2020." or a date alone between the heading and the table: the page's date.
    if (!draft.has('publishedDate')) readDateAboveTable(doc, draft, top, firstRow === -1 ? doc.lines.length : firstRow)
    // Without a "Statuss" row, the section the site files the page under ("Īstenotie projekti").
    if (!draft.has('status')) addStatusOfTrail(doc, draft, Math.max(0, firstRow))
    const description = entries.find((entry) => entry.key === 'description')
    if (description) {
      const text = entryValue(description)
      draft.set('summary', text || null, { offset: entryOffset(description), length: text.length })
    }
    addFunders(draft, doc.text)
    addPartnersInProse(draft, doc.text)
    addIndicators(draft, doc, Math.max(0, firstRow))
  },
}

/**
 * A value cell wrapped onto the next lines, whose label cell is empty ("<TAB>Valsts policijas …
 * iecirknis"): those lines belong to the row above (to its last cell when it holds two). A line
 * that starts in lower case goes on with the sentence above ("…, kurās lieto alkoholu," / "un
 * mazināt …"): it joins that line rather than standing as an item of its own. Word's plain-text
 * save ends a row at a cell's paragraph mark, so a cell's later paragraphs stand on lines of their
 * own without a tab, between the row and the next (cellParagraphsEnd).
 */
function withWrappedCells(doc: Doc, entries: Entry[]): Entry[] {
  for (const [at, entry] of entries.entries()) {
    // Only a cell on its label's line: a value read from the lines below has its lines already.
    const next = doc.lines[entry.lineIndex + 1]
    if (!next || entry.unwrapped || entries[at + 1]?.lineIndex === entry.lineIndex || entry.lines.length !== 1 || entry.lines[0]!.offset >= next.offset) continue
    const paragraphsEnd = cellParagraphsEnd(doc, entry.lineIndex + 1)
    for (let index = entry.lineIndex + 1; index < doc.lines.length; index++) {
      const line = doc.lines[index]!
      if ((line.text.charCodeAt(0) !== 9 && index >= paragraphsEnd) || isBlank(line.text)) break
      const start = line.text.length - line.text.trimStart().length
      const text = line.text.trim()
      const last = entry.lines.at(-1)!
      if (isLowerCaseAt(text)) last.text = `${last.text} ${text}`
      else entry.lines.push({ text, offset: line.offset + start })
    }
  }
  return entries
}

/** The most paragraphs a cell of Word's plain-text save is looked at for. */
const CELL_PARAGRAPHS = 12

/**
 * Where the tab-less lines from `start` end, when they are a cell's later paragraphs in Word's
 * plain-text save: sentences (each ends in a full stop or the like) with the table's next row right
 * below them, no blank line between. `start` itself when they are not: a heading between rows ends none.
 */
function cellParagraphsEnd(doc: Doc, start: number): number {
  let index = start
  for (; index < doc.lines.length && index < start + CELL_PARAGRAPHS; index++) {
    const text = doc.lines[index]!.text
    if (text.includes('\t') || isBlank(text)) break
    if (!SENTENCE_ENDS.includes(text.trimEnd().at(-1) ?? '')) return start
  }
  return index > start && isRow(doc.lines[index]?.text ?? '') ? index : start
}

const SENTENCE_ENDS = '.!?;:'

const ACRONYM_AFTER_NAME = /^\s?\(([A-Z][A-Z-]{1,15})\)/
/** How far after the quoted name its bracketed acronym may end. */
const ACRONYM_SPAN = 20

/** The heading above the table names the project in quotes, and an acronym or translation in brackets. */
function readHeading(doc: Doc, draft: Draft, top: number, end: number): void {
  const lines = doc.lines.slice(0, end).filter((line) => !isBlank(line.text))
  if (!lines.length) return
  const start = lines[0]!.offset
  const stop = lines.at(-1)!.offset + lines.at(-1)!.text.length
  const heading = doc.text.slice(start, stop)
  // Quotes never span lines, but a heading printed narrow wraps inside its quoted name.
  const joined = joinParagraphLines(heading)
  const quoted = findQuoted(joined)
  const title = quoted[0]
  if (title) {
    const name = squash(title.text)
    const span = { offset: start + title.offset, length: title.text.length }
    // Under a "Projekta nosaukums" row's full name, the heading's other name in quotes ("Projekts „Esi vesels!”")
    // is another title of it; a part of the full name ("Vecāku skola" of "Vecāku skola – atbalsts …") is the same one shortened.
    const named = draft.fields.title
    if (named !== null && !named.toLowerCase().includes(name.toLowerCase()) && !draft.fields.alternativeTitles.includes(name)) draft.add('alternativeTitles', name, span)
    else draft.set('title', name, span)
    for (const other of quoted.slice(1)) draft.add('alternativeTitles', squash(other.text), { offset: start + other.offset, length: other.text.length })
    // "Projekts „…” (VDV)": capitals in brackets after the name are its acronym (a project's code has figures).
    const acronym = ACRONYM_AFTER_NAME.exec(joined.slice(title.end, title.end + ACRONYM_SPAN))?.[1]
    if (acronym && !draft.fields.alternativeTitles.includes(acronym)) draft.add('alternativeTitles', acronym, { offset: start + title.end + joined.slice(title.end).indexOf(acronym), length: acronym.length })
  } else if (!draft.has('title')) readPlainHeading(doc, draft, top, end)
  // A row naming where the project is carried out says it; the heading's places may be the site's name ("Ogres novada pašvaldība").
  if (!draft.has('locations')) addLocations(draft, heading.replace(/\*/g, ' '), start)
}

/** The first line above the table that is a date alone or under its label ("Publicēts: 15.06.2020."): when the page was published. */
function readDateAboveTable(doc: Doc, draft: Draft, top: number, end: number): void {
  for (let index = top; index < end; index++) {
    if (isBlank(doc.lines[index]!.text)) continue
    if (readPublishedDate(doc, draft, index).found) return
  }
}

/**
 * "Sākums > … > Projekti" / "Atbalsts vardarbībā cietušām sievietēm Kurzemē" / the table: a site's
 * project page heads its fact table with the project's name unquoted. Only one line standing
 * alone between the page's chrome and the table, and no sentence, is taken for it.
 */
function readPlainHeading(doc: Doc, draft: Draft, top: number, end: number): void {
  const lines = doc.lines.slice(top, end).filter((line) => !isBlank(line.text))
  const line = lines[0]
  if (lines.length !== 1 || !line) return
  const text = line.text.trim()
  if (text.length > 200 || text.endsWith('.') || text.includes(':')) return
  draft.set('title', text, { offset: line.offset + line.text.indexOf(text), length: text.length })
}
