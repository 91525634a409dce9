/**
 * The language of a document, as franc 6 would name it among the languages our
 * documents are written in, mapped to ISO 639-1 for the record.
 *
 * Restricting franc to a few candidates is what the dataset wants (a Baltic page is
 * never guessed as, say, Scots). franc itself spends milliseconds per document; the
 * integer trigram scorer in `trigrams.ts` gives its exact scores in tens of microseconds.
 */
import { CANDIDATE_MODELS } from './franc-tables.js'
import { createFrancScorer, type FrancScorer } from './trigrams.js'

/** franc's ISO 639-3 code (its data's names) -> ISO 639-1, for every candidate and `und`. */
export const ISO_639_1: Readonly<Record<string, string>> = Object.freeze({
  eng: 'en',
  lvs: 'lv', // Standard Latvian
  lit: 'lt',
  ekk: 'et', // Standard Estonian
  rus: 'ru',
  pol: 'pl',
  deu: 'de',
  fra: 'fr',
  fin: 'fi',
  swe: 'sv',
  nob: 'nb', // Norwegian Bokmål
  und: 'und',
})

/** The languages franc may answer with (ISO 639-3, as in franc's data). */
export const CANDIDATES: readonly string[] = Object.freeze(Object.keys(ISO_639_1).filter((code) => code !== 'und'))

export interface DetectedLanguage {
  /** ISO 639-1 code, or `und` when the text is too short or in no candidate's script. */
  code: string
  /** What `franc(text, { only: CANDIDATES })` answers: ISO 639-3 or `und`. */
  franc: string
}

let scorer: FrancScorer | undefined

/** Same list, order and scores as `francAll(text, { only: CANDIDATES })`. */
export function detectLanguageScores(text: string): Array<[string, number]> {
  scorer ??= createFrancScorer(CANDIDATES, CANDIDATE_MODELS)
  return scorer(text)
}

export function detectLanguage(text: string): DetectedLanguage {
  const franc = detectLanguageScores(text)[0]?.[0] ?? 'und'
  const code = ISO_639_1[franc]
  // The scorer only answers with an allowed language or `und`, all of which are mapped.
  if (code === undefined) throw new Error(`language detection answered ${franc}, which is not a candidate`)
  return { code, franc }
}
