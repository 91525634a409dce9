/**
 * Label/value reading shared by every layout. Pages write a fact as
 *   "Label:" on one line and the value on the next lines (EEA "Project facts"),
 *   "Label: value" or "Label<TAB>value" on one line (tables, esparama.lt headers),
 * and sometimes two such pairs on one line, spaced apart. An empty value stays empty:
 * the next label is never shifted into it.
 */
import type { Doc, Line } from '../doc.js'
import { labelOf, inlineLabelOf, type LabelKey } from '../lexicon/labels.js'
import { statusOf } from '../lexicon/status.js'
import { listItemAt, wholeItem, type ListItem } from './lists.js'
import { isEquivalenceGap, namesNational, roleFromContext } from './amounts.js'
import { findMoney } from '../../normalise/money.js'
import { firstContentLine, isBlank, isLowerCaseAt, isSpaceCode, mendBrokenWords, squash } from './text.js'
import { bareFigure, unitLabelOf } from './unit-label.js'
import { cardsAt } from './cards.js'
import { lazyPattern } from '../../normalise/lazy-pattern.js'

export interface ValueLine {
  text: string
  offset: number
  /** The line was a list item ("• X"): its text is one item, without the marker. */
  item?: true
  /** The line is an organisation card's name: the country its "Country:" line gives (null: none). */
  cardCountry?: string | null
}

export interface Entry {
  key: LabelKey | null
  label: string
  /** The value's lines (one for inline values), trimmed, with their offsets. */
  lines: ValueLine[]
  /** Index of the line holding the label. */
  lineIndex: number
  labelOffset: number
  /** The value was read with the lines it wraps onto (a text-mode table's row): nothing more goes on with it. */
  unwrapped?: true
  /** The currency the label names for its bare figures ("Projekto vertė, Lt"). */
  currency?: string
}

export function entryValue(entry: Entry): string {
  const lines = entry.lines
  // One line joins to itself; squash is the same replace-and-trim, with a fast path.
  if (lines.length === 1) return mendBrokenWords(squash(lines[0]!.text))
  return mendBrokenWords(squash(lines.map((line) => line.text).join(' ')))
}

export function entryOffset(entry: Entry): number {
  return entry.lines[0]?.offset ?? entry.labelOffset
}

/** A short line ending in a colon reads as a label even when the lexicon does not know it. */
export function isLabelLine(text: string): boolean {
  const trimmed = text.trim()
  return labelOf(trimmed) !== null || isUnknownLabel(trimmed)
}

/** A short trimmed line ending in a colon that is not just figures and punctuation. */
function isUnknownLabel(trimmed: string): boolean {
  if (trimmed.length <= 1 || trimmed.length > 60) return false
  const last = trimmed.charCodeAt(trimmed.length - 1)
  return (last === 58 || last === 0xff1a) && !/^[\d\s.,:]+$/.test(trimmed)
}

export interface ReadOptions {
  from?: number
  to?: number
  /** Labels that may be followed by the value after a single space ("Duration 01 …"). */
  bare?: ReadonlySet<LabelKey>
  /** The layout puts a blank line between a label and its value paragraph. */
  valueAfterBlank?: boolean
}

export function readLabelled(doc: Doc, options: ReadOptions = {}): Entry[] {
  const lines = doc.lines
  const to = Math.min(options.to ?? lines.length, lines.length)
  const bare = options.bare
  const entries: Entry[] = []
  // The line that ended the last value was read then: its label key is kept, not looked up again.
  let endedAt = -1
  let endedKey: LabelKey | null = null
  for (let index = options.from ?? 0; index < to; index++) {
    const line = lines[index]!
    let start = contentStart(line.text)
    if (start === line.text.length) continue
    let trimmed = trimFrom(line.text, start)
    // "2. Projekto vykdytojas: X": a numbered form's point is read as the label it holds.
    const point = index === endedAt ? 0 : numberedLabelStart(trimmed)
    if (point) {
      trimmed = trimmed.slice(point)
      start += point
    }
    const key = index === endedAt ? endedKey : labelOf(trimmed)
    if (key || isUnknownLabel(trimmed)) {
      const values: ValueLine[] = []
      let next = index + 1
      let itemEnd = -1
      let lastItem: ListItem | null = null
      // "Target groups:", a blank line, then a bullet list: the list is the value.
      const afterBlank = firstContentLine(doc.lines, next, to)
      // "Partners", then each body's name over its "Country: …" and "Type: …" lines: the names are the value.
      const cards = cardsAt(doc, key, afterBlank, to)
      if (cards) {
        const names = cards.cards.map((card): ValueLine => ({ text: card.name, offset: card.offset, item: true, cardCountry: card.country }))
        entries.push({ key, label: trimmed, lines: names, lineIndex: index, labelOffset: line.offset + start })
        index = cards.last
        continue
      }
      if (afterBlank > next && afterBlank < to && !isLabelLine(doc.lines[afterBlank]!.text)) {
        const spaced = spacedList(doc, key, afterBlank, to) ?? unmarkedObjectives(doc, key, afterBlank, to)
        if (spaced) {
          entries.push({ key, label: trimmed, lines: spaced.values, lineIndex: index, labelOffset: line.offset + start })
          index = spaced.last
          continue
        }
        const following = doc.lines[afterBlank]!.text
        // "UNODC budget", a blank line, "70,000.00 LTL": a figure under an amount label is its value.
        const figure = key?.startsWith('amount:') === true && isFigureLine(following)
        if (options.valueAfterBlank || figure || listItemAt(doc, afterBlank) || isStackedFact(doc, key, afterBlank, to)) next = afterBlank
      }
      for (; next < to; next++) {
        const candidate = lines[next]!
        const valueStart = contentStart(candidate.text)
        if (valueStart === candidate.text.length) {
          // Blank lines inside a bullet list do not end it.
          const resume = firstContentLine(doc.lines, next, to)
          const resumed = resume < to ? listItemAt(doc, resume) : null
          if (values.length && (itemEnd === next - 1 || listItemAt(doc, next - 1)) && resumed && goesOnWith(doc, lastItem, resumed)) {
            next = resume - 1
            continue
          }
          break
        }
        const text = trimFrom(candidate.text, valueStart)
        const candidateKey = labelOf(text)
        if (candidateKey !== null || isUnknownLabel(text) || startsInline(text, valueStart, bare) || bulletedFact(doc, next) !== null) {
          endedAt = next
          endedKey = candidateKey
          break
        }
        // "7.3. …" over "8. Tikslinė grupė: …": the form's next point ends the list of the one above.
        if (numberedLabelStart(text) > 0) break
        // "Periood" over "1. jaanuar 2009 – …": a date's day is no item number.
        const found = key !== null && DATE_KEYS.has(key) ? null : listItemAt(doc, next)
        const item = found && wholeItem(doc, found)
        if (item) lastItem = item
        values.push(item ? { text: item.text, offset: item.offset, item: true } : { text, offset: candidate.offset + valueStart })
        // A wrapped item's other lines are read with it.
        if (item) next = itemEnd = Math.min(item.lastLineIndex, to - 1)
      }
      const amountKey = key ?? amountLabel(trimmed, values)
      const unit = amountKey === null ? unitLabelOver(trimmed, values) : null
      entries.push({ key: unit?.key ?? amountKey, label: trimmed, lines: values, lineIndex: index, labelOffset: line.offset + start, ...(unit && { currency: unit.currency }) })
      index = next - 1
      continue
    }
    const stacked = stackedAmount(doc, index, trimmed, to)
    if (stacked) {
      entries.push(stacked)
      index = doc.lineAt(stacked.lines[0]!.offset)
      continue
    }
    const row = wrappedTableRow(doc, index, to, trimmed, start)
    if (row) {
      entries.push(row.entry)
      index = row.last
      continue
    }
    if (addBulletedFact(doc, entries, index)) continue
    addEntriesOfLine(entries, line, trimmed, start, bare)
    // "… aģentūra. Projekta partneri:" over the names: a label a print's prose left at the line's end heads the lines below.
    const trailing = trimmed.endsWith(':') ? trailingLabel(trimmed) : null
    if (trailing) {
      const values = valueLinesBelow(doc, index, to)
      if (values.length === 0) continue
      entries.push({ key: trailing.key, label: trailing.label, lines: values, lineIndex: index, labelOffset: line.offset + start + trailing.at })
      index += values.length
    }
  }
  return entries
}

/** An item's number and the mark after it ("3)", "3."), at the start of its line past the indent. */
const ITEM_NUMBER = /^[ \t]*(\d{1,2})([.)])/

/**
 * Whether `next`, after a blank line, is one more item of the list whose last item is `last`: a
 * bullet after a bullet, or the next number with the same mark ("2)" after "1)"). "1) A", "2) B",
 * a blank line, "3. Достигнутые результаты": a report's next numbered section, not an item.
 */
function goesOnWith(doc: Doc, last: ListItem | null, next: ListItem): boolean {
  if (last === null || !last.numbered || !next.numbered) return last === null || last.numbered === next.numbered
  const a = ITEM_NUMBER.exec(doc.lines[last.lineIndex]!.text)
  const b = ITEM_NUMBER.exec(doc.lines[next.lineIndex]!.text)
  return a !== null && b !== null && a[2] === b[2] && Number(b[1]) === Number(a[1]) + 1
}

/** The known label after the line's last full stop ("… aģentūra. Projekta partneri:"), or null. */
function trailingLabel(trimmed: string): { key: LabelKey; label: string; at: number } | null {
  const stop = trimmed.lastIndexOf('. ')
  if (stop < 0) return null
  const label = trimmed.slice(stop + 2).trimStart()
  const key = labelOf(label)
  return key === null ? null : { key, label, at: trimmed.length - label.length }
}

/** The lines under line `index` up to a blank line or a line that opens another fact. */
function valueLinesBelow(doc: Doc, index: number, to: number): ValueLine[] {
  const values: ValueLine[] = []
  for (let next = index + 1; next < to; next++) {
    const candidate = doc.lines[next]!
    const valueStart = contentStart(candidate.text)
    if (valueStart === candidate.text.length) break
    const text = trimFrom(candidate.text, valueStart)
    if (labelOf(text) !== null || inlineLabelOf(text) !== null) break
    values.push({ text, offset: candidate.offset + valueStart })
  }
  return values
}

/**
 * "ES fondu finansējums", a blank line, "180 608,00 EUR", a blank line: a narrow page's card stacks
 * a label the lexicon does not know over its figure (a blank line between them or none); the label's
 * words give the figure's role. Only a short line after a blank one over one bare figure that a blank line ends.
 */
function stackedAmount(doc: Doc, index: number, trimmed: string, to: number): Entry | null {
  const lines = doc.lines
  if (trimmed.length > 60 || index + 1 >= to || (index > 0 && !isBlank(lines[index - 1]!.text))) return null
  // The figure a blank line under its label, or on the next line ("sh Euroopa Sotsiaalfondi osalus" / "1 062 500 krooni").
  const blankBetween = isBlank(lines[index + 1]!.text)
  if (blankBetween && index + 2 >= to) return null
  const valueAt = blankBetween ? firstContentLine(doc.lines, index + 1, to) : index + 1
  const value = lines[valueAt]
  if (!value || value.text.length > 60 || (valueAt + 1 < to && !isBlank(lines[valueAt + 1]!.text))) return null
  const text = value.text.trim()
  const values = [{ text, offset: value.offset + value.text.indexOf(text) }]
  const key = amountLabel(trimmed, values)
  return key ? { key, label: trimmed, lines: values, lineIndex: index, labelOffset: lines[index]!.offset + lines[index]!.text.indexOf(trimmed) } : null
}

/**
 * A text-mode browser's two-column table wraps a long cell inside its column: "Initial project   € 1 164 705,88"
 * over "cost", "Project promoter  Ministry of Justice of the" over "                  Republic of Lithuania".
 * The row goes on while the lines under it hold nothing left of the value's column but the rest of the
 * label (a word in lower case where the label starts). A value line is the rest of the one above when
 * that one was broken by the column's width; else the cell lists one item a line ("Nord-Est", "Sud-Est").
 * Null for a row that does not wrap or names no label.
 */
function wrappedTableRow(doc: Doc, index: number, to: number, trimmed: string, start: number): { entry: Entry; last: number } | null {
  if (index + 1 >= to) return null
  const head = trimmed.indexOf('  ') === -1 ? labelHeadAbove(doc, index, start) : null
  // The row's first value line: this one, or the next under a label head that wrapped above it.
  const rowIndex = head === null ? index : index + 1
  const line = doc.lines[rowIndex]!
  const rowText = head === null ? trimmed : line.text.trim()
  const gap = rowText.indexOf('  ')
  if (gap === -1 || (head === null && rowIndex + 1 >= to)) return null
  let valueColumn = start + gap
  while (valueColumn < line.text.length && isSpaceCode(line.text.charCodeAt(valueColumn))) valueColumn++
  if (valueColumn >= line.text.length || (head === null && !continuesTableRow(doc.lines[index + 1]!.text, start, valueColumn))) return null
  const label = head === null ? [rowText.slice(0, gap)] : [head, rowText.slice(0, gap)]
  const values: ValueLine[] = [{ text: line.text.slice(valueColumn).trim(), offset: line.offset + valueColumn }]
  let last = rowIndex
  for (let next = rowIndex + 1; next < to && continuesTableRow(doc.lines[next]!.text, start, valueColumn); next++) {
    const text = doc.lines[next]!.text
    const labelPart = text.slice(0, valueColumn).trim()
    if (labelPart) label.push(labelPart)
    const valuePart = text.slice(valueColumn).trim()
    if (valuePart) values.push({ text: valuePart, offset: doc.lines[next]!.offset + valueColumn })
    last = next
  }
  const key = labelOf(label.join(' '))
  if (key === null) return null
  const width = columnWidth(doc, index, valueColumn)
  const lines: ValueLine[] = []
  for (const value of values) {
    const previous = lines.at(-1)
    if (previous && brokenByWidth(previous.text, value.text, width)) previous.text = `${previous.text} ${value.text}`
    else lines.push({ ...value })
  }
  return { entry: { key, label: label.join(' '), lines, lineIndex: index, labelOffset: line.offset + start, unwrapped: true }, last }
}

/**
 * "The project is carried" over "out in:   Vidzeme": a label cell that wrapped above the line its value
 * stands on. The head, when line `index` holds only words and the next line goes on at its column in
 * lower case, then a gap and the value; else null.
 */
function labelHeadAbove(doc: Doc, index: number, start: number): string | null {
  const next = doc.lines[index + 1]!.text
  if (contentStart(next) !== start || !isLowerCaseAt(next, start) || !next.includes('  ', start)) return null
  return doc.lines[index]!.text.trim()
}

/** Lines of the table around a row its width is read from: a fact table is short, and a bound keeps a long block linear. */
const TABLE_REACH = 40

/**
 * The widest value of the table around line `index`, from `valueColumn`: its lines up to a blank line each
 * way, and past a blank line to a row of the same table (a PDF's text parts its rows by blank lines).
 */
function columnWidth(doc: Doc, index: number, valueColumn: number): number {
  let width = 0
  for (const step of [-1, 1]) {
    for (let at = index; at >= 0 && at < doc.lines.length && Math.abs(at - index) <= TABLE_REACH; at += step) {
      const text = doc.lines[at]!.text
      if (isBlank(text)) {
        const beyond = doc.lines[at + step]
        if (beyond === undefined || !isRowOfColumn(beyond.text, valueColumn)) break
        continue
      }
      width = Math.max(width, text.trimEnd().length - valueColumn)
    }
  }
  return width
}

/** "Grant number            ETF8742": a label, a gap of two spaces or more, and a value at `valueColumn`. */
function isRowOfColumn(text: string, valueColumn: number): boolean {
  if (valueColumn < 3 || text.length <= valueColumn || isSpaceCode(text.charCodeAt(valueColumn))) return false
  if (!isSpaceCode(text.charCodeAt(valueColumn - 1)) || !isSpaceCode(text.charCodeAt(valueColumn - 2))) return false
  const lead = contentStart(text)
  return lead < valueColumn - 2
}

/** The column broke `line` before `next`: its first word would not have fit, or it goes on in lower case. */
function brokenByWidth(line: string, next: string, width: number): boolean {
  // "Riga City Council … (LV)": a name that ends in its country's code is whole, the next line names another.
  if (endsWithCountryCode(line)) return false
  // "National Institute for Health Development (Tallinn)" over "NGO Estonian Network …": a name closed by its
  // place or note in brackets is whole when the next line opens another with a capital.
  if (line.charCodeAt(line.length - 1) === 41 && line.includes('(') && STARTS_CAPITAL().test(next)) return false
  const space = next.indexOf(' ')
  return line.length + 1 + (space === -1 ? next.length : space) > width || isLowerCaseAt(next)
}

const STARTS_CAPITAL = lazyPattern(() => /^\p{Lu}/u)

/** Whether `text` ends in a country's two-letter code in brackets ("… Foundation (FI)"). */
function endsWithCountryCode(text: string): boolean {
  const end = text.length
  return end > 4 && text.charCodeAt(end - 1) === 41 && text.charCodeAt(end - 4) === 40 && isCapital(text.charCodeAt(end - 3)) && isCapital(text.charCodeAt(end - 2))
}

function isCapital(code: number): boolean {
  return code >= 65 && code <= 90
}

/** A line that goes on with a table row whose label starts at `labelColumn` and value at `valueColumn`. */
function continuesTableRow(text: string, labelColumn: number, valueColumn: number): boolean {
  const lead = contentStart(text)
  if (lead === text.length) return false
  if (lead >= valueColumn) return lead === valueColumn
  // The rest of a wrapped label: lower case, at the label's column, ending before the value's column.
  if (lead !== labelColumn || !isLowerCaseAt(text, lead)) return false
  const end = text.indexOf('  ', lead)
  return end === -1 ? text.trimEnd().length < valueColumn : end < valueColumn && contentStart(text.slice(end)) + end >= valueColumn
}

/** Facts a narrow page stacks as label, blank line, value, blank line (not a description's paragraphs); "Source of funding" too. */
const STACKED_FACT_KEYS: ReadonlySet<LabelKey> = new Set(['title', 'projectNumber', 'promoter', 'partners', 'status', 'startDate', 'endDate', 'duration', 'location', 'measure'])

/**
 * "Projekto vykdytojas", a blank line, "Jonavos rajono savivaldybės administracija", a blank line,
 * "Partneriai": a page copied with every cell a paragraph. The short line under a fact's label is
 * its value when the next paragraph is a label again (or nothing follows).
 */
/** A short line that states a status ("Įgyvendintas", "Pabeigts", "ongoing"). */
function isStatusWord(text: string): boolean {
  const trimmed = text.trim()
  return trimmed.length <= 40 && statusOf(trimmed) !== null
}

/** Keys whose value is a date or a period. */
const DATE_KEYS: ReadonlySet<LabelKey> = new Set(['duration', 'startDate', 'endDate'])

function isStackedFact(doc: Doc, key: LabelKey | null, valueAt: number, to: number): boolean {
  if (key === null || !STACKED_FACT_KEYS.has(key) || doc.lines[valueAt]!.text.length > 200) return false
  // A status word is the status's value whatever follows it (the card's last fact over a footer).
  if (key === 'status' && isStatusWord(doc.lines[valueAt]!.text)) return true
  // A list's value stands one item a line ("Donor project partners", a blank line, two partners a line each).
  let last = valueAt
  while (last + 1 < to && last - valueAt < STACKED_VALUE_LINES - 1 && isStackedValueLine(doc.lines[last + 1]!.text)) last++
  const after = firstContentLine(doc.lines, last + 1, to)
  return after >= to || labelOf(doc.lines[after]!.text.trim()) !== null
}

/** The most lines a stacked fact's value holds (a few partners, one a line). */
const STACKED_VALUE_LINES = 6

/** Lists whose items a spaced-out page may part with blank lines. */
const SPACED_LIST_KEYS: ReadonlySet<LabelKey> = new Set(['partners', 'targetGroups', 'location'])
/** The longest item of such a list: a name or a group, not a paragraph. */
const SPACED_ITEM_MAX = 120

/**
 * "Target groups", a blank line, "Children ,", a blank line, "Youth workers", a blank line, "Status:":
 * a reader view parts every line of a card with a blank one, a list's items too. Two or more short
 * lines, one blank line after each, up to the next label are the list (short lines running to the
 * end may be the page's footer); null for anything else, which the other readings take.
 */
function spacedList(doc: Doc, key: LabelKey | null, valueAt: number, to: number): { values: ValueLine[]; last: number } | null {
  if (key === null || !SPACED_LIST_KEYS.has(key)) return null
  const values: ValueLine[] = []
  for (let at = valueAt; values.length < STACKED_VALUE_LINES; ) {
    const text = doc.lines[at]!.text
    if (text.length > SPACED_ITEM_MAX || isLabelLine(text)) return null
    const start = contentStart(text)
    values.push({ text: trimFrom(text, start), offset: doc.lines[at]!.offset + start })
    // An item that goes on over a second line is no spaced list's.
    if (at + 1 < to && !isBlank(doc.lines[at + 1]!.text)) return null
    const after = firstContentLine(doc.lines, at + 1, to)
    if (after >= to) return null
    if (labelOf(doc.lines[after]!.text.trim()) !== null) return values.length >= 2 ? { values, last: at } : null
    at = after
  }
  return null
}

/** The longest objective a reader view's paragraph may hold: a sentence, not a description. */
const OBJECTIVE_ITEM_MAX = 300

/**
 * "Project objectives:", a blank line, "To prepare …;", a blank line, "To train …;", …, "To provide ….":
 * a reader view drops a list's marks and parts its items with blank lines. Paragraphs of one line
 * each, every one but the last ending in ";", are the objectives; the prose after the last ends them.
 * Null unless at least two such items stand there.
 */
function unmarkedObjectives(doc: Doc, key: LabelKey | null, valueAt: number, to: number): { values: ValueLine[]; last: number } | null {
  if (key !== 'objective') return null
  const values: ValueLine[] = []
  for (let at = valueAt; at < to; ) {
    const text = doc.lines[at]!.text
    if (text.length > OBJECTIVE_ITEM_MAX || listItemAt(doc, at) || (at + 1 < to && !isBlank(doc.lines[at + 1]!.text))) break
    const start = contentStart(text)
    const item = trimFrom(text, start)
    values.push({ text: item, offset: doc.lines[at]!.offset + start })
    // The items go on while each ends in a semicolon; the first that does not is the last, a sentence ending in a full stop.
    const end = item.charCodeAt(item.length - 1)
    if (end !== 59) return end === 46 && values.length >= 2 ? { values, last: at } : null
    at = firstContentLine(doc.lines, at + 1, to)
  }
  return null
}

/** A line that goes on with a stacked value: not blank, short, no label of its own. */
function isStackedValueLine(text: string): boolean {
  return !isBlank(text) && text.length <= 200 && !isLabelLine(text)
}

const POINT_NUMBER = /^\d{1,2}(?:\.\d{1,2})*\.\s+/

/**
 * Where the label after a form's point number starts ("2. Projekto vykdytojas: …", "9.1. Total budget:"),
 * or 0: a numbered line whose rest the lexicon does not know as a label is a list item, read as one.
 */
function numberedLabelStart(trimmed: string): number {
  const first = trimmed.charCodeAt(0)
  if (first < 48 || first > 57) return 0
  const number = POINT_NUMBER.exec(trimmed)
  if (!number) return 0
  const rest = trimmed.slice(number[0].length)
  return labelOf(rest) !== null || inlineLabelOf(rest) !== null ? number[0].length : 0
}

/** Where `text.trim()` starts: its first code unit that is no space (`text.length` for a blank text). */
function contentStart(text: string): number {
  let start = 0
  while (start < text.length && isSpaceCode(text.charCodeAt(start))) start++
  return start
}

/** `text.trim()` for a text whose content starts at `start` (not blank); no copy when nothing is trimmed. */
function trimFrom(text: string, start: number): string {
  let end = text.length
  while (isSpaceCode(text.charCodeAt(end - 1))) end--
  return start === 0 && end === text.length ? text : text.slice(start, end)
}

/** A table row's gap: a tab, or three spaces or more. */
const ROW_GAP = /\t| {3,}/

/** "Grantee                 Association …": a known label, a gap of three spaces or more (or a tab), and its value. */
export function isFactRow(text: string): boolean {
  const trimmed = text.trim()
  const gap = ROW_GAP.exec(trimmed)
  return gap !== null && gap.index > 0 && labelOf(trimmed.slice(0, gap.index)) !== null && trimmed.length > gap.index + gap[0].length
}

/** "Label: value", "Label<TAB>value", or several of them on one line separated by tabs or wide gaps. */
export function inlineEntries(line: Line, bare?: ReadonlySet<LabelKey>): Entry[] {
  const entries: Entry[] = []
  const start = contentStart(line.text)
  if (start < line.text.length) addEntriesOfLine(entries, line, trimFrom(line.text, start), start, bare)
  return entries
}

/** inlineEntries of a line that is not blank, given its trimmed text and where that starts. */
function addEntriesOfLine(entries: Entry[], line: Line, trimmed: string, start: number, bare?: ReadonlySet<LabelKey>): void {
  const text = line.text
  // Without a tab or a wide gap the line is one cell, and a label cell needs a value cell after it.
  if (text.includes(' | ') && addPipedEntries(entries, line, bare)) return
  // One gap of two spaces in the trimmed line (lynx indents and pads it): maybe a narrow table row.
  if (trimmed.indexOf('\t') === -1 && trimmed.indexOf('   ') === -1 && addNarrowColumnEntry(entries, line, trimmed, start)) return
  if (text.indexOf('\t') === -1 && text.indexOf('   ') === -1) {
    addInlineEntry(entries, line, trimmed, line.offset + start, bare)
    return
  }
  const segments = splitSegments(line)
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!
    const next = segments[i + 1]
    const exact = next ? labelOf(segment.text) : null
    if (exact && next && !labelOf(next.text)) {
      // "Projekto pradžia<TAB>2009-06-15<TAB>Projekto pabaiga<TAB>2011-06-14": two label cells
      // with a value each; else the rest of the line is the value, tabs and all.
      const after = segments[i + 2]
      if (after && segments[i + 3] && labelOf(after.text) && !labelOf(segments[i + 3]!.text)) {
        entries.push({ key: exact, label: segment.text, lines: [next], lineIndex: line.index, labelOffset: segment.offset })
        i++
        continue
      }
      const rest = line.text.slice(next.offset - line.offset).trim()
      entries.push({ key: exact, label: segment.text, lines: [{ text: rest, offset: next.offset }], lineIndex: line.index, labelOffset: segment.offset })
      break
    }
    // "ESF finansējums<TAB>73 450,63 EUR": a label cell the lexicon does not know, then a bare figure.
    const amountKey = !exact && i === 0 && segments.length === 2 && next ? amountLabel(segment.text, [next]) : null
    if (amountKey) {
      entries.push({ key: amountKey, label: segment.text, lines: [next!], lineIndex: line.index, labelOffset: segment.offset })
      break
    }
    // "Projekto vertė, Lt<gap>2 482 310,00": the label names the currency of the bare figure.
    const unit = !exact && i === 0 && segments.length === 2 && next ? unitLabelOver(segment.text, [next]) : null
    if (unit) {
      entries.push({ key: unit.key, label: segment.text, lines: [next!], lineIndex: line.index, labelOffset: segment.offset, currency: unit.currency })
      break
    }
    addInlineEntry(entries, line, segment.text, segment.offset, bare)
  }
}

/**
 * "– projekto numeris: LT10-0021;": a news item lists the project's facts as bullets, each a
 * known label, a colon and the value. The value ends at its line's end ("; " closes the item).
 */
function addBulletedFact(doc: Doc, entries: Entry[], index: number): boolean {
  const entry = bulletedFact(doc, index)
  if (entry) entries.push(entry)
  return entry !== null
}

/** The entry of a bulleted "label: value" line, or null (it also ends the value of a label above it). */
function bulletedFact(doc: Doc, index: number): Entry | null {
  const item = listItemAt(doc, index)
  if (!item || item.numbered) return null
  const inline = inlineLabelOf(item.text)
  if (!inline) return null
  const label = item.text.slice(0, inline.valueStart)
  // "— Заявитель – X. Мы работаем …": an interview's answer (or a dashed item) may state a fact with a
  // dash after its label; the value is then its first sentence.
  const dashed = !label.includes(':') && DASH_AFTER_LABEL.test(label)
  if (!dashed && !label.includes(':')) return null
  let value = item.text.slice(inline.valueStart)
  if (dashed) value = value.replace(SENTENCES_AFTER_FIRST(), '')
  if (value.endsWith(';')) value = value.slice(0, -1).trimEnd()
  if (!value) return null
  return { key: inline.key, label: item.text.slice(0, inline.valueStart).trim(), lines: [{ text: value, offset: item.offset + inline.valueStart }], lineIndex: index, labelOffset: item.offset }
}

const DASH_AFTER_LABEL = /\s[–—]\s*$/
/** What follows a value's first sentence: a full stop after a word of three letters, then a capital. */
const SENTENCES_AFTER_FIRST = lazyPattern(() => /(?<=\p{Ll}{3}|[»”"])\.\s+\p{Lu}.*$/su)

/**
 * "Donor project partners  National Police Directorate (Norway)": a text-mode browser renders a
 * two-column table with the gap after its longest label only two spaces wide. A label the lexicon
 * knows, exactly, before the first double space makes the rest of the line its value.
 */
function addNarrowColumnEntry(entries: Entry[], line: Line, trimmed: string, start: number): boolean {
  const gap = trimmed.indexOf('  ')
  if (gap === -1) return false
  const label = trimmed.slice(0, gap)
  const value = trimmed.slice(gap).trimStart()
  const valueOffset = line.offset + start + trimmed.length - value.length
  const key = labelOf(label)
  const unit = key === null && value ? unitLabelOver(label, [{ text: value, offset: valueOffset }]) : null
  if ((key === null && unit === null) || !value || labelOf(value) !== null) return false
  entries.push({ key: unit?.key ?? key, label, lines: [{ text: value, offset: valueOffset }], lineIndex: line.index, labelOffset: line.offset + start, ...(unit && { currency: unit.currency }) })
  return true
}

/**
 * "Beneficiary state: Latvia | Project number: LV0063 | Sector: …": a fact table flattened into a
 * line with a bar between its cells. Read cell by cell when two cells at least are "Label: value"
 * and the lexicon knows one label of them.
 */
function addPipedEntries(entries: Entry[], line: Line, bare?: ReadonlySet<LabelKey>): boolean {
  const cells: ValueLine[] = []
  let start = 0
  for (let bar = line.text.indexOf(' | '); start <= line.text.length; bar = line.text.indexOf(' | ', start)) {
    const end = bar === -1 ? line.text.length : bar
    const raw = line.text.slice(start, end)
    const cell = raw.trim()
    if (cell) cells.push({ text: cell, offset: line.offset + start + raw.indexOf(cell) })
    if (bar === -1) break
    start = bar + 3
  }
  if (cells.filter((cell) => isLabelledCell(cell.text)).length < 2) return false
  const read: Entry[] = []
  for (const cell of cells) addInlineEntry(read, line, cell.text, cell.offset, bare)
  if (read.length === 0) return false
  entries.push(...read)
  return true
}

/** A cell shaped "Label: value", known label or not: a short run of words, a colon, a value. */
function isLabelledCell(text: string): boolean {
  const colon = text.indexOf(':')
  return colon > 1 && colon <= 40 && colon < text.length - 1
}

/** "Label: value" in one cell (`text`, trimmed, at `offset`). */
function addInlineEntry(entries: Entry[], line: Line, text: string, offset: number, bare?: ReadonlySet<LabelKey>): void {
  const inline: { key: LabelKey; valueStart: number; currency?: string } | null = inlineLabelOf(text, bare) ?? inlineAmountLabel(text)
  if (!inline) return
  const full = text.slice(inline.valueStart)
  const next = nextLabelledSentence(full)
  // The value keeps its sentence's full stop only where no other fact follows it.
  const value = (next < 0 ? full : full.slice(0, next).trimEnd().slice(0, -1)).trim()
  if (value) {
    entries.push({
      key: inline.key,
      label: text.slice(0, inline.valueStart).trim(),
      lines: [{ text: value, offset: offset + inline.valueStart }],
      lineIndex: line.index,
      labelOffset: offset,
      ...(inline.currency !== undefined && { currency: inline.currency }),
    })
  }
  if (next >= 0) addInlineEntry(entries, line, full.slice(next), offset + inline.valueStart + next, bare)
}

/** "Projekta partneri: A, B", or the label alone, its value on the lines below. */
function isLabelledSentence(text: string): boolean {
  return inlineLabelOf(text) !== null || labelOf(text) !== null
}

/**
 * A print's prose may run the next fact on after a full stop: "Projekta īstenotājs - X. Projekta
 * partneri: A, B", "Исполнитель проекта – X. Партнёры проекта – A и B". Where the sentence that opens with a known label starts in `value`, or -1.
 */
function nextLabelledSentence(value: string): number {
  // Only a sentence before the value's last colon (or a label's dash: "Партнёры проекта – A") can open
  // with a label: a value without one is passed at once.
  const lastColon = Math.max(value.lastIndexOf(':'), value.lastIndexOf(' – '), value.lastIndexOf(' — '))
  let stop = lastColon < 0 ? -1 : value.indexOf('. ')
  while (stop > 0 && stop < lastColon) {
    // A text browser's margin may follow where its wrapped lines were joined ("… заключения.  Партнёры …").
    let start = stop + 2
    while (start < value.length && isSpaceCode(value.charCodeAt(start))) start++
    const first = value[start]
    // Cheap test first: the sentence opens with a capital.
    if (first !== undefined && first !== first.toLowerCase() && isLabelledSentence(value.slice(start))) return start
    stop = value.indexOf('. ', start)
  }
  return -1
}

/** A bare money figure on its own ("€ 15,144", "70,000.00 LTL", "114 883,57 €"). */
function isFigure(text: string): boolean {
  if (text.length > 60) return false
  // "41 225 eurot (85%)": the sum's share of the whole, in brackets after it, is no other figure.
  const figure = text.endsWith('%)') ? text.replace(SHARE_AFTER, '') : text
  const money = findMoney(figure)
  return money.length === 1 && figure.trim() === money[0]!.text
}

/** Whether a row's rest holds another cell break (a tab or three spaces). */
function hasCellGap(text: string): boolean {
  return text.includes('\t') || text.includes('   ')
}

const SHARE_AFTER = /\s*\(\d{1,3}(?:[.,]\d{1,2})?\s?%\)$/

/**
 * A line of nothing but one sum, maybe in two currencies and hedged: "70,000.00 LTL",
 * "45,500.00 LTL (13,177.71 EUR)", "approximately USD 13,000 (32,000.00 LTL)".
 */
function isFigureLine(text: string): boolean {
  if (text.length > 120) return false
  const money = findMoney(text)
  if (money.length === 0 || money.length > 3) return false
  let end = 0
  for (const [index, figure] of money.entries()) {
    if (!isEquivalenceGap(text.slice(end, figure.offset), index > 0)) return false
    end = figure.offset + figure.length
  }
  return isEquivalenceGap(text.slice(end), false)
}

/**
 * The longest label an unknown money label may be: "Grant from the crime prevention fund of the
 * Ministry of Justice:" names its source in full, and a longer line is a sentence (a line label's own limit is 80).
 */
const AMOUNT_LABEL_MAX = 80

/**
 * A label the lexicon does not know ("Norway Grants contribution:", "Own contribution:") whose
 * value is a bare figure: its words give the figure's role, as they would in a sentence.
 */
export function amountLabel(label: string, values: readonly ValueLine[]): LabelKey | null {
  if (values.length !== 1 || label.length > AMOUNT_LABEL_MAX || !isFigure(values[0]!.text)) return null
  const words = label.replace(/[:：]\s*$/, '')
  // "Šiauliai City Municipality: 7,400.00 LTL": a municipality's or the state's share, named by its body alone, is co-financing.
  const role = roleFromContext(words, '') ?? (namesNational(words) ? 'cofinancing' : null)
  return role ? `amount:${role}` : null
}

/**
 * An unknown label over one bare number that names its currency ("Projekto vertė, Lt"): the amount
 * key of the label without the unit, and the unit.
 */
function unitLabelOver(label: string, values: readonly ValueLine[]): { key: LabelKey; currency: string } | null {
  if (values.length !== 1 || label.length > 70 || bareFigure(values[0]!.text) === null) return null
  return unitLabelOf(label)
}

/** "EU contribution: EUR 1 000": an unknown label whose value is a bare figure with a role. */
function inlineAmountLabel(text: string): { key: LabelKey; valueStart: number; currency?: string } | null {
  const colon = text.indexOf(':')
  if (colon < 3 || colon > 60) return null
  // The value, trimmed, is [start, end); a bare figure is at most 60 characters (isFigure).
  let start = colon + 1
  let end = text.length
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--
  if (end - start > 60) return null
  const value = [{ text: text.slice(start, end), offset: 0 }]
  const key = amountLabel(text.slice(0, colon), value)
  if (key) return { key, valueStart: start }
  // "Projekto vertė, Lt: 2 482 310,00": the label names the currency of the bare figure.
  const unit = unitLabelOver(text.slice(0, colon), value)
  return unit ? { key: unit.key, valueStart: start, currency: unit.currency } : null
}


/**
 * Whether a line's first cell is "Label: value" starting within its first four characters.
 * `text` is the line trimmed, starting at `start`: the first cell starts there too (what comes
 * before is space), and ends at the first gap (a tab or three spaces) after it, as splitSegments cuts.
 */
function startsInline(text: string, start: number, bare?: ReadonlySet<LabelKey>): boolean {
  if (start >= 4) return false
  const tab = text.indexOf('\t')
  const spaces = text.indexOf('   ')
  const gap = tab === -1 ? spaces : spaces === -1 ? tab : Math.min(tab, spaces)
  const cell = gap === -1 ? text : text.slice(0, gap).trimEnd()
  // "Kopējās izmaksas:<TAB>318 745,60 EUR" under an empty cell ("Projekta beigas:<TAB>"): a label cell, then its
  // value cell. Not a row of three cells or more ("Lead partner   X   Estonia" under "Partners"): a table's row.
  if (gap !== -1 && !hasCellGap(text.slice(gap).trim()) && (labelOf(cell) !== null || isUnknownLabel(cell))) return true
  return inlineLabelOf(cell, bare) !== null
}

/**
 * The line's cells, trimmed, with their offsets: cells are separated by a tab (with the tabs
 * and spaces after it) or by a gap of three or more spaces, as /\t[\t ]*| {3,}/g would find
 * them. Stops after `limit` cells.
 */
function splitSegments(line: Line, limit = Infinity): ValueLine[] {
  const text = line.text
  const segments: ValueLine[] = []
  let start = 0
  let tab = text.indexOf('\t')
  let spaces = text.indexOf('   ')
  while ((tab !== -1 || spaces !== -1) && segments.length < limit) {
    // The leftmost gap; a run of spaces ends at a tab, which starts the next gap.
    let gap: number
    let gapEnd: number
    if (tab !== -1 && (spaces === -1 || tab < spaces)) {
      gap = tab
      gapEnd = tab + 1
      while (gapEnd < text.length && (text.charCodeAt(gapEnd) === 9 || text.charCodeAt(gapEnd) === 32)) gapEnd++
    } else {
      gap = spaces
      gapEnd = spaces + 3
      while (gapEnd < text.length && text.charCodeAt(gapEnd) === 32) gapEnd++
    }
    pushSegment(segments, line, start, gap)
    start = gapEnd
    if (tab !== -1 && tab < gapEnd) tab = text.indexOf('\t', gapEnd)
    if (spaces !== -1 && spaces < gapEnd) spaces = text.indexOf('   ', gapEnd)
  }
  if (segments.length < limit) pushSegment(segments, line, start, text.length)
  return segments
}

/** The trimmed text of [start, end) of the line, when not blank. */
function pushSegment(segments: ValueLine[], line: Line, start: number, end: number): void {
  const text = line.text
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--
  if (start < end) segments.push({ text: text.slice(start, end), offset: line.offset + start })
}

/** The first entry for a key, if any. */
export function first(entries: readonly Entry[], key: LabelKey): Entry | undefined {
  return entries.find((entry) => entry.key === key)
}
