/**
 * The registry: every layout `ingest` knows, in priority order (on equal detect scores the
 * earlier one wins). `generic` is the fallback for documents no layout claims.
 * Adding a layout: one file, one line here, one folder under fixtures/.
 */
import type { LayoutId } from '../schema/record.js'
import type { Extractor } from './extractor.js'
import { eeaProjectFacts } from './eea-project-facts.js'
import { unodcBalticGrant } from './unodc-baltic-grant.js'
import { lvNorwaygrantsPage } from './lv-norwaygrants-page.js'
import { lvProjectTable } from './lv-project-table.js'
import { generic } from './generic.js'

export const extractors: readonly Extractor[] = [eeaProjectFacts, unodcBalticGrant, lvNorwaygrantsPage, lvProjectTable]

export const fallback: Extractor = generic

/** A layout must score at least this to read a document; below it `generic` does. */
export const DETECT_THRESHOLD = 0.5

export const allExtractors: readonly Extractor[] = [...extractors, fallback]

export function extractorById(id: LayoutId): Extractor {
  return allExtractors.find((extractor) => extractor.id === id) ?? fallback
}

export type { Extractor }
