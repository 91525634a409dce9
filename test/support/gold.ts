/**
 * Field-by-field comparison of records with hand-checked gold labels (fixtures/gold/).
 * Text fields are compared after folding quotes, case and whitespace, and a trailing
 * bracketed acronym; lists are matched item by item. Returns every mismatch.
 */
import type { ProjectRecord } from '../../src/schema/record.js'

export interface Gold {
  [field: string]: unknown
}

const QUOTES = /[„“”"'«»‘’‚]/g
const norm = (s: unknown): string =>
  s == null
    ? ''
    : String(s)
        .normalize('NFC')
        .toLowerCase()
        .replace(QUOTES, '')
        .replace(/\s+/g, ' ')
        .replace(/[\s.,;:–-]+$/, '')
        .trim()
const stripParen = (s: unknown): string => norm(s).replace(/\s*\([^)]*\)\s*$/, '').trim()
const code = (s: unknown): string => (s == null ? '' : String(s).replace(/[^0-9a-z]/gi, '').toUpperCase())
const isEmpty = (v: unknown): boolean => v == null || v === '' || (Array.isArray(v) && v.length === 0)
const fold = (s: unknown): string => norm(s).normalize('NFD').replace(/\p{M}/gu, '')
const nameOf = (x: unknown): unknown => (x && typeof x === 'object' ? (x as { name: string }).name : x)

const scalar: Record<string, (g: unknown, o: unknown) => boolean> = {
  language: (g, o) => norm(g) === norm(o),
  layout: (g, o) => (g === 'other' ? o === 'generic' : g === o),
  title: (g, o) => norm(g) === norm(o) || stripParen(g) === stripParen(o),
  projectNumber: (g, o) => code(g) === code(o),
  promoter: (g, o) => norm(g) === norm(o) || stripParen(g) === stripParen(o),
  country: (g, o) => code(g) === code(o),
  status: (g, o) => norm(g) === norm(o),
  startDate: (g, o) => g === o,
  endDate: (g, o) => g === o,
}

type Item = Record<string, unknown>
const list: Record<string, (g: Item | string, o: Item | string) => boolean> = {
  amounts: (g, o) => {
    const a = g as Item
    const b = o as Item
    return code(a.currency) === code(b.currency) && Math.abs(Number(a.amount) - Number(b.amount)) < 0.005 && (a.eur == null || Math.abs(Number(a.eur) - Number(b.eur)) < 0.006)
  },
  indicators: (g, o) => Number((g as Item).value) === Number((o as Item).value) && norm((g as Item).label) === norm((o as Item).label),
  partners: (g, o) => stripParen(nameOf(g)) === stripParen(nameOf(o)),
  funders: (g, o) => norm(g) === norm(o),
  alternativeTitles: (g, o) => norm(g) === norm(o),
  locations: (g, o) => fold(o).includes(fold(g)) || fold(g).includes(fold(o)) || fold(g).slice(0, 5) === fold(o).slice(0, 5),
}

export interface Tally {
  right: number
  wrong: number
  mismatches: string[]
}

/** Compare one record with its gold labels; only the fields the gold file states are checked. */
export function compareWithGold(record: ProjectRecord | undefined, gold: Gold, tally: Tally, name: string): void {
  const say = (message: string): void => {
    tally.wrong++
    tally.mismatches.push(`${name}: ${message}`)
  }
  if (!record) return say('no record')
  const fields = record as unknown as Record<string, unknown>
  for (const [field, eq] of Object.entries(scalar)) {
    if (!(field in gold)) continue
    const g = gold[field]
    const o = fields[field]
    if (isEmpty(g) ? isEmpty(o) : !isEmpty(o) && eq(g, o)) tally.right++
    else say(`${field}: expected ${JSON.stringify(g)}, got ${JSON.stringify(o)}`)
  }
  for (const [field, match] of Object.entries(list)) {
    if (!(field in gold)) continue
    const want = (gold[field] ?? []) as Array<Item | string>
    const got = [...((fields[field] ?? []) as Array<Item | string>)]
    for (const g of want) {
      const i = got.findIndex((o) => match(g, o))
      if (i >= 0) {
        tally.right++
        got.splice(i, 1)
      } else say(`${field}: missing ${JSON.stringify(g)}`)
    }
    for (const o of got) say(`${field}: unexpected ${JSON.stringify(o)}`)
  }
}
