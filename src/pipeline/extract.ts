/** Stage: run the chosen layout's extractor and keep its draft. */
import { extractorById } from '../extractors/index.js'
import type { Doc } from '../extractors/doc.js'
import { Draft } from '../extractors/draft.js'
import type { SourceFile } from './source-file.js'

export function extract(file: SourceFile, doc: Doc): void {
  const layout = file.data.layouts?.[0]?.id ?? 'generic'
  const draft = new Draft()
  extractorById(layout).extract(doc, draft)
  file.data.draft = draft
}
