/**
 * Words for the name matchers (places, countries): folding (lower case, no diacritics) and
 * one linear scan that cuts text into words without a string per word, keeping only the
 * words a name may start at. Split from ./places.ts, which matches the names.
 */
import { isSpaceCode, isWordCharCode } from './code-units.js'
import { lazyPattern } from './lazy-pattern.js'

// Folding

const COMBINING_MARKS = lazyPattern(() => /\p{M}/gu)
const UNDECOMPOSED = /[øæœßłđðþıħ]/g
const UNDECOMPOSED_TO: Readonly<Record<string, string>> = {
  ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h',
}

/** Lower case without diacritics: `Šiaulių` -> `siauliu`, `Tromsø` -> `tromso`. */
export function foldName(word: string): string {
  // Plain ASCII words (most of them) need no Unicode normalisation.
  if (isAscii(word)) return word.toLowerCase()
  let folded = foldCache.get(word)
  if (folded === undefined) {
    folded = foldUnicode(word)
    // Words repeat across documents; the cache is bounded so memory stays flat.
    if (foldCache.size >= FOLD_CACHE_SIZE) foldCache.clear()
    foldCache.set(word, folded)
  }
  return folded
}

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return false
  return true
}

function foldUnicode(word: string): string {
  return word
    .normalize('NFD')
    .replace(COMBINING_MARKS(), '')
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

const WORD_CHAR = lazyPattern(() => /^[\p{L}\p{M}\p{N}]$/u)
/** WORD_CHAR for one code unit: code-units.ts's class without `_` (test/normalise/code-units.test.ts checks every unit). */
const isWordUnit = (code: number): boolean => code !== 0x5f && isWordCharCode(code)

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

// What a UTF-16 code unit is to the scanner: one number per unit, so that the common case
// (a letter that folds to one unit) costs one table read. Positive: the unit it folds to.
type UnitFold = number
/** Not classified yet. */
const UNSEEN: UnitFold = 0
const NOT_WORD: UnitFold = -1
/** A word character that folds to nothing (a combining diacritic). */
const FOLDS_TO_NONE: UnitFold = -2
/** A word character that folds to the two units in `FOLD_PAIRS` (`ß` -> `ss`). */
const FOLDS_TO_TWO: UnitFold = -3
/** A word character whose fold may depend on its neighbours. */
const UNFOLDABLE: UnitFold = -4
/** A high surrogate: its pair decides. */
const HIGH_SURROGATE: UnitFold = -5
/** (Never stored) a surrogate pair that is a word character. */
const ASTRAL_WORD: UnitFold = -6

/** Per code unit, filled on first sight. Lone low surrogates are no word characters (`\p{Cs}`). */
const UNIT_FOLD = new Int32Array(0x10000)
/** The folds of the `FOLDS_TO_TWO` units. */
const FOLD_PAIRS = new Map<number, string>()
const astralWordChars = new Map<number, boolean>()

/** Ranges whose characters fold one by one: Basic Latin, Latin-1, Latin Extended-A/B, combining diacritics, Latin Extended Additional. */
const PER_CHARACTER_FOLDS: ReadonlyArray<readonly [number, number]> = [[0x00, 0x250], [0x300, 0x370], [0x1e00, 0x1f00]]

function classify(code: number): UnitFold {
  let fold: UnitFold
  if (code >= 0xd800 && code <= 0xdbff) fold = HIGH_SURROGATE
  else if (!isWordUnit(code)) fold = NOT_WORD
  else if (!PER_CHARACTER_FOLDS.some(([from, to]) => code >= from && code < to)) fold = UNFOLDABLE
  else {
    const folded = foldUnicode(String.fromCharCode(code))
    if (folded.length === 0) fold = FOLDS_TO_NONE
    else if (folded.length === 1) fold = folded.charCodeAt(0)
    else if (folded.length === 2) {
      fold = FOLDS_TO_TWO
      FOLD_PAIRS.set(code, folded)
    } else fold = UNFOLDABLE
  }
  UNIT_FOLD[code] = fold
  return fold
}

/** The fold of the unit at `i` (`code`), with a surrogate pair read as one character. */
function foldAt(text: string, i: number, code: number): UnitFold {
  const fold = UNIT_FOLD[code] || classify(code)
  if (fold !== HIGH_SURROGATE) return fold
  const low = text.charCodeAt(i + 1)
  if (!(low >= 0xdc00 && low <= 0xdfff)) return NOT_WORD
  const codePoint = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000
  let word = astralWordChars.get(codePoint)
  if (word === undefined) {
    word = WORD_CHAR().test(String.fromCodePoint(codePoint))
    astralWordChars.set(codePoint, word)
  }
  return word ? ASTRAL_WORD : NOT_WORD
}

/** How many code units the word character at `i` takes (1, or 2 for a surrogate pair); 0 when none is there. */
function wordUnitsAt(text: string, i: number): number {
  const fold = foldAt(text, i, text.charCodeAt(i))
  return fold === NOT_WORD ? 0 : fold === ASTRAL_WORD ? 2 : 1
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

/** What the scanner needs of a name index (./places.ts `NameIndex`): the first words of its names. */
export interface NameSource {
  firstWords(): Iterable<string>
  /** The first words' bits in a filter (`firstWordBits`), when a generated table gives them. */
  readonly presetFirstWordBits?: readonly number[]
}

/**
 * Where the first words of an index's names fall in a filter's bit set, sorted, each once. Hashing
 * the gazetteer's ~1,700 words runs in V8's interpreter on a run's first document (~2-5 ms), so its
 * generated table gives them (`GAZETTEER_FIRST_WORD_BITS`), checked against this by its test.
 */
export function firstWordBits(index: NameSource): number[] {
  const bits = new Set<number>()
  for (const word of index.firstWords()) bits.add(filterBit(hashOf(word)))
  return [...bits].sort((a, b) => a - b)
}

/** Sorted bit numbers as the generated table writes them: the gaps between them, in base 36, comma-parted. */
export function encodeBits(bits: readonly number[]): string {
  return bits.map((bit, i) => (bit - (i > 0 ? bits[i - 1]! : 0)).toString(36)).join(',')
}

export function decodeBits(encoded: string): number[] {
  const bits: number[] = []
  let bit = 0
  for (const gap of encoded.split(',')) bits.push((bit += Number.parseInt(gap, 36)))
  return bits
}

/** Each index's bits, hashed once however many filters hold it (the countries' are in two). */
const hashedBits = new WeakMap<NameSource, readonly number[]>()

function bitsOf(index: NameSource): readonly number[] {
  if (index.presetFirstWordBits) return index.presetFirstWordBits
  let bits = hashedBits.get(index)
  if (!bits) hashedBits.set(index, (bits = firstWordBits(index)))
  return bits
}

/** The first words of the names of some indexes, as a bit set of fold hashes. */
export class FirstWordFilter {
  readonly bits = new Uint8Array(FILTER_BITS >>> 3)
  readonly #indexes: ReadonlySet<NameSource>

  constructor(indexes: ReadonlyArray<NameSource>) {
    this.#indexes = new Set(indexes)
    for (const index of indexes) {
      for (const bit of bitsOf(index)) this.bits[bit >>> 3]! |= 1 << (bit & 7)
    }
  }

  covers(index: NameSource): boolean {
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
  candidatesFor(index: NameSource): readonly number[] | null
}

/** Keep every word once more than one word in this many may start a name, past the first `DENSE_AFTER` words. */
const DENSE_SHARE = 16
const DENSE_AFTER = 64

/**
 * Cuts `text` into words (see `ScannedWords`), pushing the candidates, and the start and end of
 * each kept word. Returns the number of words, or -1 when a sparse scan gave up (too many
 * candidates). A plain function rather than a method: V8 optimises this loop better so.
 */
function scanText(
  text: string,
  bits: Uint8Array | null,
  dense: boolean,
  starts: number[],
  ends: number[],
  candidates: number[],
  slots: Map<number, number>,
): number {
  const n = text.length
  let count = 0
  let i = 0
  while (i < n) {
    let fold = UNIT_FOLD[text.charCodeAt(i)]!
    if (fold === NOT_WORD) {
      i++
      continue
    }
    const start = i
    let hash = HASH_SEED
    let foldable = true
    // Letters that fold to one unit, and combining diacritics: any other unit goes to `readWord`.
    for (;;) {
      if (fold > 0) hash = mixUnit(hash, fold)
      else if (fold !== FOLDS_TO_NONE) break
      if (++i >= n) break
      fold = UNIT_FOLD[text.charCodeAt(i)]!
      if (fold === NOT_WORD) break
    }
    if (i < n && fold !== NOT_WORD) {
      i = readWord(text, start)
      if (i === start) {
        // No word character after all (a unit seen for the first time, or a lone surrogate).
        i++
        continue
      }
      hash = readWordHash
      foldable = readWordFoldable
    }
    let candidate = false
    if (bits) {
      const bit = filterBit(hash)
      candidate = !foldable || (bits[bit >>> 3]! & (1 << (bit & 7))) !== 0
    }
    if (candidate) {
      candidates.push(count)
      if (!dense) {
        if (candidates.length * DENSE_SHARE > count + DENSE_AFTER) return -1
        slots.set(count, starts.length)
      }
    }
    if (dense || candidate) {
      starts.push(start)
      ends.push(i)
    }
    count++
  }
  return count
}

// What `readWord` found besides the end of the word.
let readWordHash = HASH_SEED
let readWordFoldable = true

/** Reads the word at `start` unit by unit, every kind of unit included; returns its end (`start` when there is none). */
function readWord(text: string, start: number): number {
  let hash = HASH_SEED
  let foldable = true
  let i = start
  while (i < text.length) {
    const code = text.charCodeAt(i)
    const fold = foldAt(text, i, code)
    if (fold === NOT_WORD) break
    if (fold > 0) hash = mixUnit(hash, fold)
    else if (fold === FOLDS_TO_TWO) {
      const pair = FOLD_PAIRS.get(code)!
      hash = mixUnit(mixUnit(hash, pair.charCodeAt(0)), pair.charCodeAt(1))
    } else if (fold !== FOLDS_TO_NONE) foldable = false
    i += fold === ASTRAL_WORD ? 2 : 1
  }
  readWordHash = hash
  readWordFoldable = foldable
  return i
}

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
  /** The word last asked about and its slot. */
  #lastWord = -1
  #lastSlot = -1
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
    const count = scanText(this.text, this.filter?.bits ?? null, this.#dense, this.#starts, this.#ends, this.#candidates, this.#slots)
    if (count < 0) return false
    this.length = count
    return true
  }

  #slot(i: number): number {
    if (this.#dense) return i
    // Matchers ask several things about one word in a row; slots never change once given.
    if (i === this.#lastWord) return this.#lastSlot
    let slot = this.#slots.get(i)
    if (slot === undefined) slot = this.#locate(i)
    this.#lastWord = i
    this.#lastSlot = slot
    return slot
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
      while (start < text.length && wordUnitsAt(text, start) === 0) start++
      let end = start
      while (end < text.length) {
        const units = wordUnitsAt(text, end)
        if (units === 0) break
        end += units
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
      if (isSpaceCode(code)) break
      if (code === 0x2f || code === 0x40 || code === 0x2e) linkChar = true
      from--
    }
    let to = at
    while (to < text.length) {
      const code = text.charCodeAt(to)
      if (isSpaceCode(code)) break
      if (code === 0x2f || code === 0x40 || code === 0x2e) linkChar = true
      to++
    }
    this.#chunkFrom = from
    this.#chunkTo = to
    this.#chunkIsLink = linkChar && looksLikeLink(text.slice(from, to))
  }

  candidatesFor(index: NameSource): readonly number[] | null {
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
export class TokenWords implements WordSequence {
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
export function isNameGap(text: string, from: number, to: number): boolean {
  return onlyCharsIn(text, from, to, ' \u00a0-\u2010\u2011', 2)
}

/** Between a name and its area word: spaces on the same line. */
export function isSpaceGap(text: string, from: number, to: number): boolean {
  return onlyCharsIn(text, from, to, ' \u00a0\t', 3)
}

