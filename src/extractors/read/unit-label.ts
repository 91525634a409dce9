/**
 * "Projekto vertė, Lt   2 482 310,00", "Kopējās izmaksas (EUR): 64 210": a fact table names the
 * currency once, in the label, and writes its figures bare. The label without its unit is an
 * amount label as any other; the unit is the currency of the bare figure under it.
 */
import type { Doc, Line } from '../doc.js'
import type { LabelKey } from '../lexicon/labels.js'
import type { Entry, ValueLine } from './labelled.js'
import { labelOf } from '../lexicon/labels.js'
import { currencyOf, parseNumber } from '../../normalise/money.js'
import { roleFromContext } from './amounts.js'

export interface UnitLabel {
  key: LabelKey
  /** ISO 4217 code of the unit the label names. */
  currency: string
}

/** The longest unit a label ends with ("eurais", "EUR", "Lt"). */
const LONGEST_UNIT = 7

/** An amount label ending in its currency (", Lt", " (EUR)", ", eurais"), or null. */
export function unitLabelOf(label: string): UnitLabel | null {
  let text = label.trim()
  if (text.endsWith(':')) text = text.slice(0, -1).trimEnd()
  // Cheap look first: most labels end in no bracket and hold no comma near their end.
  const cut = unitCut(text)
  if (cut === null) return null
  const currency = currencyOf(cut.unit)
  if (currency === null) return null
  const head = text.slice(0, cut.at).trimEnd()
  const known = labelOf(head)
  if (known !== null) return known.startsWith('amount:') ? { key: known, currency } : null
  const role = roleFromContext(head, '')
  return role ? { key: `amount:${role}`, currency } : null
}

/** Where the unit part starts and the unit it holds: after the last comma, or in a closing bracket. */
function unitCut(text: string): { at: number; unit: string } | null {
  if (text.endsWith(')')) {
    const open = text.lastIndexOf('(')
    if (open < 1 || text.length - open - 2 > LONGEST_UNIT) return null
    return { at: open, unit: text.slice(open + 1, -1).trim() }
  }
  const comma = text.lastIndexOf(',')
  if (comma < 1 || text.length - comma - 1 > LONGEST_UNIT + 1) return null
  return { at: comma, unit: text.slice(comma + 1).trim() }
}

/** A value that is one bare number ("2 482 310,00"), as an exact decimal, or null. */
export function bareFigure(value: string): string | null {
  const text = value.trim()
  if (text.length === 0 || text.length > 24) return null
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const digit = code >= 48 && code <= 57
    if (!digit && code !== 32 && code !== 44 && code !== 46 && code !== 0xa0 && code !== 0x202f) return null
  }
  return parseNumber(text)?.value ?? null
}

/** The longest heading that names a table's currency ("Budget (LTL)", "Project budget, EUR"). */
const CURRENCY_HEADING_MAX = 40
/** The most rows such a heading heads. */
const CURRENCY_ROWS_MAX = 8

/**
 * "Budget (LTL)" over rows of "Label:<TAB>245 680,00": a budget table names its currency once, in
 * its heading, and writes its figures bare. Each row's bare figure is in that currency, under the
 * role its label gives (the lexicon's, else its words': "Requested from …" is the grant, "Own
 * contribution of the applicant" co-financing); rows read already keep their key.
 */
export function withHeadingCurrency(doc: Doc, entries: readonly Entry[]): Entry[] {
  let result: Entry[] | null = null
  for (let index = 0; index < doc.lines.length; index++) {
    const heading = doc.lines[index]!.text.trim()
    if (heading.length > CURRENCY_HEADING_MAX || !heading.endsWith(')') || heading.includes(':') || heading.includes('\t')) continue
    const unit = unitLabelOf(heading)
    if (!unit) continue
    for (let row = index + 1; row < doc.lines.length && row <= index + CURRENCY_ROWS_MAX; row++) {
      const cells = rowCells(doc.lines[row]!)
      if (!cells) break
      result ??= entries.slice()
      const at = result.findIndex((entry) => entry.lineIndex === row)
      const known = at === -1 ? null : result[at]!
      if (known) {
        if (known.key?.startsWith('amount:') && known.currency === undefined) result[at] = { ...known, currency: unit.currency }
        continue
      }
      const key = rowAmountKey(cells.label)
      if (key) result.push({ key, label: cells.label, lines: [cells.value], lineIndex: row, labelOffset: cells.labelOffset, currency: unit.currency })
    }
  }
  return result ? result.sort((a, b) => a.lineIndex - b.lineIndex) : (entries as Entry[])
}

/** The amount key of a row's label: the lexicon's, else the role its words give; null for no amount. */
function rowAmountKey(label: string): LabelKey | null {
  const known = labelOf(label)
  if (known !== null) return known.startsWith('amount:') ? known : null
  const role = roleFromContext(label, '')
  return role ? `amount:${role}` : null
}

/** "Total cost of the project:<TAB>245 680,00": a row's label and its bare figure, or null for any other line. */
function rowCells(line: Line): { label: string; labelOffset: number; value: ValueLine } | null {
  const text = line.text
  const colon = text.indexOf(':')
  const tab = text.indexOf('\t')
  const cut = colon === -1 ? tab : tab === -1 ? colon : Math.min(colon, tab)
  if (cut < 3) return null
  const raw = text.slice(cut + 1)
  const value = raw.trim()
  if (bareFigure(value) === null) return null
  const label = text.slice(0, cut).trim()
  return { label, labelOffset: line.offset + text.indexOf(label), value: { text: value, offset: line.offset + cut + 1 + raw.indexOf(value) } }
}
