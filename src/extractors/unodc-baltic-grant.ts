/**
 * UNODC Baltic grant pages (unodc.org/balticstates): "Project information", a quoted title
 * under "Project title" (sometimes missing), "Duration A - B", goal and objectives (bullets or
 * numbered), a narrative with result bullets, indicator bullets ("Number of X - 123") with or
 * without a heading, and the "UNODC budget" in LTL, LVL, EEK or EUR. Some pages give the facts
 * as inline labels whose values wrap at the page width, and say the status and the places only
 * in the narrative ("The project has been completed", "… was carried out in A, B and C").
 */
import type { Extractor } from './extractor.js'
import type { Doc, Line } from './doc.js'
import type { Draft } from './draft.js'
import { amountLabel, entryOffset, entryValue, first, isLabelLine, readLabelled, type Entry } from './read/labelled.js'
import { inlineLabelOf, labelOf, type LabelKey } from './lexicon/labels.js'
import { statusSentenceIn } from './lexicon/status.js'
import { applyEntries, applyPeriod, cleanOrganisation } from './read/entries.js'
import { addFunders, addIndicators, addLocations, addPartnersInProse, addUnmarkedIndicators } from './read/common.js'
import { listFrom, listItemAt } from './read/lists.js'
import { withWrappedValues } from './read/wrapped.js'
import { placesCarriedOutIn, placesOfActivities } from './read/places.js'
import { addStatedPeriod } from './read/dates-in-text.js'
import { promoterInProse } from './read/parties.js'
import { findQuoted, joinLines, mayMatchCaseBlind, mayStartWithOneWord, mayStartWithWord, nonSpaceStart, squash, startsWithAsciiLetter, unquote } from './read/text.js'
import { isAsciiLetter } from './read/anchored.js'
import { unwrapped } from './read/unwrap.js'
import { findDates, parseDateTime } from '../normalise/dates.js'
import { tableIndicators } from './read/indicator-table.js'
import { readArchivedAddress } from './read/page-top.js'
import { framedView } from './read/framed-rows.js'
import { spokenRolesBlanked } from './read/spoken-roles.js'
import { lazyPattern } from '../normalise/lazy-pattern.js'

// Each sign with its weight and whether it is the site's own: other sites' project pages also say
// "Project information", "Project title: X" and "Duration: A – B", never the bare "Project title"
// heading over a quoted title, "Project goal and objectives" or "UNODC budget".
// The site's pages translated into Lithuanian, Latvian and Estonian keep the layout and give the
// same headings in their language: those count as the English ones do, except that a translated
// title heading alone is any Baltic site's ("Projekto pavadinimas", "Projekta nosaukums").
const SIGNS: ReadonlyArray<readonly [RegExp, number, boolean]> = [
  [/^\s*(?:project information|projekto informacija|projekta informācija|projekti info(?:rmatsioon)?)\s*$/i, 0.25, false],
  [/^\s*project title ?:?\s*$/i, 0.2, true],
  [/^\s*(?:projekto pavadinimas|projekta nosaukums|projekti (?:nimetus|nimi|pealkiri))\s*:?\s*$/i, 0.2, false],
  [/^\s*(?:duration\b|(?:trukmė|ilgums|kestus)(?=[\s:]|$))/i, 0.15, false],
  [/^\s*(?:project goals? and objectives|projekto tiksla[si] ir uždaviniai|projekta mērķi[s]? un uzdevumi|projekti eesmär(?:k|gid) ja ülesanded) ?:?\s*$/i, 0.2, true],
  // The budget as a heading or inline ("UNODC budžets: 6 000 LVL").
  [/^\s*unodc (?:budget|grant|biudžetas|budžets|eelarve) ?(?:[:\t].*)?$/i, 0.3, true],
  // Pages that give the facts inline ("Project title: …", "Project name: …") under the site's own header.
  // A Word table saved as text puts a tab after the colon ("Project name:<TAB>X").
  [/^\s*(?:project title|project name|projekto pavadinimas|projekta nosaukums|projekti (?:nimetus|nimi|pealkiri))(?: ?:[ \t]*|\t\s*)\S/i, 0.2, false],
  [/^\s*unodc\b.{0,80}(?:\bbaltic states\b|baltijas valstīs|baltijos šalyse|balti riikides)/i, 0.25, true],
  // A grant's own facts, as a printed grant summary or a grantee's progress report gives them
  // ("Grantee: X", "Grant recipient: X", "Grant agreement period: A – B", "Amount of the grant: N"):
  // any funder's, so they count only beside the office's name.
  [/^\s*(?:grantee|grant recipient|recipient of the grant)(?: organi[sz]ation)?\s*(?:[:\t]|$)/i, 0.15, false],
  [/^\s*grant (?:agreement )?period\s*(?::|$)/i, 0.15, false],
  [/^\s*amount of (?:the )?grant\s*(?::|$)/i, 0.15, false],
]

// Headings stand on their own lines with a blank line before the value ("UNODC budget", "Implementing
// organization"), except the duration, whose dates follow its word after a space.
const BARE: ReadonlySet<LabelKey> = new Set(['duration'])

// Labels whose inline values run long enough to wrap: names and lists of names or places.
const WRAPPING: ReadonlySet<LabelKey> = new Set(['promoter', 'partners', 'targetGroups', 'location'])

const TITLE_HEADING = /^\s*project title\s*:?\s*/i
const DURATION = /^\s*(?:duration|(?:trukmė|ilgums|kestus)(?=[\s:]|$))\s*:?\s*/i
/** The first letters of the duration's words, a cheap test before DURATION. */
const DURATION_INITIALS = 'dtik'
const GOAL_HEADING = /^\s*(?:project goals? and objectives|projekto tiksla[si] ir uždaviniai|projekta mērķi[s]? un uzdevumi|projekti eesmär(?:k|gid) ja ülesanded) ?:?\s*$/i
const OBJECTIVES_HEADING = /^\s*(?:project objectives|(?:projekto )?uždaviniai|(?:projekta )?uzdevumi|(?:projekti )?ülesanded|objectives|the main goals?(?: of the project)?(?: are)?|main objectives|project tasks|tasks) ?:\s*$/i

/** A line that starts a part of the page: no wrapped value runs on into it. */
function isHeading(text: string): boolean {
  const trimmed = text.trimStart()
  return DURATION.test(trimmed) || GOAL_HEADING.test(trimmed) || OBJECTIVES_HEADING.test(trimmed) || TITLE_HEADING.test(trimmed) || SIGNS.some(([sign]) => sign.test(trimmed)) || inlineLabelOf(trimmed, BARE) !== null
}

/** A value under a heading ("Implementing organisation", blank, "X") ends where the next part of the page starts. */
function endedAtHeading(entry: Entry): Entry {
  const end = entry.lines.findIndex((line) => isHeading(line.text))
  return end === -1 ? entry : { ...entry, lines: entry.lines.slice(0, end) }
}

// Result bullets report what was done ("Trained …", "Developed …"); objectives say what to do.
export const PAST_TENSE = lazyPattern(() => /^(?:\p{L}+ed|made|built|held|met|taught|gave|ran|sent|bought|set up|carried out)\b/iu)
const IRREGULAR_PAST = ['made', 'built', 'held', 'met', 'taught', 'gave', 'ran', 'sent', 'bought', 'set up', 'carried out']

/**
 * PAST_TENSE costs milliseconds to compile (\p{L} closed under case), so it runs only where it
 * can match: at an irregular verb, or where "ed" follows a first run of possible letters (an
 * ASCII character that is not a letter ends the run; any other character may be one).
 */
function isPastTense(text: string): boolean {
  return mayStartWithPastTense(text) && PAST_TENSE().test(text)
}

const E = 'e'.charCodeAt(0)
const D = 'd'.charCodeAt(0)

/** The words the signs start with, by their first letter: most lines fail on that letter alone. */
const SIGN_WORDS: Readonly<Record<string, readonly string[]>> = {
  p: ['project ', 'projekt'],
  d: ['duration'],
  g: ['grant'],
  r: ['recipient of'],
  a: ['amount of'],
  t: ['trukm'],
  i: ['ilgums'],
  k: ['kestus'],
  u: ['unodc'],
}

function mayStartWithSignWord(text: string, at: number): boolean {
  // Under /i without u only an ASCII letter's two cases match it: the low bit set lower-cases those.
  const words = SIGN_WORDS[String.fromCharCode(text.charCodeAt(at) | 0x20)]
  return words !== undefined && mayStartWithWord(text, words, at)
}

/** The office's name spelled out, as a report's or a printed summary's letterhead gives it. */
const OFFICE_NAME = /united nations office on drugs and crime/i

function namesUnodc(text: string): boolean {
  return text.includes('UNODC') || text.includes('unodc') || text.includes('Unodc') || (mayHoldOfficeName(text) && OFFICE_NAME.test(text))
}

/** "Drugs and Crime" in one of its two usual cases: the scan that lets OFFICE_NAME run at all. */
function mayHoldOfficeName(text: string): boolean {
  return text.includes('Drugs and Crime') || text.includes('DRUGS AND CRIME')
}

export function mayStartWithPastTense(text: string): boolean {
  if (mayStartWithWord(text, IRREGULAR_PAST)) return true
  for (let i = 1; i + 1 < text.length; i++) {
    const before = text.charCodeAt(i - 1)
    if (before < 128 && !isAsciiLetter(before)) return false
    if (mayMatchCaseBlind(text.charCodeAt(i), E) && mayMatchCaseBlind(text.charCodeAt(i + 1), D)) return true
  }
  return false
}

export const unodcBalticGrant: Extractor = {
  id: 'unodc-baltic-grant',
  description: 'UNODC Baltic grant page: title, duration, goal, objectives, indicator bullets, UNODC budget',

  detect(page) {
    // An old page's fact table saved with its frame is read as the "Label<TAB>value" rows it was;
    // a screen reader's copy without the roles it says before each line ("heading level 3 …").
    const doc = framedView(spokenRolesBlanked(page))
    let score = 0
    let own = false
    const lines = doc.lines
    for (let index = 0; index < Math.min(400, lines.length); index++) {
      const text = lines[index]!.text
      // Every sign starts with "project", "projekt", the duration's word or "unodc".
      const at = nonSpaceStart(text)
      if (!mayStartWithSignWord(text, at)) continue
      for (const [sign, weight, ofTheSite] of SIGNS) {
        if (sign.test(text)) {
          score += weight
          own ||= ofTheSite
        }
      }
    }
    // Signs any project page may show are the site's only with one of its own or its name.
    return own || (score > 0 && namesUnodc(doc.text)) ? score : 0
  },

  extract(page, draft) {
    const doc = framedView(spokenRolesBlanked(page))
    readPrintStamps(doc, draft)
    readTitle(doc, draft)
    const labelled = readLabelled(doc, { valueAfterBlank: true, bare: BARE })
    const duration = durationValue(doc)
    if (duration) {
      applyPeriod(draft, duration.text, duration.offset)
      applyExtension(draft, duration.text, duration.offset)
    } else {
      // Another wording of the label ("Project duration: …", "Implementation period: …").
      const period = first(labelled, 'duration')
      if (period) applyPeriod(draft, entryValue(period), entryOffset(period))
    }
    // A page saved hard-wrapped (a print, a text browser's dump) breaks names and sentences over
    // lines: the narrative is read with its paragraphs joined, at the same offsets.
    const prose = unwrapped(doc).text
    // Without a duration line, the narrative may state the period ("The project was carried out from A until B").
    if (!draft.has('startDate') && !draft.has('endDate')) addStatedPeriod(draft, prose)
    const entries = labelled.filter((entry) => entry.key !== 'title' && entry.key !== 'duration')
    applyEntries(draft, withFreeAmountHeadings(doc, withWrappedValues(doc, entries.map(endedAtHeading), WRAPPING, isHeading)))
    readObjectives(doc, draft)
    addFunders(draft, doc.text)
    addIndicators(draft, doc)
    addUnmarkedIndicators(draft, doc)
    if (!draft.has('indicators')) for (const row of tableIndicators(doc)) draft.add('indicators', row.indicator, { offset: row.offset, length: row.length })
    addPartnersInProse(draft, prose)
    if (!draft.has('promoter')) {
      const promoter = promoterInProse(prose)
      if (promoter) draft.set('promoter', cleanOrganisation(promoter.value), promoter)
    }
    if (!draft.has('status')) readStatusSentence(prose, draft)
    if (draft.fields.title) addLocations(draft, draft.fields.title, draft.positions.get('title')?.offset ?? 0)
    addPlacesCarriedOutIn(draft, prose)
  },
}

// A browser prints the page's address in its header or footer, alone or beside the page count
// ("http://www.unodc.org/balticstates/en/grants/…_proj.html      1 of 2") or the print's date
// ("…_proj.html      3/11/2010"); a link list's numbered lines ("1. http://…") are the page's links, not its address.
const PRINTED_ADDRESS = /^\s*((?:https?:\/\/)?(?:www\.)?unodc\.org\/balticstates\/\S+)(?:\s{2,}(?:(?:[Pp]age )?\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?|\d{1,2}[./]\d{1,2}[./]\d{2,4}(?:,? \d{1,2}:\d{2}(?: ?[AP]M)?)?))?\s*$/
const PRINTED_LABEL = /^printed:\s*/i
/** How many lines at each end of the text a print's header or footer takes. */
const PRINT_EDGE_LINES = 3

/** A printed page's address (`url`) and print time (`retrievedAt`, the header's first part: "12/03/2010 14:22      UNODC - …", "Printed: 02.03.2012 14:07"). */
function readPrintStamps(doc: Doc, draft: Draft): void {
  for (const line of edgeLines(doc)) {
    const address = line.text.includes('unodc.org/') ? PRINTED_ADDRESS.exec(line.text) : null
    if (address && !draft.has('url')) draft.set('url', address[1]!, { offset: line.offset + line.text.indexOf(address[1]!), length: address[1]!.length })
    if (address && !draft.has('retrievedAt')) readTimeBesideAddress(draft, line, address[1]!)
    // A print time starts with a digit, perhaps after "Printed:"; the header's title may follow it after a wide gap.
    const text = line.text.trim().replace(PRINTED_LABEL, '')
    const code = text.charCodeAt(0)
    if (address || draft.has('retrievedAt') || code < 48 || code > 57) continue
    const head = text.split(/\s{2,}/)[0]!
    const printed = parseDateTime(head)
    if (printed) draft.set('retrievedAt', printed, { offset: line.offset + line.text.indexOf(head), length: head.length })
  }
  readArchivedAddress(doc, draft)
}

/**
 * "…_proj.html      04.05.2010 10:22": a footer's print time beside the address (a time of day with it,
 * as the header's; a date alone, or an English "5/4/10, 10:22 AM", gives none).
 */
function readTimeBesideAddress(draft: Draft, line: Line, address: string): void {
  const from = line.text.indexOf(address) + address.length
  const stamp = line.text.slice(from).trim()
  const printed = stamp ? parseDateTime(stamp) : null
  if (printed) draft.set('retrievedAt', printed, { offset: line.offset + line.text.indexOf(stamp, from), length: stamp.length })
}

/** The first and the last few lines that hold text (each once), where a print puts its header and footer. */
function edgeLines(doc: Doc): Line[] {
  const top: Line[] = []
  let index = 0
  for (; index < doc.lines.length && top.length < PRINT_EDGE_LINES; index++) if (doc.lines[index]!.text.trim()) top.push(doc.lines[index]!)
  const bottom: Line[] = []
  for (let back = doc.lines.length - 1; back >= index && bottom.length < PRINT_EDGE_LINES; back--) if (doc.lines[back]!.text.trim()) bottom.unshift(doc.lines[back]!)
  return [...top, ...bottom]
}

/**
 * "The project was carried out in A, B and C" (or "Seminars were held in A, B and C"): the places,
 * once each, after those already read.
 */
function addPlacesCarriedOutIn(draft: Draft, prose: string): void {
  const seen = new Set(draft.fields.locations.map((place) => place.toLowerCase()))
  const read = [...seen]
  // An activity's town the title's area already names ("Panevėžys" under "Panevėžys County") adds nothing.
  const activities = placesOfActivities(prose).filter((place) => !read.some((known) => known.startsWith(place.value.toLowerCase() + ' ')))
  for (const place of [...placesCarriedOutIn(prose), ...activities]) {
    if (seen.has(place.value.toLowerCase())) continue
    seen.add(place.value.toLowerCase())
    draft.add('locations', place.value, place)
  }
}

/** Without a status label, a sentence of the narrative may say the project is over or still going on. */
function readStatusSentence(prose: string, draft: Draft): void {
  const found = statusSentenceIn(prose)
  if (found) draft.set('status', found.status, { offset: found.index, length: found.length })
}

/**
 * Money headings the lexicon does not know, standing alone like "UNODC budget" with the sum after
 * a blank line ("Co-funding by Tartu City Government", blank, "2,500.00 EUR"): their words give the
 * role. Added to the entries in document order, so the amounts keep the page's order.
 */
function withFreeAmountHeadings(doc: Doc, entries: Entry[]): Entry[] {
  const lines = doc.lines
  let added: Entry[] | null = null
  let read: Set<number> | null = null
  for (let index = 2; index < lines.length; index++) {
    const figure = lines[index]!.text
    // A sum line is short and holds a digit; its heading is a short line, a blank line above it.
    if (figure.length > 60 || !/[0-9]/.test(figure) || lines[index - 1]!.text.trim() !== '') continue
    const heading = lines[index - 2]!
    const label = heading.text.trim()
    if (!label || label.length > 60 || label.endsWith('.') || listItemAt(doc, index - 2)) continue
    if (index + 1 < lines.length && lines[index + 1]!.text.trim() !== '') continue
    // Headings the lexicon knows were read already ("UNODC budget").
    read ??= new Set(entries.map((entry) => entry.lineIndex))
    if (read.has(index - 2)) continue
    const value = { text: figure.trim(), offset: lines[index]!.offset + figure.indexOf(figure.trim()) }
    const key = amountLabel(label, [value])
    if (!key) continue
    added ??= []
    added.push({ key, label, lines: [value], lineIndex: index - 2, labelOffset: heading.offset + heading.text.indexOf(label) })
  }
  return added ? [...entries, ...added].sort((a, b) => a.lineIndex - b.lineIndex) : entries
}

// "01 March 2012 - 31 December 2012 (extended until 31 March 2013)": the project ran to the later day.
const EXTENDED = /\b(?:extended|prolonged)\s+(?:until|till|to|up to)\s+/i

/** A duration whose end was put off in its own words gives the later end. */
function applyExtension(draft: Draft, stated: string, offset: number): void {
  if (!stated.includes('xtended') && !stated.includes('rolonged')) return
  const found = EXTENDED.exec(stated)
  if (!found) return
  const from = found.index + found[0].length
  const date = findDates(stated.slice(from))[0]
  if (date && date.offset === 0) draft.replace('endDate', date.date, { offset: offset + from, length: date.length })
}

/**
 * The dates after "Duration" on its line, or on the next line when the word stands alone
 * ("Duration", then "01 June 2006 - 31 December 2006").
 */
function durationValue(doc: Doc): { text: string; offset: number } | null {
  const index = doc.lines.findIndex((line) => startsWithAsciiLetter(line.text, DURATION_INITIALS) && DURATION.test(line.text))
  if (index === -1) return null
  const line = doc.lines[index]!
  const start = DURATION.exec(line.text)![0].length
  if (line.text.slice(start).trim()) return { text: line.text.slice(start), offset: line.offset + start }
  const next = doc.lines[index + 1]
  if (!next || !next.text.trim() || isLabelLine(next.text)) return null
  return { text: next.text, offset: next.offset }
}

/**
 * Where the title starts on a title heading line ("Project title", "Project title: X", or another
 * wording of the lexicon: "Project name", "Title of the project: X"), or -1 for any other line.
 */
function titleValueStart(text: string): number {
  if (startsWithAsciiLetter(text, 'p') && TITLE_HEADING.test(text)) return TITLE_HEADING.exec(text)![0].length
  if (labelOf(text) === 'title') return text.length
  const start = nonSpaceStart(text)
  const inline = inlineLabelOf(start ? text.slice(start) : text)
  return inline?.key === 'title' ? start + inline.valueStart : -1
}

/** The title sits between "Project title" and the duration; when nothing is there, it is missing. */
function readTitle(doc: Doc, draft: Draft): void {
  let valueStart = -1
  const heading = doc.lines.findIndex((line) => (valueStart = titleValueStart(line.text)) !== -1)
  if (heading === -1) return
  const headingLine = doc.lines[heading]!
  const inline = headingLine.text.slice(valueStart).trim()
  const candidates = inline ? [{ text: inline, offset: headingLine.offset + headingLine.text.indexOf(inline) }] : []
  // The title may wrap over several lines; it ends at a blank line, the duration, the goal or
  // another heading, alone ("Implementing organization") or with its value ("Grantee: X").
  // A title closed by its quotes on the heading line is whole: the next line is another fact.
  const closed = inline !== '' && isWhollyQuoted(inline)
  for (const line of closed ? [] : doc.lines.slice(heading + 1, heading + 12)) {
    if (DURATION.test(line.text) || GOAL_HEADING.test(line.text) || (!line.text.trim() && candidates.length) || labelOf(line.text) !== null) break
    if (startsFact(line.text.trimStart())) break
    if (line.text.trim()) candidates.push({ text: line.text.trim(), offset: line.offset + line.text.indexOf(line.text.trim()) })
  }
  // A print hyphenates a word at the margin ("drug us-" over "ers in …"): the lines join into one word there.
  const line = candidates.length > 1 ? { text: candidates.map((c) => c.text).reduce(joinLines), offset: candidates[0]!.offset } : candidates[0]
  if (!line) {
    draft.note('warning', 'missing-title', 'the "Project title" heading has no title under it', headingLine.offset)
    return
  }
  // A prefix outside the quotes ('Project: "X"') is not part of the title.
  const quoted = findQuoted(line.text)[0]
  // A quoted title wrapped inside a framed cell keeps the cell's margin: squashed like any other.
  const title = quoted && quoted.end >= line.text.trimEnd().length - 1 ? squash(quoted.text) : unquote(squash(line.text))
  const at = quoted ? line.offset + quoted.offset : line.offset
  draft.set('title', title || null, { offset: at, length: title.length })
}

/**
 * A line that gives a fact after its label ("Grantee: X"), or the period after its word and a
 * space ("Projekta ilgums 2010. gada 1. marts - …"): no part of a title over it.
 */
function startsFact(text: string): boolean {
  const inline = inlineLabelOf(text, BARE)
  return inline !== null && (inline.key !== 'duration' || text.charCodeAt(inline.valueStart - 1) !== 32 || /[0-9]/.test(text.slice(inline.valueStart)))
}

/** The text is one quoted phrase ('"X"', '„X“'), with nothing before or after its quotes. */
function isWhollyQuoted(text: string): boolean {
  const quoted = findQuoted(text)[0]
  return quoted !== undefined && quoted.offset <= 1 && quoted.end >= text.length - 1
}

/** Objective bullets after the goal heading or an objectives heading, up to the first result bullet. */
function readObjectives(doc: Doc, draft: Draft): void {
  if (draft.has('objectives')) return
  // Both headings start with "project", "objectives", "the", "main" or "tasks".
  const heading = doc.lines.findIndex((line) => startsWithAsciiLetter(line.text, 'potm') && (OBJECTIVES_HEADING.test(line.text) || GOAL_HEADING.test(line.text)))
  if (heading === -1) return
  let start = heading + 1
  while (start < doc.lines.length && !listItemAt(doc, start) && !OBJECTIVES_HEADING.test(doc.lines[start]!.text)) {
    // Only a short run of prose (the goal sentence) may stand between the heading and the list,
    // and another heading ("Target groups:") means the list is not the objectives.
    if (start - heading > 6 || isLabelLine(doc.lines[start]!.text)) return
    start++
  }
  if (OBJECTIVES_HEADING.test(doc.lines[start]?.text ?? '')) start++
  const items = listFrom(doc, start)
  const objectives = items.findIndex((item, index) => index > 0 && isPastTense(item.text))
  for (const item of objectives === -1 ? items : items.slice(0, objectives)) {
    draft.add('objectives', item.text.replace(/[;.]$/, ''), { offset: item.offset, length: item.text.length })
  }
}
