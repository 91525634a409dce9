/**
 * An extractor is data plus two functions: a cheap, pure `detect` score in 0..1 and an
 * `extract` that fills a draft from the document. Adding a layout is one file, one
 * registry line (./index.ts) and one fixtures folder.
 */
import type { LayoutId } from '../schema/record.js'
import type { Doc } from './doc.js'
import type { Draft } from './draft.js'

export interface Extractor {
  readonly id: LayoutId
  readonly description: string
  detect(doc: Doc): number
  extract(doc: Doc, draft: Draft): void
}
