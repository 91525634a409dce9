/**
 * Pages saved hard-wrapped: every paragraph broken into lines of 60–100 columns, so a name, a
 * date ("2018.\ngada 31. augustam") or a figure and its currency stand on two lines. The
 * unwrapped text joins the lines of a paragraph with a space in place of the newline: the same
 * length, so every offset read from it is an offset in the original text.
 */
import { Doc } from '../doc.js'
import { inlineLabelOf } from '../lexicon/labels.js'
import { isLabelLine } from './labelled.js'
import { indicatorOf, listItemAt } from './lists.js'
import { cardFieldOf } from './cards.js'
import { isChromeLine, isLetter, lineEndHyphen, MARGIN } from './text.js'
import { isPageNumberLine, isRepeatedLine } from './page-top.js'

/** Wrapped lines are at least this long: a shorter line ends a heading, a label or a paragraph. */
export const WRAPPED_MIN = 50
/** And at most this long: a page that is not wrapped writes a paragraph on one longer line. */
const WRAPPED_MAX = 110
/** How many joints make a page hard-wrapped, not a page with one long heading over its text. */
const JOINTS_MIN = 2

/** The document with its wrapped paragraphs on one line each, or `doc` itself when it is not hard-wrapped. */
export function unwrapped(doc: Doc): Doc {
  const joints = wrapJoints(doc)
  if (joints.length < JOINTS_MIN) return doc
  const chars = doc.text.split('')
  for (const index of joints) {
    const next = doc.lines[index + 1]!
    chars[next.offset - 1] = ' '
    // A text browser indents every line ("…; Norra" / "   Politseidirektoraat"): joined, the margin
    // would read as a gap between two cells, so it becomes no-break spaces, which squash still folds.
    // A line of cells keeps its spaces: the gaps there are the table's.
    if (hasCells(next.text.trim())) continue
    for (let at = 0; at < next.text.length && next.text.charCodeAt(at) === 32; at++) chars[next.offset + at] = MARGIN
    mendBrokenWord(chars, doc.lines[index]!, next)
  }
  return new Doc(chars.join(''))
}

/**
 * `flat` (`doc` unwrapped) with the sentences a printed page's break cut joined over the page's foot
 * and the next page's head, for the prose readers; `flat` itself when no break cuts one. The title and
 * chrome readers keep `flat`: there the running head repeated below tells a print's head from a title.
 */
export function joinedOverPageBreaks(doc: Doc, flat: Doc): Doc {
  const pairs = pageBreakJoints(doc)
  if (!pairs.length) return flat
  const chars = flat.text.split('')
  for (const [index, next] of pairs) joinOverPageBreak(chars, doc.lines[index]!, doc.lines[next]!)
  return new Doc(chars.join(''))
}

/** How many lines a printed page's foot and the next page's head take at most (footer, page number, blanks, running head). */
const PAGE_BREAK_LINES = 10

/**
 * A sentence a PDF's page break cuts ("The project started" / footer, "Page 1 of 2", running head /
 * "on 1 April 2008 and …"): pairs of the line before the break and the line that goes on after it.
 * Only the printed page's own lines stand between: blanks, a page number, and lines the print
 * repeats on every page (its running head, its footer with the address and print time).
 */
function pageBreakJoints(doc: Doc): Array<[number, number]> {
  const pairs: Array<[number, number]> = []
  const lines = doc.lines
  for (let index = 0; index + 2 < lines.length; index++) {
    // A break lies where a wrapped line without a sentence's end stands over a blank or a page's own line.
    if (lines[index + 1]!.text.trim() && !lines[index + 1]!.text.startsWith('\f')) continue
    const text = lines[index]!.text.trim()
    if (!isWrappedLine(text) || !isLetter(text.charAt(text.length - 1))) continue
    const next = afterPageBreak(doc, index + 1)
    if (next !== -1) pairs.push([index, next])
  }
  return pairs
}

/** The line after a printed page's foot and the next page's head that start at `from`, when one goes on lower-case; else -1. */
function afterPageBreak(doc: Doc, from: number): number {
  let paged = false
  for (let at = from; at < Math.min(doc.lines.length, from + PAGE_BREAK_LINES); at++) {
    const raw = doc.lines[at]!.text
    // pdftotext opens each page with a form feed.
    paged ||= raw.startsWith('\f')
    const text = raw.replace('\f', '').trim()
    if (!text) continue
    if (isPageNumberLine(text)) paged = true
    // A print's head and footer set their parts far apart: only such a line is looked for again in the text.
    else if (!text.includes('   ') || !isRepeatedLine(doc.text, text)) return paged && startsLowerCase(text) && isLetter(text.charAt(0)) ? at : -1
  }
  return -1
}

/** The text between the two lines becomes a margin: the sentence reads on, every offset stays. */
function joinOverPageBreak(chars: string[], line: { text: string; offset: number }, next: { offset: number }): void {
  const end = line.offset + line.text.length
  chars[end] = ' '
  for (let at = end + 1; at < next.offset; at++) chars[at] = MARGIN
}

/**
 * A PDF's text hyphenates a word at the line's end ("in coopera-" over "tion with …"): joined, the
 * word is whole again where its head stood, and the margin goes after it and whatever sticks to it
 * ("„normalu-" over "mo“ principą": "„normalumo“", then the margin before " principą"), where the
 * next gap folds it away; every offset past that gap stays. As `mendBrokenWords`: two lower-case
 * letters before the hyphen, a lower-case tail; a compound's hyphen stays (`lineEndHyphen`).
 */
function mendBrokenWord(chars: string[], line: { text: string; offset: number }, next: { text: string; offset: number }): void {
  const end = line.text.trimEnd()
  if (end.charCodeAt(end.length - 1) !== 45) return
  let headStart = end.length - 1
  while (headStart > 0 && isLetter(end.charAt(headStart - 1))) headStart--
  const head = end.slice(headStart, -1)
  if (head.length < 2 || !isLowerCase(head.charAt(head.length - 1)) || !isLowerCase(head.charAt(head.length - 2))) return
  let tailStart = 0
  while (tailStart < next.text.length && next.text.charCodeAt(tailStart) === 32) tailStart++
  let tailEnd = tailStart
  while (tailEnd < next.text.length && isLetter(next.text.charAt(tailEnd))) tailEnd++
  const tail = next.text.slice(tailStart, tailEnd)
  const hyphen = tail && isLowerCase(tail.charAt(0)) ? lineEndHyphen(head, tail) : 'shortened'
  if (hyphen === 'shortened') return
  let stuckEnd = tailEnd
  while (stuckEnd < next.text.length && next.text.charCodeAt(stuckEnd) !== 32 && next.text.charCodeAt(stuckEnd) !== 9) stuckEnd++
  const from = line.offset + headStart
  const to = next.offset + stuckEnd
  const word = (hyphen === 'compound' ? `${head}-` : head) + next.text.slice(tailStart, stuckEnd)
  for (let at = 0; at < word.length; at++) chars[from + at] = word.charAt(at)
  for (let at = from + word.length; at < to; at++) chars[at] = MARGIN
}

function isLowerCase(char: string): boolean {
  return char !== char.toUpperCase()
}

/** Indexes of the lines whose newline is a wrap; none when some line of running text is longer than a wrap. */
export function wrapJoints(doc: Doc): number[] {
  const joints: number[] = []
  const lines = doc.lines
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index]!.text.trim()
    // A long address or a long line of cells says nothing of how the page's prose is wrapped.
    if (text.length > WRAPPED_MAX && text.includes(' ') && !hasCells(text) && !isLinkReference(text)) return []
    if (!text) continue
    const opensBlock = index === 0 || !lines[index - 1]!.text.trim()
    if (index + 1 < lines.length && isWrappedLine(text) && continuesLine(doc, index + 1) && continuesItem(doc, index)) {
      if (!opensBlock || nextWordOverflows(doc, index, blockWidth(doc, index))) joints.push(index)
    }
  }
  return joints
}

/** "16. https://…": an entry of a text browser's list of the page's links, one address however long. */
function isLinkReference(trimmed: string): boolean {
  const first = trimmed.charCodeAt(0)
  return first >= 48 && first <= 57 && trimmed.indexOf(' ') === trimmed.lastIndexOf(' ') && LINK_REFERENCE.test(trimmed)
}

const LINK_REFERENCE = /^\d{1,4}\. \S+$/

/** The length of the longest line of the block (lines between blank ones) that starts at `index`. */
function blockWidth(doc: Doc, index: number): number {
  let width = 0
  for (let at = index; at < doc.lines.length; at++) {
    const length = doc.lines[at]!.text.trimEnd().length
    if (length === 0) break
    if (length <= WRAPPED_MAX) width = Math.max(width, length)
  }
  return width
}

/** Columns a wrapped line may fall short of its block's longest line by and still have moved its next word down. */
const WRAP_SLACK = 5

/**
 * Whether the next line's first word would not have fit on line `index` (the first of its block)
 * within about the block's width: a wrap moves a word down only then. A heading right over its
 * lead ("Community policing against domestic violence in Jēkabpils" then "The project …") would
 * have taken the lead's first word, so its line ends there.
 */
function nextWordOverflows(doc: Doc, index: number, width: number): boolean {
  const next = doc.lines[index + 1]!.text.trim()
  const space = next.indexOf(' ')
  const word = space === -1 ? next.length : space
  return doc.lines[index]!.text.trimEnd().length + 1 + word > width - WRAP_SLACK
}

/** A line that may have been broken by a wrap: long enough, not cells, not a label waiting for its value. */
function isWrappedLine(text: string): boolean {
  if (text.length < WRAPPED_MIN || text.length > WRAPPED_MAX || hasCells(text)) return false
  const last = text.charCodeAt(text.length - 1)
  return last !== 58 && last !== 0xff1a
}

/** Whether line `index` goes on with the line above: not blank, not a list item, a label, or a date alone. */
function continuesLine(doc: Doc, index: number): boolean {
  const text = doc.lines[index]!.text.trim()
  if (!text || isLabelLine(text) || isChromeLine(text) || startsWithLabel(text)) return false
  // "Latvia (LV) - Latgale" under a partner's name is a detail of its card, not the name going on.
  if (isItem(doc, index) || cardFieldOf(text) !== null) return false
  // "Number of X: 80" over "Number of Y: 12": indicator lines whose list marks a PDF's text dropped, not a wrap.
  if (isIndicatorPair(doc.lines[index - 1]?.text.trim() ?? '', text)) return false
  // A banner in capitals over a menu ("EEE IR NORVEGIJOS … LIETUVOJE" / "Pradžia  Programos …"):
  // a heading wrapped in capitals goes on in capitals.
  if (isInCapitals(doc.lines[index - 1]?.text ?? '') && !isInCapitals(text)) return false
  const label = inlineLabelOf(text)
  // "finansējums – 64 800 EUR" in running text is no label: a labelled line puts a colon after it.
  return label === null || !text.slice(0, label.valueStart).includes(':')
}

/** Two lines that each end in a figure and read as an indicator (the figure test first: it is cheap). */
function isIndicatorPair(above: string, text: string): boolean {
  return endsInDigit(above) && endsInDigit(text) && indicatorOf(above) !== null && indicatorOf(text) !== null
}

function endsInDigit(text: string): boolean {
  const last = text.charCodeAt(text.length - 1)
  return last >= 48 && last <= 57
}

/**
 * Whether line `index` is a list item. "2017. gada\n1. martā uzsāka …": a wrap before a day looks
 * like a numbered item, but no item starts lower-case, unless a form's sub-point numbers it ("7.2. apmokyti …").
 */
function isItem(doc: Doc, index: number): boolean {
  const item = listItemAt(doc, index)
  return item !== null && !(item.numbered && startsLowerCase(item.text) && !SUB_POINT.test(doc.lines[index]!.text))
}

/** A form's sub-point number ("7.2. "), which no wrapped date leaves at a line's start. */
const SUB_POINT = /^[ \t]*[1-9]\.[1-9]\d?\.[ \t]/

/**
 * A list item goes on only in an indented line (an item ends its line more often than it wraps), or in
 * one that opens with a lower-case letter: an interview's answer after its dialogue dash ("– Общий бюджет
 * … 2,48 млн литов," / "выделяет Норвегия, …") goes on as its sentence does, where a new item has its mark.
 */
function continuesItem(doc: Doc, index: number): boolean {
  if (!isItem(doc, index)) return true
  const next = doc.lines[index + 1]!.text
  return next.startsWith(' ') || next.startsWith('\t') || (isLetter(next.charAt(0)) && startsLowerCase(next))
}

/** Letters, and none of them lower-case. */
function isInCapitals(text: string): boolean {
  // Most lines show a plain lower-case letter within a few characters: only the rest need the Unicode classes.
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (code >= 97 && code <= 122) return false
    if (code > 127) break
  }
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text)
}

function startsLowerCase(text: string): boolean {
  const first = text.charAt(0)
  return first !== first.toUpperCase()
}

/** "Veiksmų programos prioritetas: 8. …": a few words and a colon open a labelled line the lexicon does not know. */
function startsWithLabel(text: string): boolean {
  const colon = text.indexOf(':')
  if (colon < 2 || colon > 45) return false
  const head = text.slice(0, colon)
  return !/[0-9.,;!?"„“”]/.test(head) && head.split(' ').length <= 5
}

function hasCells(text: string): boolean {
  return text.includes('\t') || text.includes('   ')
}
