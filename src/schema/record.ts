/**
 * The dataset contract (version 1) as a zod schema: the single source of truth.
 * Key order here is the key order of every written record.
 */
import { z } from 'zod'
import { SCHEMA_VERSION, amountRoles, diagnosticLevels, layoutIds, rateSources, statuses } from './constants.js'

export { SCHEMA_VERSION, amountRoles, layoutIds }

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')

export const Amount = z.object({
  role: z.enum(amountRoles),
  amount: z.number().finite(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code'),
  eur: z.number().finite().nullable(),
  rate: z.number().positive().nullable(),
  rateSource: z.enum(rateSources).nullable(),
  text: z.string().min(1),
})

export const Partner = z.object({
  name: z.string().min(1),
  country: z.string().regex(/^[A-Z]{2}$/).nullable(),
})

export const Indicator = z.object({
  label: z.string().min(1),
  value: z.number().finite(),
  unit: z.string().nullable(),
})

export const Contact = z.object({
  name: z.string().nullable(),
  email: z.string().nullable(),
  phones: z.array(z.string()),
})

export const Source = z.object({
  path: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  encoding: z.string(),
  url: z.string().nullable(),
  retrievedAt: z.string().nullable(),
})

export const Diagnostic = z.object({
  level: z.enum(diagnosticLevels),
  code: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case code'),
  message: z.string(),
  line: z.number().int().positive().nullable(),
  column: z.number().int().positive().nullable(),
})

export const ProjectRecord = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a slug'),
  title: z.string().min(1).nullable(),
  alternativeTitles: z.array(z.string().min(1)),
  language: z.string().regex(/^(?:[a-z]{2}|und)$/, 'expected an ISO 639-1 code or und'),
  layout: z.enum(layoutIds),
  projectNumber: z.string().min(1).nullable(),
  funders: z.array(z.string().min(1)),
  promoter: z.string().min(1).nullable(),
  partners: z.array(Partner),
  country: z.string().regex(/^[A-Z]{2}$/).nullable(),
  locations: z.array(z.string().min(1)),
  status: z.enum(statuses).nullable(),
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  durationMonths: z.number().int().positive().nullable(),
  publishedDate: isoDate.nullable(),
  amounts: z.array(Amount),
  targetGroups: z.array(z.string().min(1)),
  objectives: z.array(z.string().min(1)),
  indicators: z.array(Indicator),
  summary: z.string().min(1).nullable(),
  contacts: z.array(Contact),
  source: Source,
  diagnostics: z.array(Diagnostic),
})

export type ProjectRecord = z.infer<typeof ProjectRecord>
export type Amount = z.infer<typeof Amount>
export type AmountRole = Amount['role']
export type Partner = z.infer<typeof Partner>
export type Indicator = z.infer<typeof Indicator>
export type Contact = z.infer<typeof Contact>
export type Source = z.infer<typeof Source>
export type Diagnostic = z.infer<typeof Diagnostic>
export type LayoutId = (typeof layoutIds)[number]
