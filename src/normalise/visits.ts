/**
 * Trips abroad: "a study visit to Vilnius and Kaunas", "pieredzes apmaiņas brauciens uz
 * Pasvali", "õppereis Soome". The places such a sentence names after its trip word are where
 * the project's people went to learn, not where the project is carried out.
 */

// Plain words, in the case they are written mid-sentence; a sentence may also open with one (capitalised).
const TRIP_WORDS: readonly string[] = [
  'study visit', 'study trip', 'study tour', 'exchange visit', 'working visit', 'exchange of experience', 'exchange experience', 'experience exchange',
  'pieredzes apmaiņ', 'studiju vizīt', 'mācību vizīt', 'darba vizīt',
  'patirties mainų', 'patirties pasidalijimo', 'mokomasis vizitas', 'mokomąjį vizitą', 'mokomoji išvyka', 'mokomąją išvyką', 'stažuot',
  'õppereis', 'õppevisiit', 'õppekäik',
]

// One scan for all of them (a word's first letter in either case): a plain alternation, no /i or /u
// to compile, grouped by first letter so each position tries a handful of letters, not every word
// (a third faster on generated pages).
const TRIP = new RegExp(byFirstLetter(TRIP_WORDS), 'g')

function byFirstLetter(words: readonly string[]): string {
  const rests = new Map<string, string[]>()
  for (const word of words) {
    const first = word[0]!
    rests.set(first, [...(rests.get(first) ?? []), word.slice(1)])
  }
  return [...rests].map(([first, rest]) => `[${first}${first.toUpperCase()}](?:${rest.join('|')})`).join('|')
}

/** [start, end) of each stretch from a trip word to the end of its sentence, in text order. */
export function tripSpans(text: string): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = []
  TRIP.lastIndex = 0
  for (let match = TRIP.exec(text); match !== null; match = TRIP.exec(text)) spans.push([match.index, sentenceEnd(text, match.index)])
  return spans
}

/** Where the sentence around `from` ends: a full stop, question or exclamation mark followed by a space, or a line break. */
function sentenceEnd(text: string, from: number): number {
  for (let at = from; at < text.length; at++) {
    const c = text[at]!
    if (c === '\n') return at
    if ((c === '.' || c === '!' || c === '?') && (at + 1 === text.length || text[at + 1] === ' ' || text[at + 1] === '\n')) return at
  }
  return text.length
}

/** Whether `offset` lies within one of `spans`. */
export function withinSpans(spans: ReadonlyArray<readonly [number, number]>, offset: number): boolean {
  for (const [start, end] of spans) if (offset >= start && offset < end) return true
  return false
}
