/**
 * Countries: names and adjectives in English, Latvian, Lithuanian and Estonian (with
 * their case forms) -> ISO 3166-1 alpha-2, and the decision which country a project is
 * carried out in. That decision is only made when the evidence is one-sided, because a
 * wrong country is worse than none.
 */
import { FirstWordFilter, NameIndex, gazetteerIndex, placesIn, scanNames, scanWords, type WordSequence } from './places.js'
import { tripSpans, withinSpans } from './visits.js'
import { lazyPattern } from './lazy-pattern.js'

export interface CountryMention {
  country: string
  /** As in the text. */
  text: string
  offset: number
  length: number
}

/**
 * Spellings use the gazetteer notation (./gazetteer.ts): `lv:Latvij|a` gives Latvija,
 * Latvijas, Latvijai, Latviju, Latvijā; `lt:Latvij|a` gives Latvijos, Latvijoje, …;
 * `et:Läti` gives Lätis, Lätist, …; `^` asks for a capital (`Turkey`, `Polish`).
 */
const COUNTRY_NAMES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['LT', ['ru:Литв|а', 'Lithuania', 'Lithuanian', 'Lithuanians', 'lv:Lietuv|a', 'lt:Lietuv|a', 'lietuvių', 'lietuviešu', 'et:Leedu', 'Lituanie', 'Litauen']],
  ['LV', ['ru:Латви|я', 'Latvia', 'Latvian', 'Latvians', 'lv:Latvij|a', 'lt:Latvij|a', 'latviešu', 'latvių', 'et:Läti', 'Lettonie', 'Lettland']],
  ['EE', ['ru:Эстони|я', 'Estonia', 'Estonian', 'Estonians', 'et:Eesti', 'lv:Igaunij|a', 'igauņu', 'lt:Estij|a', 'estų', 'Estonie', 'Estland']],
  ['NO', ['ru:Норвеги|я', 'Norway', 'Norwegian', 'Norwegians', 'lv:Norvēģij|a', 'norvēģu', 'lt:Norvegij|a', 'norvegų', 'et:Norra', 'Norge', 'Norvège', 'Norwegen']],
  ['IS', ['Iceland', 'Icelandic', 'Icelanders', 'lv:Island|e', 'islandiešu', 'lt:Islandij|a', 'islandų', 'et:Islandi']],
  ['LI', ['Liechtenstein', 'lv:Lihtenštein|a', 'lt:Lichtenštein|as', 'et:Liechtenstein>Liechtensteini']],
  ['BG', ['Bulgaria', 'Bulgarian', 'Bulgarians', 'lv:Bulgārij|a', 'bulgāru', 'lt:Bulgarij|a', 'bulgarų', 'et:Bulgaaria']],
  ['PL', ['ru.ka:Польш|а', 'Poland', '^Polish', 'lv:Polij|a', 'poļu', 'lt:Lenkij|a', 'lenkų', 'et:Poola', 'Polska', 'Pologne']],
  ['FI', ['ru:Финлянди|я', 'Finland', 'Finnish', 'Finns', 'lv:Somij|a', 'lt:Suomij|a', 'suomių', 'et:Soome', 'Suomi']],
  ['SE', ['ru:Швеци|я', 'Sweden', 'Swedish', 'Swedes', 'lv:Zviedrij|a', 'zviedru', 'lt:Švedij|a', 'švedų', 'et:Rootsi', 'Sverige']],
  ['DK', ['Denmark', 'Danish', 'lv:Dānij|a', 'dāņu', 'lt:Danij|a', 'danų', 'et:Taani']],
  ['DE', ['ru:Германи|я', 'Germany', 'German', 'Germans', 'lv:Vācij|a', 'vācu', 'lt:Vokietij|a', 'vokiečių', 'et:Saksamaa', 'Deutschland']],
  ['RU', ['Russia', 'Russian', 'Russians', 'Russian Federation', 'lv:Krievij|a', 'krievu', 'lt:Rusij|a', 'rusų', 'et:Venemaa']],
  ['BY', ['Belarus', 'Belarusian', 'Belarussian', 'lv:Baltkrievij|a', 'baltkrievu', 'lt:Baltarusij|a', 'baltarusių', 'et:Valgevene']],
  ['UA', ['Ukraine', 'Ukrainian', 'Ukrainians', 'lv:Ukrain|a', 'ukraiņu', 'lt:Ukrain|a', 'ukrainiečių', 'et:Ukraina']],
  ['TR', ['^Turkey', 'Turkish', 'Türkiye', 'lv:Turcij|a', 'lt:Turkij|a', 'turkų', 'et:Türgi']],
  ['IT', ['Italy', 'Italian', 'Italians', 'lv:Itālij|a', 'itāļu', 'lt:Italij|a', 'italų', 'et:Itaalia', 'Italia']],
  ['PT', ['Portugal', 'Portuguese', 'lv:Portugāl|e', 'portugāļu', 'lt:Portugalij|a', 'portugalų', 'et:Portugal>Portugali']],
  ['ES', ['Spain', 'Spanish', 'lv:Spānij|a', 'spāņu', 'lt:Ispanij|a', 'ispanų', 'et:Hispaania', 'España']],
  ['FR', ['France', 'French', 'lv:Francij|a', 'franču', 'lt:Prancūzij|a', 'prancūzų', 'et:Prantsusmaa']],
  ['NL', ['Netherlands', 'Dutch', 'lv:Nīderland|e', 'lt:Nyderland|ai', 'et:Holland>Hollandi', 'Madalmaad', 'Madalmaades', 'Madalmaadest']],
  ['BE', ['Belgium', 'Belgian', 'lv:Beļģij|a', 'lt:Belgij|a', 'et:Belgia']],
  ['AT', ['Austria', 'Austrian', 'lv:Austrij|a', 'lt:Austrij|a', 'et:Austria']],
  ['CH', ['Switzerland', 'Swiss', 'lv:Šveic|e', 'lt:Šveicarij|a', 'et:Šveits>Šveitsi']],
  ['CZ', ['Czech Republic', 'Czechia', 'Czech', 'lv:Čehij|a', 'lt:Čekij|a', 'et:Tšehhi']],
  ['SK', ['Slovakia', 'Slovak', 'Slovakian', 'lv:Slovākij|a', 'lt:Slovakij|a', 'et:Slovakkia']],
  ['SI', ['Slovenia', 'Slovenian', 'Slovene', 'lv:Slovēnij|a', 'lt:Slovėnij|a', 'et:Sloveenia']],
  ['HR', ['Croatia', 'Croatian', 'lv:Horvātij|a', 'lt:Kroatij|a', 'et:Horvaatia']],
  ['HU', ['Hungary', 'Hungarian', 'lv:Ungārij|a', 'lt:Vengrij|a', 'et:Ungari']],
  ['RO', ['Romania', 'Romanian', 'lv:Rumānij|a', 'lt:Rumunij|a', 'et:Rumeenia']],
  ['GR', ['Greece', 'Greek', 'lv:Grieķij|a', 'lt:Graikij|a', 'et:Kreeka']],
  ['CY', ['Cyprus', 'Cypriot', 'lv:Kipr|a', 'lt:Kipr|as', 'et:Küpros>Küprose']],
  // `malta`: Latvian and Lithuanian for `ground` (malta kafija)
  ['MT', ['^Malta', 'Maltese', '^lv:Malt|a', '^lt:Malt|a', '^et:Malta']],
  ['GB', ['United Kingdom', 'Great Britain', 'British', 'lv:Lielbritānij|a', 'lt:Didžioji Britanij|a', 'lt:Didžiosios Britanij|a', 'et:Suurbritannia']],
  ['IE', ['Ireland', 'Irish', 'lv:Īrij|a', 'lt:Airij|a', 'et:Iirimaa']],
  ['US', ['United States', '^USA', 'Amerikas Savienotās Valstis', '^ASV', '^JAV', 'Ameerika Ühendriigid', 'Ameerika Ühendriikides']],
]

/** Words that may surround a country name in a bare name: `Republic of Lithuania`. */
const STATE_WORDS = new Set([
  'the', 'republic', 'of', 'kingdom', 'federation', 'principality', 'state',
  'republika', 'respublika', 'vabariik', 'karaliste', 'karalyste', 'kuningriik',
])

let countryIndex: NameIndex<string> | null = null

/** The country names as a name index, built on first use. */
export function countryNameIndex(): NameIndex<string> {
  if (!countryIndex) {
    // Country names are not short common words by default (`eesti`, `läti` are
    // lower-case adjectives): only the spellings marked `^` need a capital.
    const index = new NameIndex<string>(0)
    for (const [code, spellings] of COUNTRY_NAMES) for (const spec of spellings) index.add(spec, code)
    countryIndex = index
  }
  return countryIndex
}

let countryFilter: FirstWordFilter | null = null
let countryAndPlaceFilter: FirstWordFilter | null = null

/** Marks the words where a country name may start. */
function countryWords(): FirstWordFilter {
  return (countryFilter ??= new FirstWordFilter([countryNameIndex()]))
}

/** Marks the words where a country or a gazetteer place may start. */
function countryAndPlaceWords(): FirstWordFilter {
  return (countryAndPlaceFilter ??= new FirstWordFilter([countryNameIndex(), gazetteerIndex()]))
}

function scanCountries(words: WordSequence): CountryMention[] {
  const text = words.text
  const mentions: CountryMention[] = []
  scanNames(words, countryNameIndex(), (hit) => {
    const start = words.start(hit.first)
    const end = words.end(hit.last)
    mentions.push({ country: hit.value, text: text.slice(start, end), offset: start, length: end - start })
    return hit.last + 1
  })
  return mentions
}

/** Country names and adjectives in `text`, in document order. */
export function findCountryMentions(text: string): CountryMention[] {
  return scanCountries(scanWords(text, countryWords()))
}

/** A bare name has at most this many words. */
const MAX_NAME_WORDS = 12

/**
 * The country a bare name stands for: `(Itālija)` -> IT, `Turcija` -> TR,
 * `Republic of Lithuania` -> LT, and also a lone gazetteer place, `(Oslo)` -> NO.
 * Anything else in the text (another country, other words) gives null.
 */
export function countryOfName(text: string): string | null {
  // Every word is read below, so every word is kept.
  const words = scanWords(text, countryAndPlaceWords(), true)
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return null
  const mentions = scanCountries(words)
  if (mentions.length > 0) {
    const country = mentions[0]!.country
    if (mentions.some((m) => m.country !== country)) return null
    // Every word is part of a mention or a state word (`Republic`, `of`).
    for (let i = 0; i < words.length; i++) {
      const named = mentions.some((m) => words.start(i) >= m.offset && words.end(i) <= m.offset + m.length)
      if (!named && !STATE_WORDS.has(words.folded(i))) return null
    }
    return country
  }
  const places = placesIn(words)
  const place = places[0]
  if (places.length !== 1 || !place) return null
  for (let i = 0; i < words.length; i++) {
    if (words.start(i) < place.offset || words.end(i) > place.offset + place.length) return null
  }
  return place.country
}

/** States that receive EEA and Norway Grants: the ones a funder's project code starts with. */
export const BENEFICIARY_STATES: ReadonlySet<string> = new Set([
  'BG', 'CY', 'CZ', 'EE', 'ES', 'GR', 'HR', 'HU', 'LT', 'LV', 'MT', 'PL', 'PT', 'RO', 'SI', 'SK',
])

// 2009-2014 and older codes put digits right after the state ("LT10-0015"), 2014-2021 ones a programme ("LT-JUSTICE-0003").
const PROJECT_NUMBER_PREFIX = /^\s{0,8}([A-Za-z]{2})(?:[\s./_-]{0,3}\d|-[A-Za-z]{2,12}-\d)/

/** `LT10-0015` -> LT, `LV 0080` -> LV, `LV08/2` -> LV, `RO-JUSTICE-0004` -> RO; null unless a beneficiary state. */
export function countryFromProjectNumber(code: string): string | null {
  const match = PROJECT_NUMBER_PREFIX.exec(code)
  const prefix = match?.[1]?.toUpperCase()
  return prefix !== undefined && BENEFICIARY_STATES.has(prefix) ? prefix : null
}

/**
 * A cross-border programme's code: two states before the number ("LT-PL-4R-211", "EE-LV 12"),
 * or Latvia–Lithuania's and Estonia–Latvia's own ("LLI-338", "Est-Lat62"). Its project is
 * carried out on both sides of a border, so no one country is the project's.
 */
export function isCrossBorderNumber(code: string): boolean {
  const match = CROSS_BORDER_NUMBER().exec(code)
  if (!match) return false
  const [, first, second] = match
  if (first === undefined || second === undefined) return true
  const a = first.toUpperCase()
  const b = second.toUpperCase()
  return a !== b && BORDER_STATES.has(a) && BORDER_STATES.has(b)
}

/** Latvia–Lithuania's, Estonia–Latvia's and South Baltic's own project codes ("LLIV-318", "LLI-512", "Est-Lat62", "STHB.03.01.00-PL-0054/16"), as a pattern's source. */
export const CROSS_BORDER_PROGRAMME_CODE = String.raw`LLI{1,3}V?-\d{1,4}|Est-?Lat[\s-]?\d{1,4}|STHB\.\d{2}\.\d{2}\.\d{2}-[A-Z]{2}-\d{4}/\d{2}`
const CROSS_BORDER_NUMBER = lazyPattern(() => new RegExp(String.raw`^\s{0,8}(?:([A-Za-z]{2})-([A-Za-z]{2})(?![A-Za-z])|${CROSS_BORDER_PROGRAMME_CODE})`))
/** The beneficiary states and their neighbours in the Baltic Sea region's programmes. */
const BORDER_STATES: ReadonlySet<string> = new Set([...BENEFICIARY_STATES, 'FI', 'SE', 'DK', 'DE', 'NO', 'RU', 'BY'])

/**
 * National currencies that name one country. The euro names none; the donors' own
 * currencies (NOK, ISK, CHF) are left out because grant sums are quoted in them
 * wherever the project runs.
 */
const NATIONAL_CURRENCIES: Readonly<Record<string, string>> = {
  LTL: 'LT', LVL: 'LV', EEK: 'EE',
  BGN: 'BG', PLN: 'PL', CZK: 'CZ', HUF: 'HU', RON: 'RO',
  HRK: 'HR', SKK: 'SK', SIT: 'SI', CYP: 'CY', MTL: 'MT',
}

const CURRENCY_WEIGHT = 3
const MENTION_WEIGHT = 1

export interface CountryEvidence {
  projectNumber: string | null
  /** ISO 4217 codes of the amounts in the document. */
  currencies: string[]
  text: string
  /** Donor states of the funder (NO, IS, LI for Norway/EEA Grants): mentions of them are not evidence. */
  donors?: string[]
}

export interface CountryInference {
  country: string | null
  /** Why, in a few words, for diagnostics and `explain`. */
  reason: string
}

/**
 * The country the project is carried out in, or null when it does not follow unambiguously.
 * A funder's project-number prefix decides alone. Otherwise: a national currency weighs 3,
 * each place or country mention 1, donors and the places of study visits count nothing, and
 * the leader needs at least twice the runner-up's weight.
 */
export function inferCountry(evidence: CountryEvidence): CountryInference {
  if (evidence.projectNumber && isCrossBorderNumber(evidence.projectNumber)) {
    return { country: null, reason: `cross-border project number ${evidence.projectNumber.trim()}: carried out in two countries` }
  }
  if (evidence.projectNumber) {
    const byNumber = countryFromProjectNumber(evidence.projectNumber)
    if (byNumber) return { country: byNumber, reason: `project number ${evidence.projectNumber.trim()}` }
  }

  const donors = new Set((evidence.donors ?? []).map((d) => d.toUpperCase()))
  const weights = new Map<string, number>()
  // What was counted, in order: the reason is written from these only when someone reads it.
  const counted: string[] = []
  const whys: string[] = []
  const count = (country: string, weight: number, why: string): void => {
    if (donors.has(country)) return
    weights.set(country, (weights.get(country) ?? 0) + weight)
    counted.push(country)
    whys.push(why)
  }

  for (const currency of new Set(evidence.currencies.map((c) => c.toUpperCase()))) {
    const country = NATIONAL_CURRENCIES[currency]
    if (country) count(country, CURRENCY_WEIGHT, currency)
  }
  const words = scanWords(evidence.text, countryAndPlaceWords())
  // Where the project's people went on a study visit is not where the project is carried out.
  const trips = tripSpans(evidence.text)
  for (const mention of scanCountries(words)) if (!withinSpans(trips, mention.offset)) count(mention.country, MENTION_WEIGHT, mention.text)
  for (const place of placesIn(words)) if (!withinSpans(trips, place.offset)) count(place.country, MENTION_WEIGHT, place.name)

  // Sorted by weight, then code, so ties never depend on insertion order.
  const ranked = [...weights].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  const [leader, runnerUp] = ranked
  if (!leader) return { country: null, reason: 'no country evidence' }
  const [country, weight] = leader
  const decisive = !(weight < MENTION_WEIGHT || (runnerUp && weight < 2 * runnerUp[1]))
  let reason: string | undefined
  return {
    country: decisive ? country : null,
    // Most callers want the country only; the summary is built on first read.
    get reason(): string {
      reason ??= (decisive ? '' : 'not decisive: ') + summary(ranked, counted, whys)
      return reason
    },
  }
}

/** `LV 5 (LVL, Rīga ×2) vs EE 1 (Tallinn)`: the three heaviest countries and what counted for them. */
function summary(ranked: ReadonlyArray<readonly [string, number]>, counted: readonly string[], whys: readonly string[]): string {
  return ranked
    .slice(0, 3)
    .map(([code, weight]) => `${code} ${weight} (${summarise(whys.filter((_, i) => counted[i] === code))})`)
    .join(' vs ')
}

/** `Vilnius ×2, LTL, Lithuania` */
function summarise(items: readonly string[]): string {
  const counts = new Map<string, number>()
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1)
  return [...counts].map(([item, n]) => (n > 1 ? `${item} ×${n}` : item)).join(', ')
}
