/**
 * Any project page of no known layout: what such pages state in labelled lines or plain
 * sentences — a title, dates and periods, money with roles, a project code, promoter,
 * partners, status. Nothing is guessed: a fact the text does not state stays empty.
 */
import type { Extractor } from './extractor.js'
import type { Doc, Line } from './doc.js'
import type { Draft, DraftAmount } from './draft.js'
import { entryOffset, entryValue, isFactRow, readLabelled, type Entry } from './read/labelled.js'
import { inlineLabelOf, labelOf, type LabelKey } from './lexicon/labels.js'
import { addLeadParties, addMoreInformationContacts, addSignatureContact, applyEntries, cleanOrganisation } from './read/entries.js'
import { addFigures, figuresIn, namesAnotherProject, type RoledFigure } from './read/amounts.js'
import { addLeadStatus, addFunders, addIndicators, addLocations, addObjectiveInProse, addPartnersInProse, addPlacesListedInProse, widenTitlePlaces } from './read/common.js'
import { addLabelledDates, addStatedDuration, addStatedPeriod } from './read/dates-in-text.js'
import { isSameParty, namesOrganisation, promoterInProse, promoterResponsibleForContent, type Named } from './read/parties.js'
import { isLeadRole, partyTableRows, type PartyRow } from './read/party-table.js'
import { countryOfName, CROSS_BORDER_PROGRAMME_CODE } from '../normalise/countries.js'
import { namesProject, partiesInLead, promoterInHeadline, WON_CALL_LEAD_VERB } from './read/leads.js'
import { findQuoted, firstContentLine, isBlank, isLowerCaseAt, isUpperCaseAt, squash, stripChrome, unquote, wrappedHeading, type Quoted } from './read/text.js'
import { statusOfDates, statusPhraseIn, statusSentenceIn } from './lexicon/status.js'
import { addStatusOfTrail, endsTrailAbove, isBreadcrumb, isLogoRow, isPostDateLine, isPrintHeader, isReaderAddress, isReportCover, isStateSiteBanner, isStructuralFundsSiteName, isTeaserList, isUnderProjects, minutesHeadingEnd, pastReadingTime, postDateLineUnder, readChrome, readPublishedDate, RELATED_NEWS, withoutClockTime } from './read/page-top.js'
import { parseDate } from '../normalise/dates.js'
import { unwrapped } from './read/unwrap.js'
import { withEmptyLabelRows, withWrappedValues } from './read/wrapped.js'
import { listsProjectsInTable, projectRowEntries, withRowEntries, withStackedHeaderRow } from './read/project-list.js'
import { framedView } from './read/framed-rows.js'
import { spokenRolesBlanked } from './read/spoken-roles.js'
import { linkTargetsBlanked } from './read/link-targets.js'
import { quotedCellsJoined } from './read/quoted-cells.js'
import { placeOpeningHeadline } from './read/places.js'
import { addSourceTableAmounts, fundingListRole } from './read/source-table.js'
import { figureFirstIndicator, indicatorOf } from './read/lists.js'
import { columnIndicator, tableIndicators } from './read/indicator-table.js'
import { withHeadingCurrency } from './read/unit-label.js'
import { CAMPAIGN, CAMPAIGN_IN_QUOTES, CAMPAIGN_LEAD_VERB, CAMPAIGN_RUNS, isCampaignPage } from './read/campaign.js'
import { lazyPattern } from '../normalise/lazy-pattern.js'

// EEA/Norway Grants codes are distinctive enough to read without a label: 2009–2014 "LT11-0031",
// 2014–2021 "EE-INTERNAL-0002" (the state, the programme's word, the number).
const GRANT_CODE = /\b(?:BG|CY|CZ|EE|GR|HR|HU|LT|LV|MT|PL|PT|RO|SI|SK|ES)(?:\d{2}|-[A-Z]{3,15})-\d{4}\b/
// A short code as headings write it between "Project" and the name: "LV 0080", "LLI-512", "EE0034".
const HEADING_CODE = String.raw`[A-Z]{2,4}[ -]?\d{1,4}(?:[/-]\d{1,4})?`
// Words that say the quoted name after them is the project's: "Проект называется «…»", "project called "…"".
const NAMING_WORDS = '(?:называется|назывался|под названием|с названием|называемый|called|named|entitled)'
// The code may stand between the word and the name: "projekts LV 0080 „…”", "projektu LLI-512 „…”", "project No. 9.2.4.1/16/I/001 "…"",
// "проект № LV0137 «…»"; or a word that says it is the name: "Проект называется «…»", "project called "…"".
const PROJECT_IN_QUOTES = lazyPattern(() => new RegExp(String.raw`(?<![\p{L}])(?:projekt\p{L}{0,3}|projet|project|проект\p{L}{0,3})\s+(?:(?:${HEADING_CODE}|(?:(?:Nr|No)\.|№)\s?[\w./-]{3,40})\s+)?(?:${NAMING_WORDS}\s+)?(?=[„“"«])`, 'iu'))
// Interreg cross-border codes: Latvia–Lithuania (LLIV-318, LLI-512), Estonia–Latvia (Est-Lat62), Central Baltic (CB799),
// South Baltic (STHB.03.01.00-PL-0054/16).
const CROSS_BORDER_CODE = lazyPattern(() => new RegExp(String.raw`\b(?:${CROSS_BORDER_PROGRAMME_CODE}|CB\d{3})\b`))
const CROSS_BORDER_WORDS: readonly string[] = ['LLI', 'Est-Lat', 'EstLat', 'CB', 'STHB']
const CODE_BEFORE_NAME = lazyPattern(() => new RegExp(String.raw`(?<=\s)${HEADING_CODE}(?=\s)`))
const NAMED_HEADING = /^(?:Project|Projekts|Projektas|Projekt|Projekti)(?::|\s[–—-])\s+/
// "projektu Nr. 9.2.4.1/16/I/001", "(No. ISF/2021/1.2.3/02)", "Projekta līguma Nr. 2015.EEZ/PP/2/MAC/038"
// (the project's contract number), "projekto kodas Nr. 08.4.2-ESFA-R-630-02-0011" (an EU funds' code):
// a code of parts after the number sign.
// "(проект № 2017-2-LT02-KA105-005214)": a Russian page's number sign.
const NUMBERED_CODE = lazyPattern(() => /(?:\(|[Pp]rojekt\S{0,3}\s(?:līguma\s|kod\p{L}{1,3}\s|kood\p{L}{0,2}\s)?|[Pp]roject\s(?:code\s)?|[Пп]роект\p{L}{0,3}\s)(?:(?:Nr|No)\.|№)\s?([A-Za-z0-9]+(?:[./-][A-Za-z0-9]+)+)/u)

/** Facts whose "Label: value" line a PDF's text may wrap onto the next lines. */
const WRAPPING: ReadonlySet<LabelKey> = new Set(['objective'])

/** "7. Projekto uždaviniai:": a form's next point is no part of the value above it. */
function isNumberedPoint(text: string): boolean {
  return SECTION_NUMBER.test(text.trimStart())
}

export const generic: Extractor = {
  id: 'generic',
  description: 'Any other page: labelled facts, dates, money with roles, promoter and partners stated in the text',

  detect() {
    return 0
  },

  extract(page, draft) {
    // A hard-wrapped page is read with its paragraphs on one line each (offsets are unchanged).
    // A two-column table saved with its frame (pipes, box lines) reads as the tab table it was.
    // A page saved with its links' targets after their words ("Jaunumi <https://…>") is read without them.
    // A screen reader's copy is read without the roles it says before each line ("link Home").
    const doc = unwrapped(framedView(linkTargetsBlanked(spokenRolesBlanked(quotedCellsJoined(page)))))
    // A list of news teasers speaks of several projects, none of which is the page's.
    if (isTeaserList(doc) && !statesProjectFacts(doc)) {
      readChrome(doc, draft)
      draft.note('warning', 'missing-title', 'a list of articles names no one project')
      draft.note('warning', 'no-project-facts', 'a list of articles ("read more" under each) is not one project: its facts were not read')
      return
    }
    if (listsProjectsInTable(doc)) {
      readChrome(doc, draft)
      draft.note('warning', 'missing-title', 'a table of several projects names no one project')
      draft.note('warning', 'no-project-facts', 'a table of several projects (one per row) is not one project: its facts were not read')
      return
    }
    const { body, headlinePromoter, headline } = readTop(doc, draft)
    const partyRows = partyTableRows(doc)
    const entries = withHeadingCurrency(doc, withoutPartyRows(withProjectRow(doc, beneficiariesAsPartners(readLabelled(doc, { from: body }))), partyRows))
    // "Projekto pavadinimas: …" under a heading (a body's name over a printed form): the label states the title.
    if (entries.some((entry) => entry.key === 'title')) draft.clear('title')
    const wrapped = withWrappedValues(doc, entries, WRAPPING, isNumberedPoint)
    applyEntries(draft, withEmptyLabelRows(doc, wrapped))
    preferLabelledTitle(draft, entries)
    const consumed = doc.linesOf(entries)
    // "Projekta Nr. 1DP/…" alone on a line under the heading is a fact, not the lead under it.
    // The links to other news under the article ("Related news", "Другие новости") are no part of it.
    const prose = withoutNumberLineFirst(doc.lines.slice(body, relatedNewsAt(doc, body)).filter((line) => !consumed.has(line.index) && !isBlank(line.text)))
    // "6. Budget: The total costs of the project are LVL 12 480,00 …": the prose says the facts' figures again.
    const stated = draft.fields.amounts.slice()
    // The links to other news under an article ("Связанные новости" over "Эстония получит 630 миллионов
    // крон …") speak of other money: the figures end at their heading.
    for (const line of prose) {
      if (line.text.length <= 40 && RELATED_NEWS.test(line.text)) break
      // "Финансирование:" over "Департамент …      LTL 30 000": a row of the money's sources says its role.
      // "софинансирование … Ls 2850,00 (10%)" and, in the decision's point 2, "… в размере Ls 2850,00": the
      // same money, its role and sum said again in a later paragraph, is listed once (the line's own
      // figures are added after the filter, so it compares with the earlier lines' only).
      // "… įgyvendino projektą „Y“, kurio vertė buvo 22 000 Lt": a sentence on another project speaks of its money.
      const own = (figure: RoledFigure): boolean => !namesAnotherProject(sentenceAround(line.text, figure.money.offset - line.offset), draft.fields.title)
      addFigures(draft, figuresIn(line.text, line.offset, fundingListRole(doc, line.index)).filter((figure) => !restates(stated, figure) && !repeats(draft.fields.amounts, figure) && own(figure)))
    }
    addSourceTableAmounts(doc, draft)
    addLabelledDates(draft, doc.text)
    addStatedPeriod(draft, doc.text)
    addStatedDuration(draft, doc.text)
    // Whether the page is a campaign's is asked at most once (it lower-cases the whole text).
    let campaignPage: boolean | undefined
    const isCampaign = (): boolean => (campaignPage ??= isCampaignPage(doc.text))
    if (!draft.has('startDate') && !draft.has('endDate') && isCampaign()) addStatedPeriod(draft, doc.text, 0, CAMPAIGN, CAMPAIGN_RUNS)
    readStatus(doc, draft, body, prose[0])
    readCode(doc, draft)
    addPartyTable(draft, partyRows)
    if (!draft.has('promoter')) {
      // "Projektu īstenoja X" in the text names who carried it out; a headline's subject may only announce it.
      const promoter = promoterInProse(doc.text)
      if (promoter) draft.set('promoter', cleanOrganisation(promoter.value), promoter)
      else if (headlinePromoter && !(prose[0] && leadNamesInFull(headlinePromoter.value, prose[0]))) draft.set('promoter', headlinePromoter.value, headlinePromoter)
      else if (prose[0]) addLeadParties(draft, prose[0])
      // "MTÜ X korraldas … kampaania „…“": who held the campaign a page is about.
      if (!draft.has('promoter') && prose[0] && isCampaign()) addLeadParties(draft, prose[0], true, CAMPAIGN_LEAD_VERB)
      // "X laimėjo … konkursą. Lėšos skirtos projektui „…“": who won the call the project is funded from.
      if (!draft.has('promoter') && prose[0] && namesProject(prose[0].text)) addLeadParties(draft, prose[0], true, WON_CALL_LEAD_VERB())
      // A footer "Projekta saturs ir biedrības „X” atbildība": the body the funder holds to account.
      if (!draft.has('promoter')) {
        const responsible = promoterResponsibleForContent(doc.text)
        if (responsible) draft.set('promoter', responsible.value, responsible)
      }
    }
    // "Biedrība „X” - jauniešu centrs" over "… plkst. 11:32 · 🌍": a post's author, when its post says "we".
    if (!draft.has('promoter') && headline) addPostAuthor(doc, draft, headline)
    // A headline's promoter may be a short form of the name the lead writes in full.
    if (prose[0]) fullerPromoterInLead(doc, draft, prose[0])
    if (prose[0]) fullerTitleInLead(draft, prose[0])
    if (prose[0]) titleInLeadCase(draft, prose[0])
    addPageFunders(draft, doc, body)
    addPartnersInProse(draft, doc.text)
    addIndicators(draft, doc, body)
    // "Daugiau informacijos: projekto koordinatorė X, tel. …": the contact a news page names for more information.
    addMoreInformationContacts(draft, doc.text)
    // "Pagarbiai" / "Laura Petrauskaitė" / … / "Tel. …": the person who signs a letter.
    addSignatureContact(draft, doc.text)
    // "Projekta mērķis ir …": the objective a sentence states, when no label gave one.
    addObjectiveInProse(draft, doc.text.slice(doc.lines[body]?.offset ?? doc.text.length), doc.lines[body]?.offset ?? doc.text.length)
    if (draft.fields.indicators.length === 0) addResultLines(draft, doc, body)
    // A report's results table ("Indicator   Value" over one row an indicator), as on the UNODC layout's reports.
    if (draft.fields.indicators.length === 0) for (const row of tableIndicators(doc)) draft.add('indicators', row.indicator, { offset: row.offset, length: row.length })
    if (draft.fields.title) addTitleCountry(draft, draft.fields.title)
    if (!draft.has('locations') && draft.fields.title) {
      addLocations(draft, draft.fields.title, draft.positions.get('title')?.offset ?? 0)
      if (draft.has('locations')) widenTitlePlaces(draft, prose)
    }
    if (!draft.has('locations')) addPlacesListedInProse(draft, prose)
    // "Цель проекта – …" as a labelled paragraph: the prose the label took in lists places too.
    if (!draft.has('locations')) addPlacesListedInProse(draft, describingLines(wrapped))
    if (!draft.has('locations') && headline) addHeadlinePlace(draft, headline)
    // A title quoted over a text browser's joined lines keeps their margin inside it.
    const title = draft.fields.title
    if (title && squash(title) !== title) draft.replace('title', squash(title), draft.positions.get('title')!)
    const summary = longestLine(prose.filter((line) => !isContentDisclaimer(line.text)), 200)
    if (summary) draft.set('summary', squash(summary.text), { offset: summary.offset, length: summary.text.length })
    if (!hasFacts(draft)) draft.note('warning', 'no-project-facts', 'no project facts were found in this text; the record holds what could be read')
  },
}

/**
 * The funders the page names. A national grants site's banner ("EEE ir Norvegijos finansiniai
 * mechanizmai Lietuvoje", "EMP ja Norra toetused Eestis"), a trail through the site's sections and
 * the tab's title in a print header name the site's funders, not the project's, and so do the name of
 * a structural funds site and a footer's row of the funds' logos: they count only when the rest of the
 * page names none.
 */
function addPageFunders(draft: Draft, doc: Doc, body: number): void {
  const siteLines = doc.lines.filter((line, index) => (index < body ? namesTheSite(line.text.trim()) || isPrintHeader(line.text.trim(), line.index) : isLogoRow(line.text)))
  if (siteLines.length === 0) return addFunders(draft, doc.text)
  // Blanked to the same length, so every offset read is still the page's.
  let text = doc.text
  for (const line of siteLines) text = text.slice(0, line.offset) + ' '.repeat(line.text.length) + text.slice(line.offset + line.text.length)
  addFunders(draft, text)
  // Only a page that names no funder below its header is taken at its header's word.
  if (draft.fields.funders.length === 0) addFunders(draft, doc.text)
}

function namesTheSite(text: string): boolean {
  return text.length > 0 && (isBreadcrumb(text) || isStateSiteBanner(text) || isStructuralFundsSiteName(text))
}

/**
 * One project's facts laid out across a header row and one row of cells: each cell read under its
 * header's label, instead of what the line reader made of the two lines.
 */
function withProjectRow(doc: Doc, entries: Entry[]): Entry[] {
  const across = projectRowEntries(doc)
  return across.length === 0 ? withStackedHeaderRow(entries) : withRowEntries(doc, entries, across)
}

/**
 * A "Partners" heading over a party table: its rows ("Valka Municipality Council | Latvia | Partner")
 * are read cell by cell from the table, so the heading's list keeps only lines that are no rows.
 */
function withoutPartyRows(entries: Entry[], rows: readonly PartyRow[]): Entry[] {
  if (rows.length === 0) return entries
  return entries.flatMap((entry) => {
    if (entry.key !== 'partners') return [entry]
    const lines = entry.lines.filter((line) => !line.text.includes('|'))
    if (lines.length === entry.lines.length) return [entry]
    return lines.length > 0 ? [{ ...entry, lines }] : []
  })
}

/**
 * Interreg pages name the promoter "Lead beneficiary" and its partners "Beneficiaries": under a
 * lead beneficiary, the beneficiaries (elsewhere a target group) are the partners.
 */
function beneficiariesAsPartners(entries: Entry[]): Entry[] {
  if (!entries.some((entry) => entry.key === 'promoter' && /^lead beneficiary/i.test(entry.label))) return entries
  return entries.map((entry) => (entry.key === 'targetGroups' && /^beneficiaries/i.test(entry.label) ? { ...entry, key: 'partners' } : entry))
}

/**
 * "Projekta nosaukums:" / "Project title:" names the project itself: it wins over the line on top,
 * which may be the site's name or a news headline that chrome reading could not tell apart.
 */
function preferLabelledTitle(draft: Draft, entries: readonly Entry[]): void {
  const entry = entries.find((candidate) => candidate.key === 'title')
  if (!entry || draft.positions.get('title')?.offset === entryOffset(entry)) return
  const value = unquote(entryValue(entry))
  if (value) draft.replace('title', value, { offset: entryOffset(entry), length: entryValue(entry).length })
}

const ARTICLES = new Set(['The', 'A', 'An'])

// What goes on after a short title in its full form: a subtitle after a colon or a dash.
const SUBTITLE_AFTER = /^\s*[:–—-]\s+\S/

/**
 * A heading gives the short form of the title the lead quotes in full (Project "X" over
 * 'implementing the project "X: doing Y"'): the full one is the title, the short one another.
 */
function fullerTitleInLead(draft: Draft, lead: Line): void {
  const title = draft.fields.title
  const position = draft.positions.get('title')
  if (!title || !position || position.offset >= lead.offset || !lead.text.includes(title)) return
  for (const quoted of findQuoted(lead.text)) {
    const full = squash(quoted.text)
    if (!full.startsWith(title) || !SUBTITLE_AFTER.test(full.slice(title.length))) continue
    draft.replace('title', full, { offset: lead.offset + quoted.offset, length: quoted.text.length })
    if (!draft.fields.alternativeTitles.includes(title)) draft.add('alternativeTitles', title, position)
    return
  }
}

/**
 * "ПРОЕКТ «НОЧНОЙ ДОЗОР» ЗАВЕРШЁН!" over "… реализовал проект «Ночной дозор» …": a headline set in capitals
 * quotes the name the lead writes in its own case; the lead's spelling is the title.
 */
function titleInLeadCase(draft: Draft, lead: Line): void {
  const title = draft.fields.title
  const position = draft.positions.get('title')
  if (!title || !position || position.offset >= lead.offset || title !== title.toUpperCase() || title === title.toLowerCase()) return
  for (const quoted of findQuoted(lead.text)) {
    const name = squash(quoted.text)
    if (name === title || name.toUpperCase() !== title) continue
    draft.replace('title', name, { offset: lead.offset + quoted.offset, length: quoted.text.length })
    return
  }
}

/**
 * "Kaunas launches …" over "Kaunas City Municipality Administration, together with Y, has started
 * the project …": the lead's subject is the body the headline names by its first words, in full,
 * and it names the partners too.
 */
function leadNamesInFull(headlinePromoter: string, lead: Line): boolean {
  if (leadSpellsOutAcronym(headlinePromoter, lead)) return true
  const first = lead.text.slice(0, lead.text.indexOf(' ') + 1)
  if (!first || !(first === `${headlinePromoter} ` || isCaseFormOf(first.trimEnd(), headlinePromoter))) return false
  const promoter = partiesInLead(lead.text)?.promoter.value
  return promoter !== undefined && promoter.length > first.length && promoter.startsWith(first)
}

// A body's acronym: two to eight capitals ("SPKC", "NTAKD", "TAI").
const BODY_ACRONYM = lazyPattern(() => /^\p{Lu}{2,8}$/u)

/**
 * "SPKC un Valsts policija uzsāk …" over "Slimību profilakses un kontroles centrs (SPKC) uzsāk …":
 * the headline opens with an acronym the lead's subject spells out, so the lead names the promoter
 * (the headline may join its partner to it).
 */
function leadSpellsOutAcronym(headlinePromoter: string, lead: Line): boolean {
  const space = headlinePromoter.indexOf(' ')
  const acronym = space < 0 ? headlinePromoter : headlinePromoter.slice(0, space)
  if (!lead.text.includes(`(${acronym})`) || !BODY_ACRONYM().test(acronym)) return false
  const promoter = partiesInLead(lead.text)?.promoter.value
  return promoter !== undefined && promoter.endsWith(`(${acronym})`)
}

/**
 * "Tallinn alustab …" over "Tallinna Haridusamet alustas …", "Kaunas" over "Kauno miesto …": the
 * lead names a body of the headline's town, the town's name in the genitive; a one-word name
 * differs from its case form at most in its last two letters.
 */
function isCaseFormOf(word: string, name: string): boolean {
  if (name.includes(' ') || name.length < 4 || word.length > name.length + 2 || word === name) return false
  const stem = name.slice(0, Math.max(3, name.length - 2))
  return word.startsWith(stem) && isUpperCaseAt(word, 0)
}

/** A sentence opening with the project's word (its object or subject), in the languages the pages use. */
const PROJECT_OPENS = /^(?:projekt|project|проект)/i

/** Words the lead may write before the headline's promoter: a parent body's name, not a sentence. */
const LEAD_PREFIX_MAX = 80

/**
 * A headline or a later sentence shortens the promoter's name that the lead writes in full ("Lõuna
 * prefektuur alustas …" over "Politsei- ja Piirivalveameti Lõuna prefektuur alustas …"): the
 * lead's fuller name, when it opens the lead and ends in the headline's, is the promoter.
 */
function fullerPromoterInLead(doc: Doc, draft: Draft, lead: Line): void {
  const promoter = draft.fields.promoter
  const position = draft.positions.get('promoter')
  if (!promoter || !position) return
  if (fullerNameOfAcronym(draft, lead)) return
  const at = lead.text.indexOf(`${promoter} `)
  if (at === -1) return fullerNameBeforeSameVerb(doc, draft, lead)
  // The name read where the lead writes it is the lead's own reading, not a short form.
  if (at <= 0 || at > LEAD_PREFIX_MAX || position.offset === lead.offset + at) return
  const prefix = lead.text.slice(0, at)
  const start = prefix.length - prefix.trimStart().length
  const first = prefix.charAt(start)
  // The fuller name starts with a capital, and no sentence or clause ends inside it.
  if (first === first.toLowerCase() || /[.!?,;:]/.test(prefix) || !prefix.endsWith(' ')) return
  // "The State Police has started …": an article is no part of a fuller name.
  if (ARTICLES.has(prefix.trim())) return
  // "Projektą įgyvendino X kartu su …", "Projektu īsteno X": the project and its verb before the name open a sentence, not a name.
  if (PROJECT_OPENS.test(prefix.slice(start))) return
  // "The project equipped … of the State Police": an article before a word in lower case opens a sentence, not a name.
  const words = prefix.trim().split(' ')
  if (ARTICLES.has(words[0]!) && words.length > 1 && isLowerCaseAt(words[1]!)) return
  draft.replace('promoter', lead.text.slice(start, at + promoter.length), { offset: lead.offset + start, length: at + promoter.length - start })
}

/**
 * "Projektu SPKC īsteno …" under a lead that opens with the name the acronym stands for ("Slimību
 * profilakses un kontroles centrs (SPKC) uzsāks …"): the full name is the promoter.
 */
function fullerNameOfAcronym(draft: Draft, lead: Line): boolean {
  const promoter = draft.fields.promoter!
  if (!ACRONYM.test(promoter)) return false
  const at = lead.text.indexOf(` (${promoter})`)
  if (at <= 0 || at > LEAD_PREFIX_MAX) return false
  const prefix = lead.text.slice(0, at)
  const start = prefix.length - prefix.trimStart().length
  // The full name starts with a capital and opens the lead: no sentence, clause or bracket ends inside it.
  if (!isUpperCaseAt(prefix, start) || /[.!?,;:\d()]/.test(prefix)) return false
  draft.replace('promoter', prefix.slice(start), { offset: lead.offset + start, length: at - start })
  return true
}

/**
 * A headline's one-word subject, a kind of body ("Savivaldybė pradeda įgyvendinti projektą"), over a
 * lead whose subject before the same verb is the body's full name holding that word in any case
 * ("Klaipėdos miesto savivaldybės administracija pradeda įgyvendinti projektą"): the full name is the promoter.
 */
function fullerNameBeforeSameVerb(doc: Doc, draft: Draft, lead: Line): void {
  const promoter = draft.fields.promoter!
  const position = draft.positions.get('promoter')!
  if (promoter.length < 5 || promoter.includes(' ') || position.offset >= lead.offset) return
  const verb = /^ (\p{Ll}{3,}) /u.exec(doc.text.slice(position.offset + promoter.length, position.offset + promoter.length + 40))?.[1]
  if (!verb) return
  const at = lead.text.indexOf(` ${verb} `)
  if (at <= 0 || at > LEAD_PREFIX_MAX) return
  const prefix = lead.text.slice(0, at)
  const start = prefix.length - prefix.trimStart().length
  // The full name starts with a capital, no sentence or clause ends inside it, and it holds the headline's word (its stem: any case ending).
  if (!isUpperCaseAt(prefix, start) || /[.!?,;:\d]/.test(prefix)) return
  if (!prefix.toLowerCase().includes(promoter.toLowerCase().slice(0, -2))) return
  draft.replace('promoter', prefix.slice(start), { offset: lead.offset + start, length: at - start })
}

/** Words every results heading holds ("Main results:", "Galvenie rezultāti:", "Peamised tulemused", a grant report's "Key indicators", "Результаты:"). */
const RESULT_WORDS: readonly string[] = ['result', 'rezult', 'tulemus', 'indicator', 'результат', 'number', 'figure', 'цифр', 'skaitļ', 'skaič', 'numbri']
// "Results in 2009:", "Results (2012)": a report's heading may name the year its results are of.
// A Russian press release's "Результаты:" / "Основные результаты проекта:" heads the same list, as does a news
// item's box of figures ("Проект в цифрах", "Итоги в цифрах", "The project in numbers", "Key figures").
const RESULT_HEADING = /^(?:(?:main|key|project|expected|achieved|galvenie|sasniegtie|projekta|pagrindiniai|projekto|peamised|projekti|основные|ожидаемые|достигнутые|главные)\s+)?(?:results|rezultāti|rezultatai|tulemused|indicators|результаты(?:\s+проекта)?)(?:\s+(?:in|of|for)\s+(?:19|20)\d\d|\s+\((?:19|20)\d\d\))?\s*:?$|^(?:(?:the\s+)?project|results|projekts|projektas|projekt|проект|итоги|результаты)\s+(?:in\s+(?:numbers|figures)|skaitļos|skaičiais|numbrites|в\s+цифрах)\s*:?$|^key\s+figures\s*:?$/i

/**
 * "Main results:" over lines of "Label: 650" without bullets: the block is a list of indicators
 * when every line of it reads as one (a paragraph of prose under the heading is not).
 */
function addResultLines(draft: Draft, doc: Doc, body: number): void {
  for (let index = body; index < doc.lines.length; index++) {
    const text = doc.lines[index]!.text.trim()
    if (text.length > 40 || !RESULT_WORDS.some((word) => text.toLowerCase().includes(word)) || !RESULT_HEADING.test(text)) continue
    const block: Array<{ line: Line; indicator: NonNullable<ReturnType<typeof indicatorOf>> }> = []
    for (let next = index + 1; next < doc.lines.length; next++) {
      const line = doc.lines[next]!
      if (isBlank(line.text)) {
        if (block.length > 0) break
        continue
      }
      // A report's two-column table under the heading ("Individual counselling sessions      212") reads as the list does.
      const indicator = indicatorOf(line.text.trim()) ?? figureFirstIndicator(line.text.trim()) ?? columnIndicator(line.text)
      if (!indicator) return
      block.push({ line, indicator })
    }
    for (const { line, indicator } of block) draft.add('indicators', indicator, { offset: line.offset, length: line.text.length })
    return
  }
}

/** A table of parties with a role column: the lead's row is the promoter (unless stated already), the others partners. */
function addPartyTable(draft: Draft, rows: readonly PartyRow[]): void {
  for (const row of rows) {
    const span = { offset: row.offset, length: row.name.length }
    if (isLeadRole(row.role)) draft.set('promoter', row.name, span)
    else if (!draft.fields.partners.some((known) => isSameParty(known.name, row.name))) draft.add('partners', { name: row.name, country: countryOfName(row.country) }, span)
  }
}

// "Projekta Nr. 1DP/1.4.1.2.4/09/IPIA/SIF/002", "Project No. 776954": the project's number alone on its line.
const NUMBER_LINE = /^(?:[Pp]rojekt\S{0,3}|[Pp]roject)\s+(?:(?:Nr|No)\.?|numurs|kods|number|code)\s?[A-Za-z0-9]+(?:[./-][A-Za-z0-9]+)*\.?$/
/** The longest such line. */
const NUMBER_LINE_MAX = 80

/** The prose lines without a first line that only gives the project's number, or that only addresses the readers. */
function withoutNumberLineFirst(prose: Line[]): Line[] {
  const first = prose[0]?.text.trim() ?? ''
  return (first.length <= NUMBER_LINE_MAX && NUMBER_LINE.test(first)) || isReaderAddress(first) ? prose.slice(1) : prose
}

/** Keys of labelled facts that only a project's own page states ("Projekto kodas:", "Start date:"). */
const PROJECT_FACT_KEYS: ReadonlySet<string> = new Set(['title', 'projectNumber', 'promoter', 'startDate', 'endDate', 'duration', 'partners'])

/** Whether the page states labelled facts of a project: then "read more" links expand its sections, they list no articles. */
function statesProjectFacts(doc: Doc): boolean {
  return readLabelled(doc).some((entry) => entry.key !== null && (PROJECT_FACT_KEYS.has(entry.key) || entry.key.startsWith('amount:')))
}

/**
 * Words of the disclaimer the funders' publicity rules put under a page ("The contents of this
 * publication are the sole responsibility of X and can in no way be taken to reflect the views of
 * the European Commission", "Par publikācijas saturu atbild X", "Už šios publikacijos turinį atsako X",
 * "Selle väljaande sisu eest vastutab X"): a long paragraph, but not the page's description.
 */
const DISCLAIMER_WORDS: readonly string[] = ['sole responsibility', 'reflect the views', 'saturu atbild', 'turinį atsako', 'sisu eest vastutab']

function isContentDisclaimer(text: string): boolean {
  if (text.length <= 200) return false
  // "Projekta saturs ir biedrības „X” atbildība": "saturs ir" alone may open a description.
  return DISCLAIMER_WORDS.some((words) => text.includes(words)) || (text.includes('saturs ir') && text.includes(' atbildīb'))
}

/** Whether a figure of the prose is one of the labelled facts' figures said again (the same sum in the same currency). */
// A sentence ends at a full stop, "!" or "?" before a capital ("2013 m. spalio 1 d." ends none).
const SENTENCE_STOP = lazyPattern(() => /[.!?](?=\s+[\p{Lu}„“"«])/gu)

/** The sentence of `text` that holds the position `at`. */
function sentenceAround(text: string, at: number): string {
  let start = 0
  let end = text.length
  const stops = SENTENCE_STOP()
  stops.lastIndex = 0
  for (let stop = stops.exec(text); stop; stop = stops.exec(text)) {
    if (stop.index < at) start = stop.index + 1
    else {
      end = stop.index + 1
      break
    }
  }
  return text.slice(start, end)
}

function restates(stated: readonly DraftAmount[], figure: RoledFigure): boolean {
  return stated.some((amount) => amount.value === figure.money.value && amount.currency === figure.money.currency)
}

/** Whether `figure` is an amount of `earlier` again: the same role, sum and currency. */
function repeats(earlier: readonly DraftAmount[], figure: RoledFigure): boolean {
  return earlier.some((amount) => amount.role === figure.role && amount.value === figure.money.value && amount.currency === figure.money.currency)
}

/** The first of the longest lines, if it is longer than `over`. */
function longestLine(lines: readonly Line[], over: number): Line | undefined {
  let longest: Line | undefined
  for (const line of lines) if (line.text.length > (longest?.text.length ?? over)) longest = line
  return longest
}

/**
 * Page chrome, the title line and a publication date on top; returns the first body line and
 * the promoter a headline that launches a project names as its subject.
 */
function readTop(doc: Doc, draft: Draft): { body: number; headlinePromoter: Named<string> | null; headline: Line | null } {
  let titleAt = pastCallKicker(doc.lines, readChrome(doc, draft))
  // "2014 m. birželio 12 d." over the headline: a press release dates it above, not under it.
  const above = readPublishedDate(doc, draft, titleAt)
  if (above.found) titleAt = firstContentLine(doc.lines, above.next)
  // "News" / "12.04.2016" / headline: a bare date the chrome took in right over the headline dates it.
  else if (isDateOverHeadline(doc, draft, titleAt)) above.found = true
  let titleLine = doc.lines[titleAt]
  if (!titleLine) return { body: titleAt, headlinePromoter: null, headline: null }
  // A page that opens with its facts ("Project name: …", "Projekto pavadinimas: …") has no
  // heading: the labelled lines, read from here, give the title.
  // A database's row "Grantee                 Association …" (a label, a wide gap, its value) opens its facts too.
  if (inlineLabelOf(titleLine.text.trim()) || labelOf(titleLine.text) || isFactRow(titleLine.text)) return { body: titleAt, headlinePromoter: null, headline: null }
  // A text browser wraps a long heading at its width: a quote left open goes on to the next line.
  const quoted = wrappedHeading(doc.lines, titleLine)
  // A printed project sheet wraps a long heading at its width: its last words stand alone over the facts.
  const overFacts = quoted === titleLine ? headingWrappedOverFacts(doc.lines, titleLine) : quoted
  // A print wraps a news headline at its width: its lower-case tail stands alone over the date.
  const whole = overFacts === titleLine ? headlineWrappedOverDate(doc.lines, titleLine) : overFacts
  const headingEnd = whole === titleLine ? titleAt : titleAt + 1
  titleLine = whole
  // A reader view's byline and reading time under the headline stand above its date.
  let { next, found } = readPublishedDate(doc, draft, pastReadingTime(doc.lines, headingEnd + 1))
  // "Politsei- ja Piirivalveamet" / headline / "12.01.2017": the date dates the line under the
  // site's name, which is the headline.
  // A heading the trail above ends at is the page's own, not a site's name: the date under the line
  // below it ("Global Grant … · Area of focus: …" / "Posted on March 14, 2023") dates the page, and the
  // heading stays the title.
  if (!found && !above.found && isBannerShaped(titleLine.text)) {
    const headlineAt = firstContentLine(doc.lines, titleAt + 1)
    const headline = doc.lines[headlineAt]
    const dated = headline && !inlineLabelOf(headline.text.trim()) ? readPublishedDate(doc, draft, headlineAt + 1) : null
    if (headline && dated?.found && !endsTrailAbove(doc.lines, titleAt, titleLine.text.trim())) {
      titleAt = headlineAt
      titleLine = headline
      next = dated.next
      found = true
    }
  }
  // "Finanšu ministrija" / a programme's line / "Projekts LV0071 „…”": under a body's name, the heading that names the project.
  if (!found && !above.found && isBannerShaped(titleLine.text)) {
    const heading = projectHeadingBelow(doc, titleAt)
    if (heading !== null) {
      titleAt = heading
      titleLine = doc.lines[heading]!
      next = firstContentLine(doc.lines, heading + 1)
    }
  }
  // "PUBLIC HEALTH PROGRAMME" / a paragraph / "Harm Reduction in …" / "Grantee: …": a report's
  // programme section; the heading of the grant entry over its facts is the project's.
  if (!found && !above.found && isProgrammeSection(titleLine.text)) {
    const heading = headingOverFacts(doc, titleAt)
    if (heading !== null) {
      titleAt = heading
      titleLine = doc.lines[heading]!
      next = firstContentLine(doc.lines, heading + 1)
    }
  }
  // "The Global Fund to Fight AIDS, …" / "Grant Performance Report" / "Grant Number: …" / the grant's name
  // over "Principal Recipient: …": a report's header names the kind of document, not the project.
  if (!found && !above.found && isReportHeader(titleLine.text)) {
    const heading = longHeadingOverFacts(doc, titleAt)
    if (heading !== null) {
      // The facts above the heading ("Grant Number: …") stay in the body.
      titleAt = heading
      titleLine = doc.lines[heading]!
    }
  }
  // "MTÜ Noorte Tugi" / "ANNUAL REPORT 2009", "Общественная организация «X»" / "ГОДОВОЙ ОТЧЁТ": a body's
  // yearly report names the body on its cover and the project in a section's heading ('2. Project
  // "Meeting Point Narva"', "2.1. Проект «…» – …").
  if (!found && !above.found && isReportCover(doc.lines, titleAt)) {
    const heading = projectSectionBelow(doc, titleAt)
    if (heading !== null) {
      titleAt = heading
      titleLine = doc.lines[heading]!
      next = firstContentLine(doc.lines, heading + 1)
    } else if (namesOrganisation(titleLine.text)) {
      // The cover names the body ("MTÜ …", "… Association") and no heading names the project: no title
      // (unless a labelled one below gives it; else the record says the title is missing).
      return { body: next, headlinePromoter: null, headline: null }
    }
  }
  // "4. Grants in the Baltic states" / a paragraph / "4.1 Street Light Liepāja" / "Grant no.: …": a
  // report's numbered section over its grants; its subsection over a grant's facts names the project.
  if (!found && !above.found) {
    const heading = subsectionOverFacts(doc, titleAt)
    if (heading !== null) {
      titleAt = heading
      titleLine = doc.lines[heading]!
      next = firstContentLine(doc.lines, heading + 1)
    }
  }
  // "… KOMISIJOS" / "POSĖDŽIO PROTOKOLAS" / "2011 m. vasario 17 d. Nr. NK-2": a meeting's minutes are
  // read as a news item is, their heading naming the meeting; the text names the project in quotes.
  const minutesEnd = !found && !above.found ? minutesHeadingEnd(doc.lines, titleAt) : -1
  if (minutesEnd !== -1) next = readPublishedDate(doc, draft, firstContentLine(doc.lines, minutesEnd)).next
  // "Biedrība „X”" over "14. februāris plkst. 11:32 · 🌍" or "3 d. ·": a post's date line without its year
  // (a network leaves it out within the year, or says how long ago) still makes the line over it the author's.
  // A professional network sets the author's headline between the two ("Ilze Kalniņa" / "Youth work | …" / "1mo • Edited •").
  const postDateAt = !found && !above.found && minutesEnd === -1 ? postDateLineUnder(doc.lines, headingEnd) : -1
  const postDated = postDateAt !== -1
  if (postDated) next = firstContentLine(doc.lines, postDateAt + 1)
  // A dated headline is a news item: its headline is not the project's title. A dated page
  // under a trail to the site's projects ("Home / Knowledge Centre / Good practices") is a project's.
  const news = (found || above.found || minutesEnd !== -1 || postDated) && !isUnderProjects(doc, titleAt)
  const headlinePromoter = readTitle(draft, titleLine, news ? doc.text.slice(doc.lines[next]?.offset ?? doc.text.length) : null, doc.lines[next]?.offset ?? 0)
  // "Harku vallas algab noorte turvalisusprojekt" over "X alustas … projektiga „Turvaline kogukond“":
  // an undated headline that speaks of a project, not by its name, under which the lead names it.
  if (!news && draft.fields.title !== null && speaksOfProject(draft.fields.title)) nameInLead(draft, doc.lines[firstContentLine(doc.lines, next)])
  if (!news && draft.fields.title !== null && bracketedTitleUnder(doc, draft, titleAt) && next === titleAt + 1) next = firstContentLine(doc.lines, next + 1)
  if (!news && next <= titleAt + 2 && acronymOverTitle(doc, draft, titleAt, next)) next = firstContentLine(doc.lines, next + 1)
  if (!news && next === titleAt + 1 && acronymUnderTitle(doc, draft, titleAt)) next = firstContentLine(doc.lines, next + 1)
  // A text that opens with a paragraph, no heading over it, keeps it as its body's first paragraph: a
  // press release mailed with its headline in the subject, whose lead names the project in quotes, or a
  // letter ("Saadame Teile projekti „…“ lõpparuande. Projekti viis ellu …") the title was not read from.
  if (!news && ((whole === doc.lines[titleAt] && isRunningText(stripChrome(titleLine.text.trim()))) || isOpeningParagraph(draft, titleLine))) next = titleAt
  return { body: next, headlinePromoter, headline: news ? titleLine : null }
}

/** A post's words for "we" and "our" in the pages' languages ("Esam saņēmuši …", "mūsu partneri", "our project"). */
const FIRST_PERSON = lazyPattern(() => /(?<![\p{L}])(?:mēs|mums|mūsu|esam|we|our|us|meie|meil|oleme|mes|mūsų|esame|мы|нам|наш\p{L}*)(?![\p{L}])/iu)
/** How far into the post its "we" is looked for. */
const POST_REACH = 2_000
/** "Biedrība „X” - jauniešu atbalsta centrs": a lower-case description after a dash is no part of a page's name. */
const DESCRIPTION_AFTER_NAME = lazyPattern(() => /\s+[-–—]\s+\p{Ll}[^\n]*$/u)

/**
 * A post copied from a social network: its author's line (a body's page) over the post's date line
 * ("… plkst. 11:32 · 🌍"). When the post speaks of the project as its own ("Esam saņēmuši …", "mūsu
 * centrā", "our project"), the body that posts it carries the project out.
 */
function addPostAuthor(doc: Doc, draft: Draft, headline: Line): void {
  const dateLine = doc.lines[postDateLineUnder(doc.lines, headline.index)]
  if (!dateLine) return
  const written = headline.text.trim()
  const description = DESCRIPTION_AFTER_NAME().exec(written)
  const name = description ? written.slice(0, description.index) : written
  if (!namesOrganisation(name)) return
  const post = doc.text.slice(dateLine.offset + dateLine.text.length, dateLine.offset + dateLine.text.length + POST_REACH)
  if (!FIRST_PERSON().test(post)) return
  draft.set('promoter', name, { offset: headline.offset + headline.text.indexOf(written), length: name.length })
}

/** The shortest opening paragraph: a heading is shorter. */
const OPENING_PARAGRAPH_MIN = 150

/** Running prose on the heading's line (long, ending as a sentence does), which is not itself the title read. */
function isOpeningParagraph(draft: Draft, line: Line): boolean {
  const text = line.text.trim()
  return text.length >= OPENING_PARAGRAPH_MIN && /[.!?]$/.test(text) && draft.fields.title !== text
}

/**
 * "… children leaving residential care in Latvia": a title that ends by naming the one country (or a
 * place of one) the work is in says where the project is carried out, whatever else the page names
 * (partners abroad, the publisher's seat).
 */
function addTitleCountry(draft: Draft, title: string): void {
  const at = title.lastIndexOf(' in ')
  if (at < 0) return
  const country = countryOfName(title.slice(at + 4))
  if (country) draft.set('country', country, draft.positions.get('title') ?? null)
}

/** The longest kicker that names a funding call or round over a heading ("Project Support Facility 2016"). */
const CALL_KICKER_MAX = 40
const ENDS_WITH_YEAR = /\s(?:19|20)\d\d$/

/**
 * "Project Support Facility 2016" / "Safe Childhood: preventing …" / "Published: …": a short line that
 * ends with a year, right over a longer heading under which the facts begin, names the call or
 * round the project was funded in; the heading is the project's. Returns the heading's index, or `at`.
 */
function pastCallKicker(lines: readonly Line[], at: number): number {
  const kicker = lines[at]?.text.trim() ?? ''
  const last = kicker.charCodeAt(kicker.length - 1)
  if (kicker.length > CALL_KICKER_MAX || !(last >= 48 && last <= 57) || kicker.includes(':') || !ENDS_WITH_YEAR.test(kicker)) return at
  const heading = lines[at + 1]?.text.trim() ?? ''
  if (heading.length <= kicker.length || /[.;,]$/.test(heading) || inlineLabelOf(heading) || labelOf(heading)) return at
  const below = lines[firstContentLine(lines, at + 2)]?.text.trim() ?? ''
  return below && isFactLine(below) ? at + 1 : at
}

/** A heading this long may have been wrapped; its tail, at most this long, stands on the next line. */
const WRAPPED_HEADING_MIN = 50
const HEADING_TAIL_MAX = 30

/**
 * "Reintegration of Women Released from Panevėžys Correction" / "House" / "Project leader: …":
 * a long heading whose last words, capitalised and with no label or figure, stand right over a
 * labelled fact goes on in them.
 */
function headingWrappedOverFacts(lines: readonly Line[], line: Line): Line {
  const tail = lines[line.index + 1]?.text.trim() ?? ''
  // The facts start right under it, or after a blank line.
  const facts = lines[firstContentLine(lines, line.index + 2, Math.min(lines.length, line.index + 4))]?.text.trim() ?? ''
  if (line.text.trim().length < WRAPPED_HEADING_MIN || !tail || !facts) return line
  if (!(isCapitalisedTail(tail) || isLowerCaseTail(tail, line.text.trim().length)) || !isFactLine(facts)) return line
  return { index: line.index, offset: line.offset, text: `${line.text.trimEnd()} ${tail}` }
}

/** A fact's label the lexicon may not know, then its value ("Country:   Lithuania"). */
const FACT_SHAPE = lazyPattern(() => /^\p{Lu}[\p{L} ]{0,30}:\s+\S/u)

/** Whether a line states a labelled fact: a label the lexicon knows, or one of a fact's shape. */
function isFactLine(text: string): boolean {
  return inlineLabelOf(text) !== null || FACT_SHAPE().test(text)
}

/** A heading's last words a print wrapped onto a line of their own: three at most, with no label, figure or stop. */
function isShortTail(tail: string): boolean {
  return tail.length <= HEADING_TAIL_MAX && !/[:.!?\d|>/]/.test(tail) && tail.split(' ').length <= 3
}

/** "House": a heading's last words, capitalised. */
function isCapitalisedTail(tail: string): boolean {
  return isUpperCaseAt(tail, 0) && isShortTail(tail)
}

/**
 * "prisons: a pilot in Pravieniškės and Marijampolė": a heading's second line that starts lower-case
 * goes on with it (no heading's own line does), if no longer than the first and no sentence.
 */
function isLowerCaseTail(tail: string, headingLength: number): boolean {
  return isLowerCaseAt(tail, 0) && tail.length <= headingLength && !/[.!?]$/.test(tail)
}

/**
 * "Клайпеда: шприцы будут менять на" / "консультации" / "11 июня 2008 г. 17:20": a headline whose last
 * words a print wrapped onto a line of their own, lower-case, right over the date, is one line.
 */
function headlineWrappedOverDate(lines: readonly Line[], line: Line): Line {
  const tail = lines[line.index + 1]?.text.trim() ?? ''
  const date = lines[line.index + 2]?.text.trim() ?? ''
  if (!tail || !date || date.length > DATE_LINE_MAX || isUpperCaseAt(tail, 0) || !isShortTail(tail)) return line
  if (parseDate(withoutClockTime(date)) === null) return line
  return { index: line.index, offset: line.offset, text: `${line.text.trimEnd()} ${tail}` }
}

/** The longest line read as a date under a headline ("28 ноября 2012 г., 16:42"). */
const DATE_LINE_MAX = 40

/** The lines of the labelled objective and description, as prose lines (those of one value numbered in a row). */
function describingLines(entries: readonly Entry[]): Line[] {
  const lines: Line[] = []
  let index = 0
  for (const entry of entries) {
    if (entry.key !== 'objective' && entry.key !== 'description') continue
    for (const line of entry.lines) lines.push({ index: index++, offset: line.offset, text: line.text })
    // Another value's first line does not go on from this one's last.
    index++
  }
  return lines
}

/** A report's section heading in capitals that names a programme ("PUBLIC HEALTH PROGRAMME"). */
function isProgrammeSection(text: string): boolean {
  const trimmed = text.trim()
  return trimmed.length <= 80 && trimmed.includes('PROGRAM') && trimmed === trimmed.toUpperCase() && /\bPROGRAM(?:ME|MA|M)?\b/.test(trimmed)
}

/** How many lines under a programme's section heading a grant entry's heading may stand. */
const ENTRY_REACH = 40

/**
 * The heading of the first entry under a section: a line after a blank one, no sentence, whose
 * next line (or the one after a blank) is a labelled promoter or project code ("Grantee: …");
 * null when facts come first.
 */
function headingOverFacts(doc: Doc, sectionAt: number): number | null {
  const end = Math.min(doc.lines.length, sectionAt + ENTRY_REACH)
  for (let index = sectionAt + 1; index < end; index++) {
    const text = doc.lines[index]!.text.trim()
    if (!text || doc.lines[index - 1]!.text.trim()) continue
    if (inlineLabelOf(text)) return null
    if (text.length > 150 || /[.:;,]$/.test(text)) continue
    // The facts start on the next line or after one blank line.
    const belowAt = firstContentLine(doc.lines, index + 1)
    const below = belowAt <= index + 2 ? (doc.lines[belowAt]?.text.trim() ?? '') : ''
    const key = below ? inlineLabelOf(below)?.key : undefined
    if (key && CARD_FACTS.has(key)) return index
  }
  return null
}

/** A report's section number at a heading's start ("4.", "4", "2.1."), without its final dot. */
const PARENT_SECTION_NUMBER = lazyPattern(() => /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(?=\p{Lu})/u)

/**
 * The subsection of a report's numbered section ("4.1 …" under "4. …") that stands over a grant's
 * facts, as headingOverFacts finds it; null when the section's line has no number or no such
 * subsection follows.
 */
function subsectionOverFacts(doc: Doc, sectionAt: number): number | null {
  const section = doc.lines[sectionAt]!.text.trim()
  const first = section.charCodeAt(0)
  if (first < 48 || first > 57) return null
  const number = PARENT_SECTION_NUMBER().exec(section)?.[1]
  if (number === undefined) return null
  const heading = headingOverFacts(doc, sectionAt)
  if (heading === null) return null
  const text = doc.lines[heading]!.text.trim()
  if (!text.startsWith(number + '.') || !/^\d/.test(text.slice(number.length + 1))) return null
  // "1.1 Project facts" over the facts names none.
  return FACTS_HEADING.test(withoutSectionNumber(text)) ? null : heading
}

/** A report's kind at the end of its header ("Grant Performance Report", "Progress Report"). */
const REPORT_HEADER = /\b(?:[Pp]erformance|[Pp]rogress|[Ii]nterim|[Ff]inal|[Mm]onitoring) [Rr]eport$/
/** The shortest heading read as a project's name among a report's facts. */
const REPORT_HEADING_MIN = 30

function isReportHeader(text: string): boolean {
  const trimmed = text.trim()
  return trimmed.endsWith('eport') && REPORT_HEADER.test(trimmed)
}

/**
 * "Scaling up HIV/AIDS prevention and care among injecting drug users …" over "Principal Recipient: …":
 * a long heading after a blank line, a project code or promoter right under it or after one blank
 * line (a short line such as the country's name, "Estonia", is no heading). Its index, or null.
 */
function longHeadingOverFacts(doc: Doc, headerAt: number): number | null {
  const end = Math.min(doc.lines.length, headerAt + ENTRY_REACH)
  for (let index = headerAt + 1; index < end; index++) {
    const text = doc.lines[index]!.text.trim()
    if (text.length < REPORT_HEADING_MIN || doc.lines[index - 1]!.text.trim() || /[.:;,]$/.test(text) || inlineLabelOf(text)) continue
    const belowAt = firstContentLine(doc.lines, index + 1)
    const key = belowAt <= index + 2 ? inlineLabelOf(doc.lines[belowAt]?.text.trim() ?? '')?.key : undefined
    if (key && CARD_FACTS.has(key)) return index
  }
  return null
}

/** A project's acronym as a programme's page sets it over the full title: capitals, figures and hyphens. */
const ACRONYM = /^[A-Z][A-Z0-9-]{2,19}$/
/** A programme's acronym written as joined capitalised words ("SafeYouth", "HeatNet"). */
const JOINED_WORDS_ACRONYM = /^[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+$/
const JOINED_WORDS_ACRONYM_MAX = 20
/** The longest acronym set apart from the full title by a blank line. */
const SPACED_ACRONYM_MAX = 12
/** The longest title the line under an acronym may hold. */
const TITLE_UNDER_ACRONYM_MAX = 200

/**
 * "STREETNET" over "Street Work Network – joint methods …": the acronym on the heading's line and
 * the full title right under it (or after one blank line, as a text browser sets the two headings).
 * The full title is the title, the acronym another; whether it was so.
 */
function acronymOverTitle(doc: Doc, draft: Draft, titleAt: number, belowAt: number): boolean {
  const acronym = doc.lines[titleAt]!.text.trim()
  const below = doc.lines[belowAt]
  const text = below?.text.trim() ?? ''
  if (!below || !isAcronym(acronym) || draft.fields.title !== acronym) return false
  // "PROJECT" over "Registration number   TLU-SF-09-114": a record's section heading over its first fact row.
  if (HEADING_WORDS.has(acronym) || isFactRow(text)) return false
  // Over a blank line only a short one: a long word in capitals there is a letterhead ("SOTSIAALMINISTEERIUM").
  if (belowAt > titleAt + 1 && acronym.length > SPACED_ACRONYM_MAX) return false
  if (text.length <= acronym.length || text.length > TITLE_UNDER_ACRONYM_MAX || !isUpperCaseAt(text, 0) || text.endsWith('.') || inlineLabelOf(text) || labelOf(text)) return false
  const span = draft.positions.get('title')!
  draft.replace('title', text, { offset: below.offset + below.text.indexOf(text), length: text.length })
  draft.add('alternativeTitles', acronym, span)
  return true
}

/** A short name in capitals, up to four words ("SAFE TWIN TOWN", "NALOX-IV"). */
const CAPITALS_NAME = /^[A-Z][A-Z0-9-]*(?: [A-Z][A-Z0-9-]*){0,3}$/
const CAPITALS_NAME_MAX = 30
/** Words of a section heading or a site's menu set in capitals, never a project's short name. */
const HEADING_WORDS: ReadonlySet<string> = new Set(['PROJECT', 'PROJECTS', 'FACTS', 'NEWS', 'SUMMARY', 'DESCRIPTION', 'RESULTS', 'CONTACT', 'CONTACTS', 'HOME', 'MENU', 'SEARCH', 'ABOUT', 'OVERVIEW', 'DETAILS', 'PARTNERS', 'BACKGROUND', 'CLOSED', 'COMPLETED', 'ONGOING'])

/**
 * "One Town, Two Countries – Safer Streets for Valga-Valka Youth" over "SAFE TWIN TOWN": a programme site sets
 * the project's short name in capitals right under its title, a blank line after it. The title stays, the
 * short name is another; whether it was so.
 */
function acronymUnderTitle(doc: Doc, draft: Draft, titleAt: number): boolean {
  const title = draft.fields.title
  const line = doc.lines[titleAt + 1]
  const text = line?.text.trim() ?? ''
  if (!title || !line || text.length > CAPITALS_NAME_MAX || title.toUpperCase() === title || !CAPITALS_NAME.test(text)) return false
  if (!isBlank(doc.lines[titleAt + 2]?.text ?? '') || labelOf(text) || text.split(' ').some((word) => HEADING_WORDS.has(word))) return false
  if (draft.fields.alternativeTitles.includes(text)) return false
  draft.add('alternativeTitles', text, { offset: line.offset + line.text.indexOf(text), length: text.length })
  return true
}

/** Whether a heading is a project's acronym: capitals ("STREETNET") or joined capitalised words ("SafeYouth"). */
function isAcronym(text: string): boolean {
  return ACRONYM.test(text) || (text.length <= JOINED_WORDS_ACRONYM_MAX && JOINED_WORDS_ACRONYM.test(text))
}

/** The longest title in brackets a heading's second line may give. */
const BRACKETED_TITLE_MAX = 150

/**
 * "KIUSAMISVABA KOOL PÄRNUMAAL" over "(Bullying-free schools in Pärnu County)": a line wholly in
 * brackets right under the heading is the title in another language. Whether one was added.
 */
function bracketedTitleUnder(doc: Doc, draft: Draft, titleAt: number): boolean {
  const line = doc.lines[titleAt + 1]
  const text = line?.text.trim() ?? ''
  if (!line || text.length > BRACKETED_TITLE_MAX || !text.startsWith('(') || !text.endsWith(')')) return false
  const inner = text.slice(1, -1).trim()
  if (inner.length < 3 || /[()]/.test(inner) || !/^\p{Lu}/u.test(inner) || draft.fields.alternativeTitles.includes(inner)) return false
  draft.add('alternativeTitles', inner, { offset: line.offset + line.text.indexOf(inner), length: inner.length })
  return true
}

/**
 * Whether the line over the heading (blank lines aside) is a bare date that is not the top line
 * (a printed page's time stands there), and records it as the publication date.
 */
function isDateOverHeadline(doc: Doc, draft: Draft, titleAt: number): boolean {
  let index = titleAt - 1
  while (index > 0 && isBlank(doc.lines[index]!.text)) index--
  const text = index > 0 ? doc.lines[index]!.text.trim() : ''
  const first = text.charCodeAt(0)
  if (!(first >= 48 && first <= 57) || text.length > 10) return false
  return readPublishedDate(doc, draft, index).found
}

/** How many lines under a body's name may stand above the project's heading (a programme's name, a section). */
const HEADING_REACH = 3

/** The line, a few under `titleAt`, that opens with the project's word and its name in quotes ("Projekts LV0071 „…”"), or null. */
function projectHeadingBelow(doc: Doc, titleAt: number): number | null {
  let seen = 0
  for (let index = titleAt + 1; index < doc.lines.length && seen < HEADING_REACH; index++) {
    const line = doc.lines[index]!.text.trim()
    // A printed report's page number or rule under its running head is no line of the page.
    if (!line || !hasLetter(line)) continue
    seen++
    if (line.length > 250) return null
    // "3. Projekts „…”": a report numbers its sections.
    const text = line.replace(SECTION_NUMBER, '')
    if (PROJECT_IN_QUOTES().exec(text)?.index === 0) return index
    // "Projekto Nr. LT0043" over "„Vaikų … išnaudojimo“": a booklet puts the name in quotes under its code.
    if (CODE_LINE.test(text)) {
      const below = firstContentLine(doc.lines, index + 1)
      const first = doc.lines[below]?.text.trim().charAt(0) ?? ''
      return first !== '' && '„“"«'.includes(first) ? below : null
    }
  }
  return null
}

/** A contents line: dot leaders (or a wide gap) before its page number. */
const CONTENTS_LINE = /(?:\.{4,}|…{2,}| {3,})\s*\d{1,3}$/
/** The longest section heading that names the project. */
const SECTION_HEADING_MAX = 250
/** How far into a report its project section may stand. */
const REPORT_SECTION_REACH = 120

/**
 * The first section heading under a report's cover that names the project in quotes ('2. Project
 * "Meeting Point Narva"', "3. Projekts „…”"), its entry in the contents aside; null when none. A
 * numbered heading may go on after the name ("2.1. Проект «Открытая дверь» – …"), an unnumbered one not.
 */
function projectSectionBelow(doc: Doc, coverAt: number): number | null {
  const end = Math.min(doc.lines.length, coverAt + REPORT_SECTION_REACH)
  for (let index = coverAt + 1; index < end; index++) {
    const line = doc.lines[index]!.text.trim()
    if (!line || line.length > SECTION_HEADING_MAX || CONTENTS_LINE.test(line)) continue
    const number = SECTION_NUMBER.exec(line)
    const text = number ? line.slice(number[0].length) : line
    const named = PROJECT_IN_QUOTES().exec(text)
    if (named?.index !== 0) continue
    if (number) return index
    const quoted = findQuoted(text.slice(named[0].length))[0]
    if (quoted && quoted.offset <= 1 && named[0].length + quoted.end >= text.length) return index
  }
  return null
}

/** A section's number before a report's heading ("3. ", "2.1. "). */
const SECTION_NUMBER = /^\d{1,2}(?:\.\d{1,2})*\.\s+/
/** A report's section number without a final dot ("4.3 "), before a capital: "1.5 million …" is no heading's number. */
const DOTTED_SECTION_NUMBER = lazyPattern(() => /^\d{1,2}(?:\.\d{1,2})+\s+(?=\p{Lu})/u)

/** The heading without a report's section number before it. */
function withoutSectionNumber(heading: string): string {
  const first = heading.charCodeAt(0)
  if (first < 48 || first > 57) return heading
  const number = SECTION_NUMBER.exec(heading) ?? DOTTED_SECTION_NUMBER().exec(heading)
  return number && number[0].length < heading.length ? heading.slice(number[0].length) : heading
}

/** Whether `text` holds a letter (a cased one: the scripts of these pages case all theirs). */
function hasLetter(text: string): boolean {
  return text.toLowerCase() !== text.toUpperCase()
}

/** A line that is only the project's word and its code ("Projekto Nr. LT0043", "Project LV 0080"). */
const CODE_LINE = /^(?:[Pp]rojekt\S{0,3}|[Pp]roject)\s+(?:(?:Nr|No)\.\s?)?[A-Z]{2,4}[ -]?\d{1,4}(?:[/-]\d{1,4})?$/

/** A site's name over a headline: a short line of a few words, no sentence, no figure. */
function isBannerShaped(text: string): boolean {
  const trimmed = text.trim()
  return trimmed.length <= 60 && trimmed.split(' ').length <= 6 && !/[.!?:;0-9„“"«]/.test(trimmed)
}

/** Whether a heading speaks of a project without naming one: the word inside it, no quotes. */
function speaksOfProject(heading: string): boolean {
  const lower = heading.toLowerCase()
  return (lower.includes('projekt') || lower.includes('project')) && findQuoted(heading).length === 0 && heading.includes(' ')
}

/** The project the lead names in quotes right after the word ("projektiga „…“"), as the title over the heading. */
function nameInLead(draft: Draft, lead: Line | undefined): void {
  const named = lead ? PROJECT_IN_QUOTES().exec(lead.text) : null
  if (!lead || !named) return
  const from = named.index + named[0].length
  const quoted = findQuoted(lead.text.slice(from, from + 400))[0]
  if (!quoted || quoted.offset > 2) return
  draft.replace('title', quoted.text, { offset: lead.offset + from + quoted.offset, length: quoted.text.length })
  addAcronymAfter(draft, lead.text, from + quoted.end, lead.offset)
}

/**
 * 'the project "Every Child Heard: …" (CHILD-HEARD)', '"…" (acronym CoRe-LV)': the acronym in
 * brackets right after the quoted name at `after` in `text` is another title.
 */
function addAcronymAfter(draft: Draft, text: string, after: number, base: number): void {
  const match = ACRONYM_IN_BRACKETS().exec(text.slice(after, after + ACRONYM_SPAN))
  const acronym = match?.[1] ?? match?.[2]
  if (!match || !acronym) return void addOriginalNameAfter(draft, text, after, base)
  if (draft.fields.alternativeTitles.includes(acronym)) return
  // '„…” (EE-INTERNAL-0003)', '„…” (EE0031)': a project's code in brackets is its number, not another name.
  if (projectCodeIn(acronym)?.[0] === acronym || EARLY_GRANT_CODE.exec(match[0])?.[1] === acronym) return
  draft.add('alternativeTitles', acronym, { offset: base + after + match[0].indexOf(acronym), length: acronym.length })
}

// '«Ночной маршрут» (Naktinis maršrutas)': a Russian page gives the name in the country's own language
// in brackets, in Latin letters: one to six words, the first capitalised.
const ORIGINAL_NAME = lazyPattern(() => /^\s?\((\p{Lu}[\p{Script=Latin}'’-]*(?: [\p{Script=Latin}'’-]+){0,5})\)/u)
const CYRILLIC = lazyPattern(() => /\p{Script=Cyrillic}/u)

/** The own-language name in brackets after a title in Cyrillic letters, as another title. */
function addOriginalNameAfter(draft: Draft, text: string, after: number, base: number): void {
  const title = draft.fields.title
  if (title === null || text.charCodeAt(after) !== 32 || text.charCodeAt(after + 1) !== 40 || !CYRILLIC().test(title)) return
  const match = ORIGINAL_NAME().exec(text.slice(after, after + ACRONYM_SPAN + 40))
  const name = match?.[1]
  if (!match || !name || draft.fields.alternativeTitles.includes(name) || projectCodeIn(name)?.[0] === name) return
  draft.add('alternativeTitles', name, { offset: base + after + match[0].indexOf(name), length: name.length })
}

/** How far after a quoted name its bracketed acronym may end. */
const ACRONYM_SPAN = 40
/**
 * An acronym in brackets right after a quoted name: capitals ("(CHILD-HEARD)"), or any one word
 * the brackets call an acronym ("(acronym CoRe-LV)", "(akronīms DROŠI)").
 */
const ACRONYM_IN_BRACKETS = lazyPattern(() => /^\s?\((?:(?:acronym|akronīms|lühend|santrumpa):?\s([A-Z][\p{L}0-9-]{1,19})|([A-Z][A-Z0-9-]{2,19}))\)/u)

// '«…» (проект № 2017-2-LT02-KA105-005214)', '„…” (projekta Nr. …)', '"…" (project No. …)': a quoted name
// whose brackets give its project number, whatever the text calls it (an exchange, a campaign).
const NAME_BEFORE_NUMBER = lazyPattern(() => /[„“"«]([^„“”"«»\n]{3,200})[”“"»]\s?\((?:[Pp]roje[ck]t\p{L}{0,3}|[Пп]роект\p{L}{0,3})\s(?:(?:Nr|No)\.|№)/u)

// '«…» (проект EE0031)', '"…" (project LT04-0032)': a grant's short code in brackets right after the quoted name.
const BRACKETED_CODE = lazyPattern(() => new RegExp(String.raw`^\s?\((?:(?:[Pp]roje[ck]t\p{L}{0,3}|[Пп]роект\p{L}{0,3})\s)?(${HEADING_CODE})\)`, 'u'))

/** The project's code in brackets after its quoted name (from `at`, just past the closing quote), when no label gave one. */
function addBracketedCodeAfter(draft: Draft, body: string, at: number, bodyOffset: number): void {
  if (draft.has('projectNumber') || (body.charCodeAt(at) !== 32 && body.charCodeAt(at) !== 40)) return
  const match = BRACKETED_CODE().exec(body.slice(at, at + 40))
  if (match) draft.set('projectNumber', match[1]!, { offset: bodyOffset + at + match[0].length - match[1]!.length - 1, length: match[1]!.length })
}

/**
 * "проект уличной работы «…»", "projekts jauniešu atbalstam „…”": the word for a project, one to three
 * lower-case words saying what kind it is, then its quoted name. A programme's or fund's name in quotes
 * ("в рамках проекта программы «…»") names no project.
 */
const DESCRIBED_PROJECT_IN_QUOTES = lazyPattern(() => /(?<![\p{L}])(?:проект\p{L}{0,3}|projekt\p{L}{0,3}|project)((?:\s+\p{Ll}[\p{Ll}-]*){1,3})\s+(?=[«„“"])/u)
const NOT_A_KIND = lazyPattern(() => /программ|фонд|механизм|инициатив|кампани|programm|fond|fund|mechan|campaign|kampaņ|kampanij/u)

/** The quoted name after a project's kind as the title of a news item; whether it was there. */
function describedNameInQuotes(draft: Draft, article: string, bodyOffset: number): boolean {
  const match = DESCRIBED_PROJECT_IN_QUOTES().exec(article)
  if (!match || NOT_A_KIND().test(match[1]!)) return false
  const from = match.index + match[0].length
  const quoted = findQuoted(article.slice(from, from + 200))[0]
  // The offset is the name's, inside its opening quote.
  if (!quoted || quoted.offset > 1) return false
  draft.set('title', quoted.text, { offset: bodyOffset + from + quoted.offset, length: quoted.text.length })
  return true
}

/** The quoted name that its bracketed project number follows, as the title of a news item. */
function nameBeforeItsNumber(draft: Draft, article: string, bodyOffset: number): boolean {
  if (!article.includes('№') && !article.includes('Nr.') && !article.includes('No.')) return false
  const match = NAME_BEFORE_NUMBER().exec(article)
  if (!match) return false
  draft.set('title', match[1]!, { offset: bodyOffset + match.index + 1, length: match[1]!.length })
  return true
}

/**
 * `body` is given for a news item (a dated headline): its headline is not a project title, so
 * the title is the project the headline or the body names in quotes, or none.
 */
/** The index of the heading of the links to other news under the article, from `body` on (the lines' count when there is none). */
function relatedNewsAt(doc: Doc, body: number): number {
  for (let index = body; index < doc.lines.length; index++) {
    const text = doc.lines[index]!.text
    if (text.length <= 40 && RELATED_NEWS.test(text)) return index
  }
  return doc.lines.length
}

/** A sentence is not a title: titles rarely end in a full stop, running text does. */
function isRunningText(text: string): boolean {
  return text.length > 250 || (/[.!?]$/.test(text) && text.split(/\s+/).length > 20) || (/[^.]\.$/.test(text) && text.split(/\s+/).length >= 8)
}

function readTitle(draft: Draft, line: Line, body: string | null, bodyOffset: number): Named<string> | null {
  const text = stripChrome(line.text.trim())
  const at = line.offset + line.text.indexOf(line.text.trim())
  // A headline that launches a project names it in quotes: the quoted name is the title.
  const project = PROJECT_IN_QUOTES().exec(text)
  if (project) {
    const quoted = findQuoted(text.slice(project.index + project[0].length))[0]
    if (quoted) {
      draft.set('title', quoted.text, { offset: at + project.index + project[0].length + quoted.offset, length: quoted.text.length })
      // 'Project EE0034 "Safe schools in Tartu County"': the code between the word and the name is the project's.
      const code = CODE_BEFORE_NAME().exec(project[0])
      if (code && !draft.has('projectNumber')) draft.set('projectNumber', code[0], { offset: at + project.index + code.index, length: code[0].length })
      return promoterInHeadline(text, at)
    }
  }
  if (body !== null) {
    const article = body.slice(0, 20_000)
    // Links to other news under the article name other projects, not this one.
    const related = RELATED_NEWS.exec(article)
    const { named, quoted } = quotedProjectIn(body, related ? related.index : article.length)
    const headline = unquote(text)
    if (named && quoted && quoted.offset <= 2) {
      draft.set('title', quoted.text, { offset: bodyOffset + named.index + named[0].length + quoted.offset, length: quoted.text.length })
      // "стартует проект LV0078 «…»": the code between the word and the name is the project's, in the text as in a headline.
      const code = CODE_BEFORE_NAME().exec(named[0])
      if (code && !draft.has('projectNumber')) draft.set('projectNumber', code[0], { offset: bodyOffset + named.index + code.index, length: code[0].length })
      addAcronymAfter(draft, body, named.index + named[0].length + quoted.end, bodyOffset)
      addBracketedCodeAfter(draft, body, named.index + named[0].length + quoted.end, bodyOffset)
    } else if (describedNameInQuotes(draft, related ? article.slice(0, related.index) : article, bodyOffset)) {
      // "стартовал проект уличной работы «Ближе к улице»": the project's kind in lower-case words before its quoted name.
    } else if (nameBeforeItsNumber(draft, article, bodyOffset)) {
      // "… обмен «…» (проект № …)": the quoted name the brackets number as a project is the project's.
    } else if (readCampaignName(draft, text, at, article, bodyOffset)) {
      // A campaign's page names the campaign in quotes as a project's names the project.
    } else if (namesAsProject(article, headline)) {
      // "Tallinn Safe Streets" over "The Tallinn Safe Streets project was carried out …": a dated
      // page whose text calls its heading the project is the project's own page.
      draft.set('title', headline, { offset: at, length: headline.length })
    } else if (opensWithProjectFacts(article)) {
      // A dated page whose text opens with the project's code or promoter is the project's card.
      draft.set('title', headline, { offset: at, length: headline.length })
    } else {
      draft.note('warning', 'missing-title', 'a news headline names no project, and the text names none in quotes', at)
    }
    return null
  }
  if (isRunningText(text)) return null
  // "4.3 Safe School – …": a report's section number is no part of its heading.
  let title = unquote(withoutSectionNumber(text))
  // "Project: Safe Border Communities": a heading that says what it names.
  const named = NAMED_HEADING.exec(title)
  if (named && named[0].length < title.length) title = unquote(title.slice(named[0].length))
  title = nameAfterKind(title) ?? title
  const code = codeBeforeTitle(title)
  if (code) {
    draft.set('projectNumber', code[0], { offset: at, length: code[0].length })
    // "LLI-418 „Jaunimas be sienų“": the name after the code may stand in quotes; "LLI-315 — Name": after a dash.
    title = unquote(title.slice(code[0].length).trim().replace(DASH_AFTER_CODE, ''))
  }
  const acronym = /\s*\(([^()]{2,40})\)$/.exec(title)
  if (acronym && acronym.index > 0) {
    const inBrackets = acronym[1]!.trim()
    // "Border Youth Without Drugs (LLI-412)": a project's code in brackets is its number, not another name.
    const code = projectCodeIn(inBrackets)
    if (code?.[0] === inBrackets) {
      if (!draft.has('projectNumber')) draft.set('projectNumber', inBrackets, { offset: at + acronym.index + acronym[0].indexOf(inBrackets), length: inBrackets.length })
    } else draft.add('alternativeTitles', inBrackets, { offset: at + acronym.index, length: acronym[0].length })
    title = title.slice(0, acronym.index).trim()
  }
  draft.set('title', title || null, { offset: at, length: title.length })
  return null
}

/** How many of the text's "projekto „" a news item's quoted name is looked for after. */
const QUOTED_PROJECT_TRIES = 4

/**
 * The first "project „…“" in `body` (before `end`) whose name closes on its line: a quote a print
 * left open at the margin ("projekto „Draugystės ratas: ankstyvoji prevencija" over the agenda's
 * next line) names nothing, and the next "projektą „…“" of the text may. `named.index` is the body's.
 */
function quotedProjectIn(body: string, end: number): { named: RegExpExecArray | null; quoted: Quoted | undefined } {
  let first: { named: RegExpExecArray | null; quoted: Quoted | undefined } | null = null
  for (let from = 0, tries = 0; tries < QUOTED_PROJECT_TRIES && from < end; tries++) {
    const named = PROJECT_IN_QUOTES().exec(body.slice(from, end))
    if (!named) break
    named.index += from
    const quoted = findQuoted(body.slice(named.index + named[0].length, named.index + named[0].length + 400))[0]
    first ??= { named, quoted }
    if (quoted && quoted.offset <= 2) return { named, quoted }
    // The quote right after the word did not close on its line (quotes never span lines): on to the next.
    from = named.index + named[0].length + 1
  }
  return first ?? { named: null, quoted: undefined }
}

/** The campaign a news item about a campaign names in quotes, in its headline or else its text, as the title. */
function readCampaignName(draft: Draft, headline: string, headlineAt: number, article: string, bodyOffset: number): boolean {
  if (!isCampaignPage(article)) return false
  for (const [source, base] of [[headline, headlineAt], [article, bodyOffset]] as const) {
    const match = CAMPAIGN_IN_QUOTES().exec(source)
    if (!match) continue
    const from = match.index + match[0].length
    const quoted = findQuoted(source.slice(from, from + 400))[0]
    if (quoted && quoted.offset <= 2) return draft.set('title', quoted.text, { offset: base + from + quoted.offset, length: quoted.text.length })
  }
  return false
}

/**
 * "Pētījums „Jauniešu riska uzvedība Latvijā”", 'Campaign "Safe Summer"': one capitalised word
 * for the kind of work, then its name in quotes and nothing after. The name is the title.
 */
function nameAfterKind(heading: string): string | null {
  const space = heading.indexOf(' ')
  if (space < 2 || !isUpperCaseAt(heading, 0)) return null
  for (let at = 1; at < space; at++) if (!isLowerCaseAt(heading, at)) return null
  const quoted = findQuoted(heading)[0]
  return quoted && quoted.offset === space + 2 && quoted.end === heading.length ? quoted.text : null
}

/** Whether `text` names `heading` as a project: "the Tallinn Safe Streets project", "projekts Drošā skola". */
function namesAsProject(text: string, heading: string): boolean {
  if (heading.length < 4) return false
  for (let at = text.indexOf(heading); at !== -1; at = text.indexOf(heading, at + 1)) {
    const after = text.slice(at + heading.length, at + heading.length + 10)
    const before = text.slice(Math.max(0, at - 12), at)
    if (PROJECT_AFTER.test(after) || PROJECT_BEFORE.test(before)) return true
  }
  return false
}

/** How many lines under a dated heading may come before the facts that make it a project's card. */
const FACTS_OPEN_WITHIN = 3
const CARD_FACTS: ReadonlySet<LabelKey> = new Set(['projectNumber', 'promoter'])
/** The heading a project's page sets over its labelled facts, after the lead ("Key facts", "Project facts", "At a glance"). */
const FACTS_HEADING = /^(?:key facts|project facts|facts|facts and figures|at a glance|project at a glance|in brief|fact box)\s*:?$/i
const FACTS_HEADING_MAX = 24

/** Whether one of the text's first lines is a labelled project code or promoter ("Project number: EE-JUSTICE-0004"). */
function opensWithProjectFacts(text: string): boolean {
  let seen = 0
  for (const line of text.slice(0, 2_000).split('\n')) {
    const trimmed = line.trim()
    if (!trimmed) continue
    const key = inlineLabelOf(trimmed)?.key
    if (key && CARD_FACTS.has(key)) return true
    // "Key facts" over the labelled lines: the facts' heading is no line of the text.
    if (trimmed.length <= FACTS_HEADING_MAX && FACTS_HEADING.test(trimmed)) continue
    if (++seen >= FACTS_OPEN_WITHIN) return false
  }
  return false
}

const PROJECT_AFTER = /^\s(?:project|projekt)/i
const PROJECT_BEFORE = /(?:project|projekt\S{0,3})\s$/i

/** A status phrase near the top, else a headline or lead (the first prose line) that says the project is over. */
function readStatus(doc: Doc, draft: Draft, body: number, lead: Line | undefined): void {
  if (draft.has('status')) return
  for (const line of doc.lines.slice(0, 30)) {
    // Links to other news name other projects' states ("Baigtas projektas „…“").
    if (line.text.length <= 40 && RELATED_NEWS.test(line.text)) break
    const found = statusPhraseIn(line.text)
    if (found) {
      draft.set('status', found.status, { offset: line.offset + found.index, length: found.length })
      return
    }
  }
  if (addStatusBadge(doc, draft, body)) return
  addLeadStatus(draft, [...doc.lines.slice(0, body), lead])
  if (draft.has('status')) return
  // Else a sentence of the text that says where the project stands ("The project was completed in
  // December 2016", "Projektas įgyvendinamas."), whatever else was planned or prepared around it.
  const from = doc.lines[body]?.offset ?? doc.text.length
  const stated = statusSentenceIn(doc.text.slice(from))
  if (stated) return void draft.set('status', stated.status, { offset: from + stated.index, length: stated.length })
  // Else the section the site files it under ("Lõppenud projektid").
  addStatusOfTrail(doc, draft, body)
  // Else a page published before the project's start tells of a planned project.
  if (!draft.has('status')) draft.set('status', statusOfDates(draft.fields.publishedDate, draft.fields.startDate), draft.positions.get('startDate'))
}

/** Badges a results platform sets under a project's heading, alone on their line (lower case). */
const STATUS_BADGES: ReadonlyMap<string, 'completed' | 'ongoing'> = new Map([
  ['completed', 'completed'], ['finished', 'completed'], ['closed', 'completed'], ['ongoing', 'ongoing'], ['on-going', 'ongoing'], ['in progress', 'ongoing'],
])
/** How many lines under the heading a badge may stand ("Completed" / "Good practice"). */
const BADGE_REACH = 3

/** "Smart Choices: …" over "Completed": the page's badge for the project's state. Whether there was one. */
function addStatusBadge(doc: Doc, draft: Draft, body: number): boolean {
  for (let index = body, seen = 0; index < doc.lines.length && seen < BADGE_REACH; index++) {
    const text = doc.lines[index]!.text.trim()
    if (!text) continue
    seen++
    const status = text.length <= 'in progress'.length ? STATUS_BADGES.get(text.toLowerCase()) : undefined
    if (status) return draft.set('status', status, { offset: doc.lines[index]!.offset + doc.lines[index]!.text.indexOf(text), length: text.length })
  }
  return false
}

function readCode(doc: Doc, draft: Draft): void {
  if (draft.has('projectNumber')) return
  const match = projectCodeIn(doc.text)
  if (match) draft.set('projectNumber', match[0], { offset: match.index, length: match[0].length })
  else readNumberedCode(doc.text, draft)
  if (!draft.has('projectNumber')) readEarlyGrantCode(doc.text, draft)
  if (!draft.has('projectNumber')) readProgrammeProjectCode(doc.text, draft)
  if (!draft.has('projectNumber')) readCodeAfterName(doc.text, draft)
}

// 'projekta „…” (HOME/2012/ISEC/AG/4000004361)', '"…" (JUST/2013/DAP/AG/5470)': a grant agreement's
// code in brackets right after the project's quoted name, three or more parts with a figure in them
// (a period in brackets, "(2014-2020)", has two).
const CODE_AFTER_NAME = /[”“"»]\s?\(([A-Za-z0-9]+(?:[./-][A-Za-z0-9]+){2,})\)/g

/** The one code the text puts in brackets after a quoted name. */
function readCodeAfterName(text: string, draft: Draft): void {
  if (!text.includes(' (')) return
  let found: RegExpExecArray | null = null
  CODE_AFTER_NAME.lastIndex = 0
  for (let match = CODE_AFTER_NAME.exec(text); match; match = CODE_AFTER_NAME.exec(text)) {
    if (!/[0-9]/.test(match[1]!)) continue
    // Two different codes (a page on several projects) name none as the page's own.
    if (found && found[1] !== match[1]) return
    found ??= match
  }
  const code = found?.[1]
  if (found && code) draft.set('projectNumber', code, { offset: found.index + found[0].length - 1 - code.length, length: code.length })
}

// 2009–2014 Norway Grants projects are numbered within their programme ("LV08/1", "LV 08/2"): read
// only right after the word for a project ("noslēdza projektu LV08/1 „…”"), as the programme's
// own code ("programmas LV08") stands bare.
const PROGRAMME_PROJECT_CODE = lazyPattern(() => /(?<![\p{L}])(?:[Pp]rojekt\p{L}{0,3}|[Pp]roject)\s+((?:BG|CY|CZ|EE|HU|LT|LV|MT|PL|RO|SI|SK)\s?\d{2}\/\d{1,4})(?![\p{L}\p{N}/-])/u)

/** 'projektu LV08/1 „…”': the one programme project code the text names after "projekts". */
function readProgrammeProjectCode(text: string, draft: Draft): void {
  if (!text.includes('/')) return
  const match = PROGRAMME_PROJECT_CODE().exec(text)
  const code = match?.[1]
  if (match && code && soleCode(PROGRAMME_PROJECT_CODE(), text, code)) draft.set('projectNumber', code, { offset: match.index + match[0].length - code.length, length: code.length })
}

// 2004–2009 EEA/Norway Grants codes are the state and four digits ("LT0043", "EE0031"): too plain to
// read alone (a postcode may look so), so only in brackets after a name or after a number sign ("Nr.", "No.", "№").
const EARLY_GRANT_CODE = /(?:\(|\b(?:Nr|No)\.\s?|№\s?)((?:BG|CY|CZ|EE|HU|LT|LV|MT|PL|SI|SK)\d{4})(?![\w/-])/

/** "„…” (EE0031)", "Projekto Nr. LT0043": the one early grant code the text names. */
function readEarlyGrantCode(text: string, draft: Draft): void {
  const match = EARLY_GRANT_CODE.exec(text)
  const code = match?.[1]
  if (match && code && soleCode(EARLY_GRANT_CODE, text, code)) draft.set('projectNumber', code, { offset: match.index + match[0].length - code.length, length: code.length })
}

/** Whether every match of `pattern` in `text` names `code` (its group, not the text before it). */
function soleCode(pattern: RegExp, text: string, code: string): boolean {
  for (const other of text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))) if (other[1] !== code) return false
  return true
}

/**
 * The EEA/Norway Grants or Interreg cross-border code `text` names. A text that names two or more
 * codes of a kind (a programme's page listing its projects, a news item on several) names none
 * as its own.
 */
function projectCodeIn(text: string): RegExpExecArray | null {
  return soleMatch(GRANT_CODE, text) ?? (CROSS_BORDER_WORDS.some((word) => text.includes(word)) ? soleMatch(CROSS_BORDER_CODE(), text) : null)
}

/** The match of `pattern` in `text` when every other match is the same code; null when there is none or another differs. */
function soleMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  const first = pattern.exec(text)
  if (!first) return null
  const rest = text.slice(first.index + first[0].length)
  for (const other of rest.matchAll(new RegExp(pattern.source, 'g'))) if (other[0] !== first[0]) return null
  return first
}

// "projekti number EE0019", "project number LT-PL-1R-215", "projekto kodas 08.4.2-ESFA-R-630-02-0011": the words, then a code with a figure in it.
// A service club's foundation numbers its global grants so ("Global Grant GG2231547", "global grant number GG1987654").
// "(номер проекта CH-3-ŠMM-01/11)": in Russian too, a code's parts may hold a capital of the Baltic alphabets.
const CODE_AFTER_NUMBER_WORDS = lazyPattern(() => /(?:[Pp]roject (?:number|code)|[Pp]rojekti (?:number|kood)|[Pp]rojekto (?:numeris|kodas)|[Pp]rojekta numurs|[Gg]lobal [Gg]rant(?: (?:number|no\.))?|[Нн]омер(?:ом)? проекта)\s+#?([A-Z]{2,4}[ -]?[0-9]{2,6}(?:[./-][A-Za-z0-9]+)*|[A-Z]{2}[0-9]{7}|[A-Za-z0-9\p{Lu}]+(?:[./-][A-Za-z0-9\p{Lu}]+)+)(?![\w/-])/u)
const NUMBER_WORDS: readonly string[] = ['ect number', 'ect code', 'ekti number', 'ekti kood', 'ekto numeris', 'ekto kodas', 'ekta numurs', 'lobal grant', 'lobal Grant', 'омер проекта', 'омером проекта']

/** A code with a number sign after the word project or in brackets, holding a figure ("Nr. 9.2.4.1/16/I/001"), or after "project number" in prose. */
function readNumberedCode(text: string, draft: Draft): void {
  if (NUMBER_WORDS.some((words) => text.includes(words))) {
    const named = CODE_AFTER_NUMBER_WORDS().exec(text)
    const code = named?.[1]
    if (named && code && /[0-9]/.test(code)) {
      draft.set('projectNumber', code, { offset: named.index + named[0].length - code.length, length: code.length })
      return
    }
  }
  if (!text.includes('Nr.') && !text.includes('No.') && !text.includes('№')) return
  const match = NUMBERED_CODE().exec(text)
  const code = match?.[1]
  if (!match || !code || !/\d/.test(code)) return
  draft.set('projectNumber', code, { offset: match.index + match[0].length - code.length, length: code.length })
}

/** "LLI-338 Joint actions …": a heading that starts with the project's code; the title is what follows. */
const DASH_AFTER_CODE = /^[–—-]\s+/

function codeBeforeTitle(title: string): RegExpExecArray | null {
  const match = projectCodeIn(title)
  return match && match.index === 0 && /^\s+\S/.test(title.slice(match[0].length)) ? match : null
}

function hasFacts(draft: Draft): boolean {
  const f = draft.fields
  return Boolean(f.promoter || f.projectNumber || f.startDate || f.endDate || f.amounts.length || f.partners.length || f.status || f.funders.length)
}

/** "Panevėžio rajone pradėtas įgyvendinti projektas …": the place a news headline opens with, in the locative. */
function addHeadlinePlace(draft: Draft, headline: Line): void {
  const place = placeOpeningHeadline(headline.text, headline.offset)
  if (place) draft.add('locations', place.value, place)
}
