import { anchoredMatches, anchoredPattern, isAsciiLetterOrDigit } from '../read/anchored.js'

/** Project status words in the languages pages use, mapped onto the contract's four values. */
type Status = 'completed' | 'ongoing' | 'planned' | 'cancelled'

const words: ReadonlyArray<readonly [Status, RegExp]> = [
  ['cancelled', /(?<![\p{L}\p{N}])(?:cancell?ed|withdrawn|terminated early|atcelts|pārtraukts|nutrauktas|atšauktas|annulé)(?![\p{L}\p{N}])/iu],
  ['completed', /(?<![\p{L}\p{N}])(?:completed|complete|finished|closed|ended|pabeigts|noslēdzies|īstenots|baigtas|įgyvendintas|užbaigtas|terminé|abgeschlossen)(?![\p{L}\p{N}])/iu],
  ['ongoing', /(?<![\p{L}\p{N}])(?:ongoing|on-going|in progress|running|active|īstenošanā|tiek īstenots|įgyvendinamas|vykdomas|en cours|laufend)(?![\p{L}\p{N}])/iu],
  ['planned', /(?<![\p{L}\p{N}])(?:planned|not started|plānots|planuojamas|prévu)(?![\p{L}\p{N}])/iu],
]

/** The status a short labelled value states ("Completed", "Įgyvendinamas projektas"). */
export function statusOf(value: string): Status | null {
  if (value.length > 120) return null
  for (const [status, pattern] of words) if (pattern.test(value)) return status
  return null
}

/** A status stated as a phrase in a page header ("PROJET TERMINÉ", "Project completed"). */
const headerPhrase =
  /(?<![\p{L}\p{N}])(?:projet|project|projekts|projektas)\s{1,3}(terminé|en cours|completed|closed|ongoing|pabeigts|baigtas|įgyvendintas)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(completed|ongoing|closed|įgyvendinamas|baigtas)\s{1,3}(?:project|projektas)(?![\p{L}\p{N}])/iu

/**
 * Every header phrase holds "proje" (projet, project, projekts, projektas), compared without case,
 * and starts at most 16 characters before it ("įgyvendinamas   projektas"), never right after an
 * ASCII letter or digit. "proje" has no "s" or "k", the only ASCII letters that /iu matches
 * beyond their two cases (ſ, K), so this plain /i scan finds every phrase.
 */
const HEADER_PHRASE = anchoredPattern(headerPhrase, /proje/gi, 'įgyvendinamas'.length + 3, isAsciiLetterOrDigit)

export function statusPhraseIn(line: string): { status: Status; index: number; length: number } | null {
  const match = anchoredMatches(line, HEADER_PHRASE, 1)[0]
  if (!match) return null
  const status = statusOf(match[1] ?? match[2] ?? '')
  return status ? { status, index: match.index, length: match[0].length } : null
}
