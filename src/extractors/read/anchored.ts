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
}

/** Anchors tried before the rest of the text is scanned the plain way. */
const TRY_BUDGET = 64

export function anchoredPattern(pattern: () => RegExp, anchors: RegExp, reach: number, cannotFollow: (code: number) => boolean): AnchoredPattern {
  const flagged = (flag: string): (() => RegExp) => lazyPattern(() => new RegExp(pattern().source, pattern().flags.replace(/[gy]/g, '') + flag))
  return { anchors, reach, cannotFollow, at: flagged('y'), from: flagged('g') }
}

/** The first `limit` matches in `text`, in order: those a global scan of the pattern finds. */
export function anchoredMatches(text: string, pattern: AnchoredPattern, limit = Infinity): RegExpExecArray[] {
  const { anchors, reach, cannotFollow } = pattern
  const matches: RegExpExecArray[] = []
  let next = 0
  let tries = 0
  anchors.lastIndex = 0
  for (let anchor = anchors.exec(text); anchor; anchor = anchors.exec(text)) {
    const last = anchor.index
    anchors.lastIndex = last + 1
    let at = Math.max(next, last - reach)
    if (++tries > TRY_BUDGET) {
      // Every earlier reach was tried, so the global scan from here finds all that is left.
      const global = pattern.from()
      global.lastIndex = at
      for (let match = global.exec(text); match && matches.length < limit; match = global.exec(text)) matches.push(match)
      return matches
    }
    const sticky = pattern.at()
    while (at <= last) {
      sticky.lastIndex = at
      const match = at > 0 && cannotFollow(text.charCodeAt(at - 1)) ? null : sticky.exec(text)
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

export function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

export function isAsciiLetterOrDigit(code: number): boolean {
  return isAsciiLetter(code) || (code >= 48 && code <= 57)
}
