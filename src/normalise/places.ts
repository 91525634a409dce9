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
    folded = foldUnicode(word)
    // Words repeat across documents; the cache is bounded so memory stays flat.
    if (foldCache.size >= FOLD_CACHE_SIZE) foldCache.clear()
    foldCache.set(word, folded)
  }
  return folded
}

function foldUnicode(word: string): string {
  return word
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(UNDECOMPOSED, (letter) => UNDECOMPOSED_TO[letter] ?? letter)
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

// ---------------------------------------------------------------------------------------
// Cutting text into words
//
// A word is a run of letters, marks and digits (`/[\p{L}\p{M}\p{N}]+/u`: digits belong to
// words so that `LT10` or `Riga2020` is not taken for a name). The scanner below reads
// char codes against tables filled from that very class, so it cuts exactly where the
// regex would, without allocating a string per word.

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u

/*
 * First-word filter. A name can only start at a word whose fold is the first word of some
 * indexed form. Folding needs a string, so the scanner instead hashes the fold as it reads:
 * for ASCII, Latin letters with diacritics and combining diacritics, the fold of a word is
 * the concatenation of the folds of its characters (NFD only splits off combining marks,
 * which folding drops, and none of these letters lower-cases differently in context), so
 * the hash of the folded word comes out of the char codes alone. A word whose hash is not
 * in the filter folds to no first word: the scanner proves it without folding. Words with
 * other characters are always candidates and get the exact test.
 */

// What a UTF-16 code unit is to the scanner.
type Unit = number
/** Not classified yet. */
const UNSEEN: Unit = 0
const NOT_WORD: Unit = 1
/** A word character that folds to nothing (a combining diacritic). */
const FOLDS_TO_NONE: Unit = 2
/** A word character that folds to the one unit in `FOLD_FIRST`. */
const FOLDS_TO_ONE: Unit = 3
/** A word character that folds to the units in `FOLD_FIRST` and `FOLD_SECOND` (`ß` -> `ss`). */
const FOLDS_TO_TWO: Unit = 4
/** A word character whose fold may depend on its neighbours. */
const UNFOLDABLE: Unit = 5
/** A high surrogate: its pair decides. */
const HIGH_SURROGATE: Unit = 6
/** (Never stored) a surrogate pair that is a word character. */
const ASTRAL_WORD: Unit = 7

/** Per code unit, filled on first sight. Lone low surrogates are no word characters (`\p{Cs}`). */
const UNIT_KIND = new Uint8Array(0x10000)
const FOLD_FIRST = new Uint16Array(0x10000)
const FOLD_SECOND = new Uint16Array(0x10000)
const astralWordChars = new Map<number, boolean>()

/** Ranges whose characters fold one by one: Basic Latin, Latin-1, Latin Extended-A/B, combining diacritics, Latin Extended Additional. */
const PER_CHARACTER_FOLDS: ReadonlyArray<readonly [number, number]> = [[0x00, 0x250], [0x300, 0x370], [0x1e00, 0x1f00]]

function classify(code: number): Unit {
  let kind: Unit
  if (code >= 0xd800 && code <= 0xdbff) kind = HIGH_SURROGATE
  else if (!WORD_CHAR.test(String.fromCharCode(code))) kind = NOT_WORD
  else if (!PER_CHARACTER_FOLDS.some(([from, to]) => code >= from && code < to)) kind = UNFOLDABLE
  else {
    const folded = foldUnicode(String.fromCharCode(code))
    kind = folded.length === 0 ? FOLDS_TO_NONE : folded.length === 1 ? FOLDS_TO_ONE : folded.length === 2 ? FOLDS_TO_TWO : UNFOLDABLE
    FOLD_FIRST[code] = folded.charCodeAt(0) || 0
    FOLD_SECOND[code] = folded.charCodeAt(1) || 0
  }
  UNIT_KIND[code] = kind
  return kind
}

/** The kind of the unit at `i` (`code`), with a surrogate pair read as one character. */
function unitAt(text: string, i: number, code: number): Unit {
  const kind = UNIT_KIND[code] || classify(code)
  if (kind !== HIGH_SURROGATE) return kind
  const low = text.charCodeAt(i + 1)
  if (!(low >= 0xdc00 && low <= 0xdfff)) return NOT_WORD
  const codePoint = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000
  let word = astralWordChars.get(codePoint)
  if (word === undefined) {
    word = WORD_CHAR.test(String.fromCodePoint(codePoint))
    astralWordChars.set(codePoint, word)
  }
  return word ? ASTRAL_WORD : NOT_WORD
}

/** `\s` of a regular expression, by code unit. */
export function isSpaceUnit(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  if (code < 0xa0) return false
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  )
}

const HASH_SEED = 0x811c9dc5
const FILTER_BITS = 1 << 20

function mixUnit(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, 0x01000193)
}

function filterBit(hash: number): number {
  return (hash ^ (hash >>> 15)) & (FILTER_BITS - 1)
}

function hashOf(folded: string): number {
  let hash = HASH_SEED
  for (let i = 0; i < folded.length; i++) hash = mixUnit(hash, folded.charCodeAt(i))
  return hash
}

/** The first words of the names of some indexes, as a bit set of fold hashes. */
export class FirstWordFilter {
  readonly bits = new Uint8Array(FILTER_BITS >>> 3)
  readonly #indexes: ReadonlySet<NameIndex<unknown>>

  constructor(indexes: ReadonlyArray<NameIndex<unknown>>) {
    this.#indexes = new Set(indexes)
    for (const index of indexes) {
      for (const word of index.firstWords()) {
        const bit = filterBit(hashOf(word))
        this.bits[bit >>> 3]! |= 1 << (bit & 7)
      }
    }
  }

  covers(index: NameIndex<unknown>): boolean {
    return this.#indexes.has(index)
  }
}

/** Words of a text as the name index reads them. */
export interface WordSequence {
  readonly text: string
  readonly length: number
  start(i: number): number
  end(i: number): number
  folded(i: number): string
  capital(i: number): boolean
  inLink(i: number): boolean
  /** Words where a name of `index` may start, in order; null when every word may. */
  candidatesFor(index: NameIndex<unknown>): readonly number[] | null
}

/** Keep every word once more than one word in this many may start a name, past the first `DENSE_AFTER` words. */
const DENSE_SHARE = 16
const DENSE_AFTER = 64

/**
 * The words of a text, cut by one char-code pass. With a filter, only the words where a name
 * may start are kept (their index, start and end); the few words a matcher reads after them
 * are found again on demand by reading on from the word before. Folds, capitals and links
 * are worked out only for the words a matcher asks about.
 */
export class ScannedWords implements WordSequence {
  length = 0
  /** Every word is kept, and its slot is its index. */
  #dense: boolean
  // Located words by slot. Plain arrays of small integers: cheaper to make than typed arrays.
  readonly #starts: number[] = []
  readonly #ends: number[] = []
  /** Word index -> slot, when not dense. */
  readonly #slots = new Map<number, number>()
  readonly #candidates: number[] = []
  readonly #folds: Array<string | undefined> = []
  readonly #links: Array<boolean | undefined> = []
  /** The last whitespace-separated chunk read for `inLink`: all its words share the answer. */
  #chunkFrom = 0
  #chunkTo = 0
  #chunkIsLink = false

  /**
   * `filter` marks the words where names of its indexes may start. Without one, or with
   * `everyWord` (for callers that read all words of a short text), every word is kept.
   */
  constructor(
    readonly text: string,
    private readonly filter: FirstWordFilter | null,
    everyWord = false,
  ) {
    this.#dense = filter === null || everyWord
    if (!this.#scan()) {
      // Each kept word costs a map entry and its neighbours are found again on demand; when
      // names are everywhere, keeping every word is cheaper, so start again keeping them.
      this.#dense = true
      this.#starts.length = 0
      this.#ends.length = 0
      this.#candidates.length = 0
      this.#slots.clear()
      this.#scan()
    }
  }

  /** False when it gave up keeping only some words (see the constructor). */
  #scan(): boolean {
    const text = this.text
    const n = text.length
    const bits = this.filter?.bits
    const dense = this.#dense
    const starts = this.#starts
    const ends = this.#ends
    const candidates = this.#candidates
    let count = 0
    let i = 0
    while (i < n) {
      let code = text.charCodeAt(i)
      // Known, non-surrogate units straight from the table; the rest through `unitAt`.
      let kind = UNIT_KIND[code]!
      if (kind === UNSEEN || kind === HIGH_SURROGATE) kind = unitAt(text, i, code)
      if (kind === NOT_WORD) {
        i++
        continue
      }
      const start = i
      let hash = HASH_SEED
      let foldable = true
      for (;;) {
        if (kind === FOLDS_TO_ONE) {
          hash = mixUnit(hash, FOLD_FIRST[code]!)
          i++
        } else if (kind === FOLDS_TO_TWO) {
          hash = mixUnit(mixUnit(hash, FOLD_FIRST[code]!), FOLD_SECOND[code]!)
          i++
        } else if (kind === FOLDS_TO_NONE) i++
        else {
          foldable = false
          i += kind === ASTRAL_WORD ? 2 : 1
        }
        if (i >= n) break
        code = text.charCodeAt(i)
        kind = UNIT_KIND[code]!
        if (kind === UNSEEN || kind === HIGH_SURROGATE) kind = unitAt(text, i, code)
        if (kind === NOT_WORD) break
      }
      let candidate = false
      if (bits) {
        const bit = filterBit(hash)
        candidate = !foldable || (bits[bit >>> 3]! & (1 << (bit & 7))) !== 0
      }
      if (candidate) {
        candidates.push(count)
        if (!dense) {
          if (candidates.length * DENSE_SHARE > count + DENSE_AFTER) return false
          this.#slots.set(count, starts.length)
        }
      }
      if (dense || candidate) {
        starts.push(start)
        ends.push(i)
      }
      count++
    }
    this.length = count
    return true
  }

  #slot(i: number): number {
    if (this.#dense) return i
    const slot = this.#slots.get(i)
    return slot === undefined ? this.#locate(i) : slot
  }

  /**
   * Finds word `i` by reading on from the nearest located word before it. Matchers read
   * forward from a located word, so that word is the one just before.
   */
  #locate(i: number): number {
    const text = this.text
    let known = i - 1
    while (known >= 0 && !this.#slots.has(known)) known--
    let from = known >= 0 ? this.#ends[this.#slots.get(known)!]! : 0
    let slot = -1
    for (let k = known + 1; k <= i; k++) {
      let start = from
      while (start < text.length && unitAt(text, start, text.charCodeAt(start)) === NOT_WORD) start++
      let end = start
      while (end < text.length) {
        const kind = unitAt(text, end, text.charCodeAt(end))
        if (kind === NOT_WORD) break
        end += kind === ASTRAL_WORD ? 2 : 1
      }
      slot = this.#starts.length
      this.#slots.set(k, slot)
      this.#starts.push(start)
      this.#ends.push(end)
      from = end
    }
    return slot
  }

  start(i: number): number {
    return this.#starts[this.#slot(i)]!
  }

  end(i: number): number {
    return this.#ends[this.#slot(i)]!
  }

  folded(i: number): string {
    const slot = this.#slot(i)
    let folded = this.#folds[slot]
    if (folded === undefined) {
      folded = foldName(this.text.slice(this.#starts[slot], this.#ends[slot]))
      this.#folds[slot] = folded
    }
    return folded
  }

  capital(i: number): boolean {
    const code = this.text.charCodeAt(this.#starts[this.#slot(i)]!)
    if (code < 0x80) return code >= 0x41 && code <= 0x5a
    const first = String.fromCharCode(code)
    return first !== first.toLowerCase()
  }

  inLink(i: number): boolean {
    const slot = this.#slot(i)
    const known = this.#links[slot]
    if (known !== undefined) return known
    const start = this.#starts[slot]!
    // Matchers ask about words in text order (a word asked twice is remembered above), so
    // the last chunk is the one to keep and each chunk is read once per scan of names.
    if (start < this.#chunkFrom || start >= this.#chunkTo) this.#readChunk(start)
    this.#links[slot] = this.#chunkIsLink
    return this.#chunkIsLink
  }

  /** The whitespace-separated chunk around `at`: is it a link? */
  #readChunk(at: number): void {
    const text = this.text
    let linkChar = false
    let from = at
    while (from > 0) {
      const code = text.charCodeAt(from - 1)
      if (isSpaceUnit(code)) break
      if (code === 0x2f || code === 0x40 || code === 0x2e) linkChar = true
      from--
    }
    let to = at
    while (to < text.length) {
      const code = text.charCodeAt(to)
      if (isSpaceUnit(code)) break
      if (code === 0x2f || code === 0x40 || code === 0x2e) linkChar = true
      to++
    }
    this.#chunkFrom = from
    this.#chunkTo = to
    this.#chunkIsLink = linkChar && looksLikeLink(text.slice(from, to))
  }

  candidatesFor(index: NameIndex<unknown>): readonly number[] | null {
    return this.filter?.covers(index) ? this.#candidates : null
  }

  /** Every word as a token object. */
  tokens(): WordToken[] {
    const tokens: WordToken[] = new Array<WordToken>(this.length)
    for (let i = 0; i < this.length; i++) {
      tokens[i] = { start: this.start(i), end: this.end(i), folded: this.folded(i), capital: this.capital(i), inLink: this.inLink(i) }
    }
    return tokens
  }
}

/** Token objects over a word sequence, for callers that already cut the text with `tokenize`. */
class TokenWords implements WordSequence {
  readonly length: number

  constructor(
    readonly text: string,
    private readonly words: readonly WordToken[],
  ) {
    this.length = words.length
  }

  start(i: number): number {
    return this.words[i]!.start
  }

  end(i: number): number {
    return this.words[i]!.end
  }

  folded(i: number): string {
    return this.words[i]!.folded
  }

  capital(i: number): boolean {
    return this.words[i]!.capital
  }

  inLink(i: number): boolean {
    return this.words[i]!.inLink
  }

  candidatesFor(): null {
    return null
  }
}

const DOMAIN_END = /\.[a-z]{2,4}\/?$/

function looksLikeLink(chunk: string): boolean {
  if (chunk.includes('://') || chunk.includes('@') || chunk.startsWith('www.')) return true
  const firstSlash = chunk.indexOf('/')
  if (firstSlash >= 0 && chunk.indexOf('/', firstSlash + 1) >= 0) return true
  const trimmed = chunk.endsWith(')') || chunk.endsWith(',') || chunk.endsWith(';') ? chunk.slice(0, -1) : chunk
  return DOMAIN_END.test(trimmed)
}

/** Cut text into words, in order. */
export function tokenize(text: string): WordToken[] {
  return new ScannedWords(text, null).tokens()
}

/** Cut text into words, marking where the names of `filter`'s indexes may start. */
export function scanWords(text: string, filter: FirstWordFilter | null, everyWord = false): ScannedWords {
  return new ScannedWords(text, filter, everyWord)
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
  const at = (i: number): boolean =>
    i < words.length && isSpaceGap(words.text, words.end(i - 1), words.start(i)) && !words.inLink(i)
  if (!at(last + 1)) return NO_AREA_WORDS
  const firstFolded = words.folded(last + 1)
  const firstCategory = AREA_WORDS.get(firstFolded)
  const secondCategory = QUALIFIERS.has(firstFolded) && at(last + 2) ? AREA_WORDS.get(words.folded(last + 2)) : undefined
  if (secondCategory) {
    return { count: 2, categories: firstCategory ? [firstCategory, secondCategory] : [secondCategory] }
  }
  return firstCategory ? { count: 1, categories: [firstCategory] } : NO_AREA_WORDS
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
