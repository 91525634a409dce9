import { anchoredMatches, anchoredPattern, isAsciiLetterOrDigit } from '../read/anchored.js'
import { lowerMayHold } from '../read/text.js'
import { lazyPattern } from '../../normalise/lazy-pattern.js'

/** Project status words in the languages pages use, mapped onto the contract's four values. */
type Status = 'completed' | 'ongoing' | 'planned' | 'cancelled'

/** Status words, in the order they are tried; a word counts only whole (no letter or digit around it). */
const STATUS_WORDS: ReadonlyArray<readonly [Status, readonly string[]]> = [
  ['cancelled', ['cancelled', 'canceled', 'withdrawn', 'terminated', 'atcelts', 'pārtraukts', 'nutrauktas', 'atšauktas', 'annulé', 'отменён', 'отменен']],
  // Before the ongoing words, which hold "running" and "active": a programme that is "no longer running" is over.
  ['completed', ['no longer running', 'no longer active', 'no longer ongoing', 'no longer operating', 'not running anymore', 'not running any more']],
  // Before the completed words: "Tiek īstenots" (is being carried out) holds "īstenots" (carried
  // out), "being implemented" holds "implemented" ("Status: implemented" is over).
  ['ongoing', ['ongoing', 'on-going', 'in progress', 'in implementation', 'under implementation', 'being implemented', 'running', 'active', 'īstenošanā', 'īstenošanas stadijā', 'īstenošanas procesā', 'tiek īstenots', 'įgyvendinamas', 'vykdomas', 'en cours', 'laufend', 'käimas', 'käimasolev', 'реализуется', 'в процессе реализации']],
  ['completed', ['completed', 'complete', 'finished', 'finalised', 'finalized', 'closed', 'ended', 'implemented', 'pabeigts', 'noslēdzies', 'noslēdzās', 'noslēgts', 'īstenots', 'baigtas', 'įgyvendintas', 'užbaigtas', 'terminé', 'abgeschlossen', 'lõppenud', 'lõpetatud', 'завершён', 'завершен', 'завершено', 'реализован']],
  // "īstenošana tiks uzsākta 2024. gada septembrī": a status that says when work will start.
  ['planned', ['planned', 'not started', 'not yet started', 'plānots', 'tiks uzsākts', 'tiks uzsākta', 'vēl nav uzsākts', 'planuojamas', 'prévu']],
]

export interface StatusPattern {
  readonly status: Status
  readonly words: readonly string[]
  readonly pattern: RegExp
}

/** Built on first use; each pattern compiles on its first test, when a value may hold one of its words. */
let patterns: readonly StatusPattern[] | undefined

export function statusPatterns(): readonly StatusPattern[] {
  patterns ??= STATUS_WORDS.map(([status, words]) => ({
    status,
    words,
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'iu'),
  }))
  return patterns
}

/** The status a short labelled value states ("Completed", "Įgyvendinamas projektas"). */
export function statusOf(value: string): Status | null {
  if (value.length > 120) return null
  // Only the patterns whose words may occur can match: the others are never compiled or run.
  const lower = value.toLowerCase()
  for (const { status, words, pattern } of statusPatterns()) if (lowerMayHold(lower, words) && pattern.test(value)) return status
  return null
}

/** A status stated as a phrase in a page header ("PROJET TERMINÉ", "PROJEKT ABGESCHLOSSEN", "Project completed"). */
const headerPhrase =
  lazyPattern(() => /(?<![\p{L}\p{N}])(?:projet|project|projekt|projekts|projektas)\s{1,3}(terminé|en cours|completed|closed|ongoing|pabeigts|baigtas|įgyvendintas|abgeschlossen|laufend)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(completed|ongoing|closed|įgyvendinamas|baigtas)\s{1,3}(?:project|projektas)(?![\p{L}\p{N}])/iu)

/**
 * Every header phrase holds "proje" (projet, project, projekts, projektas), compared without case,
 * and starts at most 16 characters before it ("įgyvendinamas   projektas"), never right after an
 * ASCII letter or digit. "proje" has no "s" or "k", the only ASCII letters that /iu matches
 * beyond their two cases (ſ, K), so this plain /i scan finds every phrase.
 */
const HEADER_PHRASE = anchoredPattern(headerPhrase, /proje/gi, 'įgyvendinamas'.length + 3, isAsciiLetterOrDigit)

export function statusPhraseIn(line: string): { status: Status; index: number; length: number } | null {
  const match = anchoredMatches(line, HEADER_PHRASE, 1)[0]
  if (!match) return null
  const status = statusOf(match[1] ?? match[2] ?? '')
  return status ? { status, index: match.index, length: match[0].length } : null
}

/**
 * A headline or news lead saying the project is over: "Noslēdzies projekts „…”", "X noslēdz
 * projektu „…”", "X ir noslēgusi … līdzfinansēto projektu", "X baigė įgyvendinti projektą",
 * "X įgyvendino projektą" (carried it out), "Įgyvendintas prevencinis projektas" (not "bus įgyvendintas": will be),
 * "X завершила проект «…»", "В Ида-Вирумаа завершился проект …" (the project ended).
 * Launching a project says nothing of its status; a contract concluded for a project
 * ("noslēdz līgumu par projekta īstenošanu") is not its end.
 */
export const COMPLETES =
  lazyPattern(() => /(?<![\p{L}])(?<!bus\s)(?:noslēdzies|noslēdzās|noslēdz|baigėsi|pasibaigė|noslēdza|ir noslēgusi|noslēgusi|ir noslēdzis|noslēdzis|pabeidz|pabeidza|ir pabeigusi|pabeigusi|ir pabeidzis|pabeidzis|baigė|užbaigė|baigia|įgyvendino|įgyvendintas|baigtas|lõpetas|on lõpetanud|has completed|completes|has concluded|concludes|concluded|завершила|завершил|завершили|завершает|завершился|завершилась|закончился)\s(?:(?:[^.,;!?\n]|(?<=[0-9])\.){0,160}?\s)?(?:projekt|project|проект)/iu)
const CONTRACT = /līgum|vienošan|memorand|sutart|agreement|contract/iu

/** Where `sentence` (a headline, a lead: read up to 400 characters) says the project is completed. */
// "Projekts „X” noslēdzies", "Projektas „X“ baigtas", "Проект «X» завершился": the project, its quoted name, then the word
// (an English adverb may stand before it: 'our project "X" has officially come to an end').
export const COMPLETED_AFTER =
  lazyPattern(() => /(?<![\p{L}])(?:projekt\p{L}{0,3}|project|проект)\s+(?:[A-Z]{2,4}[ -]?\d{1,4}\s+)?[„“"«][^„“”"«»\n]{1,200}[”“"»]\s+(?:ir\s+|has\s+|is\s+)?(?:(?:officially|successfully|now|finally)\s+)?(?:noslēdzies|noslēgts|pabeigts|baigtas|užbaigtas|įgyvendintas|baigėsi|pasibaigė|completed|been completed|ended|finished|come to an end|come to a close|завершился|завершён|завершен|закончился)(?![\p{L}])/iu)

/**
 * Both patterns need the project's word and one of these (each of their verbs holds one): most
 * headlines lack one or the other, and a look proves no match without compiling the patterns.
 */
export const PROJECT_WORDS: readonly string[] = ['projekt', 'project', 'проект']
export const COMPLETION_WORDS: readonly string[] = ['noslēdz', 'noslēg', 'pabeidz', 'pabeig', 'baigė', 'baigia', 'baigtas', 'įgyvendintas', 'įgyvendino', 'lõpeta', 'complete', 'conclude', 'ended', 'finished', 'come to a', 'заверш', 'законч']

export function completionIn(sentence: string): { status: 'completed'; index: number; length: number } | null {
  const head = sentence.slice(0, 400)
  const lower = head.toLowerCase()
  if (!lowerMayHold(lower, PROJECT_WORDS) || !lowerMayHold(lower, COMPLETION_WORDS)) return null
  const match = COMPLETES().exec(head) ?? COMPLETED_AFTER().exec(head)
  if (!match || CONTRACT.test(match[0])) return null
  return { status: 'completed', index: match.index, length: match[0].length }
}

/**
 * A sentence that says where the project stands: "The project has been completed", "The project
 * was successfully completed in June 2011", "The project is still ongoing", "Project activities
 * were completed in June 2008", "Projekts ir noslēdzies.", "Projekts tiek īstenots.", "Projekts ir īstenošanas stadijā." The sentence
 * must start with its subject: "when the project is completed" states nothing, nor does "Projekts
 * tiks pabeigts" (will be completed); "tiek īstenots" and "ir īstenots" (has been carried out) count only as whole sentences ("Projekts
 * tiek īstenots programmas … ietvaros" says within what it is carried out), and so does the
 * Lithuanian "Projektas įgyvendinamas." ("Projektas įgyvendinamas pagal …" says under what), and
 * the Estonian "Projekti tegevused on käimas.", "Projekt on lõppenud.", "Projekt on lõpetatud." as whole
 * sentences or a clause before "ja" / "ning" ("Projekt on lõpetatud ja kõik tegevused on ellu viidud"),
 * the Lithuanian "Projektas <what was done, when> ir yra baigtas" ("Projektas vykdytas 2016 m. kovo
 * 1 d. – lapkričio 30 d. ir yra baigtas": the dates' "m." and "d." end no sentence; "ir bus baigtas",
 * will be, states nothing), and "Projekt toimus …" / "Projekt kestis …" (took place, lasted: the past tense); the Russian "Проект завершён …" ("Проект будет завершён": will be, states nothing); "The project … has come to an end" (or to a close), its name and period between (a news lead's "A project that … has come to an end" too);
 * "The project ended in December 2008", "The project was finalised …". An
 * adverb may stand before the word ("Projekts ir sekmīgi pabeigts"). A page saved at a fixed width
 * may break the English sentence between any two of its words, and indent the line it goes on in;
 * a PDF's text or a text browser indents a sentence that opens its line by the page's margin.
 */
const STANDS =
  lazyPattern(() => /(?:^\s*|[.!?]\s+|\n\s*)((?:The project|(?:All )?(?:[Tt]he )?[Pp]roject activities)\s+(?:(?:is|are|was|were|ha[sd]\s+been|have\s+been)(?:\s+(?:still|now|already|successfully|fully|currently))?\s+|(?:ha(?:s|ve)\s+)?(?=ended\b))(completed|finished|finali[sz]ed|ended|ongoing|on-going|in progress|being implemented|cancelled|canceled|terminated)\b|(?:The|A) project(?:\s[^.!?\n]{1,200}?)?\s(?:has|have) (?:now )?(come to an end|come to a close)\b|Projekts (?:ir |tika )?(?:(?:sekmīgi|veiksmīgi|jau) )?(noslēdzies|noslēdzās|noslēgts|pabeigts|īstenots(?=\s*[.!](?!\p{L})))(?![\p{L}\p{N}])|Projekts (tiek īstenots|ir īstenošanā|ir īstenošanas (?:stadijā|procesā))(?=\s*[.!](?!\p{L}))|Projektas (?:yra )?(?:(?:sėkmingai|jau) )?(įgyvendintas|baigtas|užbaigtas)(?![\p{L}\p{N}])|Projektas (?:yra |dar )?(įgyvendinamas|vykdomas)(?=\s*[.!](?!\p{L}))|Projekt(?:i tegevused)? on (?:edukalt )?(käimas|lõppenud|lõpetatud)(?=\s*[.!](?!\p{L})|\s+(?:ja|ning)\s)|Projekt (toimus|kestis)(?=\s)|Проект (?:(?:был|уже|успешно) )?(завершён|завершен|реализован)(?![\p{L}\p{N}])|Projektas\s(?:[^.!?\n]|(?<=\s[md])\.){1,160}?\sir (?:yra )?(?:(?:sėkmingai|jau) )?(įgyvendintas|baigtas|užbaigtas)(?![\p{L}\p{N}]))/u)

/**
 * "Все мероприятия выполнены, проект завершён в срок.": in Russian the clause may follow a comma, the
 * project its subject right after it (a conjunction between, "…, когда проект завершён", states nothing).
 */
const STANDS_AFTER_COMMA = lazyPattern(() => /,\s+(проект (?:(?:был|уже|успешно) )?(?:завершён|завершен|реализован))(?![\p{L}\p{N}])/u)
/**
 * "Проект находится в стадии реализации …", "Проект реализуется." (a whole sentence: "Проект реализуется в рамках …" says within what),
 * "Проект реализуется с сентября 2011 года …" (is carried out since a day, a month or a year: the present tense).
 */
const RUSSIAN_ONGOING = lazyPattern(() => /(?:^\s*|[.!?]\s+|\n\s*)(Проект (?:(?:сейчас|уже) )?(?:находится в (?:стадии|процессе) реализации|реализуется(?=\s*[.!](?!\p{L})|\s+с\s+(?:[0-9]|\p{Ll}+\s+[0-9]{4}))))/u)

/**
 * "Сейчас в Лудзенском крае реализуется проект «…»", "В настоящее время реализуется проект": a Russian
 * sentence that opens with "now" and says a project is being carried out states it is ongoing (as
 * "Projekts tiek īstenots." does); without the "now" ("В рамках программы реализуется проект") it
 * says within what, and a future ("будет реализовываться") states nothing.
 */
const CURRENTLY_RUNS = lazyPattern(() => /(?:^|[.!?]\s+|\n\s*)((?:Сейчас|В настоящее время|В данный момент)\s(?:[^.!?\n]{0,120}?\s)?(?:реализуется|осуществляется)\s(?:[^.!?\n]{0,40}?\s)?проект)(?![\p{L}])/u)

export function statusSentenceIn(text: string): { status: Status; index: number; length: number } | null {
  const stated = standsIn(text)
  if (stated || !text.includes('проект')) return stated
  const now = CURRENTLY_RUNS().exec(text)
  return now ? { status: 'ongoing', index: now.index + now[0].length - now[1]!.length, length: now[1]!.length } : null
}

/**
 * "The project started on 2 June 2014 and was completed on 30 April 2016", "The project began in
 * 2009 and ended in 2011": a sentence that gives the project's start, then says in its second clause
 * that it is over. "… and will be completed …" states nothing.
 */
const STARTED_AND_ENDED =
  lazyPattern(() => /(?:^\s*|[.!?]\s+|\n\s*)((?:The|This) project\s+(?:started|began|was launched|kicked off)\s(?:[^.!?\n]|(?<=[0-9])\.){1,120}?\sand\s+(?:(?:was|has been)\s+(?:(?:successfully|officially|fully)\s+)?(?:completed|finished|finali[sz]ed|concluded|closed)|ended|finished|concluded))(?![\p{L}])/u)

function startedAndEnded(text: string): { status: Status; index: number; length: number } | null {
  if (!text.includes(' project ') && !text.includes('The project') && !text.includes('This project')) return null
  const match = STARTED_AND_ENDED().exec(text)
  return match ? { status: 'completed', index: match.index + match[0].length - match[1]!.length, length: match[1]!.length } : null
}

function standsIn(text: string): { status: Status; index: number; length: number } | null {
  // Every such sentence holds one of these: most pages have none, and a look spares the pattern.
  if (!text.includes('The project ') && !text.includes('A project ') && !text.includes('roject activities ') && !text.includes('Projekts ') && !text.includes('Projektas ') && !text.includes('Projekt on ') && !text.includes('tegevused on ') && !text.includes('Projekt toimus') && !text.includes('Projekt kestis') && !text.includes('Проект ') && !text.includes(', проект ')) return null
  const match = STANDS().exec(text)
  if (!match) return runningNow(text) ?? clauseAfterComma(text) ?? startedAndEnded(text)
  const status = match[3] || match[9] ? 'completed' : statusOf(match[2] ?? match[4] ?? match[5] ?? match[6] ?? match[7] ?? match[8] ?? match[10] ?? match[11]!)
  return status ? { status, index: match.index + match[0].length - match[1]!.length, length: match[1]!.length } : null
}

/**
 * "The project is running now", "Project activities are currently under way", an annual report's "The
 * project continues in 2013" (the report's year over): in the present tense only
 * ("The project was running from 2010 to 2012" says nothing of today), the sentence opening with its subject.
 */
const RUNNING_NOW = lazyPattern(() => /(?:^\s*|[.!?]\s+|\n\s*)((?:The project|(?:The )?[Pp]roject activities)\s+(?:(?:is|are)(?:\s+(?:still|now|currently))?\s+(?:running|under\s?way)|(?:still\s+)?continues?))(?![\p{L}])/u)

function runningNow(text: string): { status: Status; index: number; length: number } | null {
  if (!text.includes(' running') && !text.includes('under') && !text.includes(' continue')) return null
  const match = RUNNING_NOW().exec(text)
  return match ? { status: 'ongoing', index: match.index + match[0].length - match[1]!.length, length: match[1]!.length } : null
}

/**
 * "Проект планируется реализовать с 1 мая 2012 года …" (is planned to be carried out: not yet started; "будет реализован",
 * a bare future, states nothing). The sentence opens with its subject, an interview's dialogue dash before it.
 */
const RUSSIAN_PLANNED = lazyPattern(() => /(?:^\s*|[.!?]\s+|\n\s*)(?:[–—]\s*)?(Проект (?:планируется|запланировано|предполагается) (?:реализовать|осуществить|начать|провести|выполнить))(?![\p{L}])/u)

/** The Russian sentences STANDS leaves: a clause after a comma, a project said to be under way or planned. */
function clauseAfterComma(text: string): { status: Status; index: number; length: number } | null {
  const ongoing = text.includes('Проект ') ? RUSSIAN_ONGOING().exec(text) : null
  if (ongoing) return { status: 'ongoing', index: ongoing.index + ongoing[0].length - ongoing[1]!.length, length: ongoing[1]!.length }
  const planned = text.includes('Проект ') ? RUSSIAN_PLANNED().exec(text) : null
  if (planned) return { status: 'planned', index: planned.index + planned[0].length - planned[1]!.length, length: planned[1]!.length }
  if (!text.includes(', проект ')) return null
  const match = STANDS_AFTER_COMMA().exec(text)
  return match ? { status: 'completed', index: match.index + match[0].length - match[1]!.length, length: match[1]!.length } : null
}

/**
 * A page published before the day its project starts ("2013 m. rugsėjo 12 d." over "Projektas bus
 * vykdomas nuo 2013 m. spalio 1 d. …") tells of a project not yet begun: planned. Both days as
 * `YYYY-MM-DD`; null when either is missing or the page is not older than the start.
 */
export function statusOfDates(published: string | null, start: string | null): 'planned' | null {
  return published && start && published < start ? 'planned' : null
}
