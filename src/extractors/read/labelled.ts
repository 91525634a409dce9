/**
 * Label/value reading shared by every layout. Pages write a fact as
 *   "Label:" on one line and the value on the next lines (EEA "Project facts"),
 *   "Label: value" or "Label<TAB>value" on one line (tables, esparama.lt headers),
 * and sometimes two such pairs on one line, spaced apart. An empty value stays empty:
 * the next label is never shifted into it.
 */
import type { Doc, Line } from '../doc.js'
import { labelOf, inlineLabelOf, type LabelKey } from '../lexicon/labels.js'
import { listItemAt } from './lists.js'
import { roleFromContext } from './amounts.js'
import { findMoney } from '../../normalise/money.js'

export interface ValueLine {
  text: string
  offset: number
}

export interface Entry {
  key: LabelKey | null
  label: string
  /** The value's lines (one for inline values), trimmed, with their offsets. */
  lines: ValueLine[]
  /** Index of the line holding the label. */
  lineIndex: number
  labelOffset: number
}

export function entryValue(entry: Entry): string {
  return entry.lines.map((line) => line.text).join(' ').replace(/\s+/g, ' ').trim()
}

export function entryOffset(entry: Entry): number {
  return entry.lines[0]?.offset ?? entry.labelOffset
}

/** A short line ending in a colon reads as a label even when the lexicon does not know it. */
export function isLabelLine(text: string): boolean {
  const trimmed = text.trim()
  if (labelOf(trimmed)) return true
  return trimmed.length > 1 && trimmed.length <= 60 && /[:：]$/.test(trimmed) && !/^[\d\s.,:]+$/.test(trimmed)
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
  const entries: Entry[] = []
  for (let index = options.from ?? 0; index < to; index++) {
    const line = lines[index]!
    const trimmed = line.text.trim()
    if (!trimmed) continue
    const key = labelOf(trimmed)
    if (key || isLabelLine(trimmed)) {
      const values: ValueLine[] = []
      let next = index + 1
      // "Target groups:", a blank line, then a bullet list: the list is the value.
      const afterBlank = nextContent(doc, next, to)
      if (afterBlank > next && afterBlank < to && !isLabelLine(doc.lines[afterBlank]!.text)) {
        const following = doc.lines[afterBlank]!.text
        // "UNODC budget", a blank line, "70,000.00 LTL": a figure under an amount label is its value.
        const figure = key?.startsWith('amount:') === true && isFigure(following)
        if (options.valueAfterBlank || figure || listItemAt(doc, afterBlank)) next = afterBlank
      }
      for (; next < to; next++) {
        const candidate = lines[next]!
        if (!candidate.text.trim()) {
          // Blank lines inside a bullet list do not end it.
          const resume = nextContent(doc, next, to)
          if (values.length && listItemAt(doc, next - 1) && resume < to && listItemAt(doc, resume)) {
            next = resume - 1
            continue
          }
          break
        }
        if (isLabelLine(candidate.text) || inlineAt(candidate, options.bare)) break
        const item = listItemAt(doc, next)
        values.push(item ? { text: item.text, offset: item.offset } : trimmedLine(candidate))
      }
      const amountKey = key ?? amountLabel(trimmed, values)
      entries.push({ key: amountKey, label: trimmed, lines: values, lineIndex: index, labelOffset: line.offset + line.text.indexOf(trimmed) })
      index = next - 1
      continue
    }
    entries.push(...inlineEntries(line, options.bare))
  }
  return entries
}

/** "Label: value", "Label<TAB>value", or several of them on one line separated by tabs or wide gaps. */
export function inlineEntries(line: Line, bare?: ReadonlySet<LabelKey>): Entry[] {
  const segments = splitSegments(line)
  const entries: Entry[] = []
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!
    const exact = labelOf(segment.text)
    const next = segments[i + 1]
    if (exact && next && !labelOf(next.text)) {
      // A tab-separated "cell": the rest of the line is the value, tabs and all.
      const rest = line.text.slice(next.offset - line.offset).trim()
      entries.push({ key: exact, label: segment.text, lines: [{ text: rest, offset: next.offset }], lineIndex: line.index, labelOffset: segment.offset })
      break
    }
    const inline = inlineLabelOf(segment.text, bare) ?? inlineAmountLabel(segment.text)
    if (inline) {
      const value = segment.text.slice(inline.valueStart).trim()
      if (value) {
        entries.push({
          key: inline.key,
          label: segment.text.slice(0, inline.valueStart).trim(),
          lines: [{ text: value, offset: segment.offset + inline.valueStart }],
          lineIndex: line.index,
          labelOffset: segment.offset,
        })
      }
    }
  }
  return entries
}

/** A bare money figure on its own ("€ 15,144", "70,000.00 LTL", "114 883,57 €"). */
function isFigure(text: string): boolean {
  if (text.length > 60) return false
  const money = findMoney(text)
  return money.length === 1 && text.trim() === money[0]!.text
}

/**
 * A label the lexicon does not know ("Norway Grants contribution:", "Own contribution:") whose
 * value is a bare figure: its words give the figure's role, as they would in a sentence.
 */
export function amountLabel(label: string, values: readonly ValueLine[]): LabelKey | null {
  if (values.length !== 1 || label.length > 60 || !isFigure(values[0]!.text)) return null
  const role = roleFromContext(label.replace(/[:：]\s*$/, ''), '')
  return role ? `amount:${role}` : null
}

/** "EU contribution: EUR 1 000": an unknown label whose value is a bare figure with a role. */
function inlineAmountLabel(text: string): { key: LabelKey; valueStart: number } | null {
  const colon = text.indexOf(':')
  if (colon < 3 || colon > 60) return null
  const value = text.slice(colon + 1)
  const key = amountLabel(text.slice(0, colon), [{ text: value.trim(), offset: 0 }])
  return key ? { key, valueStart: colon + 1 + (value.length - value.trimStart().length) } : null
}

function nextContent(doc: Doc, from: number, to: number): number {
  let index = from
  while (index < to && !doc.lines[index]!.text.trim()) index++
  return index
}

function inlineAt(line: Line, bare?: ReadonlySet<LabelKey>): boolean {
  const first = splitSegments(line)[0]
  return first !== undefined && inlineLabelOf(first.text, bare) !== null && first.offset - line.offset < 4
}

function splitSegments(line: Line): ValueLine[] {
  const segments: ValueLine[] = []
  let start = 0
  const push = (end: number): void => {
    const raw = line.text.slice(start, end)
    const text = raw.trim()
    if (text) segments.push({ text, offset: line.offset + start + raw.indexOf(text) })
  }
  // Cells are separated by tabs or by gaps of three or more spaces.
  for (const gap of line.text.matchAll(/\t[\t ]*| {3,}/g)) {
    push(gap.index)
    start = gap.index + gap[0].length
  }
  push(line.text.length)
  return segments
}

function trimmedLine(line: Line): ValueLine {
  const start = line.text.length - line.text.trimStart().length
  return { text: line.text.trim(), offset: line.offset + start }
}

/** The first entry for a key, if any. */
export function first(entries: readonly Entry[], key: LabelKey): Entry | undefined {
  return entries.find((entry) => entry.key === key)
}
