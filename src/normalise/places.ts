/**
 * Place names in running text (English, Latvian, Lithuanian, Estonian, and the Baltic states' Russian).
 *
 * Latvian and Lithuanian inflect names (`Rīgā`, `Vilniuje`, `Telšių apskritis`), Estonian
 * hangs case endings on them (`Tallinnas`), and writers drop diacritics (`Klaipeda`).
 * Rather than guess stems at match time, every spelling in the gazetteer is expanded once
 * into all its case forms, folded (lower case, no diacritics), and put in a Map. The text
 * is then cut into whole words by one linear pass (./words.ts) and each word costs a Map lookup:
 * linear in the input, no backtracking, and a name never fires inside a longer word.
 */
import { GAZETTEER, type GazetteerEntry, type PlaceKind } from './gazetteer.js'
import { GAZETTEER_FIRST_WORD_BITS, GAZETTEER_FORMS } from './gazetteer-forms.js'
import { decodeBits, encodeBits, firstWordBits, foldName, type WordToken, type WordSequence, FirstWordFilter, TokenWords, tokenize, scanWords, isNameGap, isSpaceGap } from './words.js'

export { foldName, FirstWordFilter, ScannedWords, scanWords, tokenize } from './words.js'
export type { WordSequence, WordToken } from './words.js'

export interface PlaceMatch {
  /** Canonical name from the gazetteer. */
  name: string
  /** As in the text, with a following area word (`county`, `apskritis`, `novads`, …). */
  written: string
  country: string
  kind: PlaceKind
  offset: number
  length: number
}

// ---------------------------------------------------------------------------------------
// Spellings and their case forms

/** Endings by paradigm; the first is the nominative. Plural cases of singular names are left out. */
const PARADIGMS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  lv: {
    a: ['a', 'as', 'ai', 'u', 'ā'], // Rīga, Rīgas, Rīgai, Rīgu, Rīgā
    e: ['e', 'es', 'ei', 'i', 'ē'], // Zemgale, Zemgales, …, Zemgalē
    s: ['s', 'a', 'am', 'u', 'ā'], // Tukums, Tukuma, Tukumam, Tukumu, Tukumā
    us: ['us', 'um', 'ū'], // Saldus (genitive the same), Saldum, Saldū
    f6: ['s', 'ij', 'i', 'ī'], // Daugavpils (genitive the same), Daugavpilij, Daugavpili, Daugavpilī
    i: ['i', 'u', 'iem', 'us', 'os'], // Talsi, Talsu, Talsiem, Talsus, Talsos
    as: ['as', 'u', 'ām', 'ās'], // Pļaviņas, Pļaviņu, Pļaviņām, Pļaviņās
    is: ['is', 'u', 'īm', 'īs'], // Cēsis, Cēsu, Cēsīm, Cēsīs
  },
  lt: {
    us: ['us', 'aus', 'ui', 'ų', 'umi', 'uje'], // Vilnius, Vilniaus, Vilniui, Vilnių, Vilniumi, Vilniuje
    as: ['as', 'o', 'ui', 'ą', 'u', 'e'], // Kaunas, Kauno, Kaunui, Kauną, Kaunu, Kaune
    is: ['is', 'io', 'iui', 'į', 'iu', 'yje'], // Vilkaviškis, Vilkaviškio, …, Vilkaviškyje
    jo: ['is', 'o', 'ui', 'į', 'u', 'yje'], // Pakruojis, Pakruojo, …, Pakruojyje
    ys: ['ys', 'io', 'iui', 'į', 'iu', 'yje'], // Panevėžys, Panevėžio, …, Panevėžyje
    pl: ['ys', 'ių', 'ims', 'is', 'imis', 'yse'], // Švenčionys, Švenčionių, …, Švenčionyse
    a: ['a', 'os', 'ai', 'ą', 'oje'], // Klaipėda, Klaipėdos, Klaipėdai, Klaipėdą, Klaipėdoje
    ė: ['ė', 'ės', 'ei', 'ę', 'e', 'ėje'], // Marijampolė, Marijampolės, …, Marijampolėje
    ai: ['ai', 'ų', 'ams', 'us', 'ais', 'uose'], // Šiauliai, Šiaulių, …, Šiauliuose
    os: ['os', 'ų', 'oms', 'as', 'omis', 'ose'], // Širvintos, Širvintų, …, Širvintose
    ės: ['ės', 'ių', 'ėms', 'es', 'ėmis', 'ėse'], // Pravieniškės, Pravieniškių, …, Pravieniškėse
  },
  // The Baltic states' Russian pages: "в Клайпеде", "Даугавпилса", "в Лиепае".
  ru: {
    а: ['а', 'ы', 'е', 'у', 'ой'], // Клайпеда, Клайпеды, Клайпеде, Клайпеду, Клайпедой
    ka: ['а', 'и', 'е', 'у', 'ой'], // Кретинга, Кретинги, … (a stem in г, к or х)
    я: ['я', 'и', 'е', 'ю', 'ей'], // Лиепая, Лиепаи, Лиепае, Лиепаю, Лиепаей
    '': ['', 'а', 'е', 'у', 'ом'], // Даугавпилс, Даугавпилса, Даугавпилсе, Даугавпилсу, Даугавпилсом
  },
}

/**
 * Estonian case endings on the genitive stem: Tallinna, Tallinnas, Tallinnast, Tallinnasse,
 * Tallinnale, Tallinnal, Tallinnalt, Tallinnaga. The rare translative, terminative, essive
 * and abessive are left out: they mostly add collisions (`Läti` + `na` is `Latina`).
 */
const ESTONIAN_CASES = ['', 's', 'st', 'sse', 'le', 'l', 'lt', 'ga'] as const

const SPELLING = /^([!^]{0,2})(?:([a-z]{2})(?:\.([a-z0-9]{1,3}))?:)?(.+)$/u
const WORD_BREAK = /[\s-]+/u

export interface ExpandedSpelling {
  /** Every case form, folded, words joined by one space. */
  forms: string[]
  /** Needs a capital letter on the first word. */
  capital: boolean
  /** Counts only before an area word. */
  needsAreaWord: boolean
}

/**
 * Expand one gazetteer spelling (see ./gazetteer.ts for the notation) into its case forms.
 * Names whose nominative folds to four letters or fewer (`shortLength`) need a capital:
 * short forms are the ones that collide with ordinary words.
 */
export function expandSpelling(spec: string, shortLength = 4): ExpandedSpelling {
  const parsed = SPELLING.exec(spec)
  if (!parsed) throw new Error(`gazetteer: bad spelling ${JSON.stringify(spec)}`)
  const flags = parsed[1] ?? ''
  const language = parsed[2]
  const variant = parsed[3]
  const words = (parsed[4] ?? '').split(WORD_BREAK).filter((w) => w !== '')
  const last = words.pop()
  if (last === undefined) throw new Error(`gazetteer: empty spelling ${JSON.stringify(spec)}`)

  let lastForms: string[]
  let nominative: string
  if (language === 'lv' || language === 'lt' || language === 'ru') {
    const bar = last.indexOf('|')
    const stem = bar < 0 ? last : last.slice(0, bar)
    const ending = bar < 0 ? '' : last.slice(bar + 1)
    const endings = PARADIGMS[language]?.[variant ?? ending]
    if (bar < 0 || !endings || endings[0] !== ending) {
      throw new Error(`gazetteer: no ${language} paradigm for ${JSON.stringify(spec)}`)
    }
    lastForms = endings.map((e) => stem + e)
    nominative = stem + ending
  } else if (language === 'et') {
    const arrow = last.indexOf('>')
    nominative = arrow < 0 ? last : last.slice(0, arrow)
    const genitive = arrow < 0 ? last : last.slice(arrow + 1)
    lastForms = [nominative, ...ESTONIAN_CASES.map((e) => genitive + e)]
  } else if (language === undefined) {
    nominative = last
    lastForms = [last]
  } else {
    throw new Error(`gazetteer: unknown language in ${JSON.stringify(spec)}`)
  }

  const head = words.map(foldName)
  const forms = [...new Set(lastForms.map((form) => [...head, foldName(form)].join(' ')))]
  const short = [...head, foldName(nominative)].join('').length <= shortLength
  return { forms, capital: flags.includes('^') || short, needsAreaWord: flags.includes('!') }
}

// ---------------------------------------------------------------------------------------
// An index of names over folded word sequences

interface IndexedForm<T> {
  value: T
  capital: boolean
  needsAreaWord: boolean
}

export interface NameHit<T> {
  value: T
  /** Index of the first and the last token of the name. */
  first: number
  last: number
}

/**
 * Folded word sequences -> values, matched longest first at a token. Two different values
 * under one form would make a match arbitrary, so they are refused and listed in `conflicts`.
 */
export class NameIndex<T> {
  readonly conflicts: string[] = []
  readonly #forms = new Map<string, IndexedForm<T>>()
  /** First words of names of more than one word, so single words skip the longer tries. */
  readonly #phraseStarts = new Set<string>()
  #maxWords = 1
  /** Set from a generated table (see `NameSource`). */
  presetFirstWordBits?: readonly number[]

  constructor(private readonly shortLength = 4) {}

  add(spec: string, value: T): void {
    const spelling = expandSpelling(spec, this.shortLength)
    for (const form of spelling.forms) {
      const known = this.#forms.get(form)
      if (known && known.value !== value) {
        this.conflicts.push(`${form}: ${String(spec)}`)
        continue
      }
      this.addForm(form, {
        value,
        // The same value reached twice keeps the stricter rules.
        capital: spelling.capital || (known?.capital ?? false),
        needsAreaWord: spelling.needsAreaWord && (known?.needsAreaWord ?? true),
      })
    }
  }

  /** One folded form, already expanded (see `gazetteerForms`). */
  addForm(form: string, indexed: IndexedForm<T>): void {
    this.#forms.set(form, indexed)
    const space = form.indexOf(' ')
    if (space > 0) {
      this.#phraseStarts.add(form.slice(0, space))
      this.#maxWords = Math.max(this.#maxWords, form.split(' ').length)
    }
  }

  /** Folded forms, for inspection and tests. */
  forms(): IterableIterator<[string, IndexedForm<T>]> {
    return this.#forms.entries()
  }

  /** The folded words a name can start with. */
  *firstWords(): IterableIterator<string> {
    for (const form of this.#forms.keys()) if (!form.includes(' ')) yield form
    yield* this.#phraseStarts
  }

  /**
   * The longest name starting at token `first`. `areaWordFollows(last)` is asked only for
   * forms that need one.
   */
  matchAt(
    text: string,
    tokens: readonly WordToken[],
    first: number,
    areaWordFollows: (last: number) => boolean = () => false,
  ): NameHit<T> | null {
    if (first < 0 || first >= tokens.length) return null
    return this.matchWords(new TokenWords(text, tokens), first, areaWordFollows)
  }

  /** `matchAt` over a word sequence; `first` must be one of its words. */
  matchWords(words: WordSequence, first: number, areaWordFollows: (last: number) => boolean = noAreaWord): NameHit<T> | null {
    let key = words.folded(first)
    const single = this.#forms.get(key)
    const phrase = this.#phraseStarts.has(key)
    // Most words start no name: settled before the link test, which reads the word's chunk.
    if (!single && !phrase) return null
    if (words.inLink(first)) return null
    if (!phrase) return this.#accept(single!, words, first, first, areaWordFollows)
    const keys = [key]
    for (let next = first + 1; keys.length < this.#maxWords && next < words.length; next++) {
      if (!isNameGap(words.text, words.end(next - 1), words.start(next)) || words.inLink(next)) break
      key = `${key} ${words.folded(next)}`
      keys.push(key)
    }
    for (let n = keys.length; n >= 1; n--) {
      const form = this.#forms.get(keys[n - 1]!)
      if (!form) continue
      const hit = this.#accept(form, words, first, first + n - 1, areaWordFollows)
      if (hit) return hit
    }
    return null
  }

  #accept(
    form: IndexedForm<T>,
    words: WordSequence,
    first: number,
    last: number,
    areaWordFollows: (last: number) => boolean,
  ): NameHit<T> | null {
    if (form.capital && !words.capital(first)) return null
    if (form.needsAreaWord && !areaWordFollows(last)) return null
    return { value: form.value, first, last }
  }
}

const noAreaWord = (): boolean => false

/**
 * Every name of `index` in `words`, in order, never overlapping. `extend(hit)` tells how many
 * more words after the name belong to it. Only words the scan marked as possible starts are
 * tried: any other word starts no name.
 */
export function scanNames<T>(
  words: WordSequence,
  index: NameIndex<T>,
  found: (hit: NameHit<T>) => number,
  areaWordFollows: (last: number) => boolean = noAreaWord,
): void {
  const candidates = words.candidatesFor(index)
  let next = 0
  if (candidates) {
    for (let k = 0; k < candidates.length; k++) {
      const i = candidates[k]!
      if (i < next) continue
      const hit = index.matchWords(words, i, areaWordFollows)
      if (hit) next = found(hit)
    }
    return
  }
  for (let i = 0; i < words.length; ) {
    const hit = index.matchWords(words, i, areaWordFollows)
    i = hit ? found(hit) : i + 1
  }
}

// ---------------------------------------------------------------------------------------
// Area words: what may follow a name and belongs to it as written

type AreaCategory = 'county' | 'region' | 'district' | 'city'

function areaForms(category: AreaCategory, words: readonly string[]): Array<[string, AreaCategory]> {
  return words.map((w) => [foldName(w), category])
}

const AREA_WORDS = new Map<string, AreaCategory>([
  ...areaForms('county', [
    'county', 'apskritis', 'apskrities', 'apskričiai', 'apskritį', 'apskritimi', 'apskrityje',
    'maakond', 'maakonna', 'maakonnas', 'maakonnast', 'maakonda', 'maakonnale', 'maakonnal',
  ]),
  ...areaForms('region', [
    'region', 'reģions', 'reģiona', 'reģionā', 'reģionam', 'reģionu',
    'regionas', 'regiono', 'regione', 'regionui', 'regioną', 'regionu',
  ]),
  ...areaForms('district', [
    'district', 'municipality', 'rajonas', 'rajono', 'rajone', 'rajonui', 'rajoną',
    'savivaldybė', 'savivaldybės', 'savivaldybei', 'savivaldybę', 'savivaldybėje',
    'novads', 'novada', 'novadā', 'novadam', 'novadu',
    'pašvaldība', 'pašvaldības', 'pašvaldībā', 'pašvaldībai', 'pašvaldību',
    'vald', 'valla', 'vallas', 'vallast', 'vallale',
  ]),
  ...areaForms('city', [
    'city', 'town', 'pilsēta', 'pilsētas', 'pilsētā', 'pilsētai', 'pilsētu',
    'valstspilsēta', 'valstspilsētas', 'valstspilsētā', 'valstspilsētai', 'valstspilsētu',
    'miestas', 'miesto', 'mieste', 'miestui', 'miestą',
    'linn', 'linna', 'linnas', 'linnast', 'linnale',
  ]),
])

/**
 * Words that may stand between a name and its area word: `Zemgales plānošanas reģions`.
 * A word that is an area itself ("pilsētas", "miesto") ends the place: in "Daugavpils pilsētas
 * pašvaldības" the place is the city, the rest names its council.
 */
const QUALIFIERS = new Set(['planning', 'planosanas', 'district', 'rajono'])

interface AreaWords {
  /** How many tokens after the name belong to it. */
  count: number
  categories: AreaCategory[]
}

const NO_AREA_WORDS: AreaWords = { count: 0, categories: [] }

function areaWordsAfter(words: WordSequence, last: number): AreaWords {
  // A space gap starts with a space or a tab: without one right after the name, no area word
  // follows, and the next word need not be located.
  const after = words.text.charCodeAt(words.end(last))
  if (after !== 0x20 && after !== 0xa0 && after !== 0x09) return NO_AREA_WORDS
  if (!followsOnSameLine(words, last + 1)) return NO_AREA_WORDS
  const firstFolded = words.folded(last + 1)
  const firstCategory = AREA_WORDS.get(firstFolded)
  const secondCategory =
    QUALIFIERS.has(firstFolded) && followsOnSameLine(words, last + 2) ? AREA_WORDS.get(words.folded(last + 2)) : undefined
  if (secondCategory) {
    return { count: 2, categories: firstCategory ? [firstCategory, secondCategory] : [secondCategory] }
  }
  return firstCategory ? { count: 1, categories: [firstCategory] } : NO_AREA_WORDS
}

/** Word `i` exists, is not in a link, and only spaces on the same line part it from the word before. */
function followsOnSameLine(words: WordSequence, i: number): boolean {
  return i < words.length && isSpaceGap(words.text, words.end(i - 1), words.start(i)) && !words.inLink(i)
}

function kindWith(entry: GazetteerEntry, categories: readonly AreaCategory[]): PlaceKind {
  if (entry.county && categories.includes('county')) return 'county'
  if (entry.region && categories.includes('region')) return 'region'
  return entry.kind
}

// ---------------------------------------------------------------------------------------
// findPlaces

let placeIndex: NameIndex<GazetteerEntry> | null = null

/**
 * The gazetteer as a name index, built on first use from its forms expanded ahead of time
 * (`GAZETTEER_FORMS`): expanding every spelling took ~6.5 ms of each thread's first document,
 * the table takes ~0.8. The first words' filter bits come with it (`GAZETTEER_FIRST_WORD_BITS`).
 */
export function gazetteerIndex(): NameIndex<GazetteerEntry> {
  if (!placeIndex) {
    const index = new NameIndex<GazetteerEntry>()
    for (const line of GAZETTEER_FORMS.split('\n')) {
      const space = line.indexOf(' ')
      const flags = line.slice(0, space)
      index.addForm(line.slice(space + 1), { value: GAZETTEER[Number.parseInt(flags, 10)]!, capital: flags.includes('^'), needsAreaWord: flags.includes('!') })
    }
    index.presetFirstWordBits = decodeBits(GAZETTEER_FIRST_WORD_BITS)
    placeIndex = index
  }
  return placeIndex
}

/**
 * Every spelling of the gazetteer expanded into its case forms, as `GAZETTEER_FORMS` holds them:
 * a line per form, "ENTRY[^][!] FORM" (the entry's place in GAZETTEER, ^ for a capital, ! for
 * an area word). Also the index's conflicts (forms two places share), which must be none.
 */
export function gazetteerForms(): { table: string; firstWordBits: string; conflicts: string[] } {
  const index = new NameIndex<GazetteerEntry>()
  for (const entry of GAZETTEER) for (const spec of entry.spellings) index.add(spec, entry)
  const places = new Map(GAZETTEER.map((entry, at) => [entry, at]))
  const lines = [...index.forms()].map(([form, { value, capital, needsAreaWord }]) => `${places.get(value)}${capital ? '^' : ''}${needsAreaWord ? '!' : ''} ${form}`)
  return { table: lines.join('\n'), firstWordBits: encodeBits(firstWordBits(index)), conflicts: index.conflicts }
}

let placeFilter: FirstWordFilter | null = null

/** Gazetteer places named in `text`, in document order, never overlapping. */
export function findPlaces(text: string): PlaceMatch[] {
  placeFilter ??= new FirstWordFilter([gazetteerIndex()])
  return placesIn(scanWords(text, placeFilter))
}

/** `findPlaces` over words already cut by `tokenize(text)`, for callers that scan twice. */
export function findPlacesInTokens(text: string, tokens: readonly WordToken[]): PlaceMatch[] {
  return placesIn(new TokenWords(text, tokens))
}

/** `findPlaces` over a word sequence of the text. */
export function placesIn(words: WordSequence): PlaceMatch[] {
  const text = words.text
  const matches: PlaceMatch[] = []
  const areaWordFollows = (last: number): boolean => areaWordsAfter(words, last).count > 0
  scanNames(
    words,
    gazetteerIndex(),
    (hit) => {
      const area = areaWordsAfter(words, hit.last)
      const start = words.start(hit.first)
      const end = words.end(hit.last + area.count)
      matches.push({
        name: hit.value.name,
        written: text.slice(start, end),
        country: hit.value.country,
        kind: kindWith(hit.value, area.categories),
        offset: start,
        length: end - start,
      })
      return hit.last + area.count + 1
    },
    areaWordFollows,
  )
  return matches
}
