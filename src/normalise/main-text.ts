/**
 * The text a page's language is told from: without the site's chrome lines (menus, footers,
 * cookie notices), which may be in the site's other language. A short Estonian page inside an
 * English site's banner, menu and footer is Estonian.
 */

// A cookie notice (en, lv, lt, et), the copyright sign, a footer's rights line.
const CHROME_WORDS: readonly string[] = ['ookie', '©', 'rights reserved', 'īkdatn', 'lapuk', 'üpsis']

/** A menu or footer line: two bars or more between its items ("Home | About | Contact"); a pipe table's row starts with its bar. */
function isMenuLine(line: string): boolean {
  const first = line.indexOf(' | ')
  return first !== -1 && line.indexOf(' | ', first + 3) !== -1 && line.trimStart()[0] !== '|'
}

function isChrome(line: string): boolean {
  return isMenuLine(line) || CHROME_WORDS.some((word) => line.includes(word))
}

/** The text without its chrome lines; the text itself when it has none (most pages) or nothing else. */
export function mainText(text: string): string {
  if (!text.includes(' | ') && !CHROME_WORDS.some((word) => text.includes(word))) return text
  const main = text
    .split('\n')
    .filter((line) => !isChrome(line))
    .join('\n')
  return main.trim() === '' ? text : main
}
