/**
 * Facts every layout reads the same way once it knows where they are: funders named in
 * the text, list-valued entries, indicators from list items, partners and promoter in prose.
 */
import type { Doc, Line } from '../doc.js'
import type { Draft } from '../draft.js'
import { findFunders, type FunderMatch } from '../lexicon/funders.js'
import { completionIn } from '../lexicon/status.js'
import { entryOffset, entryValue, type Entry, type ValueLine } from './labelled.js'
import { indicatorOf, listItems, unmarkedIndicators } from './lists.js'
import { bareCountry, isSameParty, partnersInProse, partnerOf, splitParties, type Named } from './parties.js'
import { commasOutsideParentheses, isBlank, joinLines, mendBrokenWords, saysNone, trimItem, squash, withoutItemNumber, withoutLinkNumber } from './text.js'
import { findPlaces, type PlaceMatch } from '../../normalise/places.js'
import { knownPlacesCarriedOutIn, placeParts, placesInEnglishList, placesInLatvianList, placesOfActivities, placesOfSites } from './places.js'
import { countryOfName } from '../../normalise/countries.js'
import { lazyPattern } from '../../normalise/lazy-pattern.js'

export function addFunders(draft: Draft, text: string, offset = 0): void {
  const matches = findFunders(text)
  matches.forEach((match, i) => {
    if (ownsProgramme(text, match, matches[i + 1]) || isDisclaimer(text, match)) return
    if (!draft.fields.funders.includes(match.funder)) draft.add('funders', match.funder, { offset: offset + match.offset, length: match.length })
  })
}

// The disclaimer an EU-funded publication carries: "… and the Commission cannot be held responsible for …",
// "Eiropas Komisija nevar tikt saukta pie atbildības", "Europos Komisija negali būti laikoma atsakinga",
// "Euroopa Komisjon ei vastuta". The Union named there says who is not answerable, not who pays.
const DISCLAIMER_WORDS: readonly string[] = ['responsible', 'atbildīb', 'atsaking', 'vastuta']

/** Whether the Union or its Commission is named in the clause of a disclaimer. */
function isDisclaimer(text: string, match: FunderMatch): boolean {
  if (match.funder !== 'European Union') return false
  const end = match.offset + match.length
  let clause = text.slice(end, end + 80)
  const stop = clause.indexOf('.')
  if (stop >= 0) clause = clause.slice(0, stop)
  clause = clause.toLowerCase()
  return DISCLAIMER_WORDS.some((word) => clause.includes(word))
}

/** EU programmes a page names with the Union as their owner. */
const EU_PROGRAMMES: ReadonlySet<string> = new Set(['Erasmus+', 'Interreg'])
/** The words between the Union and its programme: "programm", "programos „", "'s". */
const OWNER_GAP = lazyPattern(() => /^[\p{L}'’ „“"«]{0,25}$/u)
const JOINING_WORD = lazyPattern(() => /(?<![\p{L}])(?:and|ir|ja|un)(?![\p{L}])/iu)

/**
 * "Euroopa Liidu programm Erasmus+", "the European Union's Erasmus+ programme": the Union named as the
 * owner of the programme right after it is not a funder of its own ("the EU and Erasmus+" would be two).
 */
function ownsProgramme(text: string, match: FunderMatch, next: FunderMatch | undefined): boolean {
  if (match.funder !== 'European Union' || !next || !EU_PROGRAMMES.has(next.funder)) return false
  const gap = text.slice(match.offset + match.length, next.offset)
  return OWNER_GAP().test(gap) && !JOINING_WORD().test(gap)
}

/**
 * "Projekta mērķis ir mazināt …", "Projekti eesmärk on vähendada …", "Projekto tikslas yra sumažinti …",
 * "The aim of the project is to reduce …": the objective a sentence of the text states, its
 * subject the project's aim and the verb "is"; the rest of the sentence is the objective. A dot
 * after a digit ("2014. gada") ends no sentence.
 */
const OBJECTIVE_SENTENCE =
  /(?:^|[.!?]\s+|\n\s*)(?:Projekta mērķis ir|Projekti eesmärk on|Projekto tikslas yra|The (?:aim|objective|goal) of the project is(?: to)?|The project(?:'s|’s) (?:aim|objective|goal) is(?: to)?)\s+((?:[^.!?\n]|(?<=[0-9])\.(?=\s))+)(?=[.!?](?:\s|$)|\n|$)/u
/** Every such sentence holds one of these: most texts hold none, and a look spares the pattern. */
const OBJECTIVE_WORDS: readonly string[] = ['mērķis ir', 'eesmärk on', 'tikslas yra', ' of the project is', ' is to ']

/** The objective the text states in a sentence, when no labelled value gave one. */
export function addObjectiveInProse(draft: Draft, text: string, offset = 0): void {
  if (draft.has('objectives') || !OBJECTIVE_WORDS.some((word) => text.includes(word))) return
  const match = OBJECTIVE_SENTENCE.exec(text)
  if (!match || match[1]!.trim().length < 10) return
  const objective = squash(match[1]!)
  draft.add('objectives', objective, { offset: offset + match.index + match[0].length - match[1]!.length, length: match[1]!.length })
}

/** One item per value line, or per comma-separated part when the value is on one line. */
export function addListEntry(draft: Draft, key: 'targetGroups' | 'objectives', entry: Entry): void {
  const parts = entry.lines.length > 1 ? markedItems(entry.lines) : entry.lines.length === 1 ? splitLine(entry.lines[0]!.text, entry.lines[0]!.offset) : []
  for (const part of parts) {
    const text = mendBrokenWords(squash(trimItem(part.text)))
    if (text) draft.add(key, text, { offset: part.offset, length: part.text.length })
  }
}

/**
 * A list whose marked items wrap at the margin, as a PDF's text leaves them ("− To identify … treat-",
 * "ment after release;"): an unmarked line goes on with the item above it until that item ends in
 * ";" or "."; an unmarked line after an ended item is prose below the list, which ends it. Lines
 * with no marks at all, or marks on every line, are items each, as they stand.
 */
function markedItems(lines: readonly ValueLine[]): Array<{ text: string; offset: number }> {
  if (!lines[0]!.item || lines.every((line) => line.item)) return [...lines]
  const items: Array<{ text: string; offset: number }> = []
  for (const line of lines) {
    if (line.item) {
      items.push({ text: line.text, offset: line.offset })
      continue
    }
    const last = items[items.length - 1]!
    const end = last.text.trimEnd()
    if (end.endsWith(';') || end.endsWith('.')) break
    // A word broken at the margin ("treat-" / "ment") joins without the hyphen, as in any wrapped item.
    last.text = joinLines(end, line.text.trim())
  }
  return items
}

const RELATIVE = lazyPattern(() => /^\s*(?:kas|kuri|kuras|kurš|kura|kurā|kurās|kuru|kuriem|kurām|kurie|kurios|kuriems|kurių|which|who|whose|that|where|kes|mis|kuhu)(?![\p{L}])/iu)

function positionsOf(text: string, char: string): number[] {
  const positions: number[] = []
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) positions.push(at)
  return positions
}

/** Split a one-line list on semicolons, or on commas when every part is a short phrase. */
function splitLine(text: string, offset: number): Array<{ text: string; offset: number }> {
  // Without a semicolon or a comma there is nothing to split on: the line is one item.
  if (text.indexOf(';') === -1 && text.indexOf(',') === -1) return [{ text, offset }]
  const split = (cuts: readonly number[]): Array<{ text: string; offset: number }> => {
    const parts: Array<{ text: string; offset: number }> = []
    let start = 0
    for (const cut of cuts) {
      parts.push({ text: text.slice(start, cut), offset: offset + start })
      start = cut + 1
    }
    parts.push({ text: text.slice(start), offset: offset + start })
    return parts.filter((part) => part.text.trim())
  }
  const bySemicolon = split(positionsOf(text, ';'))
  if (bySemicolon.length > 1) return bySemicolon
  const byComma = split(commasOutsideParentheses(text))
  // "Daugavpils pusaudži, kuri ir …": a relative clause continues the item, it is not a new one.
  const clause = byComma.slice(1).some((part) => RELATIVE().test(part.text))
  const short = !clause && byComma.every((part) => part.text.trim().split(/\s+/).length <= 6)
  return byComma.length > 1 && short ? byComma : [{ text, offset }]
}

/**
 * Partners listed under a "Partners:" label, one per line (bullets or not); a lone line may list
 * several, unless the layout writes one per line (`onePerLine`: then its commas are inside the name)
 * or marks it as a list item ("• Norvēģijas Bērnu, jaunatnes un ģimenes lietu direktorāts").
 */
export function addPartnerEntry(draft: Draft, entry: Entry, onePerLine = false): void {
  if (addRoleRows(draft, entry.lines)) return
  if (addCards(draft, entry.lines)) return
  // A name may hold a comma but never a semicolon: "A (Romania); B (Romania)" lists two even one per line.
  const single = entry.lines.length === 1 && entry.lines[0]!.item === true
  const lines = bracketedList(entry.lines) ?? (entry.lines.length > 1 || onePerLine || single ? bySemicolonAcrossLines(entry.lines) : entry.lines.length === 1 ? piecesOf(entry.lines[0]!) : [])
  for (const line of lines) {
    if (saysNone(line.text)) continue
    // lynx numbers a partner's link: "[12]Norwegian Correctional Service".
    // A PDF's name broken at the column's edge ("Liepājas pil-" / "sētas …") is one word again.
    const partner = partnerOf(untilSentenceEnd(withoutItemNumber(withoutLinkNumber(mendBrokenWords(trimItem(line.text))))))
    if (partner) draft.add('partners', partner, { offset: line.offset, length: line.text.length })
  }
}

/** Organisation cards (a name over its "Country:" line): each name a partner, from the card's country. Whether the lines were such. */
function addCards(draft: Draft, lines: readonly ValueLine[]): boolean {
  if (lines.length === 0 || lines[0]!.cardCountry === undefined) return false
  for (const line of lines) {
    // lynx numbers the card's link: "[13]Daugavpils City Council Social Service".
    const partner = partnerOf(withoutLinkNumber(line.text))
    if (partner) draft.add('partners', { name: partner.name, country: line.cardCountry ?? partner.country }, { offset: line.offset, length: line.text.length })
  }
  return true
}

// "Lead partner    Estonian Academy of Security Sciences    Estonia": a role, then the name, then its country.
const ROLE_CELL = /^(?:lead partner|lead beneficiary|project partner|partner|beneficiary|associated partner)$/i
const CELL_GAP = /\s{2,}|\t/

/**
 * Rows of a party table printed without bars under "Partners": each line a role, the name and
 * (maybe) the country, in columns parted by wide gaps. The lead's row names the promoter
 * (unless stated already), the others partners. Whether the lines were such rows.
 */
function addRoleRows(draft: Draft, lines: ReadonlyArray<{ text: string; offset: number }>): boolean {
  if (lines.length === 0 || !lines.every((line) => line.text.includes('  ') || line.text.includes('\t'))) return false
  const rows = lines.map((line) => line.text.trim().split(CELL_GAP))
  if (!rows.every((cells) => (cells.length === 2 || cells.length === 3) && ROLE_CELL.test(cells[0]!))) return false
  rows.forEach((cells, index) => {
    const line = lines[index]!
    const name = cells[1]!
    const span = { offset: line.offset + line.text.indexOf(name), length: name.length }
    const country = cells[2] ? countryOfName(cells[2]) : null
    if (/^lead\b/i.test(cells[0]!)) {
      if (!draft.has('promoter')) draft.set('promoter', name, span)
      return
    }
    const partner = partnerOf(name)
    if (partner) draft.add('partners', { name: partner.name, country: country ?? partner.country }, span)
  })
  return true
}

// A comma after a closing bracket or a closing quote mark (Latvian ”, Lithuanian “, » and ").
const NAME_END_COMMA = /(?<=[)”“»"]),/
const QUOTE_CLOSERS = '”“»"'

/**
 * "A (LV), B (FI), Region⏎Gotland (SE)": a list (wrapped over lines or not) whose names each end in a bracket
 * (the partner's country): the comma after a bracket parts two names, a line break does not. A home
 * partner named without a country may stand among them when its name ends in a quoted name
 * ("centrs „Junda”, Kauno … (Lietuva)"): a comma after the closing quote parts two names too.
 */
export function bracketedList(lines: ReadonlyArray<{ text: string; offset: number }>): Array<{ text: string; offset: number }> | null {
  if (!lines.some((line) => line.text.includes('),'))) return null
  const pieces: Array<{ text: string; offset: number }> = []
  let text = ''
  let offset = -1
  for (const line of lines) {
    const parts = line.text.split(NAME_END_COMMA)
    for (const [index, part] of parts.entries()) {
      const trimmed = part.trim()
      if (!trimmed) continue
      if (offset < 0) offset = line.offset + line.text.indexOf(trimmed)
      text = text ? `${text} ${trimmed}` : trimmed
      const cut = index < parts.length - 1
      if (!trimmed.endsWith(')') && !(cut && QUOTE_CLOSERS.includes(trimmed.at(-1)!))) continue
      pieces.push({ text, offset })
      text = ''
      offset = -1
    }
  }
  // A piece left open or a semicolon in a name: no such list.
  return text === '' && pieces.length > 1 && !pieces.some((piece) => piece.text.includes(';')) ? pieces : null
}

// A full stop after a word (not an initial: "Vyskupo M. Valančiaus"), then a capital: a new sentence.
const SENTENCE_AFTER_WORD = lazyPattern(() => /(?<=\p{Ll}{2})\.\s+(?=\p{Lu})/u)

/** "Norvegijos Vestfoldo kalėjimas. Per projektą …": a labelled name ends where the text runs on into a sentence. */
function untilSentenceEnd(text: string): string {
  if (!text.includes('. ')) return text
  const end = SENTENCE_AFTER_WORD().exec(text)
  return end ? text.slice(0, end.index) : text
}

/** The parts of a line between semicolons, placed in the document (the line itself when it has none). */
/**
 * The pieces of a list's lines cut on semicolons. "A; Kaunas" over "Centre for Addictive Disorders":
 * a table's column broke the last name after one word, which goes on with the next line's first piece.
 */
function bySemicolonAcrossLines(lines: ReadonlyArray<{ text: string; offset: number }>): Array<{ text: string; offset: number }> {
  const pieces: Array<{ text: string; offset: number }> = []
  let carried: { text: string; offset: number } | null = null
  for (const line of lines) {
    const parts = bySemicolon(line)
    if (carried && parts[0]) parts[0] = { text: `${carried.text} ${parts[0].text}`, offset: carried.offset }
    else if (carried) pieces.push(carried)
    carried = null
    const last = parts[parts.length - 1]
    // Only a line cut on semicolons whose last piece is one word left without its own semicolon.
    if (parts.length > 1 && last && !last.text.includes(' ') && !line.text.trimEnd().endsWith(';')) carried = parts.pop()!
    pieces.push(...parts)
  }
  if (carried) pieces.push(carried)
  return pieces
}

function bySemicolon(line: { text: string; offset: number }): Array<{ text: string; offset: number }> {
  if (line.text.indexOf(';') === -1) return [line]
  const parts: Array<{ text: string; offset: number }> = []
  let start = 0
  for (const raw of line.text.split(';')) {
    const text = raw.trim()
    if (text) parts.push({ text, offset: line.offset + start + raw.indexOf(text) })
    start += raw.length + 1
  }
  return parts
}

/**
 * The parties of one line, placed in the document. A list separated by semicolons splits on them
 * only: its names may hold commas ("Lietuvos Raudonojo Kryžiaus draugija, Panevėžio skyrius").
 */
function piecesOf(line: { text: string; offset: number }): Array<{ text: string; offset: number }> {
  if (line.text.includes(';')) return bySemicolon(line)
  // "Nordic partner: Kvinnoforum, Sweden": one partner and its country after the comma, not two parties.
  if (isNameAndCountry(line.text)) return [line]
  const pieces = splitParties(line.text, true)
  for (const piece of pieces) piece.offset += line.offset
  return pieces
}

/** "Kvinnoforum, Sweden": a value of one comma, a country's bare name after it. */
function isNameAndCountry(text: string): boolean {
  const comma = text.indexOf(', ')
  return comma > 0 && text.indexOf(',', comma + 1) === -1 && bareCountry(text.slice(comma + 2).trim()) !== null
}

export function addPartnersInProse(draft: Draft, text: string, offset = 0): void {
  const seen = draft.fields.partners.map((partner) => partnerKey(partner.name))
  for (const found of partnersInProse(text, offset)) {
    const key = partnerKey(found.value.name)
    // "kartu su Norvegijos … direktoratu": the labelled partner once more, in another case.
    if (seen.some((known) => known === key || isSameParty(known, key))) continue
    seen.push(key)
    draft.add('partners', found.value, found)
  }
}

/** A partner once more in prose, perhaps with its acronym ("… of Public Health (NIPH)"), is the same partner. */
function partnerKey(name: string): string {
  return name.replace(/\s*\([^()]*\)\s*$/, '').toLowerCase()
}

/** Numeric indicators from list items in a line range, in document order. */
export function addIndicators(draft: Draft, doc: Doc, start = 0, end = doc.lines.length): void {
  for (const item of listItems(doc, start, end)) {
    const indicator = indicatorOf(item.text, true)
    if (indicator) draft.add('indicators', indicator, { offset: item.offset, length: item.text.length })
  }
}

/** Indicators on indented lines without list marks (a reader view's list), when no list item gave any. */
export function addUnmarkedIndicators(draft: Draft, doc: Doc, start = 0, end = doc.lines.length): void {
  if (draft.has('indicators')) return
  for (const found of unmarkedIndicators(doc, start, end)) draft.add('indicators', found.indicator, { offset: found.offset, length: found.length })
}

/** Places named in a text (a title, a location value), as written, once each. */
export function addLocations(draft: Draft, text: string, offset = 0): void {
  const seen = new Set(draft.fields.locations.map((place) => place.toLowerCase()))
  for (const place of findPlaces(text)) {
    const key = place.name.toLowerCase()
    if (seen.has(key)) continue
    seen.add(key)
    draft.add('locations', place.written, { offset: offset + place.offset, length: place.length })
  }
}

/**
 * The first prose line that lists the places the work is done in gives them: a Latvian list in the
 * locative ("Rīgā, Jelgavā un Rēzeknē"), activities held in known towns ("Group sessions were
 * held in Riga, Liepāja and Valmiera"), or an English list after "in" in a sentence about the
 * project ("in Jelgava, Rēzekne and Liepāja").
 */
export function addPlacesListedInProse(draft: Draft, prose: readonly Line[]): void {
  for (const place of firstPlaceList(prose)) draft.add('locations', place.value, place)
}

/**
 * The title's places ("… Kauno ir Marijampolės apskrityse") widened by the prose's list when
 * that names them all again among others ("Kauno, Jonavos, Kėdainių ir Marijampolės
 * savivaldybėse"): the list says in full where the work is. A title that names a county or a region
 * ("… в Ида-Вирумаа") is widened by a list of that country's towns ("в Нарве, Кохтла-Ярве и
 * Силламяэ") as well: the towns say where in it.
 */
export function widenTitlePlaces(draft: Draft, prose: readonly Line[]): void {
  // The list names the title's places again: it speaks of the project whether or not its sentence says so.
  let listed = firstPlaceList(prose, true)
  if (listed.length === 0) return
  const placeOf = (written: string): PlaceMatch | undefined => findPlaces(written)[0]
  const nameOf = (written: string): string | undefined => placeOf(written)?.name
  const listedNames = new Set(listed.map((place) => nameOf(place.value)))
  const known = new Set(draft.fields.locations.map(nameOf))
  if (![...known].every((name) => name !== undefined && listedNames.has(name))) {
    // The towns of the title's area only from a sentence about the project ("Until 2009 women in Narva and Jõhvi had to …" is none).
    listed = firstPlaceList(prose)
    if (!townsOfTitleArea(draft.fields.locations.map(placeOf), listed.map((place) => placeOf(place.value)))) return
  }
  for (const place of listed) {
    const name = nameOf(place.value)
    if (known.has(name)) continue
    known.add(name)
    draft.add('locations', place.value, place)
  }
}

/** Whether the title names counties or regions only, and the list towns of their one country: the towns are in the area. */
function townsOfTitleArea(title: ReadonlyArray<PlaceMatch | undefined>, listed: ReadonlyArray<PlaceMatch | undefined>): boolean {
  const country = title[0]?.country
  const isArea = (place: PlaceMatch | undefined): boolean => place !== undefined && (place.kind === 'county' || place.kind === 'region')
  const isTown = (place: PlaceMatch | undefined): boolean => place !== undefined && (place.kind === 'city' || place.kind === 'town') && place.country === country
  return title.length > 0 && title.every((place) => isArea(place) && place!.country === country) && listed.length >= 2 && listed.every(isTown)
}

/** Places once each, the first time written. */
function withoutRepeats(places: Array<Named<string>>): Array<Named<string>> {
  const seen = new Set<string>()
  return places.filter((place) => !seen.has(place.value) && Boolean(seen.add(place.value)))
}

/** The places of the first prose line that lists them (see `addPlacesListedInProse`). */
function firstPlaceList(prose: readonly Line[], anySentence = false): Array<Named<string>> {
  for (const line of prose) {
    // A list of places and one of sites in the same paragraph ("… koolides. Osalevad Jõhvi Gümnaasium ja …") both say where.
    let listed = withoutRepeats([...placesInLatvianList(line.text, line.offset), ...placesOfSites(line.text, line.offset)])
    if (listed.length === 0) listed = placesOfActivities(line.text, line.offset)
    if (listed.length === 0) listed = knownPlacesCarriedOutIn(line.text, line.offset)
    if (listed.length === 0) listed = placesInEnglishList(line.text, line.offset, anySentence)
    if (listed.length > 0) return listed
  }
  return []
}

/** A labelled location value: the places it names, or the value itself when it is short. */
export function addLocationEntry(draft: Draft, entry: Entry): void {
  const value = entryValue(entry)
  if (!value) return
  const before = draft.fields.locations.length
  for (const line of entry.lines) {
    for (const part of splitLine(line.text, line.offset)) {
      // "Tallinn and Harju County": two places.
      for (const place of placeParts(part.text, part.offset)) {
        const text = trimItem(place.text)
        if (text) draft.add('locations', text, { offset: place.offset, length: place.text.length })
      }
    }
  }
  if (draft.fields.locations.length === before) draft.add('locations', squash(value), { offset: entryOffset(entry), length: value.length })
}

/** Paragraphs of a section, joined with single spaces; `keep` may leave out lines that are not the section's (a printed page's running head). */
export function sectionText(doc: Doc, start: number, end: number, keep?: (text: string) => boolean): { text: string; offset: number } | null {
  const lines = doc.lines.slice(start, end).filter((line) => !isBlank(line.text) && (keep === undefined || keep(line.text)))
  if (!lines.length) return null
  // A print's words broken at a line's end are whole again, as in the other layouts' unwrapped prose.
  return { text: mendBrokenWords(squash(lines.map((line) => line.text).join(' '))), offset: lines[0]!.offset }
}

/**
 * Status from the first of `lines` (a headline, a news lead) that says the project is over
 * ("Noslēdzies projekts …", "30. aprīlī noslēdzās projekts LV08/5 …"). One that says the work
 * goes on ("turpina īstenot projektu …") states no status: it tells what was under way when the
 * news was written, and the project's state is left unread (null), as on the labelled pages.
 */
export function addLeadStatus(draft: Draft, lines: ReadonlyArray<Line | undefined>): void {
  for (const line of lines) {
    if (!line) continue
    const found = completionIn(line.text)
    if (found) return void draft.set('status', found.status, { offset: line.offset + found.index, length: found.length })
  }
}
