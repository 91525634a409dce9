/**
 * Place names in running text (English, Latvian, Lithuanian, Estonian).
 *
 * Latvian and Lithuanian inflect names (`Rīgā`, `Vilniuje`, `Telšių apskritis`), Estonian
 * hangs case endings on them (`Tallinnas`), and writers drop diacritics (`Klaipeda`).
 * Rather than guess stems at match time, every spelling in the gazetteer is expanded once
 * into all its case forms, folded (lower case, no diacritics), and put in a Map. The text
 * is then cut into whole words by one linear regex pass and each word costs a Map lookup:
 * linear in the input, no backtracking, and a name never fires inside a longer word.
 */
import { GAZETTEER, type GazetteerEntry, type PlaceKind } from './gazetteer.js'

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
// Folding and words

const COMBINING_MARKS = /\p{M}/gu
const UNDECOMPOSED = /[øæœßłđðþıħ]/g
const UNDECOMPOSED_TO: Readonly<Record<string, string>> = {
  ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h',
}

/** Lower case without diacritics: `Šiaulių` -> `siauliu`, `Tromsø` -> `tromso`. */
export function foldName(word: string): string {
  // Plain ASCII words (most of them) need no Unicode normalisation.
  if (/^[\x00-\x7f]*$/.test(word)) return word.toLowerCase()
  let folded = foldCache.get(word)
  if (folded === undefined) {
    folded = word
      .normalize('NFD')
      .replace(COMBINING_MARKS, '')
      .toLowerCase()
      .replace(UNDECOMPOSED, (letter) => UNDECOMPOSED_TO[letter] ?? letter)
    // Words repeat across documents; the cache is bounded so memory stays flat.
    if (foldCache.size >= FOLD_CACHE_SIZE) foldCache.clear()
    foldCache.set(word, folded)
  }
  return folded
}

const FOLD_CACHE_SIZE = 50_000
const foldCache = new Map<string, string>()

export interface WordToken {
  start: number
  end: number
  folded: string
  /** Starts with an upper-case letter (so ALL CAPS counts too). */
  capital: boolean
  /** Part of a URL, an e-mail address or a path: `www.riga.lv` names no place. */
  inLink: boolean
}

// Digits belong to words so that `LT10` or `Riga2020` is not taken for a name.
// A single character class under `+` cannot backtrack: each character is read once.
const WORD = /[\p{L}\p{M}\p{N}]+/gu
const CHUNK = /\S+/g
const DOMAIN_END = /\.[a-z]{2,4}\/?$/

function looksLikeLink(chunk: string): boolean {
  if (chunk.includes('://') || chunk.includes('@') || chunk.startsWith('www.')) return true
  const firstSlash = chunk.indexOf('/')
  if (firstSlash >= 0 && chunk.indexOf('/', firstSlash + 1) >= 0) return true
  const trimmed = chunk.endsWith(')') || chunk.endsWith(',') || chunk.endsWith(';') ? chunk.slice(0, -1) : chunk
  return DOMAIN_END.test(trimmed)
}

/** Ranges of whitespace-separated chunks that are links, in text order. */
function linkRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  if (!text.includes('/') && !text.includes('@') && !text.includes('.')) return ranges
  CHUNK.lastIndex = 0
  for (let m = CHUNK.exec(text); m !== null; m = CHUNK.exec(text)) {
    const chunk = m[0]
    if ((chunk.includes('/') || chunk.includes('@') || chunk.includes('.')) && looksLikeLink(chunk)) {
      ranges.push([m.index, m.index + chunk.length])
    }
  }
  return ranges
}

/** Cut text into words, in order. */
export function tokenize(text: string): WordToken[] {
  const links = linkRanges(text)
  const tokens: WordToken[] = []
  // Running text repeats its words; folding each distinct word once halves the scan.
  const folds = new Map<string, string>()
  let link = 0
  WORD.lastIndex = 0
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const word = m[0]
    const start = m.index
    while (link < links.length && links[link]![1] <= start) link++
    const range = links[link]
    const first = word.charAt(0)
    let folded = folds.get(word)
    if (folded === undefined) {
      folded = foldName(word)
      folds.set(word, folded)
    }
    tokens.push({
      start,
      end: start + word.length,
      folded,
      capital: first !== first.toLowerCase(),
      inLink: range !== undefined && range[0] <= start,
    })
  }
  return tokens
}

function onlyCharsIn(text: string, from: number, to: number, allowed: string, maxLength: number): boolean {
  if (to <= from || to - from > maxLength) return false
  for (let i = from; i < to; i++) if (!allowed.includes(text.charAt(i))) return false
  return true
}

/** Between the words of one name: a space or a hyphen (`Kazlų Rūda`, `Kohtla-Järve`). */
function isNameGap(text: string, from: number, to: number): boolean {
  return onlyCharsIn(text, from, to, ' \u00a0-\u2010\u2011', 2)
}

/** Between a name and its area word: spaces on the same line. */
function isSpaceGap(text: string, from: number, to: number): boolean {
  return onlyCharsIn(text, from, to, ' \u00a0\t', 3)
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
  if (language === 'lv' || language === 'lt') {
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

  constructor(private readonly shortLength = 4) {}

  add(spec: string, value: T): void {
    const spelling = expandSpelling(spec, this.shortLength)
    for (const form of spelling.forms) {
      const known = this.#forms.get(form)
      if (known && known.value !== value) {
        this.conflicts.push(`${form}: ${String(spec)}`)
        continue
      }
      this.#forms.set(form, {
        value,
        // The same value reached twice keeps the stricter rules.
        capital: spelling.capital || (known?.capital ?? false),
        needsAreaWord: spelling.needsAreaWord && (known?.needsAreaWord ?? true),
      })
      const words = form.split(' ')
      if (words.length > 1) {
        this.#phraseStarts.add(words[0]!)
        this.#maxWords = Math.max(this.#maxWords, words.length)
      }
    }
  }

  /** Folded forms, for inspection and tests. */
  forms(): IterableIterator<[string, IndexedForm<T>]> {
    return this.#forms.entries()
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
    const head = tokens[first]
    if (!head || head.inLink) return null
    let key = head.folded
    const keys = [key]
    if (this.#phraseStarts.has(key)) {
      for (let next = first + 1; keys.length < this.#maxWords && next < tokens.length; next++) {
        const previous = tokens[next - 1]!
        const token = tokens[next]!
        if (token.inLink || !isNameGap(text, previous.end, token.start)) break
        key = `${key} ${token.folded}`
        keys.push(key)
      }
    }
    for (let n = keys.length; n >= 1; n--) {
      const form = this.#forms.get(keys[n - 1]!)
      if (!form) continue
      if (form.capital && !head.capital) continue
      const last = first + n - 1
      if (form.needsAreaWord && !areaWordFollows(last)) continue
      return { value: form.value, first, last }
    }
    return null
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

function areaWordsAfter(text: string, tokens: readonly WordToken[], last: number): AreaWords {
  const none: AreaWords = { count: 0, categories: [] }
  const at = (i: number): WordToken | undefined => {
    const token = tokens[i]
    const previous = tokens[i - 1]
    return token && previous && !token.inLink && isSpaceGap(text, previous.end, token.start) ? token : undefined
  }
  const first = at(last + 1)
  if (!first) return none
  const firstCategory = AREA_WORDS.get(first.folded)
  const second = QUALIFIERS.has(first.folded) ? at(last + 2) : undefined
  const secondCategory = second ? AREA_WORDS.get(second.folded) : undefined
  if (secondCategory) {
    return { count: 2, categories: firstCategory ? [firstCategory, secondCategory] : [secondCategory] }
  }
  return firstCategory ? { count: 1, categories: [firstCategory] } : none
}

function kindWith(entry: GazetteerEntry, categories: readonly AreaCategory[]): PlaceKind {
  if (entry.county && categories.includes('county')) return 'county'
  if (entry.region && categories.includes('region')) return 'region'
  return entry.kind
}

// ---------------------------------------------------------------------------------------
// findPlaces

let placeIndex: NameIndex<GazetteerEntry> | null = null

/** The gazetteer as a name index, built on first use. */
export function gazetteerIndex(): NameIndex<GazetteerEntry> {
  if (!placeIndex) {
    const index = new NameIndex<GazetteerEntry>()
    for (const entry of GAZETTEER) for (const spec of entry.spellings) index.add(spec, entry)
    placeIndex = index
  }
  return placeIndex
}

/** Gazetteer places named in `text`, in document order, never overlapping. */
export function findPlaces(text: string): PlaceMatch[] {
  return findPlacesInTokens(text, tokenize(text))
}

/** `findPlaces` over words already cut by `tokenize(text)`, for callers that scan twice. */
export function findPlacesInTokens(text: string, tokens: readonly WordToken[]): PlaceMatch[] {
  const index = gazetteerIndex()
  const matches: PlaceMatch[] = []
  const areaWordFollows = (last: number): boolean => areaWordsAfter(text, tokens, last).count > 0
  for (let i = 0; i < tokens.length; ) {
    const hit = index.matchAt(text, tokens, i, areaWordFollows)
    if (!hit) {
      i++
      continue
    }
    const area = areaWordsAfter(text, tokens, hit.last)
    const start = tokens[hit.first]!.start
    const end = tokens[hit.last + area.count]!.end
    matches.push({
      name: hit.value.name,
      written: text.slice(start, end),
      country: hit.value.country,
      kind: kindWith(hit.value, area.categories),
      offset: start,
      length: end - start,
    })
    i = hit.last + area.count + 1
  }
  return matches
}
