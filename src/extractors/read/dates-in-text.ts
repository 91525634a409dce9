/**
 * Dates that the text itself labels as the start or the end of the project, wherever they
 * stand: "Projekto pradžia: 2013-10-01", "Date de fin: 19 juin 2011",
 * "The start date of the project was 01/01/2018 and the end date was 31/12/2018."
 * An unlabelled date (an application date, a news date) is never taken for a project date.
 */
import { findDateRange, findDates } from '../../normalise/dates.js'
import { findDuration } from '../../normalise/durations.js'
import type { Draft } from '../draft.js'
import { MARGIN, spellBoundaries, withoutMargin } from './text.js'
import { lazyPattern } from '../../normalise/lazy-pattern.js'

const START =
  lazyPattern(() => /(?:start(?:ing)? date|date of start|start|beginning|commencement|date du début|date de début|début|projekto pradžia|pradžia|projekta sākum\p{L}*|sākuma datums|uzsākšanas datums|alguskuupäev|startdatum|beginn)(?: of the project| of project)?\s*(?:was|is|will be|:|-|–|=)?\s*(?:on\s*)?$/iu)
const END =
  lazyPattern(() => /(?:end date|ending date|date of end|completion date|end|date de fin|fin|projekto pabaiga|pabaiga|projekta beig\p{L}*|beigu datums|noslēguma datums|lõppkuupäev|enddatum|ende)(?: of the project| of project)?\s*(?:was|is|will be|:|-|–|=)?\s*(?:on\s*)?$/iu)

// A news lead says when the project starts and until when it runs: "2013 m. spalio 1 d. pradeda
// įgyvendinti projektą „…“, kuris truks iki 2015 m. balandžio 30 d.", "… will run until 30 June 2016",
// "Projektu plānots pabeigt līdz 2016. gada 30. aprīlim", "Projektu plānots īstenot līdz …", "projekt kestab 31. maini",
// "Проект продлится до 31 марта 2011 года", "… и продлится по 28 февраля 2016 г." (through that day).
const RUNS_UNTIL =
  /(?:(?:truks|tęsis|įgyvendinamas|vykdomas|ilgs|turpināsies|will run|runs|will last|lasts|pabeigt|jāpabeidz|tiks pabeigts|īstenot|tiks īstenots|tiks īstenota|продлится|продолжится)\s+(?:iki|līdz|until|till|до)|(?:продлится|продолжится)\s+по|(?:kestab|kestis)(?:\s+kuni)?)\s*$/iu
// A dot after a digit ("2014.–2021. gada perioda programmas") ends no sentence. The day may be set
// off by commas ("X šodien, 2013. gada 1. martā, uzsāk … projekta … īstenošanu").
const STARTS_PROJECT =
  /^[\s,]*(?:pradeda|pradėjo|pradės|uzsāk|uzsāka|uzsāks|(?:ir )?uzsākusi|(?:ir )?uzsācis|sāk|sāka|starts|started|launches|launched|begins|began)\s(?:(?:[^.;\n]|(?<=[0-9])\.){0,160}?\s)?(?:projekt|project)/i
// "X kopš 2010. gada 1. jūnija īsteno projektu …", "since 1 June 2010 implements the project",
// "Nuo 2019 m. kovo 1 d. X kartu su Y įgyvendina projektą …": the day the project has run since,
// said before the verb that carries it out (the doer may stand between).
// "X, sākot ar 2009. gada 1. maiju, īsteno projektu …" (starting from): the same, set off by commas.
// "X с 1 апреля 2010 года начинает реализацию проекта «…»": the same in Russian.
const SINCE = /(?:^|[\s(,])(?:kopš|since|nuo|alates|sākot ar|starting from|с)\s*$/i
const RUNS_PROJECT = /^[\s,]*(?:[^.;\n]{0,160}?\s)?(?:īsteno|realizē|implements|has been implementing|is implementing|įgyvendina|vykdo|viib|viivad|реализует|начинает)\s(?:[^.;\n]{0,160}?\s)?(?:projekt|project|проект)/i
// "projektu „…”, kas tika īstenots kopš 2013. gada 1. jūlija": the project, carried out since the day.
// Russian says it with the imperfective verb and "с": "проект реализуется с …", "реализовывался с …",
// "осуществлялся с …", "Работы велись с 3 сентября 2012 г." (the work has been carried on since).
const CARRIED_OUT_SINCE =
  /(?:īstenots|īstenota|realizēts|realizēta|implemented|carried out)\s+(?:kopš|since)\s*$|(?:^|\s)(?:реализу(?:ется|ются)|реализовывал(?:ся|ась|ось|ись)|осуществля(?:ется|ются|лся|лась|лось|лись)|вед[её]тся|ведутся|вел(?:ся|ась|ось|ись))\s+с\s*$/i
// "projektu „…”, kas tika īstenots no 2020. gada 1. septembra." / "implemented from 1 September 2020":
// a period's start with no end after it (a range word after the date makes it a period's).
const CARRIED_OUT_FROM = /(?:īstenots|īstenota|realizēts|realizēta|implemented|carried out)\s+(?:no|from)\s*$/i
// "X 2016. gada 30. aprīlī noslēdza … projektu „…”": the day a lead says the project was completed
// (a dot after a digit, "2009.–2014. gada perioda", ends no sentence); a contract concluded is no end.
// The programme's quoted name between the verb and the project counts as one word, however long:
// "noslēdza … programmas „Starptautiskā policijas sadarbība un noziedzības apkarošana” projektu".
const ENDS_PROJECT =
  /^\s*(?:noslēdza|noslēdz|(?:ir )?noslēgusi|(?:ir )?noslēdzis|pabeidza|pabeidz|(?:ir )?pabeigusi|(?:ir )?pabeidzis|baigė|completed|concluded|finished)\s(?:(?:[^.;\n„]|(?<=[0-9])\.|„[^„”“\n]{1,200}[”“]){0,160}?\s)?(?:projekt|project)/i
const CONTRACT = /līgum|vienošan|sutart|agreement|contract/i

// "The project started on 2 May 2014 and ended on 30 April 2016", "Projekt algas 1. märtsil 2008 ja
// lõppes 30. aprillil 2010", "Projekts sākās … un noslēdzās …", "Projektas prasidėjo … ir baigėsi …":
// the project's own verbs, the project named before them (a conference or a call that ended is no
// project). "Projekta īstenošana uzsākta 2008. gada 1. augustā un tiks pabeigta 2011. gada 31. martā":
// the Latvian participles, either gender (the project or its carrying out). A lead's future too:
// "Projekts ilgs 24 mēnešus un noslēgsies 2015. gada 31. oktobrī", "will end on …". Plain /i: no \p{…}.
const PROJECT_STARTED = /\bproje[ck]t[^;\n]{0,60}?\b(?:started|began|commenced|was launched|algas|sākās|prasidėjo|(?:tika |ir )?uzsākt[sa])\s+(?:on\s+)?$/i
const PROJECT_ENDED = /\bproje[ck]t[^;\n]{0,60}?\b(?:ended|finished|will end|(?:was|will be|is to be) (?:completed|concluded|finished)|lõppes|lõpeb|noslēdzās|noslēgsies|beidzās|beigsies|baigėsi|pasibaigė|baigsis|(?:tika |tiks |ir )pabeigt[sa])\s+(?:(?:on|by)\s+)?$/i
// The same in Russian: "Проект стартовал 1 октября 2013 года и …", "реализация проекта началась с …",
// "Проект завершился 30 июня 2011 года", "проект будет завершён 31 мая …". (\b knows no Cyrillic letter.)
const PROJECT_STARTED_RU = lazyPattern(() => /(?<![\p{L}])проект[^;\n]{0,60}?(?<![\p{L}])(?:стартовал[аио]?|стартует|начал(?:ся|ась|ось)|начн[её]тся|(?:был[аио]? |будет )?(?:запущен[аоы]?|начат[аоы]?))\s+(?:с\s+)?$/iu)
const PROJECT_ENDED_RU = lazyPattern(() => /(?<![\p{L}])проект[^;\n]{0,60}?(?<![\p{L}])(?:завершил(?:ся|ась|ось)|закончил(?:ся|ась|ось)|заверш(?:ит|ат)ся|законч(?:ит|ат)ся|(?:был[аио]? |будет )?(?:заверш[её]н[аоы]?|окончен[аоы]?))\s+$/iu)

// "X started the project „…” on 1 April 2015": the verb before the project ("The project was
// launched on …", the verb after it, is PROJECT_STARTED's).
const STARTED_ON = /(?:started|launched|began|commenced)\s(?:[^.;\n]{0,160}?\s)?(?:project|projekt)[^.;\n]{0,120}?\son\s*$/i
// "Lõuna prefektuur alustas 2. septembril 2013 projektiga …": the verb, the day, then the project.
const STARTED_BEFORE = /(?:alustas|alustab|käivitas|käivitab)\s*$/i
const ON_BEFORE = /\son\s*$/i
// The project may be named after its programme: "alustas 1. jaanuaril 2021 EMP … programmi projektiga".
const PROJECT_AFTER = /^\s*(?:the\s)?(?:[^.;\n]{0,100}?\s)?(?:projekt|project)/i

/** The farthest a window looks back past margins: a printed page's foot and the next page's head. */
const MARGIN_REACH = 2000

/** Where the `size` characters before `at` start, a joined margin's characters not counted. */
function windowStart(text: string, at: number, size: number): number {
  let start = at
  let counted = 0
  while (start > 0 && counted < size && at - start < size + MARGIN_REACH) {
    start--
    if (text.charAt(start) !== MARGIN) counted++
  }
  return start
}

export function addLabelledDates(draft: Draft, text: string, offset = 0): void {
  for (const date of findDates(text)) {
    const before = text.slice(Math.max(0, date.offset - 48), date.offset)
    const after = text.slice(date.offset + date.length, date.offset + date.length + 200)
    const span = { offset: offset + date.offset, length: date.length }
    // A sentence a page break cut is joined across a wide margin (see unwrap.ts): the margin counts for nothing.
    const sentence = withoutMargin(text.slice(windowStart(text, date.offset, 100), date.offset))
    // Both Russian patterns hold the word for the project ("проект", "Проект"): a look spares them elsewhere.
    const russian = sentence.includes('роект')
    if (START().test(before) || PROJECT_STARTED.test(sentence) || (russian && PROJECT_STARTED_RU().test(sentence))) draft.set('startDate', date.date, span)
    else if (END().test(before) || (RUNS_UNTIL.test(before) && !startsRange(after)) || PROJECT_ENDED.test(sentence) || (russian && PROJECT_ENDED_RU().test(sentence))) draft.set('endDate', date.date, span)
    else if (!draft.has('startDate') && (startsProject(before, after) || startedOn(text, date.offset, before, after))) draft.set('startDate', date.date, span)
    else if (!draft.has('endDate') && endsProject(after)) draft.set('endDate', date.date, span)
  }
}

// "kestab 2. maist 2012 kuni 31. maini 2013", "kestab 01.04.2017–31.03.2019": a date another
// follows after "until" or a dash (spaced or not) opens the period.
const RANGE_GOES_ON = /^\s*(?:(?:kuni|iki|līdz|until|till|to)\s|[–—-]\s*[0-9])/

/** Whether a range word follows the date: the date is the period's start, not its end. */
function startsRange(after: string): boolean {
  return RANGE_GOES_ON.test(after)
}

/** A date that a lead says the project starts on, or has run since. */
function startsProject(before: string, after: string): boolean {
  if (STARTS_PROJECT.test(after)) return true
  if (startsRange(after)) return false
  return (SINCE.test(before) && (RUNS_PROJECT.test(after) || CARRIED_OUT_SINCE.test(before))) || CARRIED_OUT_FROM.test(before)
}

/** A date that a lead says the project was completed on. */
function endsProject(after: string): boolean {
  const match = ENDS_PROJECT.exec(after)
  return match !== null && !CONTRACT.test(match[0])
}

/** Whether the words around a date say the project started on it. */
function startedOn(text: string, at: number, before: string, after: string): boolean {
  // Most dates have no "on" before them: the wide look back is taken only for those that do.
  if (ON_BEFORE.test(before) && STARTED_ON.test(text.slice(Math.max(0, at - 300), at))) return true
  return STARTED_BEFORE.test(before) && PROJECT_AFTER.test(after)
}

// "Projekts notiks no … līdz …" (will take place), as "norisināsies" does.
// "Проект продлится с … по …", "проект …, который с … по … реализовывался", "…, который длился с … по …", "С 2 по 10 октября 2017 года X
// провёл обмен «…» (проект № …)" (held, as "took place"): the Russian pages' word and verbs too.
const PROJECT = /projekt|project|projet|проект/iu
const RUNS = spellBoundaries(
  /īsteno|realizē|norisin|\bnoti(?:ek|ka|ks)\b|ilgs|implement|carried out|\bruns?\b|\bran\b|takes? place|took place|\blast(?:s|ed)?\b|duration|period|vykd|\bvyk(?:o|sta|s)\b|įgyvendin|truks|truko|trukm|tęs[iė]|toimu|kest|laikā|laikotarp|реализ|осуществл|продл|прош(?:ёл|ел|ла|ли)|провёл|провел|проход|провод|длил|длит/iu,
)
const NOT_THE_PROJECT = spellBoundaries(/pieteikum|application|paraišk|konkurs|\bcall\b|deadline|termiņ/iu)

const SENTENCE_BREAK = lazyPattern(() => /[.!?](?=\s+\p{Lu})|\n/gu)

const FOUR_DIGITS = /[0-9]{4}/g

/** Where the first four ASCII digits in a row at or after `from` start, or -1. */
function nextFourDigits(text: string, from: number): number {
  FOUR_DIGITS.lastIndex = from
  return FOUR_DIGITS.exec(text)?.index ?? -1
}

/**
 * Whether a sentence speaks of the subject: it names it, or it opens with "It" right after
 * words that name it ("… together with Tallinn University. It runs from 1 April 2018 to …").
 */
function namesSubject(text: string, start: number, sentence: string, subject: RegExp): boolean {
  if (subject.test(sentence)) return true
  return sentence.trimStart().startsWith('It ') && subject.test(text.slice(Math.max(0, start - 300), start))
}

/**
 * A period a sentence states for the project itself ("Projekts tiks īstenots no 2016. gada
 * 1. marta līdz 2017. gada 28. februārim", "The project runs from 1 May 2014 to 30 April 2016").
 * Only a sentence that speaks of the project being carried out counts (`subject` and `runs`: a
 * campaign's page gives the words for its campaign).
 */
export function addStatedPeriod(draft: Draft, text: string, offset = 0, subject: RegExp = PROJECT, runs: RegExp = RUNS): void {
  const knownStart = draft.fields.startDate
  const knownEnd = draft.fields.endDate
  if (knownStart !== null && knownEnd !== null) return
  // A lead may already have given the end ("X 2011. gada 30. septembrī noslēdza projektu …, kas tika
  // īstenots no … līdz 2011. gada 30. septembrim"): a period ending that day gives the start too;
  // or the start ("X 2019. gada 1. aprīlī uzsāks īstenot projektu … Projekts ilgs 24 mēnešus – no
  // 2019. gada 1. aprīļa līdz …"): a period starting that day gives the end.
  SENTENCE_BREAK().lastIndex = 0
  // The first four digits in a row at or after the sentence's start (-1: none), searched
  // again only once the sentences have passed it: one scan of the text in all.
  let fourDigits = nextFourDigits(text, 0)
  for (let start = 0; ; ) {
    const next = SENTENCE_BREAK().exec(text)
    const end = next === null ? text.length : next.index + 1
    if (fourDigits >= 0 && fourDigits < start) fourDigits = nextFourDigits(text, start)
    if (fourDigits < 0) return // no sentence from here on holds a year
    // A period needs a date, and every date has a four-digit year: most sentences have none.
    if (end - start < 600 && fourDigits + 4 <= end) {
      const sentence = text.slice(start, end)
      const range = namesSubject(text, start, sentence, subject) && runs.test(sentence) && !NOT_THE_PROJECT.test(sentence) ? findDateRange(sentence) : null
      if (range && (knownEnd === null || range.end.date === knownEnd) && (knownStart === null || range.start.date === knownStart)) {
        draft.set('startDate', range.start.date, { offset: offset + start + range.start.offset, length: range.start.length })
        draft.set('endDate', range.end.date, { offset: offset + start + range.end.offset, length: range.end.length })
        return
      }
    }
    if (next === null) return
    start = end
  }
}

// "Projekts ilgs 36 mēnešus", "The project will last 24 months": the project's length said in a
// sentence whose subject is the project; the length follows the verb.
// "Проект продлится 24 месяца", "Проект рассчитан на 2 года": the same in Russian.
// "Projektas truko 18 mėnesių", "Projekt kestis 18 kuud": the Lithuanian and Estonian verbs, future and past.
const LASTS = lazyPattern(() => /(?<![\p{L}])(?:(?:Projekts|[Tt]he project|Проект)\s+(?:ilgs|ilga|ilgst|ilgs\s+kopumā|will last|lasts|lasted|продлится|длится|длился|продолжался|рассчитан\s+на)|Projektas\s+(?:truks|truko|tęsis|tęsėsi)|Projekt\s+(?:kestab|kestis|kestab kokku))\s+/gu)
/** How far after the verb the length may stand ("36 mēnešus", "2 gadus", "24 months"). */
const LENGTH_WITHIN = 30

/** The duration a sentence states for the project, when no labelled value gave one. */
export function addStatedDuration(draft: Draft, text: string, offset = 0): void {
  if (draft.has('durationMonths')) return
  // Every such sentence holds one of the verbs: most texts have none, and a look spares the pattern.
  if (!text.includes(' ilg') && !text.includes(' last') && !text.includes('роект ') && !text.includes(' tru') && !text.includes(' tęs') && !text.includes(' kest')) return
  LASTS().lastIndex = 0
  for (const match of text.matchAll(LASTS())) {
    const from = match.index + match[0].length
    const duration = findDuration(text.slice(from, from + LENGTH_WITHIN))
    if (duration?.offset === 0) return void draft.set('durationMonths', duration.months, { offset: offset + from, length: duration.length })
  }
}
