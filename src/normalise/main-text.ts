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

function isChrome(line: string): boolean {
  return isBarMenu(line) || CHROME_WORDS.some((word) => line.includes(word)) || isTranslation(line)
}

/** The text without its chrome lines and labelled translations; the text itself when it has none (most pages) or nothing else. */
export function mainText(text: string): string {
  if (!text.includes(' | ') && !CHROME_WORDS.some((word) => text.includes(word)) && !TRANSLATION_LABELS.some((label) => text.includes(label))) return text
  const main = text
    .split('\n')
    .filter((line) => !isChrome(line))
    .join('\n')
  return main.trim() === '' ? text : main
}
