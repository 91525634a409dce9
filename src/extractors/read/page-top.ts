/**
 * The top of a page saved from a browser: chrome lines (the address, the print time, a cookie
 * notice, a site search heading, a section name, a breadcrumb trail and the site banner above it) above the
 * heading, and a publication date right under it.
 */
import type { Doc } from '../doc.js'
import type { Draft } from '../draft.js'
import { parseDate, parseDateTime } from '../../normalise/dates.js'
import { isChromeLine } from './text.js'

/** Reads the chrome lines from the top; returns the index of the first content line. */
export function readChrome(doc: Doc, draft: Draft): number {
  const lines = doc.lines
  let index = 0
  for (; index < lines.length; index++) {
    const line = lines[index]!
    const text = line.text.trim()
    if (!text) continue
    if (!isChromeLine(text) && !isSectionName(text) && !isBreadcrumb(text) && !isAboveBreadcrumb(lines, index) && !isCookieNotice(text)) break
    const span = { offset: line.offset + line.text.indexOf(text), length: text.length }
    if (/^https?:\/\//i.test(text)) draft.set('url', text, span)
    else {
      // A printed page starts with the time it was printed: when the document was retrieved.
      const printed = parseDateTime(text)
      if (printed) draft.set('retrievedAt', printed, span)
    }
  }
  return index
}

/** Words only a cookie notice uses, in the site languages (lower case). */
const COOKIE_WORDS: readonly string[] = ['cookie', 'sīkdatn', 'slapuk', 'küpsis', 'küpsise']

/** "Šī vietne izmanto sīkdatnes … Piekrītu": the banner a page shows until its cookies are accepted. */
export function isCookieNotice(text: string): boolean {
  if (text.length > 300) return false
  const lower = text.toLowerCase()
  return COOKIE_WORDS.some((word) => lower.includes(word))
}

/** Section names a site prints alone above its articles ("Naujienos", "Jaunumi"): never a title. */
const SECTION_NAMES = new Set([
  'news', 'latest news', 'press releases', 'naujienos', 'aktualijos', 'pranešimai spaudai', 'jaunumi', 'aktualitātes',
  'preses relīzes', 'uudised', 'pressiteated', 'actualités', 'nachrichten', 'aktuelles', 'projects', 'projektai', 'projekti',
  'projektid', 'projets', 'good practice', 'good practices', 'labā prakse', 'geroji patirtis',
])

/** A section name alone, or with the site's name beside it ("News | Lithuanian Police"). */
function isSectionName(text: string): boolean {
  if (text.length <= 20) return SECTION_NAMES.has(text.toLowerCase())
  return text.length <= 100 && text.includes('|') && text.split(/\s+\|\s+/).some((part) => part.length <= 20 && SECTION_NAMES.has(part.toLowerCase()))
}

const CRUMB_SEPARATOR = /\s[>»›]\s/
const HOME_CRUMB = /^(?:home|sākums|pradžia|pagrindinis|titulinis|avaleht|accueil|startseite)\s*[/|>»›]\s/i

/**
 * A breadcrumb trail ("Sākums > Aktualitātes > Jaunumi", "Home / Knowledge Centre / Good
 * practices"): short steps between arrows, or a trail that starts at the home page.
 */
export function isBreadcrumb(text: string): boolean {
  if (text.length > 160 || !(CRUMB_SEPARATOR.test(text) || HOME_CRUMB.test(text))) return false
  return text.split(/\s+[/|>»›]\s+/).every((step) => step.length > 0 && step.length <= 50)
}

/**
 * A short line right above a breadcrumb trail or a section name is the site's banner ("EUCPN |
 * European Crime Prevention Network", "Utenos rajono savivaldybė" over "Naujienos"): the page's
 * own heading stands below them. Only the line right above a section name counts: a heading over
 * a short line and then a section name is rare, a site name over its section is not.
 */
function isAboveBreadcrumb(lines: Doc['lines'], index: number): boolean {
  if (lines[index]!.text.length > 100) return false
  let seen = 0
  for (let next = index + 1; next < lines.length && seen < 2; next++) {
    const text = lines[next]!.text.trim()
    if (!text) continue
    if (isBreadcrumb(text) || (seen === 0 && isSectionName(text))) return true
    if (text.length > 100) return false
    seen++
  }
  return false
}

/**
 * A date alone on the first content line after `index` is the page's publication date.
 * Returns the index of the line after it (or of that first content line) and whether it was there.
 */
export function readPublishedDate(doc: Doc, draft: Draft, index: number): { next: number; found: boolean } {
  const lines = doc.lines
  for (; index < lines.length; index++) {
    const line = lines[index]!
    const text = line.text.trim()
    if (!text) continue
    // "Publicēts: 05.10.2018": the date under its label is the same fact.
    const label = text.length <= 80 ? PUBLISHED_LABEL.exec(text) : null
    const date = parseDate(label ? text.slice(label[0].length) : text)
    if (!date) return { next: index, found: false }
    const at = line.text.indexOf(text) + (label?.[0].length ?? 0)
    draft.set('publishedDate', date, { offset: line.offset + at, length: text.length - (label?.[0].length ?? 0) })
    return { next: skipShareLine(lines, index + 1), found: true }
  }
  return { next: index, found: false }
}

/** The label a page prints before its publication date (anchored, so only a line's start is tried). */
const PUBLISHED_LABEL =
  /^(?:publicēts|publicēšanas datums|datums|published(?: on)?|date published|publication date|posted(?: on)?|paskelbta|paskelbimo data|publikuota|avaldatud|avaldamise kuupäev|publié le)\s*:?\s+/i

/** "Drukāt   Dalīties", "Print | Share": the article's tools under its date. */
const SHARE_LINE =
  /^(?:(?:drukāt|dalīties|print|share|spausdinti|dalintis|facebook|twitter|tweet|e-pasts|e-mail|email|prindi|jaga)(?:[ \t|·•/]+|$))+$/i

/** The index of the first content line from `index` on, past one line of article tools. */
function skipShareLine(lines: Doc['lines'], index: number): number {
  let next = index
  while (next < lines.length && !lines[next]!.text.trim()) next++
  const text = lines[next]?.text.trim() ?? ''
  return text && text.length <= 80 && SHARE_LINE.test(text) ? next + 1 : index
}
