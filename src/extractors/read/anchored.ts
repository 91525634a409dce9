/**
 * A slow pattern tried only near a cheap anchor. Every match of the pattern holds an anchor
 * (a short word found by a plain scan) at most `reach` characters after its start, so the
 * exact pattern runs only in those reaches, position by position, as its own global scan
 * would. A text dense with anchors would make that slower than one plain scan, so after
 * TRY_BUDGET anchors the rest of the text is scanned the plain way.
 *
 * The matches are exactly those of a global scan of `pattern`, provided the caller's claims
 * hold: every match holds an anchor within the reach, matches are never empty, and no match
 * starts right after a character `cannotFollow` accepts (a word-boundary start, say).
 */
import { lazyPattern } from '../../normalise/lazy-pattern.js'

export interface AnchoredPattern {
  /** Global; finds every place an anchor starts (usually case-blind, plain /i). */
  readonly anchors: RegExp
  readonly reach: number
  /** No match starts right after a code unit this accepts. */
  readonly cannotFollow: (code: number) => boolean
  /** The pattern at one position only (sticky), and as a global scan, created on first use. */
  readonly at: () => RegExp
  readonly from: () => RegExp
  /** The pattern's top-level alternatives, when it was given as such (anchoredAlternatives). */
  readonly choices?: Choices
}

/**
 * One top-level alternative of a pattern: sticky (/y), and holding one of its `words`
 * (compared without case) at most the pattern's reach after its start.
 */
export interface AnchoredAlternative {
  readonly words: readonly string[]
  readonly pattern: () => RegExp
  /**
   * A class (/u) the character before a match may not be in: a look-behind read in code, so
   * that alternatives which share it compile it once, not each its own (`\p{L}` under /iu is
   * costly to build).
   */
  readonly notAfter?: () => RegExp
}

/** Alternatives with, for each, the anchors' groups (as bits) of the words it holds. */
interface Choices {
  readonly alternatives: readonly AnchoredAlternative[]
  readonly bits: readonly number[]
  /** For each group of the anchors, the bits of its word and of the words it starts with. */
  readonly groupBits: readonly number[]
}

/** Anchors tried before the rest of the text is scanned the plain way. */
const TRY_BUDGET = 64

export function anchoredPattern(pattern: () => RegExp, anchors: RegExp, reach: number, cannotFollow: (code: number) => boolean): AnchoredPattern {
  const flagged = (flag: string): (() => RegExp) => lazyPattern(() => new RegExp(pattern().source, pattern().flags.replace(/[gy]/g, '') + flag))
  return { anchors, reach, cannotFollow, at: flagged('y'), from: flagged('g') }
}

/**
 * A pattern given as its top-level alternatives, each with the words it holds. At a position
 * only the alternatives whose words stand within the reach after it are tried, in order (at one
 * position an alternation matches what its first matching alternative matches), so one whose
 * words a text lacks is never created or compiled: compiling a whole alternation of a few dozen
 * case-blind phrases costs milliseconds on the first document. The anchors are the words, found
 * case-blind under /iu as the alternatives are (an "s" matches "ſ" too); a word may start another
 * ("partneri", "partner"), and holds no regular expression's special characters.
 */
export function anchoredAlternatives(alternatives: readonly AnchoredAlternative[], reach: number, cannotFollow: (code: number) => boolean): AnchoredPattern {
  // The longest first: where "partneri" stands, "partner" does too.
  const words = [...new Set(alternatives.flatMap((alternative) => alternative.words))].sort((a, b) => b.length - a.length)
  if (words.length > 31) throw new RangeError('anchoredAlternatives: at most 31 words')
  const unfit = words.find((word) => /[\\^$.*+?()[\]{}|]/.test(word))
  if (unfit !== undefined) throw new RangeError(`anchoredAlternatives: unfit word "${unfit}"`)
  const anchors = new RegExp(words.map((word) => `(${word})`).join('|'), 'giu')
  const bits = alternatives.map((alternative) => alternative.words.reduce((mask, word) => mask | (1 << words.indexOf(word)), 0))
  const groupBits = words.map((word) =>
    words.reduce((mask, other, i) => (word.toLowerCase().startsWith(other.toLowerCase()) ? mask | (1 << i) : mask), 0),
  )
  const whole = (flag: string): (() => RegExp) =>
    lazyPattern(() => {
      const sources = alternatives.map(({ pattern, notAfter }) => (notAfter ? `(?<!${notAfter().source})` : '') + pattern().source)
      return new RegExp(sources.join('|'), alternatives[0]!.pattern().flags.replace(/[gy]/g, '') + flag)
    })
  return { anchors, reach, cannotFollow, at: whole('y'), from: whole('g'), choices: { alternatives, bits, groupBits } }
}

/** The first `limit` matches in `text`, in order: those a global scan of the pattern finds. */
export function anchoredMatches(text: string, pattern: AnchoredPattern, limit = Infinity): RegExpExecArray[] {
  const { anchors, reach, cannotFollow, choices } = pattern
  const hits = new AnchorHits(text, anchors)
  const matches: RegExpExecArray[] = []
  let next = 0
  for (let tries = 0; hits.ensure(tries); tries++) {
    const last = hits.index[tries]!
    let at = Math.max(next, last - reach)
    if (tries >= TRY_BUDGET) {
      // Every earlier reach was tried, so the global scan from here finds all that is left.
      const global = pattern.from()
      global.lastIndex = at
      for (let match = global.exec(text); match && matches.length < limit; match = global.exec(text)) matches.push(match)
      return matches
    }
    while (at <= last) {
      const match = at > 0 && cannotFollow(text.charCodeAt(at - 1)) ? null : choices ? choiceAt(text, at, choices, hits.bitsWithin(at, at + reach, choices.groupBits)) : stickyAt(pattern.at(), text, at)
      if (!match) {
        at++
        continue
      }
      matches.push(match)
      if (matches.length >= limit) return matches
      // A global scan resumes after its match: no match starts inside one.
      at += match[0].length
    }
    next = at
  }
  return matches
}

function stickyAt(sticky: RegExp, text: string, at: number): RegExpExecArray | null {
  sticky.lastIndex = at
  return sticky.exec(text)
}

/** The first alternative that matches at `at`, of those whose words `bits` says stand near. */
function choiceAt(text: string, at: number, choices: Choices, bits: number): RegExpExecArray | null {
  if (bits === 0) return null
  const { alternatives } = choices
  for (let i = 0; i < alternatives.length; i++) {
    if ((choices.bits[i]! & bits) === 0) continue
    const { pattern, notAfter } = alternatives[i]!
    if (notAfter && at > 0 && notAfter().test(characterBefore(text, at))) continue
    const match = stickyAt(pattern(), text, at)
    if (match) return match
  }
  return null
}

/** The code point before `at`, whole where it is a surrogate pair. */
function characterBefore(text: string, at: number): string {
  const code = text.charCodeAt(at - 1)
  return code >= 0xdc00 && code <= 0xdfff && at > 1 ? text.slice(at - 2, at) : text.charAt(at - 1)
}

/** The anchors in a text, found as far as asked, each with the group that matched. */
class AnchorHits {
  readonly index: number[] = []
  /** The group of the anchors that matched, from 0. */
  private readonly group: number[] = []
  private done = false
  /** The first hit that may stand at or after the last position asked about. */
  private low = 0

  constructor(
    private readonly text: string,
    private readonly anchors: RegExp,
  ) {
    anchors.lastIndex = 0
  }

  /** Whether hit `k` exists, finding hits up to it. */
  ensure(k: number): boolean {
    while (this.index.length <= k && !this.done) this.findNext()
    return k < this.index.length
  }

  /** The bits (by `groupBits`) of the hits that start from `from` to `to`; `from` never decreases between calls. */
  bitsWithin(from: number, to: number, groupBits: readonly number[]): number {
    while (this.ensure(this.low) && this.index[this.low]! < from) this.low++
    let bits = 0
    for (let k = this.low; this.ensure(k) && this.index[k]! <= to; k++) bits |= groupBits[this.group[k]!]!
    return bits
  }

  private findNext(): void {
    const anchor = this.anchors.exec(this.text)
    if (!anchor) {
      this.done = true
      return
    }
    this.index.push(anchor.index)
    let group = 1
    while (group < anchor.length && anchor[group] === undefined) group++
    this.group.push(group - 1)
    this.anchors.lastIndex = anchor.index + 1
  }
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

export function isAsciiLetterOrDigit(code: number): boolean {
  return isAsciiLetter(code) || (code >= 48 && code <= 57)
}
