/**
 * Stage: turn an extractor's draft into a record candidate — language, euro amounts,
 * country, id — and turn the extractor's notes into positioned diagnostics.
 * Validation comes after; nothing here throws on odd values.
 */
import { SCHEMA_VERSION } from '../schema/constants.js'
import type { Amount, ProjectRecord } from '../schema/record.js'
import { toDiagnostic } from '../diagnostics/message.js'
import { detectLanguage } from '../normalise/language.js'
import { mainText } from '../normalise/main-text.js'
import { toEur } from '../normalise/money.js'
import { inferCountry } from '../normalise/countries.js'
import { baseId } from '../normalise/slug.js'
import { donorsOf } from '../extractors/lexicon/funders.js'
import type { StageOptions } from './options.js'
import type { SourceFile } from './source-file.js'

export function normalise(file: SourceFile, options: StageOptions): void {
  const draft = file.data.draft
  if (!draft) return
  const fields = draft.fields
  const layout = file.data.layouts?.[0]?.id ?? 'generic'

  for (const note of draft.notes) file.message(note.level, note.code, note.message, note.offset)

  // Told from the text without its menus, footers and cookie notice, which may be in another language.
  const language = detectLanguage(mainText(file.text)).code
  if (language === 'und') file.message('info', 'undetermined-language', 'the language of the text could not be determined')

  const amounts: Amount[] = fields.amounts.map((raw, index) => {
    const conversion = toEur(raw.value, raw.currency, options.rates)
    if (conversion.eur === null) {
      const at = draft.positions.get(`amounts.${index}`)?.offset ?? null
      file.message('warning', 'unknown-currency', `no euro rate for ${raw.currency} (${raw.text}); pass one with --rates`, at)
    }
    // Spelled out rather than spread (a spread between other keys is a slow generic copy); the order is the record's.
    return { role: raw.role, amount: Number(raw.value), currency: raw.currency, eur: conversion.eur, rate: conversion.rate, rateSource: conversion.rateSource, text: raw.text }
  })

  let country = fields.country
  if (country === null) {
    country = inferCountry({
      projectNumber: fields.projectNumber,
      currencies: fields.amounts.map((amount) => amount.currency),
      text: file.text,
      donors: [...donorsOf(fields.funders), ...DONOR_STATES],
    }).country
  }

  if (fields.title === null && !draft.notes.some((note) => note.code === 'missing-title')) {
    file.message('warning', 'missing-title', 'the document names no project title')
  }

  const diagnostics = file.messages.filter((m) => m.level !== 'error').map(toDiagnostic)

  const record: ProjectRecord = {
    schemaVersion: SCHEMA_VERSION,
    id: baseId(fields.projectNumber, file.path),
    title: fields.title,
    alternativeTitles: unique(fields.alternativeTitles),
    language,
    layout,
    projectNumber: fields.projectNumber,
    funders: unique(fields.funders),
    promoter: fields.promoter,
    partners: withoutPromoter(fields.partners, fields.promoter),
    country,
    locations: unique(fields.locations),
    status: fields.status,
    startDate: fields.startDate,
    endDate: fields.endDate,
    durationMonths: fields.durationMonths,
    publishedDate: fields.publishedDate,
    amounts,
    targetGroups: fields.targetGroups,
    objectives: fields.objectives,
    indicators: fields.indicators,
    summary: fields.summary,
    contacts: options.contacts ? fields.contacts : [],
    source: {
      path: file.path,
      sha256: file.sha256,
      bytes: file.bytes?.byteLength ?? 0,
      encoding: file.encoding,
      url: fields.url,
      retrievedAt: fields.retrievedAt,
    },
    diagnostics,
  }
  file.data.record = record
}

/**
 * Norway, Iceland and Liechtenstein give the money, directly or through an embassy or a ministry,
 * whether or not the page names the grants: their mentions (experts, partners, visits) never make
 * them the country where a project of this dataset is carried out.
 */
const DONOR_STATES: readonly string[] = ['NO', 'IS', 'LI']

/** The promoter is not its own partner ("Projektu koordinē X" where X carries the project out). */
function withoutPromoter(partners: ProjectRecord['partners'], promoter: string | null): ProjectRecord['partners'] {
  if (!promoter) return partners
  const promoterKey = partyKey(promoter)
  return partners.filter((partner) => partyKey(partner.name) !== promoterKey)
}

function partyKey(name: string): string {
  return name.toLowerCase().replace(/\s*\([^)]*\)\s*$/, '').replace(/\s+/g, ' ').trim()
}

function unique(values: string[]): string[] {
  // Nothing to drop from fewer than two values: a copy without building a set.
  return values.length < 2 ? values.slice() : Array.from(new Set(values))
}
