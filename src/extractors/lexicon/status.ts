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
 * and starts at most PHRASE_REACH characters before it ("įgyvendinamas   projektas"). "proje" has
 * no "s" or "k", the only ASCII letters that /iu matches beyond their two cases (ſ, K), so this
 * plain /i scan finds every phrase.
 */
const PHRASE_WORD = /proje/gi
const PHRASE_REACH = 'įgyvendinamas'.length + 3
/** headerPhrase tried at one position only, which is how its scan tries it there. */
const headerPhraseAt = new RegExp(headerPhrase.source, 'iuy')
const headerPhraseFrom = new RegExp(headerPhrase.source, 'giu')
/**
 * Words tried before the rest of the line is scanned the plain way: a line dense with "proje"
 * then costs one scan, not one try per word.
 */
const TRY_BUDGET = 64

export function statusPhraseIn(line: string): { status: Status; index: number; length: number } | null {
  const match = firstHeaderPhrase(line)
  if (!match) return null
  const status = statusOf(match[1] ?? match[2] ?? '')
  return status ? { status, index: match.index, length: match[0].length } : null
}

/**
 * headerPhrase's first match, tried only in the reach before each "proje". A position right
 * after an ASCII letter or digit is skipped: a phrase never follows a letter or a digit.
 */
function firstHeaderPhrase(line: string): RegExpExecArray | null {
  let next = 0
  let tries = 0
  PHRASE_WORD.lastIndex = 0
  for (let word = PHRASE_WORD.exec(line); word; word = PHRASE_WORD.exec(line)) {
    const last = word.index
    PHRASE_WORD.lastIndex = last + 1
    if (++tries > TRY_BUDGET) {
      // Every earlier reach was tried, so a scan from here finds the first phrase left.
      headerPhraseFrom.lastIndex = Math.max(next, last - PHRASE_REACH)
      return headerPhraseFrom.exec(line)
    }
    for (let at = Math.max(next, last - PHRASE_REACH); at <= last; at++) {
      if (at > 0 && isAsciiLetterOrDigit(line.charCodeAt(at - 1))) continue
      headerPhraseAt.lastIndex = at
      const match = headerPhraseAt.exec(line)
      if (match) return match
    }
    next = last + 1
  }
  return null
}

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}
