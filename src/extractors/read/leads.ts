/**
 * Who a news headline or lead says launches, carries out or completes a project: "Valsts policija
 * uzsāk īstenot projektu „…”", "X kartu su Y 2013 m. spalio 1 d. pradeda įgyvendinti projektą …".
 */
import type { Partner } from '../../schema/record.js'
import { partnerOf, splitParties, type Named } from './parties.js'
import { findPlaces } from '../../normalise/places.js'
import { lazyPattern } from '../../normalise/lazy-pattern.js'
import { lookupMonth } from '../../normalise/months.js'

// "X kartu su Y", "X, bendradarbiaudama su Y,", "X sadarbībā ar Y", "X together with Y": the subject names a partner too.
// Russian: "X совместно с Y", "X в сотрудничестве с Y", "X вместе с Y".
const WITH = /\s(?:kartu su|bendradarbiaudam[aio]s? su|sadarbībā ar|kopā ar|together with|in cooperation with|совместно с|в сотрудничестве с|вместе с)\s/u

/** Verbs by which a headline or a news lead says who launches, carries out or completes a project (or will); Russian too ("X начинает реализацию проекта «…»", "X приступила к реализации проекта «…»"). */
const PROJECT_VERBS =
  'sāks īstenot|īstenos|realizēs|įgyvendins|vykdys|noslēgusi|noslēdzis|pabeigusi|pabeidzis|uzsākusi|uzsācis|uzsāk(?:s)? īstenot|uzsāka īstenot|sāka īstenot|ir sākusi īstenot|ir sācis īstenot|ir uzsākusi|ir uzsācis|ir pabeigusi|ir pabeidzis|ir noslēdzis|ir īstenojis|īsteno|īstenoja|ir īstenojusi|sāk īstenot|turpina īstenot|jätkab|tęsia|toliau įgyvendina|continues to implement|continues implementing|realizē|realizēja|noslēdz|ir noslēgusi|noslēdza|pabeidz|pabeidza|pradeda įgyvendinti|pradėjo įgyvendinti|įgyvendina|įgyvendino|vykdo|vykdė|baigė|užbaigė|launches|launched|starts|started|implements|implemented|carries out|is implementing|completes|completed|concludes|concluded|uzsāka|uzsāk|alustas|alustab|käivitas|käivitab|viib ellu|viis ellu|viib|viis läbi|lõpetas|on lõpetanud|viis(?=\\s[^.;!?\\n]{0,80}\\sellu\\s)|начинает реализацию|начала реализацию|начал реализацию|начали реализацию|приступила к реализации|приступил к реализации|приступили к реализации|приступает к реализации|будет реализовывать|будут реализовывать|будет осуществлять|будут осуществлять|запустила|запустил|запустили|осуществляет|осуществила|осуществил|реализует|реализовала|реализовал|завершила|завершил|провёл|провела|провели|начинает|начинают|подвёл итоги|подвела итоги|подвели итоги|подводит итоги'

const HEADLINE_PROMOTER = lazyPattern(() =>
  new RegExp(
    String.raw`^(?<name>\p{Lu}[\p{L}\s.'’„“”"«»-]{2,80}?)\s+(?:${PROJECT_VERBS})\s+(?:\p{L}+\s+){0,3}(?:projekt\p{L}*|project)\b`,
    'u',
  ),
)

/** "Valsts policija uzsāk īstenot projektu „…”": the subject of a headline that launches a project. */
export function promoterInHeadline(text: string, offset = 0): Named<string> | null {
  const line = text.slice(0, 300)
  const match = HEADLINE_PROMOTER().exec(line)
  let name = match?.groups?.name
  // "Valsts policija sadarbībā ar biedrību „X” īsteno projektu": the partner is not the promoter.
  const withAt = name ? WITH.exec(name) : null
  if (name && withAt) name = name.slice(0, withAt.index)
  // "The State Police continues …": the article is not part of the name.
  name = name === undefined ? undefined : withoutLeadingArticle(name.trim())
  if (!name || isInflectedPlace(name)) return null
  return { value: name, offset: offset + line.indexOf(name), length: name.length }
}

/**
 * "Ventspilī uzsāk projektu …" (in Ventspils): a place's one word, in a case other than the one the
 * gazetteer names it in, says where, not who. "Rīga uzsāk …" may name the city as the actor.
 */
function isInflectedPlace(name: string): boolean {
  // One word: "Kauno rajono savivaldybė" is a place's name and a body's.
  if (name.includes(' ')) return false
  const places = findPlaces(name)
  return places.length === 1 && places[0]!.length === name.length && places[0]!.written !== places[0]!.name
}

// The verb of a lead sentence, with the project it names before the sentence ends.
// A dot after a digit ("alustas 2. septembril 2013 projektiga") or a year's "m." ("2014–2020 m. programos") ends no sentence.
// The project may be named in brackets after what was done: "X провёл обмен «…» (проект № …)".
const LEAD_VERB = lazyPattern(() => new RegExp(String.raw`\s(?:ir\s+|has\s+|have\s+)?(?:${PROJECT_VERBS})\s(?:(?:[^.;!?\n]|(?<=[0-9])\.|(?<=[0-9] m)\.){0,200}?\s\(?)?(?:projekt|project|проект)`, 'u'))
/**
 * A lead saying who won the call or got the money its paragraph's project is funded from: "X laimėjo
 * … paskelbtą … konkursą. Lėšos skirtos projektui „…“", "X gavo … finansavimą projektui", "X saņēma
 * … finansējumu", "X won the … call", "X sai … toetust". Read only when no lead names the project's
 * doer, and only in a paragraph that names a project (see `namesProject`).
 */
export const WON_CALL_LEAD_VERB = lazyPattern(
  () => /\s(?:laimėjo|gavo|uzvarēja|ieguva|saņēma|won|received|võitis|sai)\s(?:(?:[^.;!?\n]|(?<=[0-9])\.){0,200}?\s)?(?:konkurs\p{L}*|finansavim\p{L}*|param\p{L}*|lėš\p{L}*|finansējum\p{L}*|atbalst\p{L}*|call|grant|funding|toetus\p{L}*|rahastus\p{L}*)(?![\p{L}])/u,
)

/** Whether a lead paragraph names a project (a word for it in any of the pages' languages). */
export function namesProject(paragraph: string): boolean {
  return /(?<![\p{L}])(?:projekt|project|проект)/iu.test(paragraph)
}

// "2010. gada martā", "2013 m. spalio 1 d.", "on 1 March 2016": when, said between subject and verb.
const WHEN = lazyPattern(() => /\s(?:on\s|in\s)?(?:[0-9]{1,2}\.?\s\p{L}{3,12}\s)?[0-9]{4}[\p{L}\s.0-9]{0,24}$/u)
// "ar ESF atbalstu", "with the support of …", "su ES parama": the means, said between subject and verb.
const SUPPORT =
  lazyPattern(() => /\s(?:ar\s(?:\p{L}+\s){0,8}(?:atbalstu|līdzfinansējumu|finansējumu)|with the (?:financial )?support of|with (?:funding|support) from|su\s(?:\p{L}+\s){0,6}parama|remiant|padedant)(?![\p{L}])/u)
// An adverb between a lead's subject and its verb.
const MANNER = /\s(?:sėkmingai|veiksmīgi|sekmīgi|successfully|edukalt|jau|already|also|taip pat|arī|šobrīd|šiuo metu|currently|успешно|уже|также)\s*$/u
// "X в течение двух лет будет реализовывать …", "X на протяжении года проводит …": how long, said between subject and verb.
const SPAN = lazyPattern(() => /\s(?:в течение|на протяжении)\s(?:\p{L}+\s){0,2}\p{L}+\s*$/u)
const SUPPORT_FIRST = lazyPattern(() => /^(?:Ar\s(?:\p{L}+\s){0,8}(?:atbalstu|līdzfinansējumu|finansējumu),?|With the (?:financial )?support of [^,.]{1,80},)\s+/u)
// A Latvian legal form goes before the name in lower case ("biedrība „X” uzsākusi īstenot projektu").
const NAME_SHAPE = lazyPattern(() => /^(?:(?:biedrība|nodibinājums|fonds)\s+)?[\p{Lu}„“"][\p{L}\s.'’„“”"«»()-]{1,100}$/u)
// "Programmas „…” ietvaros X uzsākusi …": the frame a lead opens with (within the programme) is no part of the subject.
// A dot after a digit ("2014.–2021. gada perioda programmas") ends no sentence.
const FRAME_FIRST = /^(?:[^.;!?\n]|(?<=[0-9])\.){1,300}?\sietvaros,?\s+/u
const NOT_A_NAME = lazyPattern(() => /(?<![\p{L}])(?:projekt|project|šodien|šiandien|today|this|šis|šī|šiemet)/iu)

// A date opening a lead: "2016. gada 29. aprīlī ", "2013 m. spalio 1 d. ", "On 28 April 2016, ", "Nuo 2019 m. kovo 1 d. ".
// "С 2 по 10 октября 2017 года ", "1 апреля 2010 года ": a Russian day or period, its year word after it.
const WHEN_FIRST =
  lazyPattern(() => /^(?:On\s+|Nuo\s+|Alates\s+|Kopš\s+|Since\s+)?[0-9]{1,4}\.?\s+(?:gada\s+[0-9]{1,2}\.\s*\p{L}+|m\.\s+\p{L}+\s+[0-9]{1,2}\s*d\.|\p{L}+\s+[0-9]{4}),?\s+|^(?:С\s+)?[0-9]{1,2}(?:\s\p{L}+)?(?:\s(?:по|до)\s[0-9]{1,2}\s\p{L}+)?\s[0-9]{4}\s(?:года|г\.),?\s+/u)

/** "Riga, 3 May 2018. ", "Rīgā, 2018. gada 3. maijā. ": the place and day a news lead opens with. */
const DATELINE_PLACE_MAX = 30
const DATELINE = lazyPattern(() => /^\p{Lu}\p{L}+,\s+(?:[0-9]{1,2}\.?\s+\p{L}+\s+[0-9]{4}|[0-9]{4}\.\s+gada\s+[0-9]{1,2}\.\s*\p{L}+|[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4})\.?\s+(?=\p{Lu})/u)

// "Valsts policija 30. novembrī noslēdza …", "The State Police on 30 November completed …": a day of the month, its year left to the page's date.
const DAY_OF_MONTH = lazyPattern(() => /\s(?:on\s)?[0-9]{1,2}\.?\s(\p{L}{3,12})$/u)

/** The day and month said between a lead's subject and its verb, without a year: only when the word is a month's. */
function dayOfMonthAtEnd(subject: string): { index: number } | null {
  const match = DAY_OF_MONTH().exec(subject)
  return match && lookupMonth(match[1]!) ? match : null
}

/** A period said between a lead's subject and its verb: a preposition, then a date's first digit. */
const PERIOD_IN_SUBJECT = /\s(?:no|nuo|from|since|between|kopš|sākot ar|starting from|с)\s+[0-9]/

/**
 * The subject of a news lead that launches, carries out or completes a project:
 * "Panevėžio miesto savivaldybės administracija kartu su Panevėžio apskrities VPK 2013 m. spalio
 * 1 d. pradeda įgyvendinti projektą …" gives the promoter and the partner named with it.
 * Only the first sentence of `lead` is read; `leadVerb` finds the verb and its object (a
 * campaign's page gives the verbs for its campaign).
 */
export function partiesInLead(lead: string, offset = 0, leadVerb: RegExp = LEAD_VERB()): { promoter: Named<string>; partners: Array<Named<Partner>> } | null {
  // "Riga, 3 May 2018. The State Police has completed …": a dateline opens the lead, not a sentence.
  // Every dateline has its comma within the first words: a look spares compiling the pattern.
  const comma = lead.indexOf(',')
  const dateline = comma > 0 && comma <= DATELINE_PLACE_MAX ? DATELINE().exec(lead) : null
  const from = dateline ? dateline[0].length : 0
  const sentence = lead.slice(from, from + 400)
  offset += from
  const verb = leadVerb.exec(sentence)
  if (!verb) return null
  let subject = sentence.slice(0, verb.index)
  // "2016. gada 29. aprīlī Valsts policija noslēdza …", "On 28 April 2016, the State Police …",
  // "Nuo 2019 m. kovo 1 d. X …": the day comes first (its "d." ends no sentence).
  // "Alates 1. jaanuarist 2020 viib X ellu …": a subject that is only the day leaves the doer after the verb (not read here).
  const opening = WHEN_FIRST().exec(`${subject} `)
  if (opening) subject = subject.slice(opening[0].length)
  // "X šodien, 2013. gada 1. martā, uzsāk …": today, and the day it is, said between subject and verb.
  subject = beforeToday(subject)
  // A full stop before the verb ends an earlier sentence: that is not this lead's subject.
  if (/[.!?]\s+\p{Lu}/u.test(subject)) return null
  // "Valsts policija no 2015. gada 1. marta līdz 2017. gada 30. aprīlim īsteno …", "… kopš 2010. gada
  // 1. jūnija īsteno …": the period comes first.
  // "Ar EEZ finanšu instrumenta atbalstu X īstenoja …", "With the support of the EEA Grants, X …": the means, said first.
  const supportFirst = subject.startsWith('Ar ') || subject.startsWith('With ') ? SUPPORT_FIRST().exec(subject) : null
  if (supportFirst) subject = subject.slice(supportFirst[0].length)
  const frameFirst = subject.includes(' ietvaros ') ? FRAME_FIRST.exec(subject) : null
  if (frameFirst) subject = subject.slice(frameFirst[0].length)
  const period = PERIOD_IN_SUBJECT.exec(subject)
  if (period) subject = subject.slice(0, period.index)
  const when = WHEN().exec(subject) ?? dayOfMonthAtEnd(subject)
  if (when) subject = subject.slice(0, when.index)
  // "X ar Eiropas Sociālā fonda atbalstu īsteno …": the support it has is not part of its name.
  const support = SUPPORT().exec(subject)
  if (support) subject = subject.slice(0, support.index)
  // "X sėkmingai užbaigė …", "X successfully completed …": how it did so is not part of its name.
  const manner = MANNER.exec(subject)
  if (manner) subject = subject.slice(0, manner.index)
  const span = subject.includes(' в течение ') || subject.includes(' на протяжении ') ? SPAN().exec(subject) : null
  if (span) subject = subject.slice(0, span.index)
  const partners: Array<Named<Partner>> = []
  // "X, in cooperation with the Y, has completed …": the partner stands between commas.
  subject = withoutClosingComma(subject)
  const withAt = WITH.exec(subject)
  if (withAt) {
    const start = withAt.index + withAt[0].length
    // "X kartu su Lietuvos policijos mokykla ir Kauno kolegija …": the parties named with it.
    const named = subject.slice(start).trimEnd()
    for (const piece of splitParties(named, true)) {
      const found = partnerOf(withoutLeadingArticle(piece.text))
      if (found) partners.push({ value: found, offset: offset + start + piece.offset, length: found.name.length })
    }
    subject = withoutClosingComma(subject.slice(0, withAt.index))
  }
  // "The Southern Prefecture … has completed the project": the article is not part of the name.
  const name = withoutLeadingArticle(subject.trim())
  if (!NAME_SHAPE().test(withoutInnerCommas(name)) || NOT_A_NAME().test(name) || name.split(/\s+/).length > 10) return null
  return { promoter: { value: name, offset: offset + sentence.indexOf(name), length: name.length }, partners }
}

// "šodien", "today": a press release's word for its own day, the date it is after it between commas.
const TODAY = lazyPattern(() => /\s(?:šodien|šiandien|today|täna)(?![\p{L}])/u)
/** How much may follow "today" before the verb: a date between commas ("šodien, 2013. gada 1. martā,"). */
const AFTER_TODAY_MAX = 40

/** The subject before "today" and the date said with it, when nothing longer follows. */
function beforeToday(subject: string): string {
  if (!subject.includes('šodien') && !subject.includes('today') && !subject.includes('šiandien') && !subject.includes('täna')) return subject
  const today = TODAY().exec(subject)
  return today && subject.length - today.index <= AFTER_TODAY_MAX ? subject.slice(0, today.index) : subject
}

/** A subject set off by commas ("X, in cooperation with Y,") ends before its last comma. */
function withoutClosingComma(text: string): string {
  const trimmed = text.trimEnd()
  return trimmed.endsWith(',') ? trimmed.slice(0, -1) : text
}

/** "The Southern Prefecture" -> "Southern Prefecture": an English article before a capital ("the" after an opening date). */
function withoutLeadingArticle(name: string): string {
  if (!name.startsWith('The ') && !name.startsWith('the ')) return name
  const rest = name.slice(4).trimStart()
  const first = rest.charAt(0)
  return first && first !== first.toLowerCase() ? rest : name
}

/**
 * "Narkotikų, tabako ir alkoholio kontrolės departamentas": a comma before a lower-case word goes on
 * one name's list of words; before a capital it parts names ("Policija, Savivaldybė …": no one subject).
 */
function withoutInnerCommas(name: string): string {
  if (!name.includes(',')) return name
  let kept = ''
  let from = 0
  for (let at = name.indexOf(', '); at !== -1; at = name.indexOf(', ', at + 1)) {
    const next = name.charAt(at + 2)
    // A lower-case letter: it has an upper case that differs (no \p{Ll} class to compile).
    if (next !== next.toUpperCase()) {
      kept += name.slice(from, at)
      from = at + 1
    }
  }
  return kept + name.slice(from)
}
