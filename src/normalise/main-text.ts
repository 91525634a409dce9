/**
 * The text a page's language is told from: without the site's chrome lines (menus, footers,
 * cookie notices), which may be in the site's other language. A short Estonian page inside an
 * English site's banner, menu and footer is Estonian.
 */

// A cookie notice (en, lv, lt, et), the copyright sign, a footer's rights line.
const CHROME_WORDS: readonly string[] = ['ookie', '©', 'rights reserved', 'īkdatn', 'lapuk', 'üpsis']

/** A menu or footer line: two bars or more between its items ("Home | About | Contact"); a pipe table's row starts with its bar. */
function isBarMenu(line: string): boolean {
  const first = line.indexOf(' | ')
  return first !== -1 && line.indexOf(' | ', first + 3) !== -1 && line.trimStart()[0] !== '|'
}

// A paragraph that says it is the page in another language: "Abstract: The study …" under a Latvian page.
const TRANSLATION_LABELS: readonly string[] = ['Abstract:', 'Summary in English', 'English summary', 'In English:']

function isTranslation(line: string): boolean {
  const trimmed = line.trimStart()
  return TRANSLATION_LABELS.some((label) => trimmed.startsWith(label))
}

// A heading over the page said again in another language, alone on its line: what follows it is the translation.
const TRANSLATION_HEADINGS: ReadonlySet<string> = new Set(['in english', 'english version', 'summary in english', 'english summary', 'angliski', 'angļu valodā'])
const TRANSLATION_HEADING_MAX = 'summary in english:'.length

/** "In English", "English version:": a heading that opens the page's translation (every one holds "ngli" or "ngļ", in either case). */
export function isTranslationHeading(line: string): boolean {
  if (line.length > TRANSLATION_HEADING_MAX + 8 || !mayHoldTranslation(line)) return false
  const heading = line.trim().toLowerCase()
  return TRANSLATION_HEADINGS.has(heading.endsWith(':') ? heading.slice(0, -1).trimEnd() : heading)
}

/** Whether `text` may hold a translation heading: the plain look that spares most pages the line walk. */
function mayHoldTranslation(text: string): boolean {
  return text.includes('ngli') || text.includes('ngļ') || text.includes('NGLI') || text.includes('NGĻ')
}

/** A page's own text before its translation is at least this long: a language link in a menu ("In English") opens none. */
const PAGE_BEFORE_TRANSLATION = 200

/** The line that opens the page's translation, or -1. */
function translationAt(lines: readonly string[]): number {
  let before = 0
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    if (before >= PAGE_BEFORE_TRANSLATION && isTranslationHeading(line)) return index
    before += line.trim().length
  }
  return -1
}

function isChrome(line: string): boolean {
  return isBarMenu(line) || CHROME_WORDS.some((word) => line.includes(word)) || isTranslation(line)
}

/** The text without its chrome lines and labelled translations; the text itself when it has none (most pages) or nothing else. */
export function mainText(text: string): string {
  const chrome = text.includes(' | ') || CHROME_WORDS.some((word) => text.includes(word)) || TRANSLATION_LABELS.some((label) => text.includes(label))
  const translated = mayHoldTranslation(text)
  if (!chrome && !translated) return text
  let lines = text.split('\n')
  // The page's translation below its heading ("In English") is not the page's language.
  const translation = translated ? translationAt(lines) : -1
  if (!chrome && translation === -1) return text
  if (translation !== -1) lines = lines.slice(0, translation)
  const main = lines.filter((line) => !isChrome(line)).join('\n')
  return main.trim() === '' ? text : main
}
