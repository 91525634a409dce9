/**
 * Places as pages list them: "Tallinn and Harju County" under "Venue:", or the sentence "The
 * project was carried out in Narva, Sillamäe and Kohtla-Järve." Names are kept as written.
 */
import { endsWithBodyWord, type Named } from './parties.js'
import { findPlaces, type PlaceMatch } from '../../normalise/places.js'
import { isUpperCaseAt } from './text.js'
import { lazyPattern } from '../../normalise/lazy-pattern.js'

/** Where a list of places is cut: "," and ";", and "and" ("un", "ir", "ja", "и") before a capital. */
const PLACE_CUT = lazyPattern(() => /[,;]|\s(?:and|un|ir|ja|и)\s(?=\p{Lu})/gu)

/** Parts of a list of places ("Tallinn and Harju County", "Liepāja, Ventspils and Kuldīga"), trimmed. */
export function placeParts(text: string, offset = 0): Array<{ text: string; offset: number }> {
  const parts: Array<{ text: string; offset: number }> = []
  const push = (from: number, to: number): void => {
    const raw = text.slice(from, to)
    const trimmed = raw.trim()
    if (trimmed) parts.push({ text: trimmed, offset: offset + from + raw.indexOf(trimmed) })
  }
  let start = 0
  for (const cut of text.matchAll(PLACE_CUT())) {
    push(start, cut.index)
    start = cut.index + cut[0].length
  }
  push(start, text.length)
  return parts
}

/** "The project was carried out in …", "Activities took place in …": the list that follows names places. */
// Not "organised in" or "conducted in": one event (a study visit to Oslo) is not where the project is.
const CARRIED_OUT_IN = /\b(?:was|were|is|are|has been|have been) (?:carried out|implemented) in |\btook place in /g

/** A place as a list writes it: capitalised words, perhaps with a kind of area after them ("Kurzeme region"). */
const PLACE = lazyPattern(() => /^(?:the )?\p{Lu}[\p{L}'’-]*(?:\s(?:\p{Lu}[\p{L}'’-]*|region|county|district|city|municipality|parish))*$/u)

/** The places a sentence says the project was carried out in, as written, in order. */
export function placesCarriedOutIn(text: string, offset = 0): Array<Named<string>> {
  const found: Array<Named<string>> = []
  if (!text.includes('out in ') && !text.includes('ted in ') && !text.includes('place in ')) return found
  for (const match of text.matchAll(CARRIED_OUT_IN)) {
    const start = match.index + match[0].length
    const rest = text.slice(start, start + 300)
    const end = rest.search(/[.!?](?=\s|$)|\n/)
    for (const part of placeParts(end === -1 ? rest : rest.slice(0, end), offset + start)) {
      // The list ends where a part is no place ("… and its surroundings", "in 2009", "in cooperation with …")
      // or a body named after one ("lessons were carried out in Tartu Art School").
      if (!PLACE().test(part.text) || endsWithBodyWord(part.text)) break
      const name = part.text.replace(/^the /, '')
      found.push({ value: name, offset: part.offset + part.text.length - name.length, length: name.length })
    }
  }
  return found
}

/**
 * "The programme was implemented in Tallinn, Narva, Kohtla-Järve and Jõhvi": placesCarriedOutIn
 * for prose of any page, where a capitalised name after the verb may be a body's ("implemented in
 * Tartu Art School") and a lone place one event's venue ("The exchange took place in Druskininkai"):
 * two places or more, each one the gazetteer knows, whole.
 */
export function knownPlacesCarriedOutIn(text: string, offset = 0): Array<Named<string>> {
  const found = placesCarriedOutIn(text, offset)
  return found.length >= 2 && found.every((place) => isWhollyPlace({ text: place.value })) ? found : []
}

/**
 * "Seminars were held in Panevėžys, Biržai and Rokiškis": the project's activities spread over a
 * list of towns. Unlike "carried out in", an activity's place may be one event's venue (a study
 * visit, a school's name), so the list counts only when it names two places or more and every
 * part of it is a place the gazetteer knows, whole.
 */
const ACTIVITIES_HELD_IN =
  /\b(?:[Aa]ctivities|[Ss]eminars|[Tt]rainings|[Tt]raining sessions|[Ss]essions|[Ll]essons|[Ll]ectures|[Ww]orkshops|[Mm]eetings|[Ee]vents) (?:were|have been) (?:held|organi[sz]ed|conducted|carried out) in /g

/** A sentence's end, or a comma before a lower-case word (perhaps after "and"): a new clause; not ", and Pärnu". */
const LIST_END = lazyPattern(() => /[.!?](?=\s|$)|\n|,\s(?!and\s\p{Lu})\p{Ll}/u)

export function placesOfActivities(text: string, offset = 0): Array<Named<string>> {
  // Every match holds " were " or " have been " and "held in ", "ed in " or "out in ": most texts fail on those.
  if (!(text.includes(' were ') || text.includes(' have been ')) || !(text.includes('held in ') || text.includes('ed in ') || text.includes('out in '))) return []
  for (const match of text.matchAll(ACTIVITIES_HELD_IN)) {
    const start = match.index + match[0].length
    const rest = text.slice(start, start + 300)
    // The list ends with its sentence, or where a clause of its own goes on after a comma ("… in Jõhvi and Tartu, and two trainings …").
    const end = rest.search(LIST_END())
    const parts = placeParts(end === -1 ? rest : rest.slice(0, end), offset + start)
    if (parts.length >= 2 && parts.every(isWhollyPlace)) return parts.map((part) => ({ value: part.text, offset: part.offset, length: part.text.length }))
  }
  return []
}

/** The text is one place the gazetteer knows, as a whole ("Biržai", "Tartu County"; not "Tartu Art School"). */
function isWhollyPlace(part: { text: string }): boolean {
  const places = findPlaces(part.text)
  return places.length === 1 && places[0]!.offset === 0 && places[0]!.length === part.text.length
}

/**
 * A Latvian list of places the work is done in: all in the locative ("skolēnus Rīgā, Jelgavā,
 * Daugavpilī un Rēzeknē"), or in the genitive before a noun in the locative ("Kuldīgas, Saldus un
 * Talsu novados", "Rīgas, Liepājas un Daugavpils skolās"). Two places or more, each one the
 * gazetteer knows whole: a lone "Rīgā" may be an office's or one event's place. A Lithuanian list
 * reads the same, joined by "ir" ("Vilniaus, Kauno ir Klaipėdos miestų savivaldybėse"), and an
 * Estonian one by "ja" before a noun in the inessive ("Ida-Virumaa ja Lääne-Virumaa koolides").
 */
// A text browser's paragraph joined into one line keeps its margin after a comma: any run of spaces parts the names.
const LATVIAN_PLACE_LIST = lazyPattern(() => /(?<![\p{L}-])(\p{Lu}[\p{L}-]+(?:,\s+\p{Lu}[\p{L}-]+)*)\s+(un|ir|ja|и)\s+(\p{Lu}[\p{L}-]+)((?:\s+\p{Ll}+){0,2})/gu)
/**
 * Latvian and Lithuanian plural locative endings ("Rīgā", "Cēsīs", "novados", "skolās", "savivaldybėse", "rajonuose"),
 * and the Russian prepositional's "-е" after "в" ("в Риге, Даугавпилсе, Лиепае и Валмиере").
 */
const LOCATIVE = /(?:ā|ē|ī|ū|os|ās|ēs|īs|ūs|ėse|uose|е)$/u
/** After "в" a Russian name is in the prepositional ("Риге") or does not decline ("Силламяэ", "Кохтла-Ярве", "Йыхви", "Ауце"). */
const RUSSIAN_AFTER_V = /[еэои]$/u
/** Estonian inessive nouns after a list joined by "ja" ("Ida-Virumaa ja Lääne-Virumaa koolides", "Harju ja Rapla maakonnas"). */
const ESTONIAN_INESSIVE = /(?:des|tes|nas|las|lis)$/u

export function placesInLatvianList(text: string, offset = 0): Array<Named<string>> {
  // Every list joins its last two places with " un ", " ir ", " ja " or " и " between capitals: most texts are ruled out by a look at each.
  if (!joinsCapitalisedWords(text) && !joinsCapitalisedWords(text, ' ir ') && !joinsCapitalisedWords(text, ' ja ') && !joinsCapitalisedWords(text, ' и ')) return []
  for (const match of text.matchAll(LATVIAN_PLACE_LIST())) {
    // The Russian case ends in "-е" in more uses than "in": only after the preposition "в" does it say where.
    if (match[2] === 'и' && !/(?:^|\s)во?\s$/iu.test(text.slice(Math.max(0, match.index - 3), match.index))) continue
    const names = [...match[1]!.split(/,\s+/), match[3]!]
    const tail = match[4]!.trim()
    // Places in the locative may go on with the sentence's verb ("Rīgā un Rēzeknē iekārtos …"); genitives need a locative noun after them.
    const locative = match[2] === 'ja' ? ESTONIAN_INESSIVE : LOCATIVE
    const inflected = names.every((name) => (match[2] === 'и' ? RUSSIAN_AFTER_V : LOCATIVE).test(name)) || tail.split(/\s+/).some((word) => locative.test(word))
    if (!inflected || !names.every((name) => isWhollyPlace({ text: name }))) continue
    return namesFrom(text, names, match.index, offset)
  }
  return []
}

/**
 * An English list of places after "in" ("in Jelgava, Rēzekne and Liepāja"): English writes a place
 * in one form, so the preposition says where. Two places or more, each one the gazetteer knows
 * whole, as in Latvian, in a sentence about the project: one about the country's services at
 * large ("now runs child houses in Tallinn, Tartu …") says where they are, not where the work is.
 */
const ENGLISH_PLACE_LIST = lazyPattern(() => /\bin ((?:\p{Lu}[\p{L}-]+, )*\p{Lu}[\p{L}-]+),? and (\p{Lu}[\p{L}-]+)/gu)

export function placesInEnglishList(text: string, offset = 0, anySentence = false): Array<Named<string>> {
  if (!joinsCapitalisedWords(text, ' and ')) return []
  // A list that names the title's places again may follow "of" too ("in the parks of Narva and Narva-Jõesuu").
  for (const pattern of anySentence ? [ENGLISH_PLACE_LIST(), ENGLISH_PLACE_LIST_OF()] : [ENGLISH_PLACE_LIST()]) {
    for (const match of text.matchAll(pattern)) {
      const names = [...match[1]!.split(', '), match[2]!]
      if (!names.every((name) => isWhollyPlace({ text: name })) || !(anySentence || speaksOfProject(sentenceAround(text, match.index)))) continue
      return namesFrom(text, names, match.index, offset)
    }
  }
  return []
}

/** ENGLISH_PLACE_LIST after "of" ("the parks of Narva and Narva-Jõesuu"): read only to widen the title's places. */
const ENGLISH_PLACE_LIST_OF = lazyPattern(() => /\bof ((?:\p{Lu}[\p{L}-]+, )*\p{Lu}[\p{L}-]+),? and (\p{Lu}[\p{L}-]+)/gu)

/** Each of `names`, found in turn in `text` from `from` on, with its place in the document. */
function namesFrom(text: string, names: readonly string[], from: number, offset: number): Array<Named<string>> {
  const found: Array<Named<string>> = []
  let at = from
  for (const name of names) {
    at = text.indexOf(name, at)
    found.push({ value: name, offset: offset + at, length: name.length })
    at += name.length
  }
  return found
}

/** The sentence of `text` that holds `at`: from the full stop before it to the one after. */
function sentenceAround(text: string, at: number): string {
  const start = text.lastIndexOf('. ', at)
  const end = text.indexOf('. ', at)
  return text.slice(start === -1 ? 0 : start, end === -1 ? text.length : end)
}

/** Whether a sentence is about the project ("The project will test a model … in A, B and C"), not the country's services at large. */
function speaksOfProject(sentence: string): boolean {
  return sentence.includes('project') || sentence.includes('Project')
}

/** Whether some `joiner` (" un ", " and ") in `text` stands between two capitalised words ("… Jelgavā un Rēzeknē"). */
function joinsCapitalisedWords(text: string, joiner = ' un '): boolean {
  // A text browser may wrap the line after the joiner, its margin before the next name ("и" / "   Резекне").
  const word = joiner.trimEnd()
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
    let next = at + word.length
    if (!isLineSpace(text.charCodeAt(next))) continue
    while (isLineSpace(text.charCodeAt(next))) next++
    if (!isUpperCaseAt(text, next)) continue
    // The word before the joiner starts after a space, a line break or the no-break spaces of a joined margin.
    let wordStart = at
    while (wordStart > 0 && !isLineSpace(text.charCodeAt(wordStart - 1))) wordStart--
    // The word may open after a bracket or a quote mark: "(Rīgā un …", "„Jelgavā un …".
    if (isUpperCaseAt(text, wordStart) || isUpperCaseAt(text, wordStart + 1)) return true
  }
  return false
}

/**
 * A space or a line break (a wrapped paragraph keeps its breaks), or a no-break space: a paragraph
 * whose print lines were joined keeps their margin as no-break spaces (", \u00a0\u00a0Rēzeknē un …").
 */
function isLineSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 0xa0
}

/**
 * Lithuanian and Latvian locative endings ("Alytuje", "Kėdainiuose", "Panevėžio rajone",
 * "Jelgavā", "Ventspilī", "Cēsīs"): a place so written says where something happens.
 */
const LOCATIVE_ENDINGS: readonly string[] = ['uose', 'yje', 'uje', 'oje', 'ėje', 'ije', 'one', 'ā', 'ī', 'ē', 'ū', 'ās', 'īs', 'ēs']

/**
 * "Alytuje pradėtas projektas …", "Jelgavā noslēdzies projekts …", "Tartus algab …", "В Даугавпилсе …": the place a
 * news headline opens with, in the locative (Estonian: the inessive "-s" of a name without one),
 * is where the work happens. A place in another case opens a body's name ("Kauno policija",
 * "Jelgavas novada pašvaldība"), so it says nothing of the kind.
 */
export function placeOpeningHeadline(text: string, offset = 0): Named<string> | null {
  let start = text.length - text.trimStart().length
  // "В Висагинасе прошёл …": a Russian headline says "in" by a preposition, the place after it in the prepositional ("-е").
  const russian = text.startsWith('В ', start) || text.startsWith('Во ', start)
  if (russian) start = text.indexOf(' ', start) + 1
  const place = findPlaces(text)[0]
  if (!place || place.offset !== start) return null
  const written = place.written
  const locative = russian ? written.endsWith('е') : LOCATIVE_ENDINGS.some((ending) => written.endsWith(ending)) || (place.country === 'EE' && written.endsWith('s') && !place.name.endsWith('s'))
  return locative ? { value: written, offset: offset + place.offset, length: place.length } : null
}

/**
 * Sites named after their places, each in the locative: "Pravieniškių pataisos namuose, Alytaus
 * pataisos namuose ir Šiaulių tardymo izolatoriuje", "Rīgas Centrālcietumā un Jelgavas cietumā",
 * "Tartu Vanglas ja Viru Vanglas Jõhvis", and schools in any case ("osalevad Jõhvi Gümnaasium ja
 * Rakvere Reaalgümnaasium"). Each site gives the place it opens with, or the one it closes with
 * ("… Vanglas Jõhvis"); two sites or more, else a lone body's name says nothing of where.
 */
const SITE_JOINER = lazyPattern(() => /\s(?:ir|un|ja)\s(?=\p{Lu})/u)
/** A school's word ends a site's name in any case ("Jõhvi Gümnaasium", "Rakvere Reaalgümnaasium", "Kauno „Saulės“ gimnazija"): a school is where its pupils are taught. */
const SCHOOL_WORDS: readonly string[] = ['gümnaasium', 'kool', 'gimnazij', 'mokykl', 'ģimnāzij', 'skol', 'school']
/** The words a site's name may have after its place ("pataisos namuose-atvirojoje kolonijoje"). */
const MOST_WORDS_AFTER_PLACE = 4

export function placesOfSites(text: string, offset = 0): Array<Named<string>> {
  // The last site follows " ir ", " un " or " ja ": a look for each rules most texts out.
  if (!text.includes(' ir ') && !text.includes(' un ') && !text.includes(' ja ')) return []
  for (const sentence of text.matchAll(/[^.;!?]+/gu)) {
    const join = SITE_JOINER().exec(sentence[0])
    if (!join) continue
    const estonian = join[0].trim() === 'ja'
    const tail = sentence[0].slice(join.index + join[0].length)
    const lastSite = tail.slice(0, tail.search(/,|$/u))
    const lastPlace = placeOfSite(lastSite, estonian, false)
    if (!lastPlace) continue
    const found = [at(lastPlace, offset + sentence.index + join.index + join[0].length)]
    // The sites before the joiner, back from it; the first of them may follow the sentence's own words.
    let end = join.index
    for (const site of sentence[0].slice(0, join.index).split(', ').reverse()) {
      const start = end - site.length
      const place = placeOfSite(site, estonian, false)
      const opening = place ? null : placeOfSite(site, estonian, true)
      if (!place && !opening) break
      found.unshift(at((place ?? opening)!, offset + sentence.index + start))
      if (opening) break
      end = start - 2
    }
    if (found.length >= 2) return found
  }
  return []
}

function at(place: PlaceMatch, offset: number): Named<string> {
  return { value: place.written, offset: offset + place.offset, length: place.length }
}

/** A word that ends a site's name: in the locative (the Estonian inessive "-s", not the nominative "-us"), or a school's. */
function isSiteWord(word: string, estonian: boolean): boolean {
  const locative = estonian ? word.endsWith('s') && !word.endsWith('us') : LOCATIVE_ENDINGS.some((ending) => word.endsWith(ending))
  if (locative) return true
  const lower = word.toLowerCase()
  return SCHOOL_WORDS.some((school) => lower.includes(school))
}

/** The place a site in the locative is named after: the one closing it, or one a few words before its end (at its start, but for the first site). */
function placeOfSite(site: string, estonian: boolean, first: boolean): PlaceMatch | null {
  const trimmed = site.trimEnd()
  const lastWord = trimmed.slice(trimmed.lastIndexOf(' ') + 1)
  if (!isSiteWord(lastWord, estonian)) return null
  const places = findPlaces(trimmed)
  const closing = places[places.length - 1]
  if (closing && closing.offset + closing.length === trimmed.length && closing.offset > 0) return closing
  for (let i = places.length - 1; i >= 0; i--) {
    const place = places[i]!
    if (!first && place.offset !== site.length - site.trimStart().length) continue
    const after = trimmed.slice(place.offset + place.length).trim()
    if (after && after.split(' ').length <= MOST_WORDS_AFTER_PLACE) return place
  }
  return null
}
