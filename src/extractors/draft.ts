/**
 * What an extractor hands on: the facts it read, each with the span of source text it
 * came from (for `explain` and for diagnostics), and the notes it made on the way.
 * Money stays a decimal string here; `normalise` turns it into numbers and euro.
 */
import type { AmountRole, Contact, Indicator, Partner } from '../schema/record.js'

export interface Span {
  offset: number
  length: number
}

export interface DraftAmount {
  role: AmountRole
  /** Exact decimal as a string, e.g. `70000.00`. */
  value: string
  currency: string
  /** The figure as it stands in the document. */
  text: string
}

export interface DraftFields {
  title: string | null
  alternativeTitles: string[]
  projectNumber: string | null
  funders: string[]
  promoter: string | null
  partners: Partner[]
  country: string | null
  locations: string[]
  status: 'completed' | 'ongoing' | 'planned' | 'cancelled' | null
  startDate: string | null
  endDate: string | null
  durationMonths: number | null
  publishedDate: string | null
  amounts: DraftAmount[]
  targetGroups: string[]
  objectives: string[]
  indicators: Indicator[]
  summary: string | null
  contacts: Contact[]
  url: string | null
  retrievedAt: string | null
}

export type ScalarKey = {
  [K in keyof DraftFields]: DraftFields[K] extends unknown[] ? never : K
}[keyof DraftFields]
export type ListKey = Exclude<keyof DraftFields, ScalarKey>
type Item<K extends ListKey> = DraftFields[K] extends Array<infer T> ? T : never

export interface Note {
  level: 'warning' | 'info'
  code: string
  message: string
  offset: number | null
}

export function emptyFields(): DraftFields {
  return {
    title: null,
    alternativeTitles: [],
    projectNumber: null,
    funders: [],
    promoter: null,
    partners: [],
    country: null,
    locations: [],
    status: null,
    startDate: null,
    endDate: null,
    durationMonths: null,
    publishedDate: null,
    amounts: [],
    targetGroups: [],
    objectives: [],
    indicators: [],
    summary: null,
    contacts: [],
    url: null,
    retrievedAt: null,
  }
}

export class Draft {
  readonly fields: DraftFields = emptyFields()
  /** `title`, `amounts.0`, `partners.2`, … -> where in the text the value was read. */
  readonly positions = new Map<string, Span>()
  readonly notes: Note[] = []

  /** Set a scalar once: the first reading wins, so extractors can try the best source first. */
  set<K extends ScalarKey>(key: K, value: DraftFields[K], span?: Span | null): boolean {
    if (value == null || value === '' || this.fields[key] != null) return false
    this.fields[key] = value
    if (span) this.positions.set(key, span)
    return true
  }

  /** Set a scalar over an earlier reading: for a later source that states the same fact more fully. */
  replace<K extends ScalarKey>(key: K, value: DraftFields[K], span?: Span | null): void {
    if (value == null || value === '') return
    this.fields[key] = value
    if (span) this.positions.set(key, span)
  }

  /** Forget a scalar read from a source that a better one, read later, overrides. */
  clear(key: ScalarKey): void {
    ;(this.fields as Record<ScalarKey, unknown>)[key] = null
    this.positions.delete(key)
  }

  /** Append to a list field; an empty string is no item (as `set` ignores an empty value). */
  add<K extends ListKey>(key: K, item: Item<K>, span?: Span | null): void {
    if (item === '') return
    const list = this.fields[key] as Item<K>[]
    if (span) this.positions.set(`${key}.${list.length}`, span)
    list.push(item)
  }

  has<K extends keyof DraftFields>(key: K): boolean {
    const value = this.fields[key]
    return Array.isArray(value) ? value.length > 0 : value != null
  }

  note(level: Note['level'], code: string, message: string, offset: number | null = null): void {
    this.notes.push({ level, code, message, offset })
  }
}
