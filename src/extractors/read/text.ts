/** Small text helpers shared by the extractors: quotes, page chrome, whitespace. */
import { isSpaceCode } from '../../normalise/code-units.js'
import { isAsciiLetter } from './anchored.js'
import type { Line } from '../doc.js'
import { lazyPattern } from '../../normalise/lazy-pattern.js'

export { isSpaceCode }

export interface Quoted {
  text: string
  /** Offset of the quoted text (inside the quote marks). */
  offset: number
  /** Offset just after the closing mark. */
  end: number
}

const OPEN = '„“"«‘‚'
const CLOSE = '”“"»’‘'

/**
 * Quoted names in document order. Latvian and Lithuanian pages open with „ and close with ”
 * or “, but pasted text mixes them ("…”), so any opener pairs with any closer.
 */
export function findQuoted(text: string, maxLength = 300): Quoted[] {
  const found: Quoted[] = []
  let i = 0
  // Everything before this offset is known to hold no closing mark on the way from the last
  // opener, so a run of openers ("„„„„…") is scanned once, not once per opener.
  let noCloseBefore = 0
  while (i < text.length) {
    const open = indexOfAny(text, OPEN, i)
    if (open === -1) break
    const limit = open + 1 + maxLength
    const close = closerAt(text, Math.max(open + 1, noCloseBefore), limit)
    if (close < 0) {
      // No closer up to the limit, or up to the end of the line (quotes never span lines).
      noCloseBefore = -close - 1
      i = open + 1
      continue
    }
    let end = close
    // „Patvērums „Drošā māja””: a name quoted inside the quotes closes right before them.
    for (let nested = countOpeners(text, open + 1, close); nested > 0 && isMarkOf(CLOSE, text.charCodeAt(end + 1)); nested--) end++
    const inner = text.slice(open + 1, end)
    if (inner.trim().length >= 2 && /\p{L}/u.test(inner)) {
      found.push({ text: inner.trim(), offset: open + 1 + (inner.length - inner.trimStart().length), end: end + 1 })
      i = end + 1
    } else i = open + 1
  }
  return found
}

/** The marks in [from, to) that only ever open a quote („ and «). */
function countOpeners(text: string, from: number, to: number): number {
  let count = 0
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x201e || code === 0xab) count++
  }
  return count
}

/** Index of the first closing mark in [from, to), or -(stop + 1) where the search stopped (a newline or `to`). */
function closerAt(text: string, from: number, to: number): number {
  const end = Math.min(to, text.length)
  for (let i = from; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code === 10) return -(i + 1)
    if (isMarkOf(CLOSE, code)) return i
  }
  return -(end + 1)
}

function indexOfAny(text: string, chars: string, from: number): number {
  for (let i = from; i < text.length; i++) if (isMarkOf(chars, text.charCodeAt(i))) return i
  return -1
}

/**
 * Whether code unit `code` is one of the quote `marks`. Every mark is '"', '«', '»' or in
 * U+2018–U+201E, so nearly every character is ruled out by comparisons, without a string for it.
 */
function isMarkOf(marks: string, code: number): boolean {
  if (code !== 0x22 && code !== 0xab && code !== 0xbb && (code < 0x2018 || code > 0x201e)) return false
  return marks.includes(String.fromCharCode(code))
}

const LEADING = new Set([...'„“"«‘‚*'])
const TRAILING = new Set([...'”“"»’*'])

/** Remove wrapping quote marks and markdown emphasis: `"Mobile and effective"` -> `Mobile and effective`. */
export function unquote(text: string): string {
  const trimmed = trimWith(text, LEADING, NONE)
  // Jauniešu centrs „Atbalsts”: a closing mark that closes a quotation inside stays.
  let inner = false
  for (let i = 0; i < trimmed.length && !inner; i++) inner = OPENERS.has(trimmed[i]!)
  return trimWith(trimmed, NONE, inner ? EMPHASIS : TRAILING)
}

const NONE: ReadonlySet<string> = new Set()
const EMPHASIS: ReadonlySet<string> = new Set(['*'])
const OPENERS: ReadonlySet<string> = new Set([...'„«‚'])

/**
 * Trim whitespace and the given characters from both ends, by hand: an end-anchored regex
 * such as /[\s,;.]+$/ rescans a long run once per character and turns quadratic.
 */
export function trimWith(text: string, leading: ReadonlySet<string>, trailing: ReadonlySet<string>): string {
  let start = 0
  let end = text.length
  while (start < end && (isSpaceCode(text.charCodeAt(start)) || leading.has(text[start]!))) start++
  while (end > start && (isSpaceCode(text.charCodeAt(end - 1)) || trailing.has(text[end - 1]!))) end--
  return text.slice(start, end)
}

/** A value that says there is none ("Nav", "Nėra", "None", "—"): it names nothing. */
export function saysNone(text: string): boolean {
  const t = text.trim()
  return t.length <= 8 && NONE_VALUE.test(t)
}

const NONE_VALUE = /^(?:nav|nėra|none|n\/a|puudub|ei ole|[-–—])\.?$/i

/** Print-page chrome glued to a title line by the browser ("…Zemgalē”drukāt"). */
export function stripChrome(text: string): string {
  const trimmed = text.trimEnd()
  const chrome = /(?:drukāt|spausdinti|print|imprimer|drucken)$/iu.exec(trimmed.slice(-12))
  return (chrome ? trimmed.slice(0, trimmed.length - chrome[0].length) : trimmed).trim()
}

// A PDF's text breaks a word at a line's end with a hyphen ("interven-" over "cijos"): with the lines
// joined, a hyphen between two lower-case parts and a space mends into one word. A hyphen before a
// conjunction shortens a compound ("Politsei- ja Piirivalveamet", "pre- and post-test") and stays.
const BROKEN_WORD = lazyPattern(() => /(\p{Ll}{2})- (\p{Ll}+)/gu)
const CONJUNCTIONS: ReadonlySet<string> = new Set(['ja', 'ning', 'või', 'ehk', 'ir', 'bei', 'ar', 'arba', 'un', 'vai', 'and', 'or', 'nor', 'und', 'oder', 'et', 'ou'])
/**
 * English words that open a hyphenated compound far more often than a line's end splits them
 * ("low-threshold", "self-help", "peer-to-peer", "drug-free", "well-being", "long-term"): a hyphen
 * after one of them is the compound's, unless what follows is a suffix ("low-er", "high-ly").
 */
const COMPOUND_HEADS: ReadonlySet<string> = new Set(['low', 'high', 'self', 'non', 'peer', 'drug', 'well', 'long', 'short', 'half'])
const SUFFIXES: ReadonlySet<string> = new Set(['er', 'ers', 'est', 'ly', 'ing', 'ness', 'age', 'ed', 'en', 'ish'])
/** Letters looked at before a hyphen: the longest compound head. */
const COMPOUND_HEAD_MAX = 5

/** What a hyphen at a line's end is: a broken word's, a compound's ("low-threshold"), or one that shortens a compound before a conjunction. */
export type LineEndHyphen = 'word' | 'compound' | 'shortened'

/**
 * The hyphen at a line's end between the word `head` and the lower-case word `tail`: before a
 * conjunction it shortens a compound ("Politsei-" over "ja …"), after a compound's first word it is
 * the compound's ("low-" over "threshold"); else a print broke one word there.
 */
export function lineEndHyphen(head: string, tail: string): LineEndHyphen {
  if (CONJUNCTIONS.has(tail)) return 'shortened'
  return head.length <= COMPOUND_HEAD_MAX && COMPOUND_HEADS.has(head.toLowerCase()) && !SUFFIXES.has(tail) ? 'compound' : 'word'
}

/** The letters right before `end` in `text`, as many as a compound head has and one more. */
function wordBefore(text: string, end: number): string {
  let start = end
  while (start > 0 && end - start <= COMPOUND_HEAD_MAX && isLetter(text.charAt(start - 1))) start--
  return text.slice(start, end)
}

/** A letter of any script: it has a case (the Baltic languages' letters all do). */
export function isLetter(char: string): boolean {
  return char.toLowerCase() !== char.toUpperCase()
}

/** `text` with the words a line's end hyphenated joined again ("interven- cijos" -> "intervencijos", "low- threshold" -> "low-threshold"). */
export function mendBrokenWords(text: string): string {
  if (!text.includes('- ')) return text
  return text.replace(BROKEN_WORD(), (whole, head: string, tail: string, at: number) => {
    const hyphen = lineEndHyphen(wordBefore(text, at + head.length), tail)
    return hyphen === 'shortened' ? whole : hyphen === 'compound' ? `${head}-${tail}` : head + tail
  })
}

// The part of a word a line's end left ("disin-") and the lower-case word that goes on below it ("fectants").
const BROKEN_HEAD = lazyPattern(() => /\p{Ll}{2}-$/u)
const LOWER_WORD = lazyPattern(() => /^\p{Ll}+/u)

/**
 * Two lines of one item joined: with a space, or, where a PDF's text broke a word at the line's
 * end ("disin-" / "fectants"), into one word, as `mendBrokenWords` mends it.
 */
export function joinLines(head: string, tail: string): string {
  if (head.charCodeAt(head.length - 1) !== 45) return head + ' ' + tail
  const word = BROKEN_HEAD().test(head) ? LOWER_WORD().exec(tail) : null
  const hyphen = word ? lineEndHyphen(wordBefore(head, head.length - 1), word[0]) : 'shortened'
  return hyphen === 'shortened' ? head + ' ' + tail : hyphen === 'compound' ? head + tail : head.slice(0, -1) + tail
}

/**
 * `text` with each line break between two lines that hold text written as a space, so that a
 * heading wrapped onto a second line ("projekta „Drošs mājās –" / "vardarbības … Liepājā”") reads
 * as one line. The length stays, so offsets into the result are offsets into `text`.
 */
export function joinParagraphLines(text: string): string {
  if (!text.includes('\n')) return text
  const lines = text.split('\n')
  let joined = lines[0]!
  for (let index = 1; index < lines.length; index++) joined += (isBlank(lines[index - 1]!) || isBlank(lines[index]!) ? '\n' : ' ') + lines[index]
  return joined
}

/** `text.replace(/\s+/g, ' ').trim()`: runs of spaces as one ' ', none at either end. */
export function squash(text: string): string {
  // Most values are already squashed: then nothing is copied.
  if (isSquashed(text)) return text
  // One pass copying the stretches between runs of spaces: some times faster than the replace.
  let squashed = ''
  let at = 0
  while (at < text.length && isSpaceCode(text.charCodeAt(at))) at++
  let from = at
  for (; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if ((code > 32 && code < 0xa0) || !isSpaceCode(code)) continue
    let end = at + 1
    while (end < text.length && isSpaceCode(text.charCodeAt(end))) end++
    // A single plain space inside the text stays as it is.
    if (code === 32 && end === at + 1 && end < text.length) continue
    squashed += text.slice(from, at)
    if (end < text.length) squashed += ' '
    from = end
    at = end - 1
  }
  return squashed + text.slice(from)
}


/**
 * A space other than ' ', two spaces in a row, or a space at either end (\s is isSpaceCode's set):
 * what squash changes. One native scan is faster than a loop over the code units.
 */
const NOT_SQUASHED = /[^\S ]|  |^ | $/

/** True when `squash(text)` is `text` itself: no space at either end and no space but single ' ' inside. */
export function isSquashed(text: string): boolean {
  return !NOT_SQUASHED.test(text)
}

/** Trailing list punctuation: "Children ," -> "Children", "Valsts policija;" -> "Valsts policija". */
const BULLETS = new Set([...'•·▪◦*–−-'])
const LIST_PUNCTUATION = new Set([...',;.'])

export function trimItem(text: string): string {
  return trimWith(text, BULLETS, LIST_PUNCTUATION)
}

const ITEM_NUMBER = /^\(?[0-9]{1,2}\)\s+/

/** "1) Liepājas Universitāte", "(2) Tieslietu ministrija": the item's number in a list is no part of it. */
export function withoutItemNumber(text: string): string {
  const first = text.charCodeAt(0)
  return (first >= 48 && first <= 57) || first === 40 ? text.replace(ITEM_NUMBER, '') : text
}

/** What stands for a text browser's margin where `unwrapped` joins a wrapped line: the cleaned text has no other no-break space. */
export const MARGIN = '\u00a0'

/** `text` read from the unwrapped document without a joined margin ("LVL \u00a0\u00a0\u00a075 960" -> "LVL 75 960"). */
export function withoutMargin(text: string): string {
  return text.includes(MARGIN) ? text.replaceAll(MARGIN, '') : text
}

/** "[1]EEE ir Norvegijos finansiniai mechanizmai": lynx numbers each link; the number is no part of the line's words. */
export function withoutLinkNumber(text: string): string {
  if (text.charCodeAt(0) !== 91) return text
  const close = text.indexOf(']')
  return close > 1 && close <= 4 && /^\[\d+\]$/.test(text.slice(0, close + 1)) ? text.slice(close + 1) : text
}

/**
 * "[9]Sākums / [10]Aktualitātes": lynx numbers every link, inside a line too; the line without
 * the numbers reads as the browser showed it.
 */
export function withoutLinkNumbers(text: string): string {
  return text.includes('[') ? text.replace(/\[\d{1,3}\]/g, '') : text
}

const SEARCH_WORDS = ['search', 'find', 'rechercher', 'suchen', 'meklēt', 'ieškoti', 'otsi']

/** A line that is page furniture rather than content: a URL, a timestamp, a bare date, a site search heading. */
export function isChromeLine(text: string): boolean {
  const t = text.trim()
  const first = t.charCodeAt(0)
  // The dates start with a digit, the address with "h" (/i without u: no other character matches it).
  if (first >= 48 && first <= 57) return DAY_FIRST_DATE.test(t) || ISO_DATE.test(t) || READING_TIME.test(t)
  return (
    ((first | 0x20) === 104 && ADDRESS.test(t)) ||
    // The /iu pattern costs milliseconds to compile (\p{L} closed under case): tried only when it can match.
    (mayStartWithWord(t, SEARCH_WORDS) && SEARCH_HEADING().test(t)) ||
    // "Projekte suchen", "Projektų paieška": the same heading, noun first (a short line only).
    (t.length <= 40 && endsWithSearchWord(t) && NOUN_FIRST_SEARCH().test(t)) ||
    // One of these words and nothing else: no longer than the longest (each matches one code unit per letter).
    (t.length <= 'spausdinti'.length && CHROME_WORD.test(t)) ||
    (t.length <= SKIP_LINK_MAX && SKIP_LINKS.has(t.toLowerCase())) ||
    (first === 35 && isLinkRelation(t)) ||
    isToolBar(t) ||
    isRule(t, first) ||
    (t.length <= READING_TIME_LABELLED_MAX && isReadingTime(t))
  )
}

/** The shortest rule: a line of three or more of one drawing character. */
const RULE_MIN = 3

/**
 * "━━━━━━", "------", "======": a text browser's or a plain-text page's horizontal rule between the
 * menu and the article, one drawing character repeated (box drawing, or an ASCII dash, equals sign, underscore).
 */
function isRule(trimmed: string, first: number): boolean {
  if (trimmed.length < RULE_MIN || !((first >= 0x2500 && first <= 0x257f) || first === 45 || first === 61 || first === 95)) return false
  for (let at = 1; at < trimmed.length; at++) if (trimmed.charCodeAt(at) !== first) return false
  return true
}

/** "#[1]Norway Grants in Latvia RSS": lynx lists the page's linked feeds and alternates above it, a hash before each link number. */
function isLinkRelation(trimmed: string): boolean {
  return trimmed.charCodeAt(1) === 91 && /^#\[\d{1,3}\]/.test(trimmed)
}

/** "Print | Share | Download as PDF": the page's tools, parted by bars, and nothing else. */
function isToolBar(trimmed: string): boolean {
  if (trimmed.length > TOOL_BAR_MAX) return false
  // A copied page sets its share buttons one a line: "Share", "Facebook", "LinkedIn".
  if (!trimmed.includes('|')) return trimmed.length <= SHARE_BUTTON_MAX && PAGE_TOOLS.has(trimmed.toLowerCase())
  return trimmed.split('|').every((part) => {
    const tool = part.trim()
    return tool === '' || PAGE_TOOLS.has(tool.toLowerCase())
  })
}

const TOOL_BAR_MAX = 100
const SHARE_BUTTON_MAX = 'printer-friendly version'.length
const PAGE_TOOLS: ReadonlySet<string> = new Set([
  'print', 'print this page', 'printer-friendly version', 'share', 'share this page', 'download as pdf', 'download pdf', 'pdf',
  'send to a friend', 'email', 'e-mail', 'facebook', 'twitter', 'linkedin', 'drukāt', 'dalīties', 'kopīgot', 'spausdinti',
  'dalintis', 'prindi', 'jaga',
])

/** "Skip to content": the first link of an accessible page, saved as text above everything else. */
const SKIP_LINKS: ReadonlySet<string> = new Set([
  'skip to content', 'skip to main content', 'pāriet uz saturu', 'pāriet uz galveno saturu', 'pereiti prie turinio',
  'pereiti prie pagrindinio turinio', 'pereiti į turinį', 'liigu sisu juurde', 'mine sisu juurde', 'otse sisu juurde',
  'перейти к содержанию', 'перейти к основному содержанию', 'перейти к основному содержимому',
])
const SKIP_LINK_MAX = 31

const ADDRESS = /^https?:\/\/\S+$/i
const DAY_FIRST_DATE = /^\d{1,2}[./]\d{1,2}[./]\d{4}(?:\.?\s+\d{1,2}:\d{2}(?::\d{2})?)?\.?$/
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/
// A browser's reader view puts the reading time under the title: "4–5 minutes", "3 min read", and in
// the site's language: "3–4 minutit", "5–6 minūtes", "4–5 minutės", "3–4 минуты", "3 мин.".
const READING_TIME = /^\d{1,2}(?:\s?[–-]\s?\d{1,2})?\s(?:minutes?|min|minutit|minūtes?|minutės?|minučių|минут[аы]?|мин)(?: read| чтения|(?<=min|мин)\.)?$/i
// A news site prints it with its label: "Время чтения: 4–5 минут", "Reading time: 3 min", "Lugemisaeg: 3 min".
const READING_TIME_LABEL = /^(?:время чтения|reading time|read time|lugemisaeg|skaitymo laikas|lasīšanas laiks):?\s+/i
/** The longest labelled reading time ("Skaitymo laikas: 10–12 minučių"). */
const READING_TIME_LABELLED_MAX = 44

/** "4–5 minutes", "3–4 minutit", "Время чтения: 4–5 минут": the reading time a reader view or a news site prints under the title. */
export function isReadingTime(text: string): boolean {
  const first = text.charCodeAt(0)
  if (first >= 48 && first <= 57) return text.length <= 24 && READING_TIME.test(text)
  const label = text.length <= READING_TIME_LABELLED_MAX ? READING_TIME_LABEL.exec(text) : null
  return label !== null && isReadingTime(text.slice(label[0].length))
}

const SEARCH_HEADING =
  lazyPattern(() => /^(?:search|find|rechercher|suchen|meklēt|ieškoti|otsi)\s(?:\p{L}{1,12}\s){0,2}(?:projects?|projets?|projekte|projektus|projektų|projekti|projektid)(?![\p{L}])/iu)
const SEARCH_NOUNS = ['search', 'suchen', 'recherche', 'paieška', 'meklēšana', 'meklētājs', 'otsing', 'haku']
/**
 * Whether the line may end in one of SEARCH_NOUNS as the /iu pattern reads it: lower-cased it ends
 * in one, or it holds ſ (which /iu takes for s): a cheap look before the pattern is compiled.
 */
function endsWithSearchWord(text: string): boolean {
  const lower = text.toLowerCase()
  return lower.includes('\u017f') || SEARCH_NOUNS.some((word) => lower.endsWith(word))
}
// "Europäische Projekte suchen": one word may stand before the noun.
const NOUN_FIRST_SEARCH =
  lazyPattern(() => /^(?:\p{L}{1,14}\s)?(?:projects?|projets?|projekte|projektų|projektu|projektide|projektien)\s(?:\p{L}{1,12}\s){0,1}(?:search|suchen|recherche|paieška|meklēšana|meklētājs|otsing|haku)$/iu)
// A site's search box copied as its label alone ("Paieška", "Otsi", "Meklēt") is chrome too.
const CHROME_WORD = /^(?:home|menu|print|drukāt|spausdinti|imprimer|search|paieška|ieškoti|meklēt|otsi|otsing|suchen|поиск|меню|печать|печатать)$/iu

/** The index of the first character of `text` that is not a space to `\s` (the length when there is none). */
export function nonSpaceStart(text: string): number {
  let i = 0
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++
  return i
}

/** The code unit of the first character of `text` that is not a space to `\s`, or -1 when there is none. */
export function firstNonSpace(text: string): number {
  const at = nonSpaceStart(text)
  return at < text.length ? text.charCodeAt(at) : -1
}

/**
 * Whether the first non-space character of `text` is one of `letters` (lower-case ASCII) in either
 * case. A prefilter for /^\s*word/i patterns without the u flag: under those no character but
 * the letter's two cases matches an ASCII letter (for /iu ones, see mayStartWith).
 */
export function startsWithAsciiLetter(text: string, letters: string): boolean {
  const code = firstNonSpace(text)
  const lower = isAsciiUpper(code) ? code + 32 : code
  for (let i = 0; i < letters.length; i++) if (letters.charCodeAt(i) === lower) return true
  return false
}

/** True when `text.trim()` is empty, without making the trimmed copy. */
/** Whether a lower-case letter stands at `at` (a letter that has an upper case and is not it). */
export function isLowerCaseAt(text: string, at = 0): boolean {
  const char = text.charAt(at)
  return char !== char.toUpperCase() && char === char.toLowerCase()
}

/** Whether an upper-case letter stands at `at`. */
export function isUpperCaseAt(text: string, at = 0): boolean {
  const char = text.charAt(at)
  return char !== char.toLowerCase()
}

export function isBlank(text: string): boolean {
  return firstNonSpace(text) === -1
}

/** The index of the first line from `from` on, short of `to`, that holds text; `to` when none does. */
export function firstContentLine(lines: ReadonlyArray<{ readonly text: string }>, from: number, to = lines.length): number {
  let index = from
  while (index < to && isBlank(lines[index]!.text)) index++
  return index
}

/** The code unit of the last character of `text` that is not a space to `\s`, or -1 when there is none. */
export function lastNonSpace(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    const code = text.charCodeAt(i)
    if (!isSpaceCode(code)) return code
  }
  return -1
}

/**
 * Whether the first non-space character of `text` could be one of `letters` (lower-case ASCII),
 * in either case. A prefilter for /^\s*word/i patterns: it answers true for any non-ASCII first
 * character, since under /iu some of those match ASCII letters (K, the Kelvin sign, matches k).
 */
export function mayStartWith(text: string, letters: string): boolean {
  let i = 0
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++
  if (i === text.length) return false
  const code = text.charCodeAt(i)
  for (let j = 0; j < letters.length; j++) if (mayMatchCaseBlind(code, letters.charCodeAt(j))) return true
  return false
}

/**
 * Whether `text` could start (at `at`) with one of `words` under a case-blind (/iu) pattern. A prefilter
 * for /^(?:word|…)/iu: an ASCII character of the text must be the word's character in either
 * case (under /iu an ASCII character matches no other ASCII character, and a non-ASCII one only
 * when that is K, the Kelvin sign, for k or ſ for s); two non-ASCII characters count as a
 * possible match.
 */
export function mayStartWithWord(text: string, words: readonly string[], at = 0): boolean {
  return words.some((word) => mayStartWithOneWord(text, word, at))
}

/** `mayStartWithWord` for a single word. */
export function mayStartWithOneWord(text: string, word: string, at = 0): boolean {
  if (text.length - at < word.length) return false
  for (let i = 0; i < word.length; i++) if (!mayMatchCaseBlind(text.charCodeAt(at + i), word.charCodeAt(i))) return false
  return true
}

/**
 * Whether `text` may hold one of `words` (lower case, literal) as a case-blind (/iu) pattern
 * reads them. Under /iu a character matches a word's character only when it lower-cases to it,
 * or is ſ (U+017F), which matches s, or one of the old Cyrillic letter forms U+1C80–U+1C88, which
 * match в, д, о, с, т, ъ, ѣ, ꙋ (the Russian status words): so a text without those must hold the
 * word once lower-cased.
 * A prefilter: false proves no match. test/extractors/read/text.test.ts checks every code point
 * against the characters of the words its callers pass.
 */
export function mayHoldCaseBlind(text: string, words: readonly string[]): boolean {
  return lowerMayHold(text.toLowerCase(), words)
}

/** `mayHoldCaseBlind` on a text already lower-cased, for callers that try several word lists on one text. */
export function lowerMayHold(lower: string, words: readonly string[]): boolean {
  return words.some((word) => lower.includes(word)) || ODD_CASE_FOLDS.test(lower)
}

/** Letters that /iu matches to another letter they do not lower-case to (see mayHoldCaseBlind). */
const ODD_CASE_FOLDS = /[\u017f\u1c80-\u1c88]/

/**
 * `lowerMayHold` for a pattern that wants its `words` whole and its `stems` at a word's start,
 * between `\p{L}` look-arounds: an occurrence with an ASCII letter right before it (or, for a
 * whole word, right after it) cannot match there, since only letters lower-case to ASCII letters.
 */
export function lowerMayHoldWord(lower: string, words: readonly string[], stems: readonly string[] = []): boolean {
  if (ODD_CASE_FOLDS.test(lower)) return true
  return words.some((word) => standsApart(lower, word, true)) || stems.some((stem) => standsApart(lower, stem, false))
}

function standsApart(lower: string, word: string, whole: boolean): boolean {
  for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
    if (isAsciiLetter(lower.charCodeAt(at - 1))) continue
    if (whole && isAsciiLetter(lower.charCodeAt(at + word.length))) continue
    return true
  }
  return false
}

/** Whether code unit `code` of a text may match `wanted` of a word under /iu (see `mayStartWithWord`). */
export function mayMatchCaseBlind(code: number, wanted: number): boolean {
  if (code === wanted) return true
  if (code < 128 && wanted < 128) return (isAsciiUpper(code) && code + 32 === wanted) || (isAsciiUpper(wanted) && wanted + 32 === code)
  // An ASCII character and a non-ASCII one match only through the two letters /iu folds to ASCII:
  // so "Norwegian" cannot start "Норвежск…", and its pattern need not be compiled to prove it.
  if (code < 128) return foldsToAscii(wanted, code)
  if (wanted < 128) return foldsToAscii(code, wanted)
  return true
}

/** Whether the non-ASCII `letter` matches the ASCII `ascii` under /iu: the Kelvin sign K and k, long ſ and s. */
function foldsToAscii(letter: number, ascii: number): boolean {
  const lower = ascii | 32
  return (letter === 0x212a && lower === 107) || (letter === 0x17f && lower === 115)
}

function isAsciiUpper(code: number): boolean {
  return code >= 65 && code <= 90
}

/**
 * Where a list splits on commas: every comma that is not inside parentheses, i.e. whose next
 * parenthesis is not a closing one (`a, b (x, y), c` splits at the first and last comma).
 * One pass from the end; the look-ahead `/,(?![^(]*\))/` it replaces read to the end of the
 * line for every comma, quadratic on a long line of them.
 */
export function commasOutsideParentheses(text: string): number[] {
  const cuts: number[] = []
  let nextParenthesis = ''
  for (let at = text.length - 1; at >= 0; at--) {
    const char = text[at]
    if (char === '(' || char === ')') nextParenthesis = char
    else if (char === ',' && nextParenthesis !== ')') cuts.push(at)
  }
  return cuts.reverse()
}

/**
 * The expression with each `\b` spelled out as a look-around, which V8 runs about twenty
 * times faster than `\b` under /iu. There the word characters are \w plus `ſ` (U+017F) and
 * `K` (U+212A), which fold into it. A `\b` before a letter or a group (whose alternatives
 * must all open with a letter) means "no word character before"; every other `\b` must
 * follow a letter, and means "no word character after".
 */
export function spellBoundaries(pattern: RegExp): RegExp {
  const word = '[0-9A-Za-z_\\u017f\\u212a]'
  const source = pattern.source
  // One scan for `\b`, as /\\b(?=[\p{L}(])/gu and then replaceAll('\\b') would find them; the
  // Unicode class (a compile of milliseconds at start-up) is asked only after a non-ASCII character.
  let spelled = ''
  let from = 0
  for (let at = source.indexOf('\\b'); at >= 0; at = source.indexOf('\\b', from)) {
    spelled += source.slice(from, at) + (opensWithLetterOrGroup(source, at + 2) ? `(?<!${word})` : `(?!${word})`)
    from = at + 2
  }
  return new RegExp(spelled + source.slice(from), pattern.flags)
}

const LETTER_AT_START = lazyPattern(() => /^\p{L}/u)

/** Whether `source` has a letter (`\p{L}`) or `(` at `at`. */
function opensWithLetterOrGroup(source: string, at: number): boolean {
  const code = source.charCodeAt(at)
  if (code < 0x80) return code === 0x28 || isAsciiLetter(code)
  return LETTER_AT_START().test(source.slice(at, at + 2))
}

/**
 * A text browser wraps a long heading at its width ("Projekts LV 0057 „… ieslodzījuma" over
 * "vietās”drukāt"): a heading whose quote stays open goes on to the next line that closes it,
 * read as one line (the newline as a space, so offsets stay the text's).
 */
export function wrappedHeading(lines: readonly Line[], line: Line): Line {
  const open = line.text.search(/[„“"«]/)
  if (open === -1 || findQuoted(line.text.slice(open)).length > 0) return line
  const next = lines[line.index + 1]
  if (!next || isBlank(next.text) || !/[”“"»]/.test(next.text)) return line
  return { index: line.index, offset: line.offset, text: `${line.text} ${next.text}` }
}
