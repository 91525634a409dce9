/**
 * Pages of the Latvian Norway Grants site (norwaygrants.tm.gov.lv) as printed from a browser:
 * the print time and the address on top, a heading with "drukāt" (print) glued to its end,
 * the publication date, then prose naming the project ("Projekta LV 0080 „…” īstenotājs - …"),
 * "Finansējums: X EUR, no tiem Y EUR …" and a partner list. News items name the project
 * in quotes after its number ("projekta LV08/2 "…"") rather than in the headline.
 */
import type { Extractor } from './extractor.js'
import type { Doc, Line } from './doc.js'
import type { Draft } from './draft.js'
import { readLabelled, type Entry } from './read/labelled.js'
import { addLeadParties, applyEntries, cleanOrganisation } from './read/entries.js'
import { addFigures, figuresIn } from './read/amounts.js'
import { addLeadStatus, addFunders, addIndicators, addLocations, addPartnersInProse, addPlacesListedInProse } from './read/common.js'
import { promoterInProse } from './read/parties.js'
import { promoterInHeadline } from './read/leads.js'
import { statusSentenceIn } from './lexicon/status.js'
import { findQuoted, firstContentLine, firstNonSpace, isBlank, isChromeLine, isReadingTime, lastNonSpace, mendBrokenWords, squash, stripChrome, unquote, withoutLinkNumber, wrappedHeading } from './read/text.js'
import { isBanner, pastReadingTime, readChrome, readPublishedDate } from './read/page-top.js'
import { isTranslationHeading } from '../normalise/main-text.js'
import { addLabelledDates, addStatedDuration, addStatedPeriod } from './read/dates-in-text.js'
import { unwrapped } from './read/unwrap.js'
import { framedView } from './read/framed-rows.js'
import { projectRowEntries, withRowEntries } from './read/project-list.js'
import { lazyPattern } from '../normalise/lazy-pattern.js'

const PRINT_TIME = /^\s*\d{1,2}\.\d{1,2}\.\d{4}\.?\s+\d{1,2}:\d{2}\s*$/
const SITE = /^\s*https?:\/\/[^\s/]*norwaygrants[^\s]*\s*$/i
// A reader view names the site by its bare address over the headline ("eeagrants.lv").
const SITE_ADDRESS = /^\s*(?:www\.)?(?:[a-z0-9-]+\.)*(?:norwaygrants|eeagrants)[a-z0-9.-]*\.lv\/?\s*$/i
// A print run through pdftotext puts the page's address in its footer beside the page count:
// "http://www.eeagrants.lv/lv/projekti/lv0093   1/1" (eeagrants.org's footers are the other layout's).
const FOOTER_ADDRESS = /^\s*https?:\/\/[^\s/]*(?:norwaygrants|eeagrants)[^\s/]*\.lv\/\S*\s+\d{1,3}\/\d{1,3}\s*$/i
/** How many lines from the end a print's footer is looked for in. */
const FOOTER_LINES = 4
// One of Latvia's project numbers ("LV08/5", "LV 0080", "LV-HOME-0002"): with the site's name or
// address above it, a page naming one is the site's though it lost its heading's prefix and print link.
const LATVIAN_PROJECT_NUMBER = lazyPattern(() => /(?<![\p{L}\d])LV(?:[ ]?\d{2,4}(?:\/\d{1,2})?|-[A-Z]{3,15}-\d{4})(?![\p{L}\d])/u)
// The site's name alone on a line of its banner, for a page saved without its address on top.
// The 2004–2009 site named itself after the instrument: "Norvēģijas finanšu instruments".
const SITE_NAME = /^\s*(?:EEZ un Norvēģijas granti|Norvēģijas granti|EEZ granti|EEA and Norway Grants|Norway Grants|EEA Grants|Norvēģijas finanšu instruments)(?: Latvijā| in Latvia)?\s*$/
// The site's English pages glue "print" where the Latvian ones glue "drukāt".
const PRINT_LINK = /(?:drukāt|drukat|print)\s*$/i
const PRINT_LINK_ALONE = /^\s*(?:drukāt|drukat|print)\s*$/i
// A grant scheme's or fund's projects are numbered by the funder's Latvian initials and slashes:
// "NFI/IH/2010/004", "2013.EEZ/PP/2/MIC/031".
// The 2014-2021 projects name their programme: "LV-HOME-0003".
const PROJECT_NUMBER = String.raw`(?:[A-Z]{2}[ ]?\d{1,4}(?:[/-]\d{1,4})?|[A-Z]{2}-[A-Z]{3,15}-\d{4}|(?:\d{4}\.)?(?:EEZ|NFI)(?:/[A-Z0-9]{1,6}){2,5})`
// "Projekts LV 0080 „…”", and on the English pages "Project LV 0080 "…"" / 'the project LV08/4 "…"'.
// A page of the EEA Grants site names no number in its heading: "Projekts „…”drukāt".
const HEADING_PROJECT = lazyPattern(() => new RegExp(String.raw`^\s*(?:Projekts?|Project)\s+(?:(${PROJECT_NUMBER})\s*)?[„“"«]`, 'u'))
// "projekta Nr. LV0112 „…”", "the project No. LV08/9 "…"": the number may follow "Nr." or "No.".
const NAMED_PROJECT = lazyPattern(() => new RegExp(String.raw`(?<![\p{L}])(?:projekt\p{L}{0,3}|project)\s+(?:N[ro]\.\s*)?(${PROJECT_NUMBER})\s*(?=[„“"«])`, 'giu'))
// 'projektu "Resocializācijas programmu pilnveide cietumos" (Nr. LV08/7)': the number after the title.
const NUMBER_AFTER_TITLE = lazyPattern(() =>
  new RegExp(
    String.raw`(?<![\p{L}])(?:projekt\p{L}{0,3}|project)\s+[„“"«](?<title>[^„“”"«»\n]{3,300})[”“"»]\s*\((?:Nr\.|No\.)?\s*(?<number>${PROJECT_NUMBER})\)`,
    'giu',
  ),
)
// "… īstenotājs - X", "… īstenotājs: X", "kura īstenotājs ir X"; a relative clause after the name
// ("X, kas projektu īsteno sadarbībā ar …") says something of it and is no part of it.
// The name may open with a lower-case legal form or a quote: "īstenotājs - biedrība „Centrs Dardedze”".
const PROMOTER =
  lazyPattern(() => /(?<![\p{L}])īstenotājs(?:\s*[-–—:]|\s+ir)\s*(?<name>(?:(?:biedrība|nodibinājums|fonds|sabiedrība)\s+)?[\p{Lu}„“"«][^.;\n]{2,150}?)\s*(?:\.|;|$|,\s+(?:sadarbības\s+|projekta\s+)?partner|,\s+(?:kas|kurš|kura|kuru)\s)/mu)
// The English pages: 'The promoter of the project LV 0052 "…" is the State Probation Service.'
const PROMOTER_ENGLISH = lazyPattern(() =>
  new RegExp(
    String.raw`(?<![\p{L}])promoter of the project(?:\s+${PROJECT_NUMBER})?(?:\s*[„“"«][^„“”"«»\n]{1,300}[”“"»])?\s+is\s+(?:the\s+)?(?<name>\p{Lu}[^.;\n]{2,150}?)\s*(?:\.|;|$)`,
    'mu',
  ),
)

/** Whether one of the last lines is a print footer with the site's address and the page count. */
function hasFooterAddress(lines: readonly Line[]): boolean {
  for (let index = lines.length - 1; index >= Math.max(0, lines.length - FOOTER_LINES); index--) {
    const text = lines[index]!.text
    if (text.includes('://') && FOOTER_ADDRESS.test(text)) return true
  }
  return false
}

/** The longest banner of the site's names in two languages ("Norway Grants in Latvia | Norvēģijas finanšu instruments"). */
const BILINGUAL_BANNER_MAX = 90
const LATVIAN_SITE = /Latvij|in Latvia|Norvēģijas|EEZ/

/**
 * The site's name alone on a line, or its names in both languages parted by " | " (the
 * English pages' banner): one of them Latvian, so the EEA Grants site's logo line
 * ("EEA Grants | Norway Grants") is not taken for it.
 */
function isSiteBanner(text: string): boolean {
  if (text.length < 50) return SITE_NAME.test(text)
  if (text.length > BILINGUAL_BANNER_MAX || !text.includes(' | ')) return false
  const names = text.split(' | ')
  return names.length === 2 && names.every((name) => SITE_NAME.test(name)) && LATVIAN_SITE.test(text)
}

export const lvNorwaygrantsPage: Extractor = {
  id: 'lv-norwaygrants-page',
  description: 'Latvian Norway Grants site page (printed): project heading or news item, promoter, financing, partners',

  detect(doc) {
    let printTime = false
    let site = false
    let printLink = false
    let heading = false
    let siteName = false
    const lines = doc.lines
    let limit = Math.min(12, lines.length)
    for (let index = 0; index < limit; index++) {
      const text = lines[index]!.text
      // Each pattern is tried only where its first (or, for the print link, last) character can stand.
      const first = firstNonSpace(text)
      printTime ||= first >= 48 && first <= 57 && PRINT_TIME.test(text)
      site ||= ((first === 104 || first === 72) && SITE.test(text)) || ((first === 101 || first === 110 || first === 119) && SITE_ADDRESS.test(text))
      if (!heading && first === 80) {
        const match = HEADING_PROJECT().exec(text)
        // The site names Latvia's projects only: a heading with another state's number is another site's page.
        if (match?.[1] !== undefined && isOtherStatesNumber(match[1])) return 0
        heading = match !== null
      }
      // lynx numbers the banner's link: "[2]Norway Grants in Latvia | Norvēģijas finanšu instruments".
      const banner = first === 91 ? withoutLinkNumber(text.trim()) : text
      const bannerFirst = first === 91 ? banner.charCodeAt(0) : first
      if (!siteName && (bannerFirst === 69 || bannerFirst === 78) && isSiteBanner(banner)) {
        siteName = true
        // A page saved without its print header may put the site's menu, one item a line, under its name: the heading stands further down.
        limit = Math.min(SAVED_PAGE_LINES, lines.length)
      }
      const last = lastNonSpace(text)
      printLink ||= (last === 116 || last === 84) && PRINT_LINK.test(text)
    }
    site ||= hasFooterAddress(lines)
    // Added in a fixed order: the sum of the weights is the same float every time.
    let score = 0
    if (printTime) score += 0.15
    if (site) score += 0.45
    if (printLink) score += 0.25
    if (heading) score += 0.2
    if (siteName) score += 0.3
    const head = doc.text.slice(0, 20_000)
    if (mentionsNorwayGrants(head)) score += 0.1
    if ((site || siteName) && !heading && namesLatvianProject(head)) score += 0.2
    return score
  },

  extract(page, draft) {
    // A text browser's dump wraps the prose at its width and may frame the facts in box lines:
    // the paragraphs are read on one line each and the framed rows as the "Label: value" table they were.
    const doc = unwrapped(framedView(page))
    const headingAt = readChrome(doc, draft)
    addSiteCountry(draft)
    const body = readHeader(doc, draft, headingAt)
    // A page followed by its translation ("In English") says it all again: the page is read, not the translation.
    const end = translationStart(doc, body)
    // A project list filtered to one project sets its facts across a header row and one row of cells.
    const across = projectRowEntries(doc)
    const entries = withRowEntries(doc, readLabelled(doc, { from: body, to: end, valueAfterBlank: true }), across)
    applyEntries(draft, entries)
    const consumed = doc.linesOf(entries)
    // The row's header holds labels only: no description.
    for (const entry of across) consumed.add(doc.lineAt(entry.labelOffset))
    readNamedProject(doc, draft, body)
    const cardHeading = draft.has('title') ? -1 : readHeadingOverFacts(doc, draft, entries)

    const promoter = promoterSentence(doc.text)
    if (promoter?.groups?.name) {
      const name = promoter.groups.name
      draft.set('promoter', cleanOrganisation(name), { offset: promoter.index + promoter[0].indexOf(name), length: name.length })
    }
    const prose = doc.lines.slice(body, end).filter((line) => !consumed.has(line.index) && !isBlank(line.text))
    for (const line of prose) addFigures(draft, figuresIn(line.text, line.offset))
    // "Projekts tiek īstenots no 2008. gada 1. septembra līdz 2010. gada 31. augustam."
    for (const line of prose) addStatedPeriod(draft, line.text, line.offset)
    for (const line of prose) addStatedDuration(draft, line.text, line.offset)
    // "Projektu plānots pabeigt līdz 2016. gada 30. aprīlim": an end (or start) said on its own.
    // Labelled lines count too: "Projekta budžets – … eiro. Projektu plānots pabeigt līdz …".
    if (!draft.has('startDate') && !draft.has('endDate')) for (const line of doc.lines.slice(body, end)) addLabelledDates(draft, line.text, line.offset)
    addLeadStatus(draft, [doc.lines[headingAt], prose[0]])
    if (!draft.has('status')) addStatusSentence(draft, prose)
    if (!draft.has('promoter')) {
      const found = promoterInProse(doc.text)
      if (found) draft.set('promoter', cleanOrganisation(found.value), found)
      // "Valsts policija no … līdz … īsteno projektu LV08/4 „…”": the lead's subject (its partners
      // are read with the others below).
      else if (!addHeadlinePromoter(draft, doc.lines[headingAt]) && prose[0]) addLeadParties(draft, prose[0], false)
    }
    addFunders(draft, doc.text)
    if (!draft.has('partners')) for (const line of prose) addPartnersInProse(draft, line.text, line.offset)
    addIndicators(draft, doc, body, end)
    if (draft.fields.title) addLocations(draft, draft.fields.title, draft.positions.get('title')?.offset ?? 0)
    if (!draft.has('locations')) addPlacesListedInProse(draft, prose)
    // A card's bare heading stands among the lines read: it is the title, not the description.
    const summary = firstParagraph(prose.filter((line) => line.index !== cardHeading))
    if (summary) draft.set('summary', summary.text, { offset: summary.offset, length: summary.text.length })
  },
}

/** How far below the site's name a saved page's heading may stand. */
const SAVED_PAGE_LINES = 40

const STATE_NUMBER = /^[A-Z]{2}(?:[ ]?\d|-[A-Z]{3,15}-\d)/

/** A number of another beneficiary state's project ("LT0047", "EE 0031", "LT-HOME-0002"): a state's two capitals first, not Latvia's. */
function isOtherStatesNumber(number: string): boolean {
  return !number.startsWith('LV') && STATE_NUMBER.test(number)
}

// A Latvian grant scheme's or fund's number ("NFI/IH/2010/004", "2013.EEZ/PP/2/MIC/031"): the
// funder's Latvian initials, so only Latvia's projects carry one.
const LATVIAN_FUND_NUMBER = lazyPattern(() => /(?<![\p{L}\d/])(?:\d{4}\.)?(?:EEZ|NFI)(?:\/[A-Z0-9]{1,6}){2,5}/u)

/** "LV08/5", "LV-HOME-0002", "2013.EEZ/PP/2/MIC/031": each /u pattern runs only where its letters stand. */
function namesLatvianProject(text: string): boolean {
  if (text.includes('LV') && LATVIAN_PROJECT_NUMBER().test(text)) return true
  return (text.includes('EEZ/') || text.includes('NFI/')) && LATVIAN_FUND_NUMBER().test(text)
}

const NORWAY_GRANTS = lazyPattern(() => /Norvēģijas (?:valdības )?(?:divpusēj\p{L}{0,4} )?finanšu instrument/u)

/** "Norvēģijas finanšu instruments": the case-sensitive pattern cannot match without its first word. */
function mentionsNorwayGrants(text: string): boolean {
  return text.includes('Norvēģijas ') && NORWAY_GRANTS().test(text)
}

// The grants' sites in Latvia (norwaygrants.tm.gov.lv, eeagrants.lv) show Latvia's projects only.
const LATVIAN_GRANTS_SITE = /^https?:\/\/[^/\s]*grant[^/\s]*\.lv(?:[/?#]|$)/i

/** A page printed from a grants site in Latvia is about a project carried out in Latvia. */
function addSiteCountry(draft: Draft): void {
  const url = draft.fields.url
  if (url && LATVIAN_GRANTS_SITE.test(url)) draft.set('country', 'LV', draft.positions.get('url') ?? null)
}

/** The line that opens the page's translation below `from` ("In English"), or the end of the page. */
function translationStart(doc: Doc, from: number): number {
  // isTranslationHeading looks for its letters before anything else: most lines are passed over at once.
  const at = doc.lines.findIndex((line, index) => index >= from && isTranslationHeading(line.text))
  return at === -1 ? doc.lines.length : at
}

/** Heading and publication date below the print time and address; returns the index of the first body line. */
function readHeader(doc: Doc, draft: Draft, headingAt: number): number {
  const line = doc.lines[headingAt]
  if (!line) return headingAt
  const heading = wrappedHeading(doc.lines, line)
  readHeading(draft, heading)
  // A reader view prints the byline and the reading time between the headline and the date.
  const below = pastReadingTime(doc.lines, doc.lineAt(heading.offset + heading.text.length) + 1)
  // A page saved from the browser rather than printed shows its print link on a line of its own under the heading.
  const next = firstContentLine(doc.lines, below, doc.lines.length)
  const dateAt = next < doc.lines.length && PRINT_LINK_ALONE.test(doc.lines[next]!.text) ? next + 1 : below
  return readPublishedDate(doc, draft, dateAt).next
}

/** "Projekts LV 0080 „Title”drukāt": number (when given) and title. A news headline is not a project title. */
function readHeading(draft: Draft, line: Line): void {
  const text = stripChrome(line.text)
  const project = HEADING_PROJECT().exec(text)
  if (!project) return
  const number = project[1]
  if (number) draft.set('projectNumber', number, { offset: line.offset + project.index + project[0].indexOf(number), length: number.length })
  const quoted = findQuoted(text.slice(project[0].length - 1))[0]
  // A heading a PDF's text broke at the margin ("pilnveido-" / "šana") is read whole, the word mended.
  if (quoted) draft.set('title', mendBrokenWords(squash(quoted.text)), { offset: line.offset + project[0].length - 1 + quoted.offset, length: quoted.text.length })
}

/** 'projekta LV08/2 "Jauna nodaļa …"' in the body of a news item. */
function readNamedProject(doc: Doc, draft: Draft, body: number): void {
  if (draft.has('title') && draft.has('projectNumber')) return
  const from = doc.lines[body]?.offset ?? doc.text.length
  NAMED_PROJECT().lastIndex = from
  const match = NAMED_PROJECT().exec(doc.text)
  if (!match) return readNumberAfterTitle(doc, draft, from)
  const number = match[1]!
  draft.set('projectNumber', number, { offset: match.index + match[0].indexOf(number), length: number.length })
  const quoted = findQuoted(doc.text.slice(match.index + match[0].length, match.index + match[0].length + 400))[0]
  // A text browser's wrapped lead, read unwrapped, leaves its margin inside the name: squashed.
  if (quoted && quoted.offset <= 2) draft.set('title', squash(quoted.text), { offset: match.index + match[0].length + quoted.offset, length: quoted.text.length })
}

/** A heading is longer than a menu item or a trail's step ("Iekšlietas", "Projekti"). */
const CARD_HEADING_MIN = 31
const CARD_HEADING_MAX = 300

/**
 * The EEA Grants site's project card (2014–2021) names its project in a bare heading right above the
 * labelled facts ("Valsts policijas kapacitātes stiprināšana …" over "Programma: Iekšlietas"), under a
 * menu and a trail copied one item a line: that heading is the title. A line as short as a menu item,
 * a sentence, a label or chrome is none.
 */
function readHeadingOverFacts(doc: Doc, draft: Draft, entries: readonly Entry[]): number {
  const first = entries[0]
  if (!first) return -1
  let above = lineAbove(doc, first.lineIndex)
  // A reader view prints the reading time ("5–6 minūtes") between the heading and the facts.
  if (above >= 0 && isReadingTime(doc.lines[above]!.text.trim())) above = lineAbove(doc, above)
  const line = doc.lines[above]
  if (!line) return -1
  const text = line.text.trim()
  if (text.length < CARD_HEADING_MIN || text.length > CARD_HEADING_MAX || /[.:!?]$/.test(text) || text.includes(': ') || isChromeLine(text) || isBanner(text)) return -1
  draft.set('title', unquote(text), { offset: line.offset + line.text.indexOf(text), length: text.length })
  return line.index
}

/** The index of the last non-blank line above `index` (-1 when there is none). */
function lineAbove(doc: Doc, index: number): number {
  let above = index - 1
  while (above >= 0 && isBlank(doc.lines[above]!.text)) above--
  return above
}

/** "Projekts ir noslēdzies.", "Projekts tiek īstenots.", "The project has been completed.": a sentence of the body saying where the project stands. */
function addStatusSentence(draft: Draft, lines: readonly Line[]): void {
  for (const line of lines) {
    const found = statusSentenceIn(line.text)
    if (found) return void draft.set('status', found.status, { offset: line.offset + found.index, length: found.length })
  }
}

/** "State Probation Service concludes project …": a news headline's subject carries the project out. */
function addHeadlinePromoter(draft: Draft, heading: Line | undefined): boolean {
  if (!heading) return false
  const found = promoterInHeadline(stripChrome(heading.text), heading.offset)
  if (found) draft.set('promoter', cleanOrganisation(found.value), found)
  return found !== null
}

/** 'projektu "…" (Nr. LV08/7)' in the body of a news item. */
function readNumberAfterTitle(doc: Doc, draft: Draft, from: number): void {
  NUMBER_AFTER_TITLE().lastIndex = from
  const match = NUMBER_AFTER_TITLE().exec(doc.text)
  const { title, number } = match?.groups ?? {}
  if (!match || !title || !number) return
  const at = (part: string): number => match.index + match[0].indexOf(part)
  draft.set('projectNumber', number, { offset: at(number), length: number.length })
  // A text browser's wrapped lead, read unwrapped, leaves its margin inside the name: squashed.
  draft.set('title', squash(title), { offset: at(title), length: title.length })
}

/**
 * Where `text` names the promoter ("… īstenotājs - X", "The promoter of the project … is X"). The
 * patterns are case-sensitive and start with their words: no words, no match, and no compiling.
 */
function promoterSentence(text: string): RegExpExecArray | null {
  if (text.includes('īstenotājs')) return PROMOTER().exec(text)
  return text.includes('promoter of the project') ? PROMOTER_ENGLISH().exec(text) : null
}

/** The first paragraph of running text, past the sentence that only names the promoter. */
function firstParagraph(lines: readonly Line[]): { text: string; offset: number } | null {
  const line = lines.find((candidate) => candidate.text.trim().length > 80 && !isChromeLine(candidate.text) && !promoterSentence(candidate.text))
  return line ? { text: line.text.trim().replace(/\s+/g, ' '), offset: line.offset } : null
}
