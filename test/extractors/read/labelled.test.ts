/** Inline entries: the hand-written cell split gives what the gap regex gave. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Doc } from '../../../src/extractors/doc.js'
import { amountLabel, inlineEntries, type Entry, type ValueLine } from '../../../src/extractors/read/labelled.js'
import { inlineLabelOf, labelOf, type LabelKey } from '../../../src/extractors/lexicon/labels.js'
import type { Line } from '../../../src/extractors/doc.js'

function referenceSegments(line: Line): ValueLine[] {
  const segments: ValueLine[] = []
  let start = 0
  const push = (end: number): void => {
    const raw = line.text.slice(start, end)
    const text = raw.trim()
    if (text) segments.push({ text, offset: line.offset + start + raw.indexOf(text) })
  }
  for (const gap of line.text.matchAll(/\t[\t ]*| {3,}/g)) {
    push(gap.index)
    start = gap.index + gap[0].length
  }
  push(line.text.length)
  return segments
}

function referenceInlineEntries(line: Line, bare?: ReadonlySet<LabelKey>): Entry[] {
  const segments = referenceSegments(line)
  const entries: Entry[] = []
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!
    const exact = labelOf(segment.text)
    const next = segments[i + 1]
    if (exact && next && !labelOf(next.text)) {
      const rest = line.text.slice(next.offset - line.offset).trim()
      entries.push({ key: exact, label: segment.text, lines: [{ text: rest, offset: next.offset }], lineIndex: line.index, labelOffset: segment.offset })
      break
    }
    let inline: { key: LabelKey; valueStart: number } | null = inlineLabelOf(segment.text, bare)
    if (!inline) {
      const colon = segment.text.indexOf(':')
      if (colon >= 3 && colon <= 60) {
        const value = segment.text.slice(colon + 1)
        const key = amountLabel(segment.text.slice(0, colon), [{ text: value.trim(), offset: 0 }])
        if (key) inline = { key, valueStart: colon + 1 + (value.length - value.trimStart().length) }
      }
    }
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

const piece = fc.constantFrom('Status', 'Project number', 'Duration', 'Budget', 'EU contribution', ':', ' ', '  ', '   ', '\t', ' \t ', '\u00a0', 'LV-0080', 'EUR 1 000', 'ongoing', 'x', '2009', ' - ')
const text = fc.array(piece, { maxLength: 10 }).map((parts) => parts.join(''))

describe('inlineEntries', () => {
  it('equals the regex cell split and the plain per-cell reading', () => {
    const bare = new Set<LabelKey>(['duration'])
    fc.assert(
      fc.property(text, (body) => {
        const line = new Doc(`first line\n${body}`).lines[1]!
        expect(inlineEntries(line)).toEqual(referenceInlineEntries(line))
        expect(inlineEntries(line, bare)).toEqual(referenceInlineEntries(line, bare))
      }),
      { numRuns: 5000 },
    )
  })
})
