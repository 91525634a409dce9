/**
 * Bullet and numbered lists, and the numeric indicators some of them carry
 * ("• Number of syringes distributed - 7295;", "Number of new clients: 14",
 * "… per person per month -23" where the dash is a separator, not a minus).
 */
import type { Doc } from '../doc.js'
import type { Indicator } from '../../schema/record.js'
import { isAsciiLetter } from './anchored.js'
import { isDigitCode } from '../../normalise/code-units.js'
import { isSpaceCode, joinLines, squash } from './text.js'
import { inlineLabelOf } from '../lexicon/labels.js'
import { lazyPattern } from '../../normalise/lazy-pattern.js'

export interface ListItem {
  text: string
  offset: number
  lineIndex: number
  numbered: boolean
  /** Index of the item's last line: a long item wraps onto lines indented under its text. */
  lastLineIndex: number
}

// A PDF's text keeps a Word list's Symbol-font marks as private-use characters ("\uF0B7", "\uF0A7",
// "\uF0D8", "\uF0FC") and may set a dash mark as the minus sign ("−") or a hyphen bullet ("⁃").
// A messenger post sets a mark in its emoji form, the variation selector after it ("▪️", "►️").
// A post copied from a social network marks its items with emoji ("👉 X", "✅ X", "🔹 X", "➡️ X").
const BULLET = /^[ \t]{0,12}(?:[•·▪◦●○■□➢►✓*‣⁃\uF0B7\uF0A7\uF0D8\uF0FC]\uFE0F?|[-–—−‒](?=\s)|(?:👉|🔹|🔸|🔷|🔶|📌|🟢|✅|✔|☑|➡|▶|⭐)\uFE0F?(?=\s))[ \t]{0,8}/
// A form's sub-points number under their point ("7.1. parengti …"): a first number of one digit, then
// numbers without a leading zero, so a date's day and month ("12.05.", "1.05.") are no item's number.
const NUMBERED = /^[ \t]{0,12}(?:\d{1,2}|[1-9](?:\.[1-9]\d?){1,2})[.)](?!\d)[ \t]{1,8}/

/**
 * Where a lettered item's mark ends ("a) To establish …", "b) To improve …", as a report form or a
 * Word list letters its points): one lower-case letter, ")" and a space or tab at `indent`; -1 when
 * the line has none. Read by hand: most lines start with a letter, and few with this mark.
 */
function letteredMarkEnd(text: string, indent: number): number {
  const letter = text.charCodeAt(indent)
  if (letter < 97 || letter > 122 || text.charCodeAt(indent + 1) !== 41) return -1
  const after = text.charCodeAt(indent + 2)
  return after === 32 || after === 9 ? indent + 2 : -1
}

/** Characters a list marker can start with, after its indent: BULLET's marks and dashes, NUMBERED's digits. */
// An emoji past the Basic Multilingual Plane starts with its high surrogate (\uD83D for 👉, 🔹, 📌, 🟢).
const MARKER_START = new Set([...'•·▪◦●○■□➢►✓*‣⁃\uF0B7\uF0A7\uF0D8\uF0FC-–—−‒0123456789✅✔☑➡▶⭐\uD83D'].map((c) => c.charCodeAt(0)))

export function listItemAt(doc: Doc, lineIndex: number): ListItem | null {
  const line = doc.lines[lineIndex]
  if (!line) return null
  // Both markers are an indent of at most 12 spaces or tabs, then a mark or a digit: a line
  // whose first character past its indent is neither holds no marker.
  let indent = 0
  while (indent < line.text.length && (line.text.charCodeAt(indent) === 32 || line.text.charCodeAt(indent) === 9)) indent++
  if (indent > 12) return null
  const lettered = letteredMarkEnd(line.text, indent)
  if (lettered === -1 && !MARKER_START.has(line.text.charCodeAt(indent))) return null
  const bullet = lettered === -1 ? BULLET.exec(line.text) : null
  const marker = lettered === -1 ? (bullet?.[0] ?? NUMBERED.exec(line.text)?.[0]) : line.text.slice(0, lettered)
  if (marker === undefined) return null
  // The item is the rest of the line, trimmed: [start, end).
  const text = line.text
  let start = marker.length
  let end = text.length
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--
  if (start === end) return null
  return { text: text.slice(start, end), offset: line.offset + start, lineIndex, numbered: bullet === null, lastLineIndex: lineIndex }
}

/**
 * The item with the lines that continue it: "  • Number of HIV rapid tests performed among" /
 * "    clients of the exchange point - 128;". A continuation stands under the item's text (indented
 * as far as the text starts after the mark, or further) and is no item of its own. Readers that walk a list call this once
 * per item and go on after `lastLineIndex`.
 */
export function wholeItem(doc: Doc, item: ListItem): ListItem {
  // Where the item's text starts on its line: a continuation is indented at least as far.
  const textColumn = item.offset - doc.lines[item.lineIndex]!.offset
  let last = item.lineIndex
  let text = item.text
  for (let index = item.lineIndex + 1; index < doc.lines.length; index++) {
    const line = doc.lines[index]!.text
    const indent = indentOf(line)
    if (indent < textColumn || indent === line.length || isMarkedLine(line, indent)) break
    text = joinLines(text, line.slice(indent).trimEnd())
    last = index
  }
  return last === item.lineIndex ? item : { ...item, text, lastLineIndex: last }
}

/** The number of spaces and tabs a line starts with. */
function indentOf(text: string): number {
  let indent = 0
  while (indent < text.length && (text.charCodeAt(indent) === 32 || text.charCodeAt(indent) === 9)) indent++
  return indent
}

/** Whether a list mark starts the line at its indent (the test listItemAt makes, without reading the item). */
function isMarkedLine(text: string, indent: number): boolean {
  if (indent > 12) return false
  return letteredMarkEnd(text, indent) !== -1 || (MARKER_START.has(text.charCodeAt(indent)) && (BULLET.test(text) || NUMBERED.test(text)))
}

/** Consecutive list items from `start` (blank lines between items allowed), stopping at prose. */
export function listFrom(doc: Doc, start: number, end = doc.lines.length): ListItem[] {
  const items: ListItem[] = []
  for (let index = start; index < end; index++) {
    const text = doc.lines[index]!.text
    if (!text.trim()) continue
    const found = listItemAt(doc, index)
    if (!found) break
    const item = wholeItem(doc, found)
    items.push(item)
    index = item.lastLineIndex
  }
  return items
}

/** Every list item in a line range. */
export function listItems(doc: Doc, start = 0, end = doc.lines.length): ListItem[] {
  const items: ListItem[] = []
  for (let index = start; index < Math.min(end, doc.lines.length); index++) {
    const found = listItemAt(doc, index)
    if (!found) continue
    const item = wholeItem(doc, found)
    items.push(item)
    index = item.lastLineIndex
  }
  return items
}

// label + separator (" - ", "-", ":", " – ") + a number that ends the item, perhaps with its unit: "%"
// or the people it counts ("Участники групп взаимопомощи – 47 человек", "Trained – 24 persons").
const PEOPLE_UNITS = 'человек|чел\\.|persons|people|personas|cilvēki|asmenys|žmonės|inimest'
const INDICATOR = lazyPattern(() =>
  new RegExp(
    String.raw`^(?<label>[^:;]{3,300}?)\s{0,4}(?:[-–—:]\s{0,4})(?<value>\d{1,3}(?:[ ,.]\d{3}){1,4}|\d{1,12}(?:[.,]\d{1,4})?)\s{0,2}(?<unit>%|${PEOPLE_UNITS})?\s{0,2}[;.]?$`,
    'u',
  ),
)
/** A figure, then the people it counts, ending an item. */
const PEOPLE_TAIL = lazyPattern(() => new RegExp(String.raw`[0-9]\s{0,2}(?:${PEOPLE_UNITS})\s{0,2}[;.]?$`, 'u'))
/** The most characters PEOPLE_TAIL spans: a digit, spaces, the longest unit, spaces and a stop. */
const PEOPLE_TAIL_MAX = 1 + 2 + Math.max(...PEOPLE_UNITS.split('|').map((unit) => unit.replace('\\', '').length)) + 2 + 1

/**
 * A list item's label and figure set in two columns, as a PDF's text of a report form gives them
 * ("• koolitatud õpetajate arv            28"): a gap of three spaces or more, or tabs, parts them.
 */
const INDICATOR_COLUMNS = /^(?<label>[^:;]{3,300}?)(?: {3,}|\t+)(?<value>\d{1,3}(?:[ ,.]\d{3}){1,4}|\d{1,12}(?:[.,]\d{1,4})?)\s{0,2}(?<unit>%)?\s{0,2}[;.]?$/u

/**
 * An explicit numeric indicator, or null when the item is prose with numbers in it. `columns`
 * (for a marked list item) also reads a label and figure parted by a column's gap, unless the
 * figure reads as a year ("• Projekt algas      2009").
 */
export function indicatorOf(text: string, columns = false): Indicator | null {
  if (text.length > 400 || !endsInFigure(text)) return null
  const indicator = readIndicator(text) ?? leaderIndicator(text)
  if (indicator || !columns) return indicator
  const match = INDICATOR_COLUMNS.exec(text)
  if (!match?.groups || /^(?:19|20)\d\d$/.test(match.groups.value!)) return null
  return indicatorFrom(match.groups.label!, match.groups.value!, match.groups.unit)
}

/**
 * A label and figure parted by dot leaders, as a report form's table of results prints them
 * ("Number of syringes distributed ........ 18 300"). Read only when the label counts things: a
 * contents line ("Project objectives ........ 3") has the same form with a heading and a page number.
 */
const LEADER_INDICATOR = /^(?<label>[^:;]{3,300}?)\s?(?:\.{3,}|…{2,})\s{0,8}(?<value>\d{1,3}(?:[ ,.]\d{3}){1,4}|\d{1,12}(?:[.,]\d{1,4})?)\s{0,2}(?<unit>%)?\s{0,2}[;.]?$/u

export function leaderIndicator(text: string): Indicator | null {
  const match = LEADER_INDICATOR.exec(text)
  if (!match?.groups || !countsThings(match.groups.label!.trim())) return null
  return indicatorFrom(match.groups.label!, match.groups.value!, match.groups.unit)
}

/**
 * "* 46 schools took part in the programme", "• 9 800 pupils reached": a result stated with its figure
 * first, as a programme's results list sets it; the words after the figure are the label. Asked only
 * under a results heading, where a figure opening an item counts what was achieved.
 */
export function figureFirstIndicator(text: string): Indicator | null {
  const item = text.replace(BULLET, '')
  if (item.length > 200 || item === text || !isDigitCode(item.charCodeAt(0))) return null
  const match = FIGURE_FIRST().exec(item)
  if (!match) return null
  const label = match[2]!.trim().replace(/[.;,]+$/, '')
  if (!/\s/.test(label) || /[0-9]/.test(label)) return null
  const value = indicatorValue(match[1]!, `number of ${label}`)
  return value === null ? null : { label, value, unit: null }
}

/** A whole figure (in groups of three after a space, comma or dot, or not) then a word. */
const FIGURE_FIRST = lazyPattern(() => /^(\d{1,3}(?:[ ,.]\d{3})+|\d+) (\p{L}.*)$/u)

/** INDICATOR's reading of an item, without `indicatorOf`'s cheap look at how it ends. */
export function readIndicator(text: string): Indicator | null {
  const match = INDICATOR().exec(text)
  if (!match?.groups) return null
  return indicatorFrom(match.groups.label!, match.groups.value!, match.groups.unit)
}

/** An indicator of a label and figure a pattern read, when the label reads as one. */
function indicatorFrom(rawLabel: string, rawValue: string, unit: string | undefined): Indicator | null {
  // A wrapped item a text browser's page was unwrapped into keeps the next line's indent: one space, as read.
  // "количество семей, получивших консультации, – 124": a comma before the dash closes the clause, not the label.
  let label = squash(rawLabel.trim().replace(/[\s,\-–—]+$/, ''))
  // "Follow-up response rate (%): 78": the unit in brackets at the label's end is the figure's.
  const bracketed = unit === undefined ? UNIT_IN_BRACKETS.exec(label) : null
  if (bracketed) {
    label = label.slice(0, bracketed.index)
    unit = bracketed[1]!
  }
  // A label is a phrase: two words at least, or one long compound noun in lower case (Estonian
  // "nõustamispunkte - 2"), and it must not end in a dangling word like "of".
  if (!isPhrase(label) || !hasTwoLetters(label) || /\b(?:of|in|and|per|the)$/i.test(label)) return null
  if (!readsAsLabel(label)) return null
  const value = indicatorValue(rawValue, label)
  if (value === null) return null
  return { label, value, unit: unit ?? null }
}

/** A unit in brackets at a label's end: per cent, euro, kilometres, hours. */
const UNIT_IN_BRACKETS = /\s*\((%|EUR|€|km|hours|h)\)$/

/** The fewest letters of a one-word label: a compound such as "nõustamispunkte", not "Tel" or "Nr". */
const COMPOUND_LABEL_MIN = 10

/**
 * Two words or more, or one lower-case word as long as a compound noun (a name or heading is capitalised),
 * or two lower-case words joined by a hyphen, the first perhaps capitalised ("Учеников-волонтёров",
 * "Школ-участниц"; a place's "Narva-Jõesuu" capitalises both).
 */
function isPhrase(label: string): boolean {
  if (/\s/.test(label)) return true
  if (label.includes('-') && HYPHENED_WORDS().test(label)) return true
  return label.length >= COMPOUND_LABEL_MIN && /^\p{Ll}+$/u.test(label)
}

const HYPHENED_WORDS = lazyPattern(() => /^\p{Lu}?\p{Ll}{2,}-\p{Ll}{3,}$/u)

/**
 * The number of an indicator's figure. Groups of three after a space or a comma are thousands
 * ("2 315", "22,026"). After dots they are thousands when there are two dots ("1.234.567") or the
 * label counts things, whose number is whole ("Number of syringes distributed: 14.250"); one dot
 * is else a decimal point. Dots mixed with other separators ("1,234.567") give no reading.
 */
function indicatorValue(raw: string, label: string): number | null {
  let digits = raw.replace(',', '.')
  if (GROUPED.test(raw)) {
    const dots = raw.split('.').length - 1
    const separators = raw.length - raw.replace(/[ ,.]/g, '').length
    if (dots === 0) digits = raw.replace(/[ ,]/g, '')
    else if (dots !== separators) return null
    else if (dots > 1 || countsThings(label)) digits = raw.replace(/\./g, '')
    else digits = raw
  }
  const value = Number(digits)
  return Number.isFinite(value) ? value : null
}

/** A figure in groups of three after its first one to three digits. */
const GROUPED = /^\d{1,3}(?:[ ,.]\d{3})+$/

/** Words that make a label a count: "Number of …", "No. of …", or the Baltic "… skaits", "… skaičius", "… arv". */
const COUNT_WORDS = /^(?:(?:the )?(?:total )?(?:number|no\.) of )|\s(?:skaits|skaičius|arv)$/i

function countsThings(label: string): boolean {
  return COUNT_WORDS.test(label)
}

/**
 * A figure may stand inside a label ("… stayed in treatment for 6 months - 71") but not start it
 * ("1 st group (17 inmates) - 9"), not end it ("Stage 2 - 45") and not be a year ("Clients 2009 - 45").
 */
function readsAsLabel(label: string): boolean {
  if (!/[0-9]/.test(label)) return true
  const lastSpace = label.lastIndexOf(' ')
  return !/^[0-9]/.test(label) && !/[0-9]/.test(label.slice(lastSpace + 1)) && !/[0-9]{4}/.test(label)
}

/**
 * Whether `label` holds two letters in a row (`\p{L}{2}`). Two ASCII letters prove it without the
 * Unicode class, which costs a compile on the first indicator; other labels ask the class.
 */
export function hasTwoLetters(label: string): boolean {
  for (let at = 1; at < label.length; at++) if (isAsciiLetter(label.charCodeAt(at)) && isAsciiLetter(label.charCodeAt(at - 1))) return true
  return /\p{L}{2}/u.test(label)
}

/**
 * Whether the text ends as INDICATOR's value does: a digit, then at most four spaces and one "%"
 * (`\s{0,2}(%)?\s{0,2}`), then perhaps ";" or ".". A value always ends in a digit, so an item
 * failing this cannot match, and most prose items are rejected without running the pattern.
 */
function endsInFigure(text: string): boolean {
  let end = text.length
  const last = text.charCodeAt(end - 1)
  if (last === 59 || last === 46) end--
  // The tail is at most five spaces and "%"; the digit before it stops the walk back.
  for (let tail = 0; tail < 5 && end > 0; tail++) {
    const code = text.charCodeAt(end - 1)
    if (code !== 37 && !isSpaceCode(code)) break
    end--
  }
  if (isDigitCode(text.charCodeAt(end - 1))) return true
  // "… – 47 человек": a word ends it only when it is a unit of people after the figure.
  return PEOPLE_TAIL().test(text.slice(-PEOPLE_TAIL_MAX))
}

/** The fewest lines a run of unmarked indicators needs: one line alone may be any "Label: 12". */
const UNMARKED_RUN_MIN = 2

/**
 * Indicator lines that lost their list marks, as a browser's reader view or a copy of the page
 * leaves a list (each item an indented line, or a paragraph of its own at the margin): runs of at
 * least two lines that each read as an indicator ("    Number of rapid HIV tests performed – 214"),
 * with no other line among them. Blank lines between the items do not end a run: a copied reader
 * view parts its paragraphs with them.
 */
export function unmarkedIndicators(doc: Doc, start = 0, end = doc.lines.length): Array<{ indicator: Indicator; offset: number; length: number }> {
  const found: Array<{ indicator: Indicator; offset: number; length: number }> = []
  let run: typeof found = []
  const close = (): void => {
    if (run.length >= UNMARKED_RUN_MIN) found.push(...run)
    run = []
  }
  for (let index = start; index < Math.min(end, doc.lines.length); index++) {
    const line = doc.lines[index]!
    const indent = indentOf(line.text)
    if (indent === line.text.length) continue
    // A marked line is no such item (marked items are read as list items).
    if (isMarkedLine(line.text, indent)) {
      close()
      continue
    }
    const text = line.text.slice(indent).trimEnd()
    // A text-mode dump indents every line: a fact the lexicon knows ("Total budget: 12,000") is no indicator.
    const indicator = indicatorOf(text)
    if (!indicator || inlineLabelOf(text) !== null) {
      close()
      continue
    }
    run.push({ indicator, offset: line.offset + indent, length: text.length })
  }
  close()
  return found
}
