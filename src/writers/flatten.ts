/**
 * A record as one flat row: the columns of the CSV output and of `projects.csv`.
 * Every column is declared once here — name, Table Schema type, description and how to
 * read it from a record — so headers, rows and the data package descriptor agree.
 */
import type { ProjectRecord } from '../schema/record.js'
import { layoutIds, rateSources, statuses } from '../schema/constants.js'

/** What a cell holds: text, a number (written as is), or nothing (an empty cell). */
export type Cell = string | number | null

/** The Table Schema (Frictionless) types the columns use. */
export type FieldType = 'string' | 'integer' | 'number' | 'date'

export interface Field {
  readonly name: string
  readonly type: FieldType
  readonly description: string
  /** Never empty. */
  readonly required?: boolean
  /** The only values allowed (empty cells aside). */
  readonly enum?: readonly string[]
}

export interface Column<Row> extends Field {
  value(row: Row): Cell
}

type ColumnSpec<Row> = Omit<Column<Row>, 'name'>

/**
 * Columns keyed by their name, so a name is written once and cannot disagree with its
 * key. Curried so the row type is given and the names are inferred:
 * `defineColumns<Row>()({ id: {...} })`.
 */
export function defineColumns<Row>() {
  return <Name extends string>(specs: Record<Name, ColumnSpec<Row>>): Record<Name, Column<Row>> => {
    const columns = {} as Record<Name, Column<Row>>
    for (const name of Object.keys(specs) as Name[]) columns[name] = { name, ...specs[name] }
    return columns
  }
}

/** How list cells are joined. */
export const LIST_SEPARATOR = '; '

/** A list as one cell; an empty list is an empty cell. */
export function joinList(items: readonly string[]): string | null {
  return items.length === 0 ? null : items.join(LIST_SEPARATOR)
}

/**
 * Euro are summed in whole cents: adding floats directly would turn 0.10 + 0.20 into
 * 0.30000000000000004. Amounts carry at most cents, so rounding here only removes
 * binary noise.
 */
export const toCents = (eur: number): number => Math.round(eur * 100)
export const fromCents = (cents: number): number => cents / 100

/** The roles that state a project's whole cost, the most definitive first. */
export const totalRoles = ['final_cost', 'total_cost', 'budget', 'initial_cost'] as const

/**
 * The project's cost in euro: from the first role of `totalRoles` the record has, the
 * first such amount with a euro value. Null when the record has none of these roles,
 * or none of that role could be converted (falling back to a less definitive role
 * would report a different figure under the same name).
 */
export function totalEur(record: ProjectRecord): number | null {
  for (const role of totalRoles) {
    const ofRole = record.amounts.filter((amount) => amount.role === role)
    if (ofRole.length === 0) continue
    const converted = ofRole.find((amount) => amount.eur !== null)
    return converted?.eur == null ? null : fromCents(toCents(converted.eur))
  }
  return null
}

/** The sum of the grants in euro; null when there is no grant or any grant lacks euro. */
export function grantEur(record: ProjectRecord): number | null {
  const grants = record.amounts.filter((amount) => amount.role === 'grant')
  if (grants.length === 0) return null
  let cents = 0
  for (const grant of grants) {
    if (grant.eur === null) return null
    cents += toCents(grant.eur)
  }
  return fromCents(cents)
}

/** The distinct currencies of the record's amounts, alphabetical. */
export function currencies(record: ProjectRecord): string[] {
  return [...new Set(record.amounts.map((amount) => amount.currency))].sort()
}

/** An indicator as `label: value` with its unit after the value when there is one. */
export function indicatorText(indicator: ProjectRecord['indicators'][number]): string {
  const value = `${indicator.label}: ${indicator.value}`
  return indicator.unit === null ? value : `${value} ${indicator.unit}`
}

/** A contact as `Name <email>`, or whichever of the two it has; phones are left out. */
export function contactText(contact: ProjectRecord['contacts'][number]): string | null {
  const { name, email } = contact
  if (name && email) return `${name} <${email}>`
  return name || email || null
}

export const statusValues = statuses
export const rateSourceValues = rateSources

/** Every column a record can be flattened to. */
export const recordColumns = defineColumns<ProjectRecord>()({
  id: { type: 'string', required: true, description: 'Stable slug of the project', value: (r) => r.id },
  title: { type: 'string', description: 'Title in the document language', value: (r) => r.title },
  alternativeTitles: {
    type: 'string',
    description: 'Other titles (translations), joined with "; "',
    value: (r) => joinList(r.alternativeTitles),
  },
  language: {
    type: 'string',
    required: true,
    description: 'ISO 639-1 code of the document language, or und',
    value: (r) => r.language,
  },
  layout: {
    type: 'string',
    required: true,
    enum: layoutIds,
    description: 'Page layout the record was extracted with',
    value: (r) => r.layout,
  },
  projectNumber: { type: 'string', description: "Funder's project number", value: (r) => r.projectNumber },
  funders: { type: 'string', description: 'Funders, joined with "; "', value: (r) => joinList(r.funders) },
  promoter: { type: 'string', description: 'Organisation running the project', value: (r) => r.promoter },
  partners: {
    type: 'string',
    description: 'Partner names, joined with "; "',
    value: (r) => joinList(r.partners.map((partner) => partner.name)),
  },
  country: { type: 'string', description: 'ISO 3166-1 alpha-2 country code', value: (r) => r.country },
  locations: { type: 'string', description: 'Places, joined with "; "', value: (r) => joinList(r.locations) },
  status: { type: 'string', enum: statusValues, description: 'Project status', value: (r) => r.status },
  startDate: { type: 'date', description: 'Start date', value: (r) => r.startDate },
  endDate: { type: 'date', description: 'End date', value: (r) => r.endDate },
  durationMonths: { type: 'integer', description: 'Duration in months', value: (r) => r.durationMonths },
  publishedDate: { type: 'date', description: 'Date the page was published', value: (r) => r.publishedDate },
  totalEur: {
    type: 'number',
    description: 'Project cost in euro: the first present of final cost, total cost, budget, initial cost',
    value: totalEur,
  },
  grantEur: {
    type: 'number',
    description: 'Sum of the grants in euro; empty when there is none or one is not in euro',
    value: grantEur,
  },
  currencies: {
    type: 'string',
    description: 'Currencies of the amounts, joined with "; "',
    value: (r) => joinList(currencies(r)),
  },
  targetGroups: { type: 'string', description: 'Target groups, joined with "; "', value: (r) => joinList(r.targetGroups) },
  objectives: { type: 'string', description: 'Objectives, joined with "; "', value: (r) => joinList(r.objectives) },
  indicators: {
    type: 'string',
    description: 'Indicators as "label: value unit", joined with "; "',
    value: (r) => joinList(r.indicators.map(indicatorText)),
  },
  summary: { type: 'string', description: 'Short summary', value: (r) => r.summary },
  contacts: {
    type: 'string',
    description: 'Contacts as "Name <email>", joined with "; " (only when contacts were requested)',
    value: (r) => joinList(r.contacts.flatMap((contact) => contactText(contact) ?? [])),
  },
  sourcePath: { type: 'string', required: true, description: 'Path of the source document', value: (r) => r.source.path },
  sourceSha256: {
    type: 'string',
    required: true,
    description: 'SHA-256 of the source bytes',
    value: (r) => r.source.sha256,
  },
  sourceBytes: {
    type: 'integer',
    required: true,
    description: 'Size of the source in bytes',
    value: (r) => r.source.bytes,
  },
  sourceEncoding: { type: 'string', description: 'Character encoding of the source', value: (r) => r.source.encoding },
  sourceUrl: { type: 'string', description: 'Where the source was retrieved from', value: (r) => r.source.url },
  retrievedAt: { type: 'string', description: 'When the source was retrieved', value: (r) => r.source.retrievedAt },
  warnings: {
    type: 'integer',
    required: true,
    description: 'Number of warnings raised while extracting the record',
    value: (r) => r.diagnostics.filter((diagnostic) => diagnostic.level === 'warning').length,
  },
})

/** The columns of the flat CSV, in order. */
export const flatColumns: readonly Column<ProjectRecord>[] = [
  recordColumns.id,
  recordColumns.title,
  recordColumns.alternativeTitles,
  recordColumns.language,
  recordColumns.layout,
  recordColumns.projectNumber,
  recordColumns.funders,
  recordColumns.promoter,
  recordColumns.partners,
  recordColumns.country,
  recordColumns.locations,
  recordColumns.status,
  recordColumns.startDate,
  recordColumns.endDate,
  recordColumns.durationMonths,
  recordColumns.publishedDate,
  recordColumns.totalEur,
  recordColumns.grantEur,
  recordColumns.currencies,
  recordColumns.targetGroups,
  recordColumns.objectives,
  recordColumns.indicators,
  recordColumns.summary,
  recordColumns.contacts,
  recordColumns.sourcePath,
  recordColumns.sourceSha256,
  recordColumns.sourceEncoding,
  recordColumns.sourceUrl,
  recordColumns.retrievedAt,
  recordColumns.warnings,
]

/** The cells of `row` for `columns`, in order. */
export function cellsOf<Row>(columns: readonly Column<Row>[], row: Row): Cell[] {
  return columns.map((column) => column.value(row))
}

/** A record as the flat CSV's row. */
export function flatten(record: ProjectRecord): Cell[] {
  return cellsOf(flatColumns, record)
}
