/**
 * EEA and Norway Grants project pages (eeagrants.org): the title, a "Project facts" block of
 * label/value lines (promoter, number, target groups, status, costs, the grant line, where it
 * is carried out), then "Description" and "Summary of project results" sections.
 * Facts may be empty; an empty one stays empty.
 */
import type { Extractor } from './extractor.js'
import type { Doc } from './doc.js'
import type { Draft, DraftAmount } from './draft.js'
import { IRREVOCABLE_RATES, toEur, type MoneyMatch } from '../normalise/money.js'
import { isLabelLine, readLabelled, type Entry } from './read/labelled.js'
import { isPageNumberLine, isRepeatedLine, isRunningHead, readChrome } from './read/page-top.js'
import { quotedCellsJoined } from './read/quoted-cells.js'
import { joinedOverPageBreaks, unwrapped } from './read/unwrap.js'
import { applyEntries, cleanOrganisation } from './read/entries.js'
import type { LabelKey } from './lexicon/labels.js'
import { addIndicators, addLocations, addPartnerEntry, addPartnersInProse, sectionText } from './read/common.js'
import { promoterInProse } from './read/parties.js'
import { findFunders, type FunderMatch } from './lexicon/funders.js'
import { addFigures, figuresIn, type RoledFigure } from './read/amounts.js'
import { addLabelledDates, addStatedDuration, addStatedPeriod } from './read/dates-in-text.js'
import { statusSentenceIn } from './lexicon/status.js'
import { firstContentLine, isBlank, isChromeLine, isLowerCaseAt, nonSpaceStart, squash, startsWithAsciiLetter, unquote } from './read/text.js'

// A translation tool gives the heading in the reader's language too ("Projekto faktai", "Projekta fakti", "Projekti faktid").
const FACTS = /^\s*(?:project facts|projekto faktai|projekta fakti|projekti faktid)\s*$/i
const FACTS_HEADING_WITHIN = 200
// The 2014-2021 pages add "Project grant" and the partners by side: "Donor project partners",
// "Beneficiary project partners" (some pages), "Other project partners".
const FACT_LABELS =
  /^\s*(?:project promoter|project number|target groups|initial project cost|final project cost|project grant|from (?:eea|norway) grants|(?:donor |other |beneficiary )?project partners?|the project is carried out in|programme|status):?\s*$/i
// A printed or text-mode page may give the facts as "Label: value" lines, without the heading.
// Only the site's own wordings count: other sites' pages say "Project promoter: X" and "Status: Y" too.
const INLINE_FACT =
  /^\s*(?:initial project cost|final project cost|project grant|from (?:eea|norway) grants|(?:donor|other|beneficiary) project partners?|the project is carried out in|programme operator)\s*:\s*\S/i
// The printed page's address: the site's project page.
const SITE_ADDRESS = /^\s*(?:https?:\/\/)?(?:www\.)?eeagrants\.org\/\S*projects?\//i
/** The site's project address anywhere in the text: a browser prints it in a page's header or footer. */
function printedFromSite(text: string): boolean {
  const at = text.indexOf('eeagrants.org/')
  if (at === -1) return false
  const lineStart = text.lastIndexOf('\n', at) + 1
  const lineEnd = text.indexOf('\n', at)
  return SITE_ADDRESS_IN_LINE.test(text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd))
}

/** Words every page of the grants' site holds somewhere: a funder's name, the site's address or its banner. */
const GRANTS_WORDS: readonly string[] = ['EEA', 'Norw', 'NORW', 'eeagrants', 'EØS']

/** Words naming other programmes' project pages (their banners, funds and footers). */
/**
 * The grants named in any language their pages come in ("EEE finansinis mechanizmas", "EEZ finanšu instruments",
 * "Norvegijos", "Norvēģijas", "Norra"): a page that names none of them is another publisher's, even with a
 * "Project facts" heading of its own (a Red Cross or city page).
 */
const GRANTS_WORDS_ANY_LANGUAGE: readonly string[] = [...GRANTS_WORDS, 'EEE', 'EEZ', 'Norv', 'NORV', 'Norr', 'NORR']

const OTHER_PROGRAMME_WORDS: readonly string[] = ['Interreg', 'Central Baltic', 'South Baltic', 'Erasmus', 'ERDF', 'Regional Development Fund']

/** Whether the page names another programme and never the grants. */
function namesOtherProgramme(text: string): boolean {
  return OTHER_PROGRAMME_WORDS.some((word) => text.includes(word)) && !GRANTS_WORDS.some((word) => text.includes(word))
}

const SITE_ADDRESS_IN_LINE = /(?:^|\s)(?:https?:\/\/)?(?:www\.)?eeagrants\.org\/\S*projects?\//i

// The 2004-2009 project database lists its facts without a heading, under "Beneficiary state: Poland"
// (the grants' own word for a receiving country), inline or alone on its line.
const BENEFICIARY_STATE = /^\s*beneficiary states?\s*:/i
// The site's footer headings ("Share this page", "Related content", …) end the last section, also as a
// translation tool gives them ("Dalintis šiuo puslapiu", "Susiję projektai"; "Kopīgot šo lapu"; "Jaga seda lehte").
const SECTION =
  /^\s*(?:(?:project )?description:?|summary of project results|summary of bilateral results|project results|results|share this page|related (?:content|projects|news)|subscribe to our newsletter|dalintis šiuo puslapiu|susiję projektai|kopīgot šo lapu|saistītie projekti|jaga seda lehte|seotud projektid)\s*$/i

export const eeaProjectFacts: Extractor = {
  id: 'eea-project-facts',
  description: 'EEA/Norway Grants project page: title, "Project facts" label block, description and results',

  detect(doc) {
    if (!GRANTS_WORDS_ANY_LANGUAGE.some((word) => doc.text.includes(word))) return 0
    let score = 0
    let labels = 0
    const lines = doc.lines
    for (let index = 0; index < Math.min(80, lines.length); index++) {
      const text = lines[index]!.text
      // Every pattern starts with one of these letters ("project", "target", "initial", "final"/"from", "status", "donor", "other",
      // "http"/"eeagrants"/"www").
      if (!startsWithAsciiLetter(text, 'ptifsdobhew')) continue
      if (FACTS.test(text) || BENEFICIARY_STATE.test(text)) score += 0.5
      else if (index < 5 && SITE_ADDRESS.test(text)) score += 0.3
      else if (isFactLabel(text)) labels++
    }
    // A printed page without the heading: its facts in the site's own wordings, and the site's address in its header or footer.
    if (score === 0 && labels >= 2 && labels < 5 && printedFromSite(doc.text)) score += 0.3
    // A text-mode save may put the site's whole menu, one item a line, above the title: the heading may stand further down.
    if (score === 0) {
      for (let index = 80; index < Math.min(FACTS_HEADING_WITHIN, lines.length); index++) {
        const text = lines[index]!.text
        if (startsWithAsciiLetter(text, 'p') && FACTS.test(text)) return namesOtherProgramme(doc.text) ? 0 : 0.5 + Math.min(labels, 5) * 0.1
      }
    }
    // Another programme's page may have a "Project facts" heading too (Interreg Central Baltic): one that names
    // that programme and never the grants is that programme's.
    if (score + labels > 0 && namesOtherProgramme(doc.text)) return 0
    return score + Math.min(labels, 5) * 0.1
  },

  extract(page, draft) {
    // The database's page pasted into a spreadsheet and saved as text quotes a cell that runs over lines.
    const doc = quotedCellsJoined(page)
    // A printed page gives its address and print time in its header, its address again in its footer.
    readChrome(doc, draft)
    const factsStart = factsBlockStart(doc)
    // A page saved hard-wrapped (a PDF's text, a text-mode browser) breaks names and sentences over lines: the prose is read unwrapped.
    const flat = unwrapped(doc)
    const blockEnd = factsEnd(doc, flat, factsStart)
    readTitle(doc, flat, draft, factsStart.heading, blockEnd)
    const entries = readLabelled(doc, { from: factsStart.first, to: blockEnd })
    applyEntries(draft, entries.filter((entry) => entry.key !== 'partners'))
    // The site writes one partner per line: "Norwegian Directorate for Children, Youth and Family Affairs (Norway)".
    for (const entry of entries) if (entry.key === 'partners') addPartnerEntry(draft, entry, true)
    addFundersOfFacts(draft, entries)
    addNamedFunders(doc, draft)
    // Facts that say nothing of where the project is carried out leave it to the title ("… in Latgale").
    if (!draft.has('locations') && draft.fields.title) addLocations(draft, draft.fields.title, draft.positions.get('title')?.offset ?? 0)

    const sections: number[] = []
    for (let index = 0; index < doc.lines.length; index++) if (isSection(doc.lines[index]!.text) || isFooter(doc.lines[index]!.text)) sections.push(index)
    const description = sections.find((index) => /description/i.test(doc.lines[index]!.text))
    const summaryStart = description !== undefined ? description + 1 : blockEnd
    const summaryEnd = sections.find((index) => index >= summaryStart) ?? doc.lines.length
    const printHeader = printHeaderOf(doc)
    const summary = sectionText(doc, summaryStart, summaryEnd, (text) => !isPrintedPageLine(text, printHeader, doc.text))
    if (summary) draft.set('summary', summary.text, { offset: summary.offset, length: summary.text.length })

    // What stands below the site's closing headings ("Related projects", "Share this page") is about other pages.
    const pageEnd = sections.find((index) => index >= blockEnd && isClosingHeading(doc.lines[index]!.text)) ?? doc.lines.length
    // Archive pages may name the partner on a labelled line below the description ("Project partner: X (Norway)"),
    // and a description copied from the application its period ("Duration: 1 September 2014 - 30 April 2016").
    const below = readLabelled(doc, { from: blockEnd, to: pageEnd })
    for (const entry of below) if (entry.key === 'partners') addPartnerEntry(draft, entry, true)
    if (!draft.has('startDate') && !draft.has('endDate')) applyEntries(draft, below.filter((entry) => entry.key !== null && PERIOD_KEYS.has(entry.key)))
    const proseOffset = doc.lines[blockEnd]?.offset ?? doc.text.length
    // A PDF's page break may cut a sentence ("The project started" / footer, running head / "on 1 April 2008 …").
    const prose = joinedOverPageBreaks(doc, flat).text.slice(proseOffset, doc.lines[pageEnd]?.offset ?? doc.text.length)
    addPartnersInProse(draft, prose, proseOffset)
    if (!draft.has('promoter')) {
      const promoter = promoterInProse(prose, proseOffset)
      if (promoter) draft.set('promoter', cleanOrganisation(promoter.value), promoter)
    }
    // The archive pages say in a sentence what became of the project ("The project was completed in June 2011").
    if (!draft.has('status')) {
      const stated = statusSentenceIn(prose)
      if (stated) draft.set('status', stated.status, { offset: proseOffset + stated.index, length: stated.length })
    }
    addIndicators(draft, doc, blockEnd, pageEnd)
    addProseMoney(doc, flat, draft, blockEnd, pageEnd)
    addLabelledDates(draft, prose, proseOffset)
    addStatedPeriod(draft, prose, proseOffset)
    // "The project will last 2 years": the length said of the project, as the other layouts read it.
    addStatedDuration(draft, prose, proseOffset)
  },
}

/**
 * Money the archive pages state in sentences below facts whose money lines are empty ("The project
 * receives a grant of EUR 1 234 567 from the EEA Grants", "The total eligible cost is estimated at
 * EUR …"). Where the facts give the project's money, figures in the prose are about something else
 * (the programme's budget, money returned, running costs after the project) or say it again.
 * A figure said twice is the same money and is listed once.
 */
function addProseMoney(doc: Doc, flat: Doc, draft: Draft, from: number, to: number): void {
  // A text-mode save breaks a sentence over lines: it is read unwrapped, whole.
  const start = flat.lineAt(doc.lines[from]?.offset ?? doc.text.length)
  const end = to < doc.lines.length ? flat.lineAt(doc.lines[to]!.offset) : flat.lines.length
  if (draft.fields.amounts.length > 0) {
    addProseCostOrCofinancing(flat, draft, start, end)
    return
  }
  // Facts without money: the figures of the sentences, with the roles their words give
  // ("of which the grant … amounts to" over "EUR 855 231" in a PDF's text).
  for (const line of flat.lines.slice(start, end)) {
    if (isBlank(line.text)) continue
    for (const figure of figuresIn(line.text, line.offset)) {
      const { value, currency } = figure.money
      if (!draft.fields.amounts.some((listed) => listed.value === value && listed.currency === currency)) addFigures(draft, [figure])
    }
  }
}

const COST_ROLES: ReadonlySet<string> = new Set(['total_cost', 'budget', 'initial_cost', 'final_cost'])

/**
 * Facts that give only the grant leave the project's cost to the description ("The total eligible
 * cost of the project is EUR 1 689 706, of which …", "The total budget of the project is EEK …"), and
 * facts without a co-financing line leave it there too ("The remaining EUR 450,000 of the project's
 * cost is co-financed from the state budget", "The State budget provides co-financing of LVL 156 500"):
 * a figure of such a role in a sentence about the project (co-financing on the project's page is the
 * project's unless a programme is named), that says no figure of the facts again. The first such
 * figure of each only.
 */
function addProseCostOrCofinancing(doc: Doc, draft: Draft, from: number, to: number): void {
  const listed = draft.fields.amounts
  let wantCost = !listed.some((amount) => COST_ROLES.has(amount.role))
  let wantCofinancing = !listed.some((amount) => amount.role === 'cofinancing')
  for (const line of doc.lines.slice(from, to)) {
    if (!wantCost && !wantCofinancing) return
    if (isBlank(line.text) || (!line.text.includes('cost') && !line.text.includes('financ') && !line.text.includes('budget'))) continue
    const figures = figuresIn(line.text, line.offset)
    for (const figure of figures) {
      const { value, currency } = figure.money
      const cost = wantCost && COST_ROLES.has(figure.role)
      const cofinancing = wantCofinancing && figure.role === 'cofinancing'
      const national = !cost && !cofinancing && PROJECT_MONEY_ROLES.has(figure.role) && isNationalAccount(figure.money, figures, listed, line)
      if ((!cost && !cofinancing && !national) || listed.some((amount) => amount.value === value && amount.currency === currency)) continue
      const sentence = sentenceAround(line.text, figure.money.offset - line.offset)
      if (cost || national ? !isAboutTheProject(sentence) : namesProgramme(sentence)) continue
      addFigures(draft, [figure])
      if (cost) wantCost = false
      else if (cofinancing) wantCofinancing = false
    }
  }
}

const PROJECT_MONEY_ROLES: ReadonlySet<string> = new Set([...COST_ROLES, 'grant', 'cofinancing'])
/** How far a figure in a former national currency may lie from a listed one and still be it again, converted: rounding and a rate of the day. */
const RESTATED_WITHIN = 0.01

/**
 * A figure in a former national currency (LVL, LTL, EEK, SKK, …) beside facts given in euro: the
 * promoter's own account of the project's money ("The total eligible cost of the Project is
 * estimated at LVL 412 860, of which the grant … LVL 350 931"), new money unless it says a
 * listed figure again: beside another figure in brackets ("EUR 690 540 (LTL 2 384 296)"), or
 * worth the same in euro ("Total cost LTL 1 634 430" beside a cost of €473,365).
 */
function isNationalAccount(money: MoneyMatch, figures: readonly RoledFigure[], listed: readonly DraftAmount[], line: { text: string; offset: number }): boolean {
  if (money.currency === 'EUR' || !IRREVOCABLE_RATES.has(money.currency)) return false
  if (figures.some((other) => other.money !== money && isBracketedPair(line, money, other.money))) return false
  const eur = toEur(money.value, money.currency).eur
  if (eur === null) return false
  return !listed.some((amount) => {
    const other = toEur(amount.value, amount.currency).eur
    return other !== null && Math.abs(other - eur) <= other * RESTATED_WITHIN
  })
}

/** Two figures, one right after the other in brackets: "EUR 702 980 (LVL 494 060)". */
function isBracketedPair(line: { text: string; offset: number }, a: MoneyMatch, b: MoneyMatch): boolean {
  const [first, second] = a.offset < b.offset ? [a, b] : [b, a]
  const gapStart = first.offset + first.length - line.offset
  const gapEnd = second.offset - line.offset
  return gapEnd - gapStart <= 3 && BRACKET_GAP.test(line.text.slice(gapStart, gapEnd))
}
const BRACKET_GAP = /^\s?\(\s?$/

/** The sentence of `text` that holds position `at`. */
function sentenceAround(text: string, at: number): string {
  const start = text.lastIndexOf('. ', at) + 1
  const end = text.indexOf('. ', at)
  return text.slice(start, end === -1 ? text.length : end)
}

/** A sentence about the project's own money: it names the project and no programme. */
function isAboutTheProject(sentence: string): boolean {
  return sentence.toLowerCase().includes('project') && !namesProgramme(sentence)
}

/** A sentence that names a programme, whose money is not the project's. */
function namesProgramme(sentence: string): boolean {
  const lower = sentence.toLowerCase()
  return lower.includes('programme') || lower.includes('program ')
}

// On a page without the heading, the facts may start with a label other sites use too.
const INLINE_LABEL = /^\s*(?:project promoter|project number|project partners?|status)\s*:\s*\S/i

const PERIOD_KEYS: ReadonlySet<LabelKey> = new Set(['duration', 'startDate', 'endDate'])

/** A fact's label alone on its line ("Project promoter:") or with its value ("Project number: EE-LOCALDEV-0014"). */
function isFactLabel(text: string): boolean {
  return FACT_LABELS.test(text) || INLINE_FACT.test(text)
}

/**
 * Where the facts are: the "Project facts" heading (`heading`) and the line after it (`first`), or,
 * on a project database page without that heading, its "Beneficiary state:" line (both), or on a
 * printed page without either, its first fact label (both). A page with none starts at the top.
 */
function factsBlockStart(doc: Doc): { heading: number; first: number } {
  const heading = doc.lines.findIndex((line) => startsWithAsciiLetter(line.text, 'p') && FACTS.test(line.text))
  if (heading !== -1) return { heading, first: heading + 1 }
  const state = doc.lines.findIndex((line) => startsWithAsciiLetter(line.text, 'b') && BENEFICIARY_STATE.test(line.text))
  if (state !== -1) return { heading: state, first: state }
  const label = doc.lines.slice(0, 80).findIndex((line) => startsWithAsciiLetter(line.text, 'ptifsdo') && (isFactLabel(line.text) || INLINE_LABEL.test(line.text)))
  return label !== -1 ? { heading: label, first: label } : { heading: 0, first: 0 }
}

// "Project: Therapeutic community …", "Title: Prevention of …": the database's prefix is no part of the title.
const PROJECT_PREFIX = /^(?:project|title)\s*:\s*/i

/**
 * The title is the content line right above the facts block (site chrome may stand above it), or on
 * a database page a "Project: X" or "Title: X" line among its facts. A text-mode browser wraps a long one: a line
 * starting in lower case goes on from the line above, as does one under a line that ends in a word
 * no title ends with, or one the page's wrap joins to it.
 */
function readTitle(doc: Doc, flat: Doc, draft: Draft, factsAt: number, factsEnd: number): void {
  const inFacts = doc.lines.slice(factsAt, factsEnd).findIndex((line) => startsWithAsciiLetter(line.text, 'pt') && PROJECT_PREFIX.test(line.text.trimStart()))
  let first: number
  let last: number
  if (inFacts !== -1) {
    first = last = factsAt + inFacts
    while (last + 1 < factsEnd && goesOnFrom(doc, last + 1) && !isLabelLine(doc.lines[last + 1]!.text)) last++
  } else {
    last = doc.lines.slice(0, factsAt).findLastIndex((candidate) => candidate.text.trim() && !isChromeLine(candidate.text))
    if (last === -1) return
    first = last
    while (first > 0 && (goesOnFrom(doc, first) || wrapsInto(doc, flat, first))) first--
  }
  const line = doc.lines[first]!
  const end = doc.lines[last]!.offset + doc.lines[last]!.text.trimEnd().length
  const start = line.offset + nonSpaceStart(line.text)
  const trimmed = doc.text.slice(start, end)
  const prefix = PROJECT_PREFIX.exec(trimmed)?.[0].length ?? 0
  const title = unquote(squash(trimmed.slice(prefix)))
  draft.set('title', title || null, { offset: start + prefix, length: trimmed.length - prefix })
}

/**
 * Line `index` goes on from the line above in `flat`, the page unwrapped: a text-mode browser broke a
 * long title at its width, before a capitalised word too ("… families in the Podkarpackie" over "Voivodeship").
 */
function wrapsInto(doc: Doc, flat: Doc, index: number): boolean {
  if (flat === doc) return false
  const offset = doc.lines[index]!.offset
  return flat.lines[flat.lineAt(offset)]!.offset < offset
}

/** Line `index` goes on with the title on the line above it: no blank line between, and a lower-case start or a joining word before it. */
function goesOnFrom(doc: Doc, index: number): boolean {
  const text = doc.lines[index]!.text
  const above = doc.lines[index - 1]!.text
  return !isBlank(above) && !isBlank(text) && (isLowerCaseAt(text, nonSpaceStart(text)) || endsWithJoiningWord(above))
}

// A title does not end with one of these: a line that does was broken before the title's last words
// ("… substance use in" over "Šiauliai district").
const JOINING_WORDS: ReadonlySet<string> = new Set(['of', 'in', 'and', 'for', 'the', 'to', 'with', 'on', 'a', 'an', 'at', 'by', 'from', 'against', 'among', 'through', 'into', 'or'])

/** The line's last word is one a title cannot end with. */
function endsWithJoiningWord(text: string): boolean {
  const trimmed = text.trimEnd()
  return JOINING_WORDS.has(trimmed.slice(trimmed.lastIndexOf(' ') + 1))
}

/**
 * "Source of funding:" over "Norway Grants": the facts' own line naming who paid, which on a page
 * that stacks each value on its own line looks like the site's logo line (see addNamedFunders).
 */
function addFundersOfFacts(draft: Draft, entries: readonly Entry[]): void {
  for (const entry of entries) {
    if (entry.key !== 'measure') continue
    for (const line of entry.lines) {
      for (const match of findFunders(line.text)) {
        if (!draft.fields.funders.includes(match.funder)) draft.add('funders', match.funder, { offset: line.offset + match.offset, length: match.length })
      }
    }
  }
}

/**
 * Funders the page names in its facts and prose. The site's logos, menu and footer ("EEA Grants",
 * "Norway Grants", "© EEA Grants", "EEA Grants | Norway Grants" on a line of their own) name both
 * grants on every page, so a funder's name on a line of nothing but such names says nothing of
 * this project.
 */
function addNamedFunders(doc: Doc, draft: Draft): void {
  const text = doc.text
  const matches = findFunders(text)
  // The matches come in document order: one walk takes them line by line.
  for (let first = 0; first < matches.length; ) {
    const lineStart = text.lastIndexOf('\n', matches[first]!.offset - 1) + 1
    let lineEnd = text.indexOf('\n', matches[first]!.offset)
    if (lineEnd === -1) lineEnd = text.length
    let end = first
    while (end < matches.length && matches[end]!.offset < lineEnd) end++
    const line = matches.slice(first, end)
    if (!isBrandingLine(text, lineStart, lineEnd, line)) {
      // "© 2017 EEA Grants | Norway Grants": names run on from the site's mark are the site's too.
      let markEnd = -1
      for (const match of line) {
        const runsOn = markEnd !== -1 && BRANDING_GAP.test(text.slice(markEnd, match.offset))
        if (runsOn || isSiteMark(text, lineStart, lineEnd, match, draft.fields.title)) {
          markEnd = match.offset + match.length
          continue
        }
        markEnd = -1
        if (!draft.fields.funders.includes(match.funder)) draft.add('funders', match.funder, { offset: match.offset, length: match.length })
      }
    }
    first = end
  }
}

// "© EEA Grants 2024", "Copyright © 2009 EEA Grants": the site's copyright, whatever else its footer line holds;
// a text-mode browser writes the sign as "(c)".
const COPYRIGHT_BEFORE = /(?:©|\([cC]\))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?$/
// "… pupils in Šiauliai county | EEA Grants": the site's name after a page's title, as a browser's tab shows it.
const SITE_NAME_AFTER = /\s[|–-]\s*$/
/** How much of the title a printed tab title must repeat: browsers cut long ones short ("… in Šiauliai c…"). */
const TAB_TITLE_PREFIX = 20

// "a copy of the EEA and Norway Grants project page", "on the EEA Grants website": the grants' name
// as the site's, which every page of the site carries, not as this project's funder.
const SITE_NOUN_AFTER = /^\s(?:project )?(?:website|web site|web page|webpage|site|page|portal|database)\b/i
const SITE_NOUN_REACH = 24

// A browser's print header starts with the print date: "12/02/2012   Project details | EEA Grants".
const PRINT_DATE_FIRST = /^\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b/

/**
 * The site's own name on a line that is no logo line: after a copyright sign, or after a page's
 * title in the tab title a browser prints in its header ("03/12/2026 10:41  Title | EEA Grants",
 * "12/02/2012  Project details | EEA Grants"), or that title elsewhere.
 */
function isSiteMark(text: string, lineStart: number, lineEnd: number, match: FunderMatch, title: string | null): boolean {
  const before = text.slice(lineStart, match.offset)
  if ((before.includes('©') || before.includes(')')) && COPYRIGHT_BEFORE.test(before)) return true
  const after = match.offset + match.length
  if (SITE_NOUN_AFTER.test(text.slice(after, Math.min(lineEnd, after + SITE_NOUN_REACH)))) return true
  if (match.funder !== 'EEA Grants' || !SITE_NAME_AFTER.test(before)) return false
  if (text.slice(match.offset, match.offset + match.length) !== 'EEA Grants' || text.slice(match.offset + match.length, lineEnd).trim()) return false
  return PRINT_DATE_FIRST.test(before) || (title !== null && before.includes(title.slice(0, TAB_TITLE_PREFIX)))
}

/**
 * Nothing but the funder names `matches` on text[lineStart, lineEnd), between spaces, separators, a
 * copyright sign or a year, and perhaps the name of the site's part after them ("EEA Grants - Project database").
 */
function isBrandingLine(text: string, lineStart: number, lineEnd: number, matches: readonly FunderMatch[]): boolean {
  let at = lineStart
  for (const match of matches) {
    if (match.offset > at && !BRANDING_GAP.test(text.slice(at, match.offset))) return false
    at = Math.max(at, match.offset + match.length)
  }
  const tail = text.slice(at, lineEnd)
  return BRANDING_GAP.test(tail) || SITE_PART.test(tail)
}

// A text-mode browser shows the logos by their names in brackets, "[EEA Grants] [Norway Grants]",
// or by their images' names, lynx numbering the links: "[2]EEA Grants logo [3]Norway Grants logo";
// lynx's first line lists the page's feeds: "#[1]EEA Grants RSS feed". A print header's date and time may
// stand before the name in any notation ("12.03.2010 14:22   EEA Grants - Project database").
// The footer's heading names both grants joined by a word: "EEA Grants and Norway Grants".
const BRANDING_GAP = /^(?:[\s©\d|/.:·•&+#[\]-]|\band\b|\blogo\b|\brss(?: feed)?\b)*$/i
// The 2004-2009 site's page heading, "EEA Grants - Project database", or the footer's links after the
// site's names: "EEA Grants | Norway Grants | Contact | Privacy", or with w3m's gaps of spaces for bars
// ("EEA Grants   Norway Grants   Contact   Privacy").
const SITE_PART = /^\s*(?:(?:[-–|:]|\s{3})\s*(?:project database|projects)|(?:(?:[|·•]|\s\s)\s*(?:contact(?: us)?|privacy(?: policy)?|cookies?(?: policy)?|sitemap|accessibility|terms of use|legal notice|disclaimer)\s*)+)\s*$/i

/** A section or footer heading; every one starts with "description", "summary", "share", "subscribe", "project", "results", "related" (or a translation's "kopīgot", "jaga"). */
function isSection(text: string): boolean {
  return startsWithAsciiLetter(text, 'dsprkj') && SECTION.test(text)
}

// Headings after which the site lists other pages: related projects and news, sharing, the newsletter.
const CLOSING =
  /^\s*(?:share this page|related (?:content|projects|news)|subscribe to our newsletter|dalintis šiuo puslapiu|susiję projektai|kopīgot šo lapu|saistītie projekti|jaga seda lehte|seotud projektid)\s*$/i

/** A closing heading of the site (one of the section headings, so only those are tested). */
function isClosingHeading(text: string): boolean {
  return CLOSING.test(text)
}

// The archive's footer: "© 2009 EEA Grants", "Print this page | Send to a friend", "Back to project list"
// or "Back to projects"; lynx numbers the links ("[6]Back to project list"). The share links under a
// 2014-2021 page's description: "Share: [13]Facebook [14]Twitter". The mobile site's "Back to top ↑" over its footer.
const FOOTER =
  /^\s*(?:\[\d+\])?(?:©|print this page\b|send to a friend\b|back to (?:top\b|(?:the )?(?:project )?(?:list|projects)\b)|share(?: this page)?\s*:\s*(?:\[\d+\])?(?:facebook|twitter|linkedin|e-?mail)\b)/i

/** A footer line of the site, which ends the description as a footer heading does; so does the list of links lynx adds ("References"). */
function isFooter(text: string): boolean {
  if (startsWithAsciiLetter(text, 'psb') || text.trimStart().startsWith('[')) return FOOTER.test(text)
  return text.trimStart().startsWith('©') || text.trimEnd() === 'References'
}

/**
 * The line a browser prints at the top of every page ("07/12/2026   Title | EEA Grants"): the
 * document's first line when it starts with the print date. Null for a page without one.
 */
function printHeaderOf(doc: Doc): string | null {
  const first = doc.lines[firstContentLine(doc.lines, 0)]?.text.trim()
  const code = first?.charCodeAt(0) ?? 0
  return first && code >= 48 && code <= 57 ? first : null
}

/** A printed page's own line inside a section: its running head ("https://eeagrants.org/…   1/2"), the print header again, a page number ("Page 1 of 2"), or a line of two parts far apart the print repeats (its head, its footer). */
function isPrintedPageLine(text: string, printHeader: string | null, whole: string): boolean {
  const trimmed = text.trim()
  return trimmed === printHeader || isRunningHead(trimmed) || isPageNumberLine(trimmed) || (trimmed.includes('   ') && isRepeatedLine(whole, trimmed))
}

/**
 * The facts block ends at the first section heading or the first line of running prose, told in
 * `flat`, the page unwrapped: a PDF's text or a text-mode save breaks a description without its
 * heading into short lines. The database's facts under "Beneficiary state:" stand together, so
 * there a blank line ends them too.
 */
function factsEnd(doc: Doc, flat: Doc, start: { heading: number; first: number }): number {
  if (start.first >= doc.lines.length) return doc.lines.length
  const database = start.heading === start.first && BENEFICIARY_STATE.test(doc.lines[start.first]!.text)
  for (let index = flat.lineAt(doc.lines[start.first]!.offset); index < flat.lines.length; index++) {
    const text = flat.lines[index]!.text
    if (isSection(text) || text.length > 200 || (database && isBlank(text))) return doc.lineAt(flat.lines[index]!.offset)
  }
  return doc.lines.length
}
