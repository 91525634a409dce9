/**
 * Labelled entries -> draft fields, the same for every layout: a layout finds its entries
 * and calls this, then adds what only it knows.
 */
import type { Draft } from '../draft.js'
import type { AmountRole } from '../../schema/record.js'
import { findDateRange, findDates } from '../../normalise/dates.js'
import { findDuration } from '../../normalise/durations.js'
import { statusOf } from '../lexicon/status.js'
import { fundersInLabel } from '../lexicon/funders.js'
import { entryOffset, entryValue, type Entry } from './labelled.js'
import { addFigures, figuresIn } from './amounts.js'
import { bareFigure } from './unit-label.js'
import { addListEntry, addLocationEntry, addPartnerEntry } from './common.js'
import { isSameParty, jointParties, namesOrganisation, partnerOf, placeColumnAfterName, splitParties, withoutCountryAfterName } from './parties.js'
import { partiesInLead } from './leads.js'
import { isSpaceCode, mendBrokenWords, squash, unquote, withoutLinkNumber } from './text.js'
import { lazyPattern } from '../../normalise/lazy-pattern.js'

/** A value in quotes with a full stop after the closing mark. */
const QUOTED_THEN_STOP = /^[„“"«][^„“”"«»]+[”“"»]\.$/u
/** A quoted name, then another name in brackets: '"Bullying-free School" (Kiusamisvaba kool)', '„…” (SOS)'. */
/** A title of some words, then its acronym in brackets: capitals, figures and hyphens ("… in Ida-Viru County (PEERS-IV)"). */
const ACRONYM_AFTER_TITLE = /^[^()]{10,}\s\(([A-Z][A-Z0-9-]{1,18}[A-Z0-9])\)$/
const QUOTED_THEN_BRACKETED = /^[„“"«][^„“”"«»]+[”“"»]\s*\([^()]{2,80}\)$/u

export function applyEntries(draft: Draft, entries: readonly Entry[]): void {
  // An objective given as a whole paragraph describes the project when nothing else does.
  let paragraph: { value: string; span: { offset: number; length: number } } | undefined
  // A coordinating body is the promoter only where no label names one, before or after it.
  let coordinator: { value: string; span: { offset: number; length: number } } | undefined
  for (const entry of entries) {
    const value = entryValue(entry)
    const offset = entryOffset(entry)
    const span = { offset, length: value.length }
    switch (entry.key) {
      case 'title':
        // "1. Projekto pavadinimas: „Saugi mokykla – saugus miestas“.": a form's point ends with a full stop after the quotes.
        if (QUOTED_THEN_BRACKETED.test(value)) {
          // '"Bullying-free School" (Kiusamisvaba kool)': the quoted name, and its name in another language or acronym.
          const close = value.indexOf('(')
          const other = value.slice(close + 1, -1).trim()
          draft.set('title', unquote(value.slice(0, close).trim()) || null, { offset, length: close })
          if (other) draft.add('alternativeTitles', other, { offset: offset + close + 1, length: other.length })
        } else if (ACRONYM_AFTER_TITLE.test(value)) {
          // "Title   Peer-led prevention … County (PEERS-IV)": a research record's title ends with the project's acronym in brackets.
          const close = value.lastIndexOf('(')
          const acronym = value.slice(close + 1, -1)
          draft.set('title', unquote(value.slice(0, close).trim()) || null, { offset, length: close })
          draft.add('alternativeTitles', acronym, { offset: offset + close + 1, length: acronym.length })
        } else draft.set('title', unquote(QUOTED_THEN_STOP.test(value) ? value.slice(0, -1) : value) || null, span)
        break
      case 'acronym':
        // "Project acronym: SAFECOM": another name of the project.
        if (value && value.length <= 60) draft.add('alternativeTitles', unquote(value), span)
        break
      case 'projectNumber': {
        // "Projekta numurs: Nr. LV0147": the word for "number" is no part of the code.
        const sign = NUMBER_SIGN.exec(value)?.[0].length ?? 0
        const code = value.slice(sign)
        if (looksLikeCode(code)) draft.set('projectNumber', code, { offset: offset + sign, length: code.length })
        break
      }
      case 'promoter': {
        // "Project promoter:    [10]Liepaja City Council": lynx numbers the link the name is.
        const name = withoutLinkNumber(withoutPlaceColumn(entry, value))
        applyPromoter(draft, name, { offset: offset + value.length - name.length, length: name.length })
        break
      }
      case 'status':
        draft.set('status', statusOf(value), span)
        break
      case 'targetGroups':
        addListEntry(draft, 'targetGroups', entry)
        break
      case 'objective':
        if (entry.lines.length > 1) addListEntry(draft, 'objectives', entry)
        else if (value) {
          // "Projekto tikslas – X. More about the project…": the objective is the first
          // sentence; a longer paragraph is the description.
          const sentence = firstSentence(value)
          const objective = sentence.replace(/[.;]$/, '')
          draft.add('objectives', objective, { offset, length: objective.length })
          if (sentence.length < value.length) paragraph ??= { value, span }
        }
        break
      case 'description':
        draft.set('summary', value || null, span)
        break
      case 'location':
        addLocationEntry(draft, entry)
        break
      case 'partners':
        addPartnerEntry(draft, entry)
        break
      case 'duration':
        applyPeriod(draft, value, offset)
        applyPeriodNote(draft, value, offset)
        break
      case 'startDate':
      case 'endDate': {
        // An end label over a whole period ("termiņš: 01.06.2017. – 31.12.2021.") states the period.
        if (entry.key === 'endDate' && findDateRange(value)) {
          applyPeriod(draft, value, offset)
          break
        }
        const dates = findDates(value)
        const date = entry.key === 'endDate' ? dates[dates.length - 1] : dates[0]
        if (date) draft.set(entry.key, date.date, { offset: offset + date.offset, length: date.length })
        // "End date: ongoing": no date, but the project's status.
        else if (entry.key === 'endDate' && !draft.has('status')) {
          const status = statusOf(value)
          if (status === 'ongoing') draft.set('status', status, span)
        }
        break
      }
      case 'contact':
        applyContact(draft, value, offset)
        break
      case 'coordinator':
        // "Coordinator: Zemgale Planning Region", "Projektijuht: Tervise Arengu Instituut"; a person is a contact.
        if (namesOrganisation(value)) coordinator ??= { value: withoutPlaceColumn(entry, value), span }
        else applyContact(draft, value, offset)
        break
      case null:
      case 'activities':
      case 'results':
      case 'measure':
        break
      default:
        applyAmount(draft, entry, entry.key.slice('amount:'.length) as AmountRole | 'share')
    }
  }
  if (paragraph && !draft.has('summary')) draft.set('summary', paragraph.value, paragraph.span)
  if (coordinator && !draft.has('promoter')) applyPromoter(draft, coordinator.value, coordinator.span)
}

/**
 * "Coordinator  Biedrība „X“  Latvia": a card's row sets where the body is in a column of its own; the
 * one-line entry's value without it (the value is squashed, so the column is found on its line).
 */
function withoutPlaceColumn(entry: Entry, value: string): string {
  if (entry.lines.length !== 1) return value
  const column = placeColumnAfterName(entry.lines[0]!.text)
  return column ? mendBrokenWords(squash(column.name)) : value
}

/** The promoter, and the partners a joint value names with it ("X together with Y"). */
function applyPromoter(draft: Draft, value: string, span: { offset: number; length: number }): void {
  const joint = jointParties(value)
  draft.set('promoter', cleanOrganisation(joint ? joint.lead : value), span)
  if (!joint) return
  for (const piece of splitParties(joint.others, true)) {
    const partner = partnerOf(piece.text)
    const known = draft.fields.partners.some((other) => other.name === partner?.name)
    if (partner && !known) draft.add('partners', partner, { offset: span.offset + joint.othersOffset + piece.offset, length: piece.text.length })
  }
}

function applyAmount(draft: Draft, entry: Entry, role: AmountRole | 'share'): void {
  const line = entry.lines[0]
  if (!line) return
  const text = entry.lines.length === 1 ? line.text : entry.lines.map((l) => l.text).join('\n')
  if (role === 'share') {
    // "Iš jo ES dalis": a share of a figure above. Listed only when it is a new figure. The Union's
    // share of a total is its grant; of a grant or a sum paid out, a part of it (a grant again would count twice).
    for (const figure of figuresIn(text, line.offset, shareRole(draft))) {
      const repeat = draft.fields.amounts.some((a) => a.value === figure.money.value && a.currency === figure.money.currency)
      if (!repeat) addFigures(draft, [figure])
    }
    return
  }
  // "Kopējās izmaksas<TAB>64 210 EUR", then "Finansējums<TAB>54 578,50 EUR (85 %)": below a total or budget,
  // bare "funding" is the funder's part of it, not a second total.
  if (role === 'total_cost' && isBareFunding(entry.label) && draft.fields.amounts.some((amount) => amount.role === 'total_cost' || amount.role === 'budget')) role = 'grant'
  if (role === 'grant') for (const funder of fundersInLabel(entry.label)) if (!draft.fields.funders.includes(funder)) draft.add('funders', funder)
  const figures = figuresIn(text, line.offset, role)
  if (figures.length === 0 && entry.currency) addBareFigure(draft, line, role, entry.currency)
  else addFigures(draft, figures)
}

/** The role of a share ("of which the EU's share") by the figure above it. */
function shareRole(draft: Draft): AmountRole {
  const above = draft.fields.amounts.at(-1)?.role
  return above === undefined || above === 'total_cost' || above === 'budget' ? 'grant' : 'other'
}

/** "Projekto vertė, Lt" over "2 482 310,00": a bare number in the currency its label names. */
function addBareFigure(draft: Draft, line: { text: string; offset: number }, role: AmountRole, currency: string): void {
  const value = bareFigure(line.text)
  if (value === null) return
  const text = line.text.trim()
  draft.add('amounts', { role, value, currency, text }, { offset: line.offset + line.text.indexOf(text), length: text.length })
}

const BARE_FUNDING: readonly string[] = ['finansējums', 'financing', 'funding']

/** A label that says only "funding" ("Finansējums:"), naming neither a total nor a funder. */
function isBareFunding(label: string): boolean {
  return BARE_FUNDING.includes(label.replace(/[\s:]+$/, '').toLowerCase())
}

/** "01 October 2008 - 31 May 2009", "Līdz 2018.gada 31. augustam (2 gadi)", "2 years". */
export function applyPeriod(draft: Draft, stated: string, offset: number): void {
  const value = spacedDatesDashed(stated)
  const range = findDateRange(value)
  if (range) {
    draft.set('startDate', range.start.date, { offset: offset + range.start.offset, length: range.start.length })
    draft.set('endDate', range.end.date, { offset: offset + range.end.offset, length: range.end.length })
  } else {
    const date = findDates(value)[0]
    if (date) {
      const end = periodEndBefore(value.slice(Math.max(0, date.offset - 40), date.offset)) ?? openEndOf(value, date)
      if (end) draft.set(end, date.date, { offset: offset + date.offset, length: date.length })
    }
  }
  const duration = findDuration(value)
  if (duration) draft.set('durationMonths', duration.months, { offset: offset + duration.offset, length: duration.length })
}

/** "Years of implementation: 2012-2014 (no longer running)": a note in brackets after the period states the status. */
function applyPeriodNote(draft: Draft, value: string, offset: number): void {
  if (draft.has('status') || value.charCodeAt(value.length - 1) !== 41) return
  const open = value.lastIndexOf('(')
  if (open < 0 || value.length - open > 40) return
  const note = value.slice(open + 1, -1)
  const status = statusOf(note)
  if (status) draft.set('status', status, { offset: offset + open + 1, length: note.length })
}

// "2009 10 01 - 2010 03 31": Lithuanian writers part a date's numbers with spaces. Read only in a
// period's value, where a run of three such numbers can be nothing but a date.
const SPACED_DATE = /\b((?:19|20)[0-9]{2}) ([01][0-9]) ([0-3][0-9])\b/g

/** The period with spaced dates written with hyphens, as the date reader knows them (same length, same offsets). */
export function spacedDatesDashed(value: string): string {
  return value.includes(' ') ? value.replace(SPACED_DATE, '$1-$2-$3') : value
}

/** Which end of the period a lone date is, from the words just before it ("until …", "from …"). */
export function periodEndBefore(before: string): 'startDate' | 'endDate' | null {
  const last = lastLetterFolded(before)
  if (UNTIL_LAST.includes(last) && UNTIL.test(before)) return 'endDate'
  if (FROM_LAST.includes(last) && FROM.test(before)) return 'startDate'
  return null
}

/**
 * Which end a lone date is when the period's other end is left open by a dash: "01 May 2009 -"
 * (the work goes on, or the page never said) starts it, "– 31 December 2009" ends it.
 */
export function openEndOf(value: string, date: { offset: number; length: number }): 'startDate' | 'endDate' | null {
  if (isDash(value.slice(date.offset + date.length).trim())) return 'startDate'
  if (isDash(value.slice(0, date.offset).trim())) return 'endDate'
  return null
}

function isDash(text: string): boolean {
  return text.length === 1 && (text === '-' || text === '\u2013' || text === '\u2014')
}

export const UNTIL = /(?:līdz|until|till|iki|to|by|up to|kuni)\s*$/iu
export const FROM = /(?:no|from|since|nuo|starting|alates)\s*$/iu
/** The letters UNTIL's and FROM's words end with: a text ending otherwise (before its space) matches neither. */
const UNTIL_LAST = 'zlioy'
const FROM_LAST = 'omegs'

/**
 * The last character of `text` that is no space, as /iu compares it: ASCII letters in lower case,
 * ſ as s (the one character outside ASCII that /iu equates with one of the letters above: K, the
 * Kelvin sign, goes with k, which no word ends with); '' when the text is all space.
 */
function lastLetterFolded(text: string): string {
  let end = text.length
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--
  if (end === 0) return ''
  const code = text.charCodeAt(end - 1)
  if (code === 0x17f) return 's'
  return String.fromCharCode(code >= 65 && code <= 90 ? code + 32 : code)
}

/** Lower-case words before a capitalised one: a role said before a person's name. */
const ROLE_BEFORE_NAME = lazyPattern(() => /^(?:\p{Ll}[\p{L}.-]*\s+){1,4}(?=\p{Lu})/u)

function applyContact(draft: Draft, value: string, offset: number): void {
  const contact = contactOf(value)
  if (!contact.name && !contact.email && !contact.phones.length) return
  // "Руководитель проекта: X" over the report and "Руководитель проекта   X" under it to sign: one person, named again with nothing new.
  if (contact.name && !contact.email && !contact.phones.length && draft.fields.contacts.some((known) => known.name === contact.name)) return
  draft.add('contacts', contact, { offset, length: value.length })
}

/** A contact's name, e-mail and phones as a contact value writes them ("Rasa J., tel. …, el. p. …"). */
function contactOf(value: string): { name: string | null; email: string | null; phones: string[] } {
  const email = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/.exec(value)?.[0] ?? null
  // "(8 45) 50 12 34": a Lithuanian number writes its area code in brackets.
  const phones = [...value.matchAll(/(?:\+?\d{1,4}|\(\d{1,4}(?: \d{1,4})?\))(?:[ -]?\d{2,4}){2,5}/g)].map((m) => m[0].trim()).filter((p) => p.replace(/\D/g, '').length >= 7)
  // lynx numbers the name's mail link: "[13]Jānis Ozols, …"; "projekto koordinatorė Rasa Jankauskienė, tel. …":
  // the person's role in lower case before the name is no part of it.
  const head = withoutLinkNumber(value.split(/[,;]|\s(?:tālr|tel|phone|mob|e-pasts|e-mail|el\. paštas|el\. p\.)/iu)[0]?.trim() ?? '').replace(ROLE_BEFORE_NAME(), '')
  const name = PERSON().test(head) ? head : null
  return { name, email, phones }
}

/**
 * "Daugiau informacijos: projekto koordinatorė Rasa Jankauskienė, tel. …, el. p. …", "Lisainfo: Katri
 * Abel, katri.abel@tai.ee": a news page's line for more information names a contact person when it
 * gives a person's name and a phone or an e-mail (a bare address or a department is no contact).
 */
const MORE_INFORMATION = /^[ \t]*(?:daugiau informacijos|plašesnė informacija|plašāka informācija|papildu informācija|lisainfo|lisainformatsioon|more information|further information)\s*(?::|[–—-]\s)\s*/gimu

/** A letter's closing on a line of its own, the signature under it ("Pagarbiai", "Ar cieņu", "Lugupidamisega", "Best regards,"). */
const CLOSING = /^[ \t]*(?:pagarbiai|su pagarba|ar cieņu|lugupidamisega|parimate soovidega|best regards|kind regards|yours sincerely|sincerely|с уважением)[,.!]?[ \t]*$/gimu
/** A person's name: two to four capitalised words. */
const PERSON = lazyPattern(() => /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,3}$/u)
/** How many lines a signature may take under the name. */
const SIGNATURE_LINES = 6

/**
 * "Pagarbiai" / "Laura Petrauskaitė" / "Projekto vadovė" / "VšĮ „…“" / "Tel. +370 …": the person who
 * signs a letter is its contact, with the phone and e-mail the signature gives, when it gives one.
 */
export function addSignatureContact(draft: Draft, text: string, offset = 0): void {
  if (draft.has('contacts')) return
  const lower = text.toLowerCase()
  if (!['pagarb', 'cieņu', 'lugupidamisega', 'soovidega', 'regards', 'sincerely', 'уважением'].some((word) => lower.includes(word))) return
  CLOSING.lastIndex = 0
  for (const closing of text.matchAll(CLOSING)) {
    const lines = text.slice(closing.index + closing[0].length).split('\n').slice(1)
    const block: string[] = []
    for (const line of lines) {
      if (!line.trim()) break
      block.push(line.trim())
      if (block.length > SIGNATURE_LINES) break
    }
    const name = block[0] ?? ''
    if (!PERSON().test(name) || namesOrganisation(name)) continue
    const details = contactOf(block.slice(1).join(', '))
    if (!details.email && details.phones.length === 0) continue
    const at = text.indexOf(name, closing.index + closing[0].length)
    return void draft.add('contacts', { name, email: details.email, phones: details.phones }, { offset: offset + at, length: name.length })
  }
}

export function addMoreInformationContacts(draft: Draft, text: string, offset = 0): void {
  if (draft.has('contacts')) return
  const lower = text.toLowerCase()
  if (!lower.includes('informac') && !lower.includes('informāc') && !lower.includes('lisainf') && !lower.includes('information')) return
  MORE_INFORMATION.lastIndex = 0
  for (const match of text.matchAll(MORE_INFORMATION)) {
    const start = match.index + match[0].length
    const end = text.indexOf('\n', start)
    const value = text.slice(start, end === -1 ? text.length : end).trim()
    const contact = contactOf(value)
    if (contact.name && (contact.email || contact.phones.length)) draft.add('contacts', contact, { offset: offset + start, length: value.length })
  }
}

function firstSentence(text: string): string {
  const end = /[.!?](?=\s+\p{Lu})/u.exec(text)
  return squash(end ? text.slice(0, end.index + 1) : text)
}

/** "Nr. ", "No. ", "Nr.", "№ " before a code. */
const NUMBER_SIGN = /^(?:Nr\.|No\.|№)\s*(?=\S)/i

/** A project code has digits and no spaces beyond a separator: "LT10-0015", "LV 0080", "LV08/2". */
export function looksLikeCode(value: string): boolean {
  return value.length <= 40 && /\d/.test(value) && /^[\p{L}\d][\p{L}\d /._-]*$/u.test(value) && value.split(' ').length <= 3
}

/** "Daugavpils pilsētas Izglītības pārvalde (DPIP)" -> the name without the trailing acronym. */
export function cleanOrganisation(value: string): string | null {
  // An organisation's name is short; a longer value is running text, not a name.
  if (value.length > 300) return null
  // A lead partner's country in brackets or after a comma ("… Police (Latvia)", "…, Estonia") is not part of its name.
  const name = withoutCountryAfterName(withoutContactLines(squash(value)))
    .replace(/\s*\((?:\p{Lu}[\p{Lu}\d&.-]{1,15})\)\s*$/u, '')
    .replace(/[.;,]+$/, '')
    .trim()
  return name || null
}

/**
 * Where a name's contact lines begin, joined onto it from a letter's signature or a letterhead
 * ("VšĮ „X“ Tel. +370 611 22 334 www.x.lt"): a phone, fax, e-mail or web address is no part of a name.
 */
const CONTACT_TAIL = lazyPattern(() => /[\s,;]+(?:tel\.|tel:?(?=\s+[+(\d])|tālr\.|tālrunis|telefon\p{L}*|phone|mob\.|faks\.|fakss|fax|e-pasts|e-post|el\. ?p\.|e-mail|email|www\.|https?:\/\/|\+\d{3}\s?\d).*$/iu)

function withoutContactLines(name: string): string {
  return name.replace(CONTACT_TAIL(), '')
}

/**
 * The promoter (and, with `partner`, the partner named with it) of a news lead that says who
 * launches, carries out or completes the project ("X kartu su Y … pradeda įgyvendinti projektą").
 */
export function addLeadParties(draft: Draft, lead: { text: string; offset: number }, partner = true, leadVerb?: RegExp): void {
  const found = partiesInLead(lead.text, lead.offset, leadVerb)
  if (!found) return
  draft.set('promoter', cleanOrganisation(found.promoter.value), found.promoter)
  if (!partner) return
  // "X kopā ar Valsts policiju" over a list naming "Valsts policija": the same partner, declined.
  for (const named of found.partners) if (!draft.fields.partners.some((known) => isSameParty(known.name, named.value.name))) draft.add('partners', named.value, named)
}

