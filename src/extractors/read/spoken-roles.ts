/**
 * A page copied from a screen reader's speech viewer, linearised: each element's role comes
 * before its words ("heading level 3 Project title", "link Home", "bullet To train …") and the
 * page's regions and lists are announced on lines of their own ("main landmark", "list of 3
 * items", "list end"). spokenRolesBlanked rewrites the roles as spaces, character for character
 * (a "bullet" as a bullet mark), so the readers see the page's own words and every offset stays
 * the document's.
 */
import { Doc } from '../doc.js'

/** A line that only announces a region, a list or a table. */
const ROLE_LINE =
  /^\s*(?:(?:banner|navigation|main|contentinfo|complementary|search|region|form) landmark(?: end)?|list (?:of|with) \d+ items?|list end|out of list|table with \d+ rows? and \d+ columns?|table end)\s*$/i
/** The role said before an element's words ("heading level 2 ", "visited link ", "link, image, "). */
const ROLE_PREFIX = /^(?:heading level [1-6]|visited link|link|bullet|button|graphic|image|clickable)(?:, | )/i

/** The document with a screen reader's roles as blanks; the document itself when it is no such copy. */
export function spokenRolesBlanked(doc: Doc): Doc {
  // A speech viewer announces the page's landmarks or its headings' levels; other pages hardly say either.
  if (!doc.text.includes(' landmark') && !doc.text.includes('heading level ')) return doc
  const text = doc.lines.map((line) => withoutRoles(line.text)).join('\n')
  return text === doc.text ? doc : new Doc(text)
}

/** One line with its announcement blanked, or the roles before its words. */
export function withoutRoles(text: string): string {
  const at = text.length - text.trimStart().length
  // Every role starts with one of these letters: most lines fail on the first one.
  if (!'bnmcsrflthvgi'.includes(text.charAt(at).toLowerCase())) return text
  if (ROLE_LINE.test(text)) return ' '.repeat(text.length)
  let start = at
  let bullet = false
  for (let role = ROLE_PREFIX.exec(text.slice(start)); role; role = ROLE_PREFIX.exec(text.slice(start))) {
    start += role[0].length
    bullet ||= role[0].toLowerCase().startsWith('bullet')
  }
  if (start === at) return text
  // A list item keeps its mark, so the list readers see a bulleted item.
  return text.slice(0, at) + (bullet ? '•' : ' ') + ' '.repeat(start - at - 1) + text.slice(start)
}
