/**
 * "Projekto vertė, Lt   2 482 310,00", "Kopējās izmaksas (EUR): 64 210": a fact table names the
 * currency once, in the label, and writes its figures bare. The label without its unit is an
 * amount label as any other; the unit is the currency of the bare figure under it.
 */
import type { LabelKey } from '../lexicon/labels.js'
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
