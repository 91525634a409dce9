/**
 * Stage: score every registered layout on the document and keep the ranking.
 * The best score at or over the threshold wins; otherwise `generic` reads the file.
 */
import { extractors, fallback, DETECT_THRESHOLD } from '../extractors/index.js'
import { Doc } from '../extractors/doc.js'
import type { SourceFile, LayoutScore } from './source-file.js'

export function detect(file: SourceFile, doc: Doc): void {
  const scores: LayoutScore[] = extractors.map((extractor) => ({
    id: extractor.id,
    score: clamp(extractor.detect(doc)),
  }))
  // Stable: on equal scores the registry order decides.
  scores.sort((a, b) => b.score - a.score)
  const best = scores[0]
  if (!best || best.score < DETECT_THRESHOLD) scores.unshift({ id: fallback.id, score: 0 })
  file.data.layouts = scores
}

function clamp(score: number): number {
  return Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0
}

export { Doc }
