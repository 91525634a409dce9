/**
 * The top of a page saved from a browser: chrome lines (the address, the print time, a cookie
 * notice, a site search heading, a section name, a breadcrumb trail and the site banner above it, a
 * funder's, programme's or embassy's banner) above the heading, and a publication date right under it.
 */
import type { Doc, Line } from '../doc.js'
import type { Draft } from '../draft.js'
import { parseDate, parseDateTime } from '../../normalise/dates.js'
import { findFunders } from '../lexicon/funders.js'
import { inlineLabelOf, labelOf } from '../lexicon/labels.js'
import { firstContentLine, isChromeLine, isReadingTime, isUpperCaseAt, squash, withoutLinkNumber, withoutLinkNumbers } from './text.js'
import { lazyPattern } from '../../normalise/lazy-pattern.js'
import { findPlaces } from '../../normalise/places.js'

/** Reads the chrome lines from the top; returns the index of the first content line. */
export function readChrome(doc: Doc, draft: Draft): number {
  const lines = doc.lines
  const header = Math.max(siteHeaderEnd(lines), menuHeaderEnd(lines), stackedMenuEnd(lines), mailHeaderEnd(lines))
  let index = 0
  for (; index < lines.length; index++) {
    const line = lines[index]!
    const text = withoutLinkNumber(line.text.trim())
    if (!text) continue
    const printed = index <= PRINT_HEADER_LINE ? printHeaderOf(text) : null
    if (printed) {
      if (printed.time) draft.set('retrievedAt', printed.time, { offset: line.offset + line.text.indexOf(text) + printed.at, length: printed.length })
      continue
    }
    if (index >= header && !isChromeLine(text) && !isSiteAddress(text) && !isImageName(text) && !isMenuTreeItem(text) && !isSectionName(text) && !isBreadcrumb(text) && !isAboveBreadcrumb(lines, index) && !isCookieNotice(text) && !isCookieButton(lines, index, text) && !isLanguageSwitch(text) && !isBanner(text) && !isAboveDatedHeadline(lines, index) && !isPrintedPageChrome(lines, index, text) && !isProjectsHeading(lines, index) && !isLetterhead(lines, index) && !isCapitalsAboveKind(lines, index) && !isTabTitleOverAddress(lines, index, text) && !isTabTitleOfHeadline(lines, index, text) && !isWrappedTrail(lines, index) && !isSalutation(text) && !isLinkOverMenu(lines, index) && !isResultCount(text) && !isInStackedMenu(lines, index) && !isPlaceRubric(lines, index, text) && !isChannelHeader(lines, index, text)) break
    const span = { offset: line.offset + line.text.indexOf(text), length: text.length }
    if (/^https?:\/\//i.test(text)) draft.set('url', text, span)
    else {
      // A printed page starts with the time it was printed: when the document was retrieved.
      const printed = parseDateTime(text)
      if (printed) draft.set('retrievedAt', printed, span)
    }
  }
  readPrintFooter(doc, draft)
  readArchivedAddress(doc, draft)
  return index
}

// A copy kept by a web archive or a search engine's cache names the page it keeps in its banner:
// "The Wayback Machine - https://web.archive.org/web/20070612083015/http://www.unodc.org/…",
// "This is Google's cache of http://www.unodc.org/…. It is a snapshot of the page as it appeared on …".
const WAYBACK_ADDRESS = /web\.archive\.org\/web\/\d{4,14}[a-z_]*\/(https?:\/\/\S+)/
const CACHE_ADDRESS = /cache of (https?:\/\/\S+?)\.?(?:\s|$)/
/** How many lines at the top an archive's or a cache's banner may take. */
const ARCHIVE_BANNER_LINES = 3

/** The kept page's own address from an archive's or a cache's banner (`url`), when the page gives none of its own. */
export function readArchivedAddress(doc: Doc, draft: Draft): void {
  if (draft.has('url')) return
  for (const line of doc.lines.slice(0, ARCHIVE_BANNER_LINES)) {
    const text = line.text
    const found = text.includes('web.archive.org/web/') ? WAYBACK_ADDRESS.exec(text) : text.includes('cache of http') ? CACHE_ADDRESS.exec(text) : null
    if (!found) continue
    draft.set('url', found[1]!, { offset: line.offset + found.index + found[0].indexOf(found[1]!), length: found[1]!.length })
    return
  }
}

/**
 * A page saved with its tab title ("Headline | Site") on the first line and its address on the next,
 * with no print time: the heading comes below them, so the title line is chrome.
 */
function isTabTitleOverAddress(lines: readonly Line[], index: number, text: string): boolean {
  if (index > PRINT_HEADER_LINE || !text.includes(' | ')) return false
  const next = firstContentLine(lines, index + 1, Math.min(lines.length, index + 3))
  return next < lines.length && /^https?:\/\/\S+$/i.test(lines[next]!.text.trim())
}

/**
 * The fields a mail program prints over a message it saves or forwards ("From:", "Sent:", "To:",
 * "Subject:"), in English, Latvian, Lithuanian, Estonian, German and Russian ("От:", "Отправлено:",
 * "Кому:", "Тема:"), lower case.
 */
const MAIL_FIELDS: ReadonlySet<string> = new Set([
  'from', 'sent', 'date', 'to', 'cc', 'bcc', 'subject', 'reply-to', 'attachments', 'importance',
  'no', 'nosūtīts', 'datums', 'kam', 'kopija', 'tēma', 'temats', 'pielikumi',
  'nuo', 'išsiųsta', 'siųsta', 'data', 'tema', 'priedai',
  'saatja', 'saadetud', 'saaja', 'kellele', 'kuupäev', 'adressaat', 'koopia', 'teema', 'manused',
  'von', 'an', 'gesendet', 'betreff',
  'от', 'отправитель', 'отправлено', 'дата', 'кому', 'копия', 'тема', 'вложения',
])
/** The fields that name the sender: a block of mail fields holds one. */
const SENDER_FIELDS: ReadonlySet<string> = new Set(['from', 'no', 'nuo', 'saatja', 'von', 'от', 'отправитель'])
/** The longest field name ("attachments"). */
const MAIL_FIELD_MAX = 11
/** The fewest fields that make a mail's header. */
const MAIL_FIELDS_MIN = 2

/**
 * The index after an e-mail's header block on the first lines ("From: …" / "Sent: …" / "To: …" /
 * "Subject: …"), and after the notice in square brackets a mail server puts under it ("[External
 * e-mail. Do not click links.]"): a press release received by mail, its fields chrome. 0 when the
 * text does not open with two or more such fields, one of them the sender.
 */
function mailHeaderEnd(lines: Doc['lines']): number {
  let fields = 0
  let sender = false
  let end = 0
  for (let index = firstContentLine(lines, 0); index < lines.length; index++) {
    const text = lines[index]!.text.trim()
    if (!text) continue
    const field = mailFieldOf(text)
    if (field !== null) {
      fields++
      sender ||= SENDER_FIELDS.has(field)
    } else if (!(fields >= MAIL_FIELDS_MIN && text.startsWith('[') && text.endsWith(']'))) break
    end = index + 1
  }
  return fields >= MAIL_FIELDS_MIN && sender ? end : 0
}

/**
 * A letter's salutation on a line of its own ("Laba diena,", "Labdien!", "Tere!", "Lugupeetud
 * kolleegid!", "Gerbiami kolegos,", "Dear colleagues,"): how a mail or a letter opens, never its heading.
 */
const SALUTATION =
  lazyPattern(() => /^(?:laba diena|labas|sveiki|gerb\.|gerbiam\p{L}*|mielieji|mieli|labdien|cienījam\p{L}*|godājam\p{L}*|god\.|labrīt|labvakar|tere|hea|head kolleegid|lugupeetud|dear|hello|hi|good (?:morning|afternoon)|здравствуйте|добрый день|уважаем\p{L}*)(?![\p{L}])[^?]{0,40}[,!]$/iu)

export function isSalutation(text: string): boolean {
  return text.length <= 60 && SALUTATION().test(text)
}

/**
 * "Друзья, подводим итоги 💪", "Dear friends!", "Draugi, …": a post's short opening line that addresses its
 * readers; its lead is the paragraph after it.
 */
const READER_ADDRESS =
  lazyPattern(() => /^(?:(?:дорогие |уважаемые )?друзья|ребята|коллеги|(?:dear )?friends|hi (?:all|everyone)|hello everyone|(?:dārgie )?draugi|(?:mieli |brangūs )?draugai|(?:kallid |head )?sõbrad)\s*[,!]/iu)
/** The longest such line. */
const READER_ADDRESS_MAX = 60

export function isReaderAddress(text: string): boolean {
  return text.length <= READER_ADDRESS_MAX && READER_ADDRESS().test(text)
}

/** The lower-cased field name a mail header line opens with ("Subject: …" -> "subject"), or null. */
function mailFieldOf(text: string): string | null {
  const colon = text.indexOf(':')
  if (colon < 2 || colon > MAIL_FIELD_MAX) return null
  const field = text.slice(0, colon).toLowerCase()
  return MAIL_FIELDS.has(field) ? field : null
}

/** How far below its tab title a saved page's headline may stand. */
const HEADLINE_WITHIN = 40

/**
 * A page saved with its tab title ("Headline | Site") on its first line, the headline again below the
 * site's menu: the title line is the tab's, chrome.
 */
function isTabTitleOfHeadline(lines: readonly Line[], index: number, text: string): boolean {
  if (index > PRINT_HEADER_LINE) return false
  const bar = text.lastIndexOf(' | ')
  if (bar <= 0) return false
  const headline = text.slice(0, bar).trim()
  for (let below = index + 1; below < Math.min(lines.length, index + HEADLINE_WITHIN); below++) {
    if (lines[below]!.text.trim() === headline) return true
  }
  return false
}

/** The crumb separators a trail's wrapped line holds. */
const TRAIL_SEPARATOR = /\s[/>»›]\s/

/**
 * A breadcrumb trail wrapped over lines ("Sākums / ES fondi un ārvalstu finanšu" / "instrumenti /
 * Norvēģijas finanšu" / "instruments 2009.–2014. gadam"): a line in a block that opens with a trail
 * whose second line goes on with more steps belongs to the trail, to the block's end.
 */
function isWrappedTrail(lines: readonly Line[], index: number): boolean {
  let start = index
  while (start > 0 && lines[start - 1]!.text.trim()) start--
  if (start === index || index - start > TRAIL_LINES) return false
  // A saved page's blanked link targets leave gaps in the trail: its steps are measured without them.
  const second = squash(lines[start + 1]!.text)
  return squash(lines[index]!.text).length <= 60 && second.length <= 60 && TRAIL_SEPARATOR.test(second) && isBreadcrumb(squash(lines[start]!.text))
}

/** How many lines a wrapped trail may take after its first. */
const TRAIL_LINES = 3

/** A browser's print header on one of the page's first lines (the print time beside the tab's title). */
export function isPrintHeader(text: string, index: number): boolean {
  return index <= PRINT_HEADER_LINE && printHeaderOf(text) !== null
}

/** The print header stands on a page's first lines. */
const PRINT_HEADER_LINE = 2
// Four spaces or more, or a tab (a page saved as text parts the print time from the title with one).
const WIDE_GAP = /[ \t]{4,}|[ \t]*\t[ \t]*/

/**
 * A browser's print header: the print time and the page's title on one line, far apart
 * ("2014-09-08 09:41          Headline | Site", "Headline | Site          12/05/2022, 14:37").
 * Returns where the print time stands and what it reads as, or null for any other line.
 */
function printHeaderOf(text: string): { time: string | null; at: number; length: number } | null {
  if (!text.includes('    ') && !text.includes('\t')) return null
  const parts = text.split(WIDE_GAP)
  if (parts.length !== 2) return null
  for (const part of parts) {
    const time = parseDateTime(part)
    // A browser set to print the date alone ("14.03.2016          Headline | Site") gives no time.
    if (time || US_PRINT_TIME.test(part) || isBareDate(part)) return { time, at: text.indexOf(part), length: part.length }
  }
  return null
}

/** A date alone, day first or ISO ("14.03.2016", "2016-03-14"). */
function isBareDate(part: string): boolean {
  const first = part.charCodeAt(0)
  return first >= 48 && first <= 57 && part.length <= 10 && parseDate(part) !== null && isChromeLine(part)
}

// A browser set to English prints "9/8/14, 9:41 AM": which of day and month comes first cannot be
// told, so the line is chrome but gives no time.
const US_PRINT_TIME = /^\d{1,2}\/\d{1,2}\/\d{2,4},? \d{1,2}:\d{2}(?: ?[AP]M)?$/i

/** How many lines from the bottom a printed page's footer may stand. */
const FOOTER_LINES = 3
// "https://…/naujienos/…          1/2", "https://…          1 of 2": the page's address and its page count
// (a page saved as text parts them with a tab).
const PRINT_FOOTER = /^(https?:\/\/\S+)(?:[ \t]{2,}|\t)(?:(?:page|lapa|psl\.?|lk)\s)?\d{1,3}\s?(?:\/|of|iš|no)\s?\d{1,3}$/i

/** A page printed from a browser with its address in the footer: the address is the page's `url`. */
function readPrintFooter(doc: Doc, draft: Draft): void {
  if (draft.has('url')) return
  let seen = 0
  for (let index = doc.lines.length - 1; index >= 0 && seen < FOOTER_LINES; index--) {
    const line = doc.lines[index]!
    const text = line.text.trim()
    if (!text) continue
    seen++
    if (text.charCodeAt(0) !== 104 && text.charCodeAt(0) !== 72) continue
    const footer = PRINT_FOOTER.exec(text)
    if (footer) return void draft.set('url', footer[1]!, { offset: line.offset + line.text.indexOf(text), length: footer[1]!.length })
    if (readStampedAddress(draft, line, text)) return
  }
}

/**
 * "http://www.tm.gov.lv/…/vpd-nfi.html          2008.05.12. 15:04": a footer that prints the
 * address beside the print time (the page count on a line of its own) gives both.
 */
function readStampedAddress(draft: Draft, line: Line, text: string): boolean {
  const parts = text.split(WIDE_GAP)
  const [address, stamp] = parts
  if (parts.length !== 2 || !address || !stamp || !/^https?:\/\/\S+$/i.test(address)) return false
  const time = parseDateTime(stamp)
  if (!time) return false
  const at = line.offset + line.text.indexOf(text)
  draft.set('url', address, { offset: at, length: address.length })
  if (!draft.has('retrievedAt')) draft.set('retrievedAt', time, { offset: at + text.lastIndexOf(stamp), length: stamp.length })
  return true
}

/** "tartu.ee", "www.kraslava.lv": a reader view names the site by its address alone over the title. */
function isSiteAddress(text: string): boolean {
  return text.length <= 60 && !text.includes(' ') && text.includes('.') && SITE_ADDRESS.test(text)
}

const SITE_ADDRESS = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}\/?$/i

/**
 * "[Latvijas Republikas Tieslietu ministrija]": a text browser writes an image (the site's logo) as its
 * name in brackets, alone or beside the language links. A link's number ("[12]") is no image.
 */
function isImageName(text: string): boolean {
  if (text.charCodeAt(0) !== 91) return false
  const close = text.indexOf(']')
  if (close < 3 || close > 80 || /\d/.test(text.slice(1, close))) return false
  const rest = text.slice(close + 1)
  return rest.trim() === '' || /^[ \t]{2,}/.test(rest)
}

/**
 * The first content line from `index` on, past the byline and reading time a reader view prints
 * under the title ("Tartu Linnavalitsus" / "3–4 minutit"); `index` itself when there are none.
 */
export function pastReadingTime(lines: readonly Line[], index: number): number {
  // "Уличные работники …" / "Фото: Ирина Кивисельг/ERR" / "Алексей Берзин" / "12.10.2023 14:37": a photo's
  // caption and credit under the headline stand above the byline and date; passed when a date follows.
  const pastPhoto = pastPhotoCredit(lines, index)
  if (pastPhoto > index) {
    const dateAt = pastByline(lines, pastPhoto)
    if (isDateLine(lines[dateAt]?.text.trim() ?? '')) return dateAt
  }
  return pastByline(lines, index)
}

/** "Фото: …", "Foto: …", "Photo: …", "Nuotr. …": the credit under a news photo. */
const PHOTO_CREDIT = /^(?:фото|foto|photo|nuotr\.|nuotrauka|attēls|pilt)\s*[:.]?\s+\S/i
/** The longest photo credit: a photographer's name and an agency. */
const PHOTO_CREDIT_MAX = 80

/** The line after a photo's credit within the next two content lines (its caption above it), or `index` when there is none. */
function pastPhotoCredit(lines: readonly Line[], index: number): number {
  let at = firstContentLine(lines, index)
  for (let seen = 0; seen < 2 && at < lines.length; seen++) {
    const text = lines[at]!.text.trim()
    if (text.length <= PHOTO_CREDIT_MAX && PHOTO_CREDIT.test(text)) return at + 1
    at = firstContentLine(lines, at + 1)
  }
  return index
}

/** An author's name alone: two or three capitalised words ("Алексей Берзин"). */
const AUTHOR_ALONE = lazyPattern(() => /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2}$/u)

function pastByline(lines: readonly Line[], index: number): number {
  const first = firstContentLine(lines, index)
  const firstText = lines[first]?.text.trim() ?? ''
  if (isReadingTime(firstText) || isBylineWithReadingTime(firstText)) return first + 1
  // The article's date over the reading time is read, not passed ("12.03.2014 11:05" / "3–4 минуты").
  if (firstText.length > 60 || /[.!?:]$/.test(firstText) || isDateLine(firstText)) return index
  const second = firstContentLine(lines, first + 1)
  const secondText = lines[second]?.text.trim() ?? ''
  if (isReadingTime(secondText)) return second + 1
  // "Мария Краснова, LSM.lv" / "14 октября 2013 года, 11:42": a news site's byline (the author, the outlet)
  // right over the article's date; the date is read from there.
  if (second === first + 1 && BYLINE().test(firstText) && isDateLine(secondText)) return second
  // "Алексей Берзин" / "12.10.2023 14:37": the author's name alone right over the date.
  if (second === first + 1 && AUTHOR_ALONE().test(firstText) && isDateLine(secondText)) return second
  // "Ольга Петрова" / "15 октября 2013, 14:32" / "Время чтения: 3–4 минуты": the byline, then the date
  // over the reading time; the date is read from there, and the reading time passed after it.
  return isDateLine(secondText) && isReadingTime(lines[firstContentLine(lines, second + 1)]?.text.trim() ?? '') ? second : index
}

/** A byline: a person's two or three capitalised names, the outlet after a comma ("Мария Краснова, LSM.lv", "Jānis Bērziņš, LETA"). */
const BYLINE = lazyPattern(() => /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2},\s+[\p{L}0-9][\p{L}0-9.\- ]{1,30}$/u)

/** The separators a byline sets before its reading time: "Author | 7 min read", "Office · 4 minutes". */
const BYLINE_SEPARATORS: readonly string[] = [' | ', ' · ', ' • ']
/** The longest byline read before a reading time. */
const BYLINE_MAX = 100

/** "Nordic Council of Ministers' Office in Latvia | 7 min read": a byline that ends in the reading time. */
export function isBylineWithReadingTime(text: string): boolean {
  if (text.length > BYLINE_MAX) return false
  for (const separator of BYLINE_SEPARATORS) {
    const at = text.lastIndexOf(separator)
    if (at > 0 && isReadingTime(text.slice(at + separator.length).trim())) return true
  }
  return false
}

// A page printed to text repeats its running head with the page number set far to the right:
// "Annual Report 2018            7", "Project factsheet          1/2", "…       Page 3".
const RUNNING_HEAD = /\S {6,}(?:[Pp]age )?\d{1,3}(?: ?\/ ?\d{1,3})?$/

/** A printed page's running head: text, a wide gap, then the page number (a digit last, a wide gap in it). */
export function isRunningHead(text: string): boolean {
  const last = text.charCodeAt(text.length - 1)
  return last >= 48 && last <= 57 && text.includes('      ') && RUNNING_HEAD.test(text)
}

/** "Page 1 of 2", "3/7", "12": a page's number on a line of its own (`isPageNumber`, below, takes only bare digits, up to four). */
const PAGE_NUMBER_LINE = /^(?:[Pp]age\s+)?\d{1,3}(?:\s*(?:\/|of)\s*\d{1,3})?$/

export function isPageNumberLine(text: string): boolean {
  const last = text.charCodeAt(text.length - 1)
  return text.length <= 16 && last >= 48 && last <= 57 && PAGE_NUMBER_LINE.test(text)
}

/** A line that stands again, the same, elsewhere in the text, as a print's running head and footer do. */
export function isRepeatedLine(text: string, line: string): boolean {
  return line.length >= 10 && text.indexOf(line) !== text.lastIndexOf(line)
}

/**
 * "Projects financed by EU structural funds", "EU funded projects" over a project's heading: the
 * section of the site's projects (a plural), not the title of one; in Russian too.
 */
function isProjectsHeading(lines: readonly Line[], index: number): boolean {
  const text = lines[index]!.text.trim()
  // "Проекты, финансируемые из фондов ЕЭЗ и Норвегии", "Социальные проекты": the same section in Russian.
  if (text.length > 80 || !(text.startsWith('Projects ') || text.endsWith(' projects') || text.startsWith('Проекты ') || text.startsWith('Проекты,') || text.endsWith(' проекты'))) return false
  let next = index + 1
  while (next < lines.length && !lines[next]!.text.trim()) next++
  const heading = lines[next]?.text.trim() ?? ''
  return heading.length > 0 && heading.length <= 150 && !heading.endsWith('.') && !heading.endsWith(':') && !inlineLabelOf(heading) && !labelOf(heading)
}


/**
 * The top of a page printed to PDF and saved as text: a page number alone on its line, and a running
 * header of two parts far apart ("Kauno … biuras          2012 m. veiklos ataskaita") next to it.
 */
function isPdfPageTop(lines: readonly Line[], index: number): boolean {
  const text = lines[index]!.text
  if (isPageNumber(text)) return true
  if (!text.trim().includes('      ')) return false
  const next = lines.slice(index + 1, index + 4).find((line) => line.text.trim())
  return next !== undefined && isPageNumber(next.text)
}

/** How far right a letterhead's lines stand: a PDF's text keeps the margin of right-aligned lines. */
const LETTERHEAD_INDENT = 20
/** A letterhead's contact line: a postcode, a phone, an e-mail or web address. */
const CONTACT_LINE = /\bLV-\d{4}\b|\bLT-\d{5}\b|tālr\.|tel\.|e-pasts|e-mail|@|www\./i

/**
 * A letterhead on a PDF's first lines: the body's name and its contacts set far right
 * ("Ieslodzījuma vietu pārvalde" over "Stabu iela 89, Rīga, LV-1009, tālr. …"), one block
 * of indented lines, one of them a contact line. The body sends the text; it names no project.
 */
function isLetterhead(lines: readonly Line[], index: number): boolean {
  if (!isFarRight(lines[index]!.text)) return index < LETTERHEAD_BLOCK_MAX && isTwoPartLetterhead(lines, index)
  let start = index
  while (start > 0 && lines[start - 1]!.text.trim()) start--
  if (lines.slice(0, start).some((line) => line.text.trim())) return false
  let end = index
  while (end + 1 < lines.length && lines[end + 1]!.text.trim()) end++
  const block = lines.slice(start, end + 1)
  return block.every((line) => isFarRight(line.text)) && block.some((line) => CONTACT_LINE.test(line.text) || isPlaceDateLine(line.text))
}

/** The longest place a document's dateline names before its date. */
const DATELINE_PLACE_MAX = 30

/** "Strasbourg, 14 November 2008": the place and day a document (a Council of Europe paper, a letter) is dated at. */
function isPlaceDateLine(text: string): boolean {
  const trimmed = text.trim()
  const comma = trimmed.indexOf(', ')
  return comma > 0 && comma <= DATELINE_PLACE_MAX && isUpperCaseAt(trimmed) && parseDate(trimmed.slice(comma + 2)) !== null
}

/** The most lines a two-part letterhead's block holds, its first among them. */
const LETTERHEAD_BLOCK_MAX = 3
/** The longest line under a two-part letterhead's first: a kind of document, not a sentence. */
const LETTERHEAD_LINE_MAX = 60

/**
 * A PDF's first block under a header of two parts set far apart, the publisher's name at the left and
 * its unit or the series at the right ("COUNCIL OF THE BALTIC SEA STATES      Task Force against …"
 * over "Project Sheet 2009", no blank line between): the sender's and the document's kind, not the project's heading.
 */
function isTwoPartLetterhead(lines: readonly Line[], index: number): boolean {
  let start = index
  while (start > 0 && lines[start - 1]!.text.trim()) start--
  if (index - start >= LETTERHEAD_BLOCK_MAX || !lines[start]!.text.includes('      ')) return false
  if (lines.slice(0, start).some((line) => line.text.trim())) return false
  const parts = lines[start]!.text.trim().split(/ {6,}/)
  if (parts.length !== 2 || !parts.every((part) => part.length >= 3 && isUpperCaseAt(part) && !/^\d/.test(part) && !labelOf(part))) return false
  let end = start + 1
  while (end < lines.length && lines[end]!.text.trim()) end++
  // A line under it, the document's kind: a line of two parts said alone may be a heading set with wide gaps.
  if (end - start < 2 || end - start > LETTERHEAD_BLOCK_MAX) return false
  return lines.slice(start + 1, end).every((line) => line.text.trim().length <= LETTERHEAD_LINE_MAX && !line.text.includes(':'))
}

function isFarRight(text: string): boolean {
  let indent = 0
  while (indent < text.length && text.charCodeAt(indent) === 32) indent++
  return indent >= LETTERHEAD_INDENT && indent < text.length
}

/** A printed page's own lines, not the document's: its running head with or beside its page number, or repeated on each page. */
function isPrintedPageChrome(lines: readonly Line[], index: number, text: string): boolean {
  return isRunningHead(text) || isPdfPageTop(lines, index) || isRepeatedRunningHead(lines, index, text)
}

/** The running head stands on a printed page's first lines. */
const RUNNING_HEAD_LINE = 3

/**
 * "Estonian Union for Child Welfare          Annual Report 2009": a line of two parts set far apart
 * that stands again, the same, further down is the running head a printed report repeats on each
 * page (its page number in the footer), not a heading of the text.
 */
function isRepeatedRunningHead(lines: readonly Line[], index: number, text: string): boolean {
  if (index > RUNNING_HEAD_LINE || !text.includes('      ')) return false
  const line = lines[index]!.text
  for (let next = index + 1; next < lines.length; next++) if (isSameLineOnNewPage(lines[next]!.text, line)) return true
  return false
}

/** `text` is `line` again, also behind the form feed pdftotext writes where a page starts. */
function isSameLineOnNewPage(text: string, line: string): boolean {
  return text === line || (text.charCodeAt(0) === 12 && text.length === line.length + 1 && text.endsWith(line))
}

/** A line of nothing but a number of one to four digits. */
function isPageNumber(text: string): boolean {
  const trimmed = text.trim()
  return trimmed.length > 0 && trimmed.length <= 4 && /^\d+$/.test(trimmed)
}

/**
 * A banner over a site's pages, never a project's title: a funder's name alone ("Norway
 * Grants", "EEA Grants 2014–2021", "EEA Grants | Norway Grants"), a programme's
 * ("Interreg Estonia–Latvia Programme 2014–2020"), an embassy's ("Royal Norwegian Embassy in
 * Vilnius", "Norway in Lithuania").
 */
export function isBanner(text: string): boolean {
  if (text.length > 80) return false
  if (mayNameEmbassy(text) && EMBASSY().test(text)) return true
  const funders = findFunders(text)
  if (funders[0]?.offset !== 0) return false
  let rest = ''
  let from = 0
  for (const funder of funders) {
    rest += text.slice(from, funder.offset) + ' '
    from = funder.offset + funder.length
  }
  rest += text.slice(from)
  return ONLY_JOINS.test(rest.replace(IN_BENEFICIARY_STATE(), ' ')) || NAMES_PROGRAMME.test(rest)
}

/** A national grants site's banner: its funders and the state it gives them in. */
export function isStateSiteBanner(text: string): boolean {
  return IN_BENEFICIARY_STATE().test(text) && isBanner(text)
}

/**
 * "Europos socialinis fondas   Europos regioninės plėtros fondas   Sanglaudos fondas": a footer's row
 * of the funds' logos, two or more of them funders named alone in their cells (parted by wide gaps or
 * bars), shows the site's funders, not what the page says of its project.
 */
export function isLogoRow(text: string): boolean {
  if (text.length > 160 || !(text.includes('   ') || text.includes(' | ') || text.includes('\t'))) return false
  let named = 0
  for (const cell of text.split(LOGO_GAP)) {
    const name = cell.trim()
    const funders = name ? findFunders(name) : []
    if (funders.length === 1 && funders[0]!.offset === 0 && funders[0]!.length === name.length) named++
  }
  return named >= 2
}
const LOGO_GAP = / {3,}|\t| \| /

/**
 * "2007–2013 m. Europos Sąjungos struktūrinė parama Lietuvai", "ES struktūrinė parama": the name of a
 * state's site of the Union's structural funds over its pages (esparama.lt, esfondi.lv,
 * struktuurifondid.ee), which names the site's funders, not the project's.
 */
export function isStructuralFundsSiteName(text: string): boolean {
  return text.length <= 100 && STRUCTURAL_FUNDS_WORDS.some((word) => text.includes(word))
}
const STRUCTURAL_FUNDS_WORDS: readonly string[] = ['struktūrinė parama', 'struktūrfond', 'struktuurifond', 'structural funds', 'Structural Funds', 'Savienības fondi']

// A national grants site's name says where it gives them: "EMP ja Norra toetused Eestis",
// "EEE ir Norvegijos finansiniai mechanizmai Lietuvoje", "Norway Grants in Latvia".
const IN_BENEFICIARY_STATE = lazyPattern(() => /(?<![\p{L}])(?:in (?:Lithuania|Latvia|Estonia)|Lietuvoje|Latvijoje|Estijoje|Latvijā|Lietuvā|Igaunijā|Eestis|Lätis|Leedus)(?![\p{L}])/iu)

// What may stand between and after funders' names in a banner: years, dashes, bars, "and".
const ONLY_JOINS = /^(?:[\s\d–—\-/|&+,.()]|\b(?:and|un|ir|ja)\b)*$/
const NAMES_PROGRAMME = /\b(?:[Pp]rogramme|[Pp]rogram|[Pp]rogramma|[Pp]rograma|[Pp]rogramm)\b/
const EMBASSY =
  lazyPattern(() => /^(?:(?:The )?Royal Norwegian Embassy|Norwegian Embassy|Embassy of Norway)(?: (?:in|to) \p{Lu}[\p{L} ]{1,30})?$|^Norway in \p{Lu}\p{L}+$|^Norvēģijas (?:Karalistes )?vēstniecība\b|^Norvegijos (?:Karalystės )?ambasada\b|^Norra (?:Kuningriigi )?saatkond\b/u)
/** Whether EMBASSY may match: its words, checked before the /u pattern is compiled. */
function mayNameEmbassy(text: string): boolean {
  return text.includes('mbassy') || text.startsWith('Norway in ') || text.includes('vēstniecība') || text.includes('ambasada') || text.includes('saatkond')
}

/** Words only a cookie notice uses, in the site languages (lower case). */
const COOKIE_WORDS: readonly string[] = ['cookie', 'sīkdatn', 'slapuk', 'küpsis', 'küpsise']

/** "Šī vietne izmanto sīkdatnes … Piekrītu": the banner a page shows until its cookies are accepted. */
export function isCookieNotice(text: string): boolean {
  if (text.length > 300) return false
  // Every word holds a "k" (or what lower-cases to one, the Kelvin sign): most lines are spared lower-casing.
  if (!text.includes('k') && !text.includes('K') && !text.includes('\u212a')) return false
  const lower = text.toLowerCase()
  return COOKIE_WORDS.some((word) => lower.includes(word))
}

/** The buttons under a cookie notice, lower case: accept, refuse, read more. */
const COOKIE_BUTTONS: ReadonlySet<string> = new Set([
  'piekrītu', 'pieņemt', 'pieņemt visas', 'noraidīt', 'sapratu', 'uzzināt vairāk', 'vairāk informācijas', 'accept', 'accept all',
  'i agree', 'agree', 'reject', 'decline', 'learn more', 'more information', 'sutinku', 'priimti', 'atmesti', 'daugiau informacijos',
  'nõustun', 'nõustu', 'keeldu', 'loe lähemalt', 'rohkem infot',
])
const COOKIE_BUTTON_MAX = 'daugiau informacijos'.length

/** "Piekrītu" / "Uzzināt vairāk" under "Šī vietne izmanto sīkdatnes …": a copied page sets the notice's buttons a line each. */
function isCookieButton(lines: readonly Line[], index: number, text: string): boolean {
  if (text.length > COOKIE_BUTTON_MAX || !COOKIE_BUTTONS.has(text.toLowerCase())) return false
  for (let above = index - 1, seen = 0; above >= 0 && seen < 3; above--) {
    const line = lines[above]!.text.trim()
    if (!line) continue
    if (isCookieNotice(line)) return true
    seen++
  }
  return false
}

/** The codes a site's language switch offers (lower case). */
const LANGUAGE_CODES: ReadonlySet<string> = new Set(['lv', 'lt', 'et', 'ee', 'en', 'ru', 'de', 'fr', 'no', 'lat', 'eng', 'rus'])

/** The words of a switch that names each language in itself ("Eesti keeles   English   По-русски"), lower case. */
const LANGUAGE_NAMES: ReadonlySet<string> = new Set(['english', 'eesti', 'keeles', 'latviešu', 'latviski', 'lietuvių', 'lietuviškai', 'по-русски', 'русский'])

/** "LV | EN", "[3]LV [4]EN", "EN", "Eesti keeles English По-русски": a site's language switch, its codes or names alone (lynx numbers each link). */
function isLanguageSwitch(text: string): boolean {
  if (text.length > 48) return false
  const codes = text.replace(/\[\d{1,3}\]/g, ' ').split(/[\s|/•·]+/).filter((code) => code !== '')
  return codes.length > 0 && codes.every((code) => (code.length <= 3 && LANGUAGE_CODES.has(code.toLowerCase())) || LANGUAGE_NAMES.has(code.toLowerCase()))
}

/** Section names a site prints alone above its articles ("Naujienos", "Jaunumi"): never a title. */
const SECTION_NAMES = new Set([
  'news', 'latest news', 'press releases', 'naujienos', 'aktualijos', 'pranešimai spaudai', 'jaunumi', 'aktualitātes',
  'preses relīzes', 'uudised', 'pressiteated', 'uudised ja pressiteated', 'news and press releases', 'naujienos ir pranešimai spaudai', 'actualités', 'nachrichten', 'aktuelles', 'projects', 'projektai', 'projekti',
  'projektid', 'projets', 'good practice', 'good practices', 'labā prakse', 'geroji patirtis',
  // A press release's heading over its dateline and headline, in the singular.
  'preses relīze', 'press release', 'pranešimas spaudai', 'pressiteade', 'for immediate release', 'immediate release',
  'publicēšanai nekavējoties', 'nekavējoties publicēšanai', 'skelbti nedelsiant', 'nedelsiant skelbti', 'kohe avaldamiseks', 'avaldamiseks kohe',
  'пресс-релиз', 'для немедленной публикации', 'новости', 'проекты',
  // A news site's rubric over its headline ("Общество" on rus.lsm.lv, "Sabiedrība", "Visuomenė", "Ühiskond").
  'общество', 'политика', 'экономика', 'происшествия', 'криминал', 'здоровье', 'образование', 'в латвии', 'в эстонии', 'в литве',
  'sabiedrība', 'visuomenė', 'ühiskond',
  // … or "to the media" ("PRANEŠIMAS ŽINIASKLAIDAI", "Paziņojums presei", "Informācija medijiem").
  'pranešimas žiniasklaidai', 'pranešimai žiniasklaidai', 'informacija žiniasklaidai', 'paziņojums presei', 'informācija presei', 'informācija medijiem', 'media release',
  // The heading of a page's facts, above its labelled lines.
  'project information', 'project details', 'about the project', 'projekta informācija', 'par projektu',
  'projekto informacija', 'apie projektą', 'projekti info', 'projekti teave',
  // A document's kind over its heading ("Project sheet", "Prisons programme – Project sheet").
  'project sheet', 'project fiche', 'project factsheet', 'project fact sheet', 'project summary', 'project description',
  // A funder's database over the entry it shows ("Grants Database", "Awarded grants", "Search results").
  'grants database', 'grant database', 'grants awarded', 'awarded grants', 'project database', 'projects database', 'search results',
])

/** "2 846 подписчиков", "1.2K subscribers", "812 sekotāji": a channel's or group's count of its followers. */
const FOLLOWER_COUNT =
  lazyPattern(() => /^\d[\d\s.,]*[KkКкMМ]?\s+(?:подписчик\p{L}*|участник\p{L}*|subscribers?|members?|followers?|sekotāj\p{L}*|sekėj\p{L}*|prenumerator\p{L}*|jälgija\p{L}*|liiget?)$/iu)
/** "📌 Закреплённое сообщение", "Pinned message": a channel's mark over the post it pins. */
const PINNED = lazyPattern(() => /^(?:📌\s*)?(?:закрепл[её]нное сообщение|закрепл[её]нный пост|pinned (?:message|post)|piesprausts (?:ziņojums|ieraksts)|prisegtas (?:pranešimas|įrašas)|kinnitatud (?:sõnum|postitus))$/iu)
/** The longest channel's name over its follower count. */
const CHANNEL_NAME_MAX = 80

/**
 * "Молодёжный центр «Юность» | Даугавпилс" / "2 846 подписчиков" / "📌 Закреплённое сообщение": a messenger
 * channel's or a social page's header copied over its post (the channel's name over its follower count, the
 * count, the pinned mark) is chrome; the post's own first line is its heading.
 */
function isChannelHeader(lines: readonly Line[], index: number, text: string): boolean {
  if (text.length > CHANNEL_NAME_MAX) return false
  if (isFollowerCount(text) || (PINNED_WORD.test(text) && PINNED().test(text))) return true
  const next = lines[index + 1]?.text.trim() ?? ''
  return next.length > 0 && next.length <= 40 && isFollowerCount(next)
}

/** A count opens with its figure: a look spares compiling the pattern for the page-top lines of every page. */
function isFollowerCount(text: string): boolean {
  const first = text.charCodeAt(0)
  return first >= 48 && first <= 57 && FOLLOWER_COUNT().test(text)
}

/** The words of PINNED, compared as it compares them (no letter class: cheap to compile). */
const PINNED_WORD = /pinned|закрепл|piesprausts|prisegtas|kinnitatud/iu

/** The longest place name a news site sets alone as its rubric. */
const PLACE_RUBRIC_MAX = 30
/** How much longer than its rubric a headline is, at the least. */
const HEADLINE_OVER_RUBRIC = 15

/**
 * "Нарва" / "В Нарве подростков начнут искать на улицах": a news site's regional rubric, a known place's
 * name alone on its line right over a longer headline (one blank line between at most), is chrome.
 */
function isPlaceRubric(lines: readonly Line[], index: number, text: string): boolean {
  if (text.length > PLACE_RUBRIC_MAX || /[0-9.,:;!?„“”"«»]/.test(text)) return false
  const next = firstContentLine(lines, index + 1)
  const headline = lines[next]?.text.trim() ?? ''
  if (next > index + 2 || headline.length < text.length + HEADLINE_OVER_RUBRIC || isDateLine(headline)) return false
  const places = findPlaces(text)
  return places.length === 1 && places[0]!.offset === 0 && places[0]!.length === text.length
}

/** The longest of SECTION_NAMES ("naujienos ir pranešimai spaudai"). */
const SECTION_NAME_MAX = 32

/**
 * A section name alone, or with the site's name beside it ("News | Lithuanian Police"), over its
 * sub-section ("Jaunumi / Sabiedrība"), or in the site's menu.
 */
function isSectionName(text: string): boolean {
  const slash = text.length <= 60 ? text.indexOf(' / ') : -1
  if (slash > 0 && slash <= 20 && SECTION_NAMES.has(text.slice(0, slash).toLowerCase())) return true
  if (text.length <= SECTION_NAME_MAX && SECTION_NAMES.has(text.toLowerCase())) return true
  if (text.length <= 20) return false
  if (text.length > 100) return false
  if (isKindAfterSeries(text)) return true
  if (text.includes('|')) return text.split(/\s+\|\s+/).some((part) => part.length <= 20 && SECTION_NAMES.has(part.toLowerCase()))
  return isSectionBesideName(text) || isSectionMenu(text)
}

/** The longest series a document's kind follows after a dash ("Prisons programme – Project sheet"). */
const SERIES_BEFORE_KIND_MAX = 40

/** "Prisons programme – Project sheet": a programme's or series' name, a dash, and a section name. */
function isKindAfterSeries(text: string): boolean {
  const dash = text.lastIndexOf(' – ') >= 0 ? text.lastIndexOf(' – ') : text.lastIndexOf(' - ')
  return dash > 0 && dash <= SERIES_BEFORE_KIND_MAX && SECTION_NAMES.has(text.slice(dash + 3).trim().toLowerCase())
}

/** The most lines a publisher's name in capitals over a document's kind takes. */
const CAPITALS_NAME_LINES = 4

/**
 * "CO-OPERATION GROUP TO COMBAT DRUG ABUSE AND" / "ILLICIT TRAFFICKING IN DRUGS" / "(POMPIDOU GROUP)" over
 * "Prisons programme – Project sheet": a publisher's name in capitals above the document's kind is its
 * sender, not the project's heading.
 */
function isCapitalsAboveKind(lines: readonly Line[], index: number): boolean {
  if (!isCapitalsLine(lines[index]!.text)) return false
  let next = index + 1
  while (next < lines.length && next - index < CAPITALS_NAME_LINES && isCapitalsLine(lines[next]!.text)) next++
  const kindAt = firstContentLine(lines, next, Math.min(lines.length, next + 3))
  const kind = lines[kindAt]?.text.trim() ?? ''
  return kindAt > next && kind.length <= 100 && isSectionName(kind) && !isDateLine(kind)
}

/** A short line whose letters are all capitals ("ILLICIT TRAFFICKING IN DRUGS", "(POMPIDOU GROUP)"). */
function isCapitalsLine(text: string): boolean {
  const trimmed = text.trim()
  return trimmed.length >= 3 && trimmed.length <= 80 && trimmed === trimmed.toUpperCase() && trimmed !== trimmed.toLowerCase()
}

/** The longest sender's name a letterhead sets beside its section name. */
const LETTERHEAD_NAME_MAX = 70

/**
 * "MINISTRY OF JUSTICE OF THE REPUBLIC OF LATVIA<TAB>PRESS RELEASE": a letterhead's two parts set
 * apart by a tab or a wide gap, one of them a section name (a Word document saved as text).
 */
function isSectionBesideName(text: string): boolean {
  if (!text.includes('\t') && !text.includes('   ')) return false
  const parts = text.trim().split(/\t+|\s{3,}/)
  return parts.length === 2 && parts.every((part) => part.length <= LETTERHEAD_NAME_MAX) && parts.some((part) => SECTION_NAMES.has(part.toLowerCase()))
}

/**
 * A site's menu copied as one line, its items parted by runs of spaces or tabs ("Savivaldybė  Gyventojams
 * Naujienos  Kontaktai"): three or more short items, one of them a section name.
 */
function isSectionMenu(text: string): boolean {
  if (!text.includes('  ') && !text.includes('\t')) return isOneWordMenu(text)
  const items = text.trim().split(/\s{2,}|\t/)
  return items.length >= 3 && items.every((item) => item.length <= 25) && items.some((item) => SECTION_NAMES.has(item.toLowerCase()))
}

/** The fewest items of a menu parted by single spaces: fewer may be a heading's words. */
const ONE_WORD_MENU_MIN = 4

/**
 * "DELFI Новости Бизнес Спорт Авто Наука Мнения Lietuviškai": a menu of one-word items that a
 * print parted by single spaces, each capitalised, one a section name.
 */
function isOneWordMenu(text: string): boolean {
  const items = text.trim().split(' ')
  return items.length >= ONE_WORD_MENU_MIN && items.every((item) => item.length <= 20 && isUpperCaseAt(item) && !/[0-9.,:;!?«»„“"]/.test(item)) && items.some((item) => SECTION_NAMES.has(item.toLowerCase()))
}

/** "Вы здесь:", "You are here:", "Jūs esat šeit:": the words a site sets before its breadcrumb trail. */
const HERE_LEAD = /^(?:you are here|вы здесь|вы находитесь здесь|jūs esat šeit|jūs atrodaties|jūs esate čia|jūs esate|olete siin|sie sind hier)\s*:\s*/i

/** A trail's text without the words a site sets before it ("Вы здесь: Главная / …" reads "Главная / …"). */
function withoutHereLead(text: string): string {
  return text.replace(HERE_LEAD, '')
}

const CRUMB_SEPARATOR = /\s[>»›]\s/
const HOME_CRUMB = /^(?:home|sākums|pradžia|pagrindinis|titulinis|avaleht|accueil|startseite|главная)\s*[/|>»›]\s/i

/**
 * A breadcrumb trail ("Sākums > Aktualitātes > Jaunumi", "Home / Knowledge Centre / Good
 * practices"): short steps between arrows, or a trail that starts at the home page.
 */
export function isBreadcrumb(line: string): boolean {
  const text = withoutHereLead(line)
  if (text.length > 160 || !(CRUMB_SEPARATOR.test(text) || HOME_CRUMB.test(text) || isSectionTrail(text))) return false
  return text.split(/\s+[/|>»›]\s+/).every((step) => step.length > 0 && step.length <= 50)
}

/** The longest headline a trail from the home page ends at. */
const TRAIL_HEADLINE_MAX = 110

/**
 * "Sākums > Jaunumi > Noslēdzies projekts vardarbībā cietušu bērnu atbalstam Kurzemē" under a site
 * header: a trail from the home page through a section ends at the page's headline, as long as it is
 * (and worded as the site's list shows it, not always as the heading below).
 */
function isTrailFromHome(line: string): boolean {
  const text = withoutHereLead(line)
  if (text.length > STEP_MAX * 2 + TRAIL_HEADLINE_MAX || !HOME_CRUMB.test(text)) return false
  const steps = text.split(/\s+[/|>»›]\s+/)
  return steps.length >= 3 && steps.every((step, at) => step.length > 0 && step.length <= (at === steps.length - 1 ? TRAIL_HEADLINE_MAX : STEP_MAX))
}

/** The longest trail that may end at the page's own heading. */
const TRAIL_TO_HEADING_MAX = 200

/** A one-word kicker a site sets over its heading ("Project", "News"). */
const KICKER_MAX = 12

/**
 * "Home > Projects > Smart Choices: youth exchange on addiction prevention" over that heading: a trail
 * from the home page whose last step is the heading right under it (a long one, which no other step is),
 * or under a one-word kicker (keep.eu's "Project"). Returns the heading's index, or 0.
 */
function trailHeadingAt(lines: Doc['lines'], index: number, line: string): number {
  const text = withoutHereLead(line)
  if (text.length > TRAIL_TO_HEADING_MAX || !HOME_CRUMB.test(text)) return 0
  const steps = text.split(/\s+[/|>»›]\s+/)
  const last = squash(steps[steps.length - 1]!)
  if (steps.length < 2 || !steps.every((step, at) => step.length > 0 && (at === steps.length - 1 || step.length <= 50))) return 0
  let below = firstContentLine(lines, index + 1)
  const kicker = lines[below]?.text.trim() ?? ''
  if (kicker.length <= KICKER_MAX && !kicker.includes(' ') && kicker !== last) below = firstContentLine(lines, below + 1)
  return below < lines.length && squash(lines[below]!.text) === last ? below : 0
}

/**
 * "Home" / "Knowledge Centre" / "Practices" / "Second Chance: …" over that heading: a trail a browser's
 * copy wrote one step a line, from the home page's word alone down to the heading under it (a blank
 * line between). Returns the heading's index, or 0.
 */
function stackedTrailHeadingAt(lines: Doc['lines'], index: number, text: string): number {
  if (text.length > HOME_WORD_MAX || !HOME_STEP.test(text)) return 0
  let end = index + 1
  while (end < lines.length && end - index < STACKED_STEPS_MAX && lines[end]!.text.trim()) end++
  // The steps end at a blank line: the home page's word, a section at least, and the heading.
  if (end - index < 3 || end >= lines.length || lines[end]!.text.trim()) return 0
  const below = firstContentLine(lines, end)
  return below < lines.length && lines[below]!.text.trim() === lines[end - 1]!.text.trim() ? below : 0
}

/** The home page's word alone, a stacked trail's first step. */
const HOME_STEP = /^(?:home|sākums|pradžia|pagrindinis|titulinis|avaleht|accueil|startseite)$/i
const HOME_WORD_MAX = 'pagrindinis'.length
/** The most steps a stacked trail takes, the heading among them. */
const STACKED_STEPS_MAX = 6

/** "Projektai / ES fondų investicijų projektai": a trail parted by slashes that starts at a section of the site. */
function isSectionTrail(text: string): boolean {
  const slash = text.indexOf(' / ')
  return slash > 0 && slash <= 20 && SECTION_NAMES.has(text.slice(0, slash).trim().toLowerCase())
}

/** Runs of two spaces or more, the gaps a text browser lays a menu out with. */
const WIDE_GAPS = /[ \t]{2,}/g

/** How many short lines a site header may stack above its breadcrumb trail. */
const HEADER_LINES = 6

/**
 * The index after a breadcrumb trail that stands under a site header of short lines only (the
 * site's name, its tag line, a menu, a search box: "Interreg" / "Central Baltic" / "Programme
 * 2014–2020" / "Home > Projects"): every line above the trail is chrome. 0 when the page does
 * not open so: a long line (running text) or no trail within the first few lines.
 */
function siteHeaderEnd(lines: Doc['lines']): number {
  let seen = 0
  let inStackedMenu = false
  for (let index = 0; index < lines.length && seen <= HEADER_LINES; index++) {
    // A text browser's header numbers its links: the skip link and the trail are read without them.
    const text = withoutLinkNumbers(lines[index]!.text.trim())
    if (!text) continue
    // "Home" alone, a word the chrome reader passes over, may open a trail copied one step a line.
    const stackedTrail = stackedTrailHeadingAt(lines, index, text)
    if (stackedTrail > 0) return stackedTrail
    // A cookie notice or a skip link overlays the header: it counts as none of its lines.
    if (isCookieNotice(text) || isChromeLine(text)) continue
    // Running text is long; a menu a text browser spread across the screen is long only in its gaps.
    if (text.length > 100 && text.replace(WIDE_GAPS, ' ').length > 100) return 0
    const heading = trailHeadingAt(lines, index, text)
    if (heading > 0) return heading
    if (isBreadcrumb(text) || isTrailFromHome(text)) return index + 1
    const trail = numberedTrailEnd(lines, index)
    if (trail > 0) return trail
    // A menu saved one item per line ("Sākums" / "Par mums" / "Projekti" / …), or a text browser's
    // menu tree ("• Sākums" / "□ Prioritāte: Tieslietas" / "• 2009-2014"), is one line of the header.
    const stacked = isStackedItem(text) || isTreeMarked(text)
    if (!(stacked && inStackedMenu)) seen++
    inStackedMenu = stacked
  }
  return 0
}

/** "1. Home": the first step of a trail saved as a numbered list, the home page's word after its number. */
const FIRST_STEP = /^1\.\s+(?:home|sākums|pradžia|pagrindinis|titulinis|avaleht|accueil|startseite)$/i
/** The longest step of a numbered trail. */
const STEP_MAX = 50

/**
 * The index after a breadcrumb trail that a browser's text save wrote as a numbered list, one step
 * a line ("1. Home" / "2. Activities" / "3. Projects"); 0 when line `index` does not open one.
 */
function numberedTrailEnd(lines: Doc['lines'], index: number): number {
  const first = lines[index]!.text.trim()
  if (first.charCodeAt(0) !== 49 || first.length > 16 || !FIRST_STEP.test(first)) return 0
  let step = 2
  let end = index + 1
  while (end < lines.length) {
    const text = lines[end]!.text.trim()
    const number = `${step}. `
    if (!text.startsWith(number) || text.length > number.length + STEP_MAX) break
    step++
    end++
  }
  return step > 2 ? end : 0
}

/**
 * The index after the last menu line among the first short lines ("Pilsēta  Pašvaldība  Jaunumi
 * Kontakti", "About us | Prevention | News | Contacts"): the site's name and menus stand above
 * the page's own heading. 0 when no menu opens the page.
 */
function menuHeaderEnd(lines: Doc['lines']): number {
  let seen = 0
  let end = 0
  for (let index = 0; index < lines.length && seen <= HEADER_LINES; index++) {
    const text = lines[index]!.text.trim()
    if (!text) continue
    if (text.length > 120) break
    if (isMenuLine(text)) end = index + 1
    seen++
  }
  return end
}

/** Three or more numbered links of a few words each, and nothing else. */
const LINKED_MENU = /^(?:\[\d{1,3}\][^[\]\d.!?]{1,28}){3,}$/

/** A menu item is a few short words: no sentence, no labelled value. */
const MENU_ITEM_MAX = 28
const MENU_ITEM_WORDS = 4

/**
 * A site's menu on one line: three or more short items parted by bars or by runs of spaces.
 * A row of article tools ("Drukāt  Dalīties") under a heading is no menu: the heading stays.
 */
export function isMenuLine(text: string): boolean {
  if (text.length > 120 || text.includes(':') || SHARE_LINE.test(text)) return false
  // lynx numbers each link and parts them by one space: "[2]Pradžia [3]Programos [4]Projektai".
  if (text.charCodeAt(0) === 91 && LINKED_MENU.test(text)) return true
  // Items parted by bars, by runs of spaces or tabs, or by spaced bullets ("Jaunumi • Izglītība • Sports").
  const items = text.split(/\s*\|\s*|\s{2,}|\t+|\s[•·]\s/).filter((item) => item.length > 0)
  if (items.length < 3) return false
  // Cells of facts ("Projekto pradžia<TAB>2009-06-15") hold figures; a menu's items do not, and each
  // starts with a capital (a heading set with wide gaps, "Sveika gyvensena  be narkotikų", does not).
  return items.every((item) => item.length <= MENU_ITEM_MAX && item.split(' ').length <= MENU_ITEM_WORDS && !item.endsWith('.') && !/\d/.test(item) && isUpperCaseAt(item))
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
    // A cookie notice overlays the page wherever the saving tool put it: it parts no banner from its section.
    if (!text || isCookieNotice(text)) continue
    // "2014-09-05 | Naujienos" under a headline dates it: the line above is the headline, not a banner.
    if (isBreadcrumb(text) || (seen === 0 && isSectionName(text) && !isDateLine(text))) return true
    if (text.length > 100) return false
    seen++
  }
  return false
}

/** The longest site name a text browser prints as one link over the site's menu. */
const LINKED_NAME_MAX = 60

/**
 * "[2]Baltic-American Health Fund" over "* [3]About" / "* [4]Our Programs": a short line that is one
 * link and nothing else (lynx numbers it), right over a menu tree, is the site's name linking home,
 * not the page's heading (lynx does not number a heading, which links nowhere).
 */
function isLinkOverMenu(lines: Doc['lines'], index: number): boolean {
  const text = lines[index]!.text.trim()
  if (text.charCodeAt(0) !== 91 || text.length > LINKED_NAME_MAX || withoutLinkNumber(text) === text || text.lastIndexOf('[') > 0) return false
  const below = lines[firstContentLine(lines, index + 1)]?.text.trim() ?? ''
  return isMenuTreeItem(below) || isMenuLine(below)
}

/**
 * "Showing 1 of 1 results for: country = Latvia; …", "12 results found", "Displaying 1-10 of 245 grants":
 * a database's count of the entries its search found, over the entry.
 */
const RESULT_COUNT = /^(?:(?:showing|displaying|viewing)\s+)?(?:\d+\s*(?:[-–]\s*\d+\s+)?of\s+)?\d[\d,]*\s+(?:results?|grants?|projects?|records?|entries|matches|hits)\b(?:\s+(?:found|for|matching)\b|\s*$)/i

function isResultCount(text: string): boolean {
  const first = text.charCodeAt(0)
  return (first <= 57 || (first | 0x20) === 115 || (first | 0x20) === 100 || (first | 0x20) === 118) && RESULT_COUNT.test(text)
}

/**
 * The marks a text browser prints before a menu's items ("• Projektid", "□ Lõppenud projektid"),
 * and the ones a browser's "Save as text" and lynx write for a list's ("* Home", "+ [8]News").
 */
const TREE_MARKS = '•□■◦▪○*+'

/** A short line opening with a menu tree's mark: within a site header above its trail, an item of its menu. */
function isTreeMarked(text: string): boolean {
  return text.length <= 40 && TREE_MARKS.includes(text.charAt(0)) && text.charAt(1) === ' '
}

/** A short item of a site's menu tree as w3m or lynx print it: a mark, then a few words and no figure. */
function isMenuTreeItem(text: string): boolean {
  if (text.length > 40 || !TREE_MARKS.includes(text.charAt(0)) || text.charAt(1) !== ' ') return false
  const item = withoutLinkNumber(text.slice(2).trim())
  return item.length > 0 && item.split(' ').length <= 4 && !/[0-9.:;!?]/.test(item)
}

/** The word a copied page prints over its menu ("Meniu", "Menüü"), lower case. */
const MENU_WORDS: ReadonlySet<string> = new Set(['menu', 'meniu', 'menüü', 'izvēlne', 'navigation'])
/** A menu item copied on a line of its own: a few words. */
const STACKED_ITEM_MAX = 30

/**
 * The index after a menu copied one item per line under its word ("Šilutės rajono savivaldybė" /
 * "Meniu" / "Savivaldybė" / "Gyventojams" / "Projektai"): the site's name above it and its items,
 * down to the first blank or longer line, are chrome. 0 when no menu word opens the page.
 */
function stackedMenuEnd(lines: Doc['lines']): number {
  let seen = 0
  for (let index = 0; index < lines.length && seen <= 2; index++) {
    const text = lines[index]!.text.trim()
    if (!text) continue
    seen++
    if (text.length > 12 || !MENU_WORDS.has(text.toLowerCase())) continue
    let end = index + 1
    while (end < lines.length && isStackedItem(lines[end]!.text.trim())) end++
    return end
  }
  return 0
}

/** Items every site's menu has, lower case: one of them makes a run of short lines a menu. */
const MENU_ITEMS: ReadonlySet<string> = new Set([
  'home', 'about', 'about us', 'contact', 'contacts', 'contact us', 'news', 'publications', 'our work', 'what we do',
  'sākums', 'par mums', 'kontakti', 'jaunumi', 'pradžia', 'apie mus', 'kontaktai', 'naujienos', 'avaleht', 'meist', 'kontakt', 'uudised',
  'главная', 'о нас', 'контакты', 'новости',
])
/** The fewest items of a menu copied one a line. */
const STACKED_MENU_MIN = 3

/**
 * "Baltic-American Health Fund" / "About" / "Our Programs" / "News" / "Contact": a menu a browser's copy
 * wrote one item a line (three or more, one of them an item every site has, none a fact's label), and
 * the site's name over it (in the run, or alone a blank line above). Whether line `index` is one of them.
 */
function isInStackedMenu(lines: Doc['lines'], index: number): boolean {
  if (!isStackedItem(lines[index]!.text.trim())) return false
  const run = stackedRun(lines, index)
  if (run.length > 1) return isMenuRun(run)
  const below = firstContentLine(lines, index + 1)
  return below > index + 1 && below < lines.length && isMenuRun(stackedRun(lines, below))
}

/** The lines of the run of stacked items that holds line `index`, trimmed and lower case. */
function stackedRun(lines: Doc['lines'], index: number): string[] {
  let start = index
  while (start > 0 && isStackedItem(lines[start - 1]!.text.trim())) start--
  let end = index
  while (end < lines.length && isStackedItem(lines[end]!.text.trim())) end++
  return lines.slice(start, end).map((line) => line.text.trim().toLowerCase())
}

function isMenuRun(run: readonly string[]): boolean {
  return run.length >= STACKED_MENU_MIN && run.some((item) => MENU_ITEMS.has(item)) && run.every((item) => MENU_ITEMS.has(item) || labelOf(item) === null)
}

/** A channel's number after its name ("Радио 4", "Kanal 2"): the one figure a menu item may hold. */
const CHANNEL_NUMBER = /^[^0-9]+ [0-9]$/

/** A menu item alone on its line: short, capitalised, no figure (but a channel's number) and no sentence's end. */
function isStackedItem(text: string): boolean {
  return text.length > 0 && text.length <= STACKED_ITEM_MAX && isUpperCaseAt(text) && !/[.:!?]/.test(text) && (!/[0-9]/.test(text) || CHANNEL_NUMBER.test(text))
}

/** Steps of a trail that lead to a site's projects, not its news. */
const PROJECT_STEPS = new Set([
  'projects', 'project', 'approved projects', 'project database', 'good practices', 'good practice', 'projektai', 'projekti',
  'projektid', 'projekte', 'projets', 'labā prakse', 'geroji patirtis', 'hea tava', 'projektu datubāze', 'projektų duomenų bazė',
])
const NEWS_STEPS = new Set(['news', 'jaunumi', 'aktualitātes', 'naujienos', 'aktualijos', 'uudised', 'press releases', 'nachrichten', 'actualités'])

/**
 * Whether the breadcrumb trail above line `titleAt` leads to the site's projects and not to its
 * news ("Home / Knowledge Centre / Good practices", "Sākums > … > Projekti").
 */
export function isUnderProjects(doc: Doc, titleAt: number): boolean {
  for (let index = 0; index < titleAt; index++) {
    const text = doc.lines[index]!.text.trim()
    if (!isBreadcrumb(text)) continue
    const steps = text.split(/\s+[/|>»›]\s+/).map((step) => step.trim().toLowerCase())
    if (steps.some((step) => NEWS_STEPS.has(step))) return false
    if (steps.some((step) => PROJECT_STEPS.has(step))) return true
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
    // "Share   Facebook   X   LinkedIn" between the headline and its date: the article's tools.
    if (text.length <= 80 && SHARE_LINE.test(text)) continue
    // "Last updated: 04.05.2016 // The Embassy visited …": a ministry's or an embassy's article sets its
    // date and its lead on one line, parted by two slashes. The page is dated (a news item); a date it
    // was updated on is no publication date.
    const ingress = text.includes(' //') ? DATE_BEFORE_INGRESS().exec(text) : null
    const ingressDate = ingress ? parseDate(ingress[2]!) : null
    if (ingress && ingressDate) {
      if (!ingress[1]) draft.set('publishedDate', ingressDate, { offset: line.offset + line.text.indexOf(ingress[2]!), length: ingress[2]!.length })
      return { next: skipShareLine(lines, index + 1), found: true }
    }
    // "Publicēts: 05.10.2018": the date under its label is the same fact.
    const label = text.length <= 80 ? PUBLISHED_LABEL.exec(text) : null
    // "Published: 18/09/2017 | Updated: 02/10/2017": the first date is the publication.
    // "2014-09-05 | Naujienos": a date line may name the section after a bar.
    // "2011 m. vasario 17 d. Nr. NK-2": a minute's or a letter's date with its number after it.
    let value = withoutDocumentNumber(withoutClockTime(label ? beforeByline(beforeBar(text.slice(label[0].length))) : beforeBar(text)))
    // "Rīgā, 2015. gada 12. maijā": a press release's dateline names the place it was sent from first.
    const place = label ? null : DATELINE_PLACE().exec(value)
    // "12.05.2008. Rīgā", "2023-02-14, Vilnius": or it writes the place after the date.
    const placeAfter = label || place ? -1 : datelinePlaceAfter(value)
    let date = parseDate(value) ?? (place ? parseDate(value.slice(place[0].length)) : placeAfter > 0 ? parseDate(value.slice(0, placeAfter)) : null)
    if (!date && !label) {
      // "Ilze Kalniņa | 2012. gada 7. augusts, 10:15 | Komentāri (3)": the author's byline, then the date.
      const byline = bylineDate(text)
      if (byline) {
        draft.set('publishedDate', byline.date, { offset: line.offset + line.text.indexOf(text) + byline.at, length: byline.length })
        return { next: skipShareLine(lines, index + 1), found: true }
      }
    }
    if (!date) return { next: index, found: false }
    if (place && !parseDate(value)) value = value.slice(place[0].length)
    else if (placeAfter > 0 && !parseDate(value)) value = value.slice(0, placeAfter)
    const at = line.text.indexOf(text) + (label?.[0].length ?? 0) + (place && text.endsWith(value) ? text.length - value.length : 0)
    draft.set('publishedDate', date, { offset: line.offset + at, length: value.length })
    return { next: skipShareLine(lines, index + 1), found: true }
  }
  return { next: index, found: false }
}

/** An author's name in a byline: one to three capitalised words (initials too), no figure. */
const AUTHOR = lazyPattern(() => /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}$/u)

/**
 * "Ilze Kalniņa | 2012. gada 7. augusts, 10:15 | Komentāri (3) | drukāt": a news byline, the
 * author's name and the date in cells parted by bars. The date (its clock time left out) and
 * where it stands in the line, or null.
 */
function bylineDate(text: string): { date: string; at: number; length: number } | null {
  const first = text.indexOf('|')
  if (first <= 0) return null
  if (!AUTHOR().test(text.slice(0, first).trim())) return null
  const second = text.indexOf('|', first + 1)
  const cell = text.slice(first + 1, second === -1 ? text.length : second)
  const value = withoutClockTime(cell.trim())
  const date = parseDate(value)
  return date ? { date, at: first + 1 + cell.indexOf(value), length: value.length } : null
}

/** The place a dateline opens with: one or two capitalised words and a comma, the date next. */
// The date after it may open with its month's name: "Riga, March 15, 2011".
// "Strasbourg 14/03/2023", "Vilnius 2023-03-14": without the comma only a one-word place, before a
// date all in figures ("Hasartmängumaksu Nõukogu 17.12.2008" over "otsusele nr …" names a decision).
const DATELINE_PLACE = lazyPattern(() => /^\p{Lu}\p{L}+(?:(?:\s\p{Lu}\p{L}+)?,\s+(?=[0-9]|\p{Lu}\p{Ll}+\s[0-9])|\s+(?=\d{1,2}[./]\d{1,2}[./]\d{4}\.?$|\d{4}-\d{2}-\d{2}$))/u)

/** The longest dateline: a date and a town's name. */
const DATELINE_MAX = 40

/**
 * "12.05.2008. Rīgā", "3 May 2018, Riga": where a dateline writes its place after the date, the
 * index at which the place (its last word, capitalised, after a full stop or a comma) starts, or -1.
 */
function datelinePlaceAfter(value: string): number {
  if (value.length > DATELINE_MAX) return -1
  const space = value.lastIndexOf(' ')
  if (space < 2 || !isUpperCaseAt(value, space + 1)) return -1
  const before = value.charCodeAt(space - 1)
  // A digit or full stop before a comma or full stop: the date ends right there.
  return (before === 46 || before === 44) && /[0-9.]/.test(value.charAt(space - 2)) ? space - (before === 44 ? 1 : 0) : -1
}

/** How long a site's name over a headline may be. */
const SITE_NAME_MAX = 60

/**
 * "Jelgavas valstspilsētas pašvaldība" / "Jelgavā noslēdzies projekts „…”" / "28.11.2014.": a news
 * headline stands right above its date, so a short name over a dated headline is the site's, not
 * the page's heading. A name holds no figure, no quotes and no full stop.
 */
function isAboveDatedHeadline(lines: Doc['lines'], index: number): boolean {
  const text = lines[index]!.text.trim()
  if (text.length > SITE_NAME_MAX || /[0-9„“”"«».:]/.test(text)) return false
  const headline = firstContentLine(lines, index + 1)
  if (headline === lines.length || lines[headline]!.text.length > 200 || isDateLine(lines[headline]!.text.trim())) return false
  const date = firstContentLine(lines, headline + 1)
  return date < lines.length && isDateLine(lines[date]!.text.trim())
}

/**
 * "Projects › Community health › Peer Mentors for Drug-Free Schools" over "Peer Mentors for Drug-Free
 * Schools": the trail above ends at this line's words, so the line is the page's heading, not a site's
 * name (a line of facts under it, "Global Grant … · Area of focus: …", over the posting date is no headline).
 */
export function endsTrailAbove(lines: Doc['lines'], index: number, text: string): boolean {
  let above = index - 1
  while (above >= 0 && !lines[above]!.text.trim()) above--
  if (above < 0 || index - above > 2) return false
  const trail = lines[above]!.text.trim()
  if (!trail.endsWith(text) || trail.length === text.length || !isBreadcrumb(trail)) return false
  return /[/|>»›]\s+$/.test(trail.slice(0, trail.length - text.length))
}

/** A line that is a publication date, labelled or not ("28.11.2014.", "Publicēts: 12.02.2019."). */
function isDateLine(text: string): boolean {
  if (text.length > 80) return false
  const label = PUBLISHED_LABEL.exec(text)
  const value = withoutClockTime(beforeBar(label ? text.slice(label[0].length) : text))
  return value.length <= 40 && parseDate(value) !== null
}

/**
 * "2021-03-15 10:24", "14.09.2020, kl 12:15": the date without the time of day it was posted at.
 * A social network's post ("2019. gada 14. februāris plkst. 11:32 · 🌍", "14 February 2019 at 11:32 ·")
 * says the hour after its word for "at" and may end with a dot and the audience's icon.
 */
export function withoutClockTime(value: string): string {
  if (!value.includes(':')) return value
  const time = CLOCK_TIME().exec(value)
  return time && time.index > 0 ? value.slice(0, time.index) : value
}

const CLOCK_TIME = lazyPattern(() => /,?\s+(?:(?:kl|plkst|val|kell)\.?\s*|at\s+|в\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s+·(?:\s*\p{Extended_Pictographic}\uFE0F?)?)?$/u)

/** "2011 m. vasario 17 d. Nr. NK-2", "12.05.2010 No 1-12/345": the date without the document's number after it. */
export function withoutDocumentNumber(value: string): string {
  // A date line is short; the pattern's leading run of space would be tried at each space of a long one.
  if (value.length > DATE_LINE_MAX || !/[Nn№]/.test(value)) return value
  const number = DOCUMENT_NUMBER().exec(value)
  return number && number.index > 0 ? value.slice(0, number.index) : value
}

/** The longest date line with a number after it ("2011 m. vasario 17 d. Nr. NK-2/2011-123"). */
const DATE_LINE_MAX = 80

// The word, a full stop or a space after it ("novembrī" holds "no"), then a number with a figure in it.
const DOCUMENT_NUMBER = lazyPattern(() => /,?\s+(?:(?:Nr|No|nr|no)(?:\.\s*|\s+)|№\s*)(?=[\p{L}/.-]*\p{N})[\p{L}\p{N}][\p{L}\p{N}/.-]*$/u)

/** A labelled value up to a bar that starts the next one on the line. */
function beforeBar(value: string): string {
  const bar = value.indexOf('|')
  return bar === -1 ? value : value.slice(0, bar).trimEnd()
}

/** "Posted on 14 March 2017 by Joint Secretariat": the date without its author. */
function beforeByline(value: string): string {
  const by = value.indexOf(' by ')
  return by === -1 ? value : value.slice(0, by).trimEnd()
}

/** "Last updated: 04.05.2016 // lead …", "Published: 4 May 2016 // lead …": the label (an update's in group 1), the date (group 2). */
const DATE_BEFORE_INGRESS = lazyPattern(() => /^(?:((?:last\s+)?updated)|published(?: on)?|posted(?: on)?)\s*:?\s+([^/]{6,40}?)\s+\/\/(?:\s|$)/i)

/** The label a page prints before its publication date (anchored, so only a line's start is tried). */
const PUBLISHED_LABEL =
  /^(?:publicēts|publicēšanas datums|datums|published(?: on)?|date published|publication date|posted(?: on)?|paskelbta|paskelbimo data|publikuota|avaldatud|avaldamise kuupäev|lisatud|publié le|опубликовано|дата публикации)\s*:?\s+/i

/** "Drukāt   Dalīties", "Print | Share", "Поделиться": the article's tools under its date. */
const SHARE_LINE =
  /^(?:(?:drukāt|dalīties|print|share|spausdinti|dalintis|facebook|twitter|tweet|x|linkedin|whatsapp|e-pasts|e-mail|email|prindi|jaga|поделиться|draugiem(?:\.lv)?)(?:[ \t|·•/]+|$))+$/i

/** "Обновлено: 28 ноября 2012 г., 17:05", "Updated: 02/10/2017": when the article was changed, under its date. */
const UPDATED_LABEL = /^(?:updated|atjaunināts|atjaunots|atnaujinta|uuendatud|обновлено)\s*:?\s+/i

/**
 * The index of the first content line from `index` on, past the article's tools: a line of them,
 * or a browser's copy of their buttons one a line ("Поделиться" / "Facebook" / "Twitter"), and
 * the date it was updated.
 */
function skipShareLine(lines: Doc['lines'], index: number): number {
  let next = index
  for (;;) {
    let at = next
    while (at < lines.length && !lines[at]!.text.trim()) at++
    const text = lines[at]?.text.trim() ?? ''
    // A reader view's reading time may stand under the date too ("15 октября 2013, 14:32" / "3–4 минуты").
    if (!text || text.length > 80 || !(SHARE_LINE.test(text) || isUpdatedLine(text) || isReadingTime(text))) return next
    next = at + 1
  }
}

function isUpdatedLine(text: string): boolean {
  const label = UPDATED_LABEL.exec(text)
  return label !== null && parseDate(withoutClockTime(text.slice(label[0].length))) !== null
}

/** The heading of the links to other articles under a news item ("Saistītās ziņas", "Related news", "Другие новости"). */
export const RELATED_NEWS =
  /^[ \t]*(?:saistītās ziņas|saistītie raksti|citas ziņas|lasi arī|susijusios naujienos|kitos naujienos|taip pat skaitykite|related news|related articles|more news|see also|read also|seotud uudised|vaata ka|связанные новости|другие новости|похожие новости|читайте также|ещё по теме|еще по теме|новости по теме|по теме|смотрите также)[ \t]*:?[ \t]*$/im

/** The link under each teaser of a list of articles ("Lasīt vairāk", "Read more »"). */
const READ_MORE = new Set([
  'lasīt vairāk', 'lasīt tālāk', 'read more', 'continue reading', 'skaityti daugiau', 'skaityti toliau', 'plačiau',
  'daugiau', 'loe edasi', 'loe lähemalt', 'loe rohkem', 'weiterlesen', 'lire la suite', 'lire plus', 'en savoir plus',
])

/** A teaser is a sentence or two: a longer paragraph is an article's. */
const TEASER_MAX = 300

/** The first teaser's link stands within this many lines of the top (an article's related links stand lower). */
const FIRST_LINK_WITHIN = 12

/**
 * A page listing several articles, each a teaser with its own "read more" link, the first near
 * the top: no single project's page.
 */
export function isTeaserList(doc: Doc): boolean {
  let links = 0
  let seen = 0
  for (const line of doc.lines) {
    const text = line.text.trim()
    if (!text) continue
    seen++
    // An article's text (a long paragraph) or its related news (a heading, then teasers) come
    // before the first link: then the links are the article's, not a list's.
    if (links === 0 && (seen > FIRST_LINK_WITHIN || text.length > TEASER_MAX || (text.length <= 40 && RELATED_NEWS.test(text)))) return false
    if (text.length > 24 || text.length < 4) continue
    if (READ_MORE.has(withoutArrow(text).toLowerCase()) && ++links >= 2) return true
  }
  return false
}

/** "Read more »", "Lasīt vairāk →", "Plačiau...": the link's words without the mark after them. */
function withoutArrow(text: string): string {
  let end = text.length
  while (end > 0 && ' »›>→.…'.includes(text.charAt(end - 1))) end--
  return text.slice(0, end)
}

/** A report's kind on its cover, alone on its line or with the year it covers ("ANNUAL REPORT 2009", "Gada pārskats 2012"). */
const REPORT_KIND =
  /^(?:annual(?: activity)? report|activity report|annual review|gada pārskats|darbības pārskats|(?:metų )?veiklos ataskaita|metinė ataskaita|tegevusaruanne|aastaaruanne|majandusaasta aruanne|годовой отч[её]т|отч[её]т о деятельности)(?:\s+(?:for\s+)?(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?)?$/i
/** How many lines under its top line a report's cover may set its kind. */
const COVER_LINES = 3

/**
 * "MTÜ Noorte Tugi / Youth Support Association" over "ANNUAL REPORT 2009": the top line of a body's
 * yearly report (or the kind itself, or its year a line above) names the body or the report, not a
 * project; whether line `index` is such a cover's.
 */
export function isReportCover(lines: readonly Line[], index: number): boolean {
  let seen = 0
  for (let at = index; at < lines.length && seen < COVER_LINES; at++) {
    const text = lines[at]!.text.trim()
    if (!text) continue
    seen++
    if (text.length <= 60 && REPORT_KIND.test(text)) return true
  }
  return false
}

/** Sections a site files its projects under by their state ("Lõppenud projektid", "Completed projects"), lower case. */
const STATUS_SECTIONS: ReadonlyMap<string, 'completed' | 'ongoing'> = new Map([
  ['completed projects', 'completed'], ['finished projects', 'completed'], ['closed projects', 'completed'],
  ['lõppenud projektid', 'completed'], ['baigti projektai', 'completed'], ['įgyvendinti projektai', 'completed'],
  ['pabeigtie projekti', 'completed'], ['īstenotie projekti', 'completed'], ['noslēgtie projekti', 'completed'],
  ['ongoing projects', 'ongoing'], ['current projects', 'ongoing'], ['käimasolevad projektid', 'ongoing'],
  ['vykdomi projektai', 'ongoing'], ['įgyvendinami projektai', 'ongoing'], ['īstenošanā esošie projekti', 'ongoing'],
])

/** A breadcrumb trail above the heading that files the page under completed or ongoing projects. */
export function addStatusOfTrail(doc: Doc, draft: Draft, body: number): void {
  for (const line of doc.lines.slice(0, body)) {
    const text = line.text.trim()
    if (!text.includes(' ') || !isBreadcrumb(text)) continue
    for (const step of text.split(/\s+[/|>»›]\s+/)) {
      const status = STATUS_SECTIONS.get(step.trim().toLowerCase())
      if (status) {
        draft.set('status', status, { offset: line.offset + line.text.indexOf(step), length: step.length })
        return
      }
    }
  }
}

/** How many capitals lines may stand over the minutes' word ("… KOMISIJOS" / "POSĖDŽIO PROTOKOLAS"). */
const MINUTES_HEADING_LINES = 3
/**
 * The minutes' word ending a heading line ("POSĖDŽIO PROTOKOLAS", "SĒDES PROTOKOLS", "KOOSOLEKU PROTOKOLL",
 * "… PROTOKOLAS Nr. 3") or opening it ("ПРОТОКОЛ № 3", "MINUTES OF THE MEETING"); a line in lower case counts
 * only with the meeting's word before it ("Valdybos posėdžio protokolas"): "Pasirašytas bendradarbiavimo
 * protokolas" (a signed protocol) is a headline.
 */
const MINUTES_WORD = lazyPattern(() => /(?:^|\s)(?:protokolas|protokols|protokoll|протокол)(?:\s+(?:nr|no|№)\.?\s*[\p{L}\p{N}][\p{L}\p{N}/.-]*)?$|^(?:протокол|minutes|protokolas|protokols|protokoll)(?:\s|$)/iu)
const MEETING_BEFORE_MINUTES = lazyPattern(() => /(?:^|\s)(?:posėdžio|sēdes|koosoleku|istungi|meeting)\s+(?:protokolas|protokols|protokoll|minutes)(?![\p{L}])/iu)

/**
 * A council's numbered decision, read as its minutes are: "Решение Юрмальской городской думы № 187",
 * "LĒMUMS Nr. 12", "SPRENDIMAS Nr. T-123", "OTSUS nr 45", "Decision No. 187" (the decision's word first,
 * its number last) names the decision, not a project; its subject line quotes the project.
 */
const DECISION_HEADING = lazyPattern(() => /^(?:решение|постановление|lēmums|sprendimas|otsus|määrus|decision)(?![\p{L}])[^\n]{0,80}?(?:№|nr\.?|no\.)\s*[\p{L}\p{N}][\p{L}\p{N}/.-]*$/iu)

/**
 * A meeting's minutes open with a heading that names the meeting, not a project ("UKMERGĖS RAJONO … KOMISIJOS" /
 * "POSĖDŽIO PROTOKOLAS", "DOMES SĒDES PROTOKOLS"): the index of the line after that heading when the
 * heading at `index` is one, else -1.
 */
export function minutesHeadingEnd(lines: readonly Line[], index: number): number {
  for (let at = index, seen = 0; at < lines.length && seen < MINUTES_HEADING_LINES; at++) {
    const text = lines[at]!.text.trim()
    if (!text) continue
    seen++
    if (text.length > 100) return -1
    const capitals = isCapitalsLine(text)
    if ((capitals || MEETING_BEFORE_MINUTES().test(text)) && MINUTES_WORD().test(text)) return at + 1
    if (DECISION_HEADING().test(text)) return at + 1
    // Only capitals lines (the meeting's body) stand over the minutes' word.
    if (!capitals) return -1
  }
  return -1
}

/**
 * A social network post's date line ends in the hour, a dot and the audience's icon ("… plkst. 11:32 · 🌍",
 * "14 February at 11:32 ·"), or says how long ago, the dot after it ("3 d. · 🌍", "12 h ·", "5 min ·");
 * a professional network writes it with bullets, the months and years short, and may say the post was
 * edited ("1mo • Edited •", "2w • 🌐", "1yr •").
 */
const POST_DATE_END = lazyPattern(() => /(?:\d{1,2}:\d{2}|^\d{1,2}\s?(?:h|min|d|w|mo|yr|st|val|t|ч|мин|д|н)\.?)(?:\s*[·•]\s*(?:Edited|Redigēts|Redaguota|Muudetud|Изменено))?\s*[·•](?:\s*\p{Extended_Pictographic}\uFE0F?)?$/u)

/** Whether `text` is the date line a social network sets under a post's author. */
export function isPostDateLine(text: string): boolean {
  const trimmed = text.trim()
  return trimmed.length <= 80 && (trimmed.includes('·') || trimmed.includes('•')) && POST_DATE_END().test(trimmed)
}

/** The longest headline a professional network sets under a post's author (their work and employer). */
const AUTHOR_HEADLINE_MAX = 160

/**
 * The index of the post's date line under its author's line at `authorAt`: the next line, or the one
 * after it where a professional network puts the author's headline between ("Youth work | Project
 * coordinator at …", no sentence). -1 when neither is one.
 */
export function postDateLineUnder(lines: readonly Line[], authorAt: number): number {
  const next = firstContentLine(lines, authorAt + 1)
  if (next >= lines.length) return -1
  if (isPostDateLine(lines[next]!.text)) return next
  const headline = lines[next]!.text.trim()
  if (headline.length > AUTHOR_HEADLINE_MAX || /[.!?]$/.test(headline)) return -1
  const after = firstContentLine(lines, next + 1)
  return after < lines.length && after === next + 1 && isPostDateLine(lines[after]!.text) ? after : -1
}
