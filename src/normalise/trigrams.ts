/**
 * franc 6's `francAll(value, { only })`, re-implemented for speed over franc's own
 * data and script expressions: the same list, in the same order, with the same scores.
 *
 * franc runs 30 script expressions over the whole sample, cleans it with three string
 * passes, counts its trigrams as string-keyed objects and looks each one up in each
 * language model. Here every UTF-16 code unit is classified once (script, separator,
 * lower case) and remembered; trigrams are packed into two integers and counted in an
 * open-addressing table; and an inverted index (trigram -> language and rank, in typed
 * arrays), built on first use for the allowed languages of one script only, turns each
 * distinct trigram into a few integer additions. The arithmetic is franc's.
 */
import { data } from 'franc/data.js'
import { expressions } from 'franc/expressions.js'

/** A language code (ISO 639-3, or `und`) and its score; 1 is the closest language. */
export type LanguageScore = [language: string, score: number]

/** Scores a text the way `francAll(text, { only })` does. */
export type FrancScorer = (value: string) => LanguageScore[]

// franc's constants (franc/index.js).
const MAX_LENGTH = 2048
const MIN_LENGTH = 10
const MAX_DIFFERENCE = 300
const UNDETERMINED = 'und'

const SPACE = 0x20

/**
 * Make a scorer that allows only `only` (every language when empty, as in franc).
 * Nothing is built until the first call, so importing and creating stay cheap.
 */
export function createFrancScorer(only: readonly string[]): FrancScorer {
  const allowed = new Set(only)
  const allows = (language: string): boolean => allowed.size === 0 || allowed.has(language)
  const indexes = new Map<string, ScriptIndex>()
  const counter = new TrigramCounter()

  return function scores(value) {
    if (!value || value.length < MIN_LENGTH) return undetermined()

    const sample = value.slice(0, MAX_LENGTH)
    const { script, count, units } = scan(sample)
    const models = Object.hasOwn(data, script) ? data[script] : undefined

    // A script franc has no trigram models for stands for one language by itself.
    if (models === undefined) return count === 0 || !allows(script) ? undetermined() : [[script, 1]]

    let index = indexes.get(script)
    if (index === undefined) {
      index = buildScriptIndex(models, allows)
      indexes.set(script, index)
    }
    // franc normalises its lone `und` tuple, which leaves its score at 1.
    if (index.languages.length === 0) return undetermined()

    counter.count(units, index)
    return normalise(sample, distances(index, counter))
  }
}

function undetermined(): LanguageScore[] {
  return [[UNDETERMINED, 1]]
}

/**
 * franc's `normalize` after its stable sort by distance, with the same float
 * operations in the same order, so the scores are bit-identical.
 */
function normalise(sample: string, tuples: LanguageScore[]): LanguageScore[] {
  tuples.sort((a, b) => a[1] - b[1])
  const min = tuples[0]![1]
  const max = sample.length * MAX_DIFFERENCE - min
  for (const tuple of tuples) tuple[1] = 1 - (tuple[1] - min) / max || 0
  return tuples
}

// ---------------------------------------------------------------------------
// What each code unit is, worked out on first sight from franc's own expressions
// and the engine's own lower-casing, so nothing here restates a Unicode table.

// Values of `UnitTables.script` other than a script's position.
const NO_SCRIPT = -1
const SEVERAL_SCRIPTS = -2
const SURROGATE = -3
const UNSEEN_SCRIPT = -4

// Values of `UnitTables.fold` other than the lower-cased code unit.
const UNSEEN_FOLD = -1
const SEPARATOR = -2
const NEEDS_CONTEXT = -3

interface UnitTables {
  /** franc's expression names, in franc's (object key) order. */
  readonly names: readonly string[]
  /** The same expressions, sticky, to match at one position. */
  readonly sticky: readonly RegExp[]
  /** Per code unit: the one script whose expression matches it, or one of the codes above. */
  readonly script: Int16Array
  /** Units that several expressions match (Han is both `cmn` and `jpn`). */
  readonly scripts: Map<number, Uint16Array>
  /** Per code unit: its lower case when that needs no context, or one of the codes above. */
  readonly fold: Int32Array
}

let tables: UnitTables | undefined

function unitTables(): UnitTables {
  if (tables) return tables
  const names = Object.keys(expressions)
  const sticky = names.map((name) => {
    const expression = expressions[name]!
    return new RegExp(expression.source, expression.flags.replace('g', '') + 'y')
  })
  tables = {
    names,
    sticky,
    script: new Int16Array(0x10000).fill(UNSEEN_SCRIPT),
    scripts: new Map(),
    fold: new Int32Array(0x10000).fill(UNSEEN_FOLD),
  }
  return tables
}

function isSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdfff
}

/**
 * franc's expressions match one non-surrogate code unit or a surrogate pair, so a
 * non-surrogate unit's matches depend on the unit alone (a test checks this).
 */
function classifyScript(unit: number, { names, sticky, scripts }: UnitTables): number {
  if (isSurrogate(unit)) return SURROGATE
  const character = String.fromCharCode(unit)
  const hits: number[] = []
  for (let script = 0; script < names.length; script++) {
    const expression = sticky[script]!
    expression.lastIndex = 0
    if (expression.test(character)) hits.push(script)
  }
  if (hits.length === 0) return NO_SCRIPT
  if (hits.length === 1) return hits[0]!
  scripts.set(unit, Uint16Array.from(hits))
  return SEVERAL_SCRIPTS
}

/** trigram-utils' `clean` drops punctuation, symbols and digits (U+0021–U+0040) and white space. */
const separatorPattern = /[\s\u0021-\u0040]/

function classifyFold(unit: number): number {
  // Astral letters lower-case as whole code points, not as halves.
  if (isSurrogate(unit)) return NEEDS_CONTEXT
  const character = String.fromCharCode(unit)
  if (separatorPattern.test(character)) return SEPARATOR
  const lower = character.toLowerCase()
  // `İ` grows to two units; `Σ` becomes `ς` at the end of a word (probed here beside a letter).
  if (lower.length !== 1) return NEEDS_CONTEXT
  if (`a${character}`.toLowerCase() !== `a${lower}` || `${character}a`.toLowerCase() !== `${lower}a`) return NEEDS_CONTEXT
  return lower.charCodeAt(0)
}

// ---------------------------------------------------------------------------
// One pass over the sample: what `sample.match(expression)` counts for each of
// franc's expressions, and trigram-utils' `' ' + clean(sample) + ' '` as code units.

interface Scan {
  /** The expression with the most matches, the first on ties (franc's `getTopScript`). */
  script: string
  count: number
  units: Uint16Array
}

let unitBuffer = new Uint16Array(0)

function reserveUnits(length: number): Uint16Array {
  if (unitBuffer.length < length) unitBuffer = new Uint16Array(Math.max(length, 2 * unitBuffer.length))
  return unitBuffer
}

/**
 * `clean` turns each run of separators into one space, trims, and lower-cases; here
 * unit by unit through the fold table. A sample with a unit whose lower case depends
 * on its neighbours (or on its other surrogate half) is cleaned as a string instead.
 */
function scan(sample: string): Scan {
  const unitTable = unitTables()
  const { names, sticky, script: scriptOf, scripts, fold } = unitTable
  const counts = new Int32Array(names.length)
  // Where each expression's global scan resumes: past the end of its last match.
  const resume = new Int32Array(names.length)
  const units = reserveUnits(sample.length + 2)
  let length = 0
  units[length++] = SPACE
  let gap = false
  let needsContext = false

  for (let at = 0; at < sample.length; at++) {
    const unit = sample.charCodeAt(at)

    let script = scriptOf[unit]!
    if (script === UNSEEN_SCRIPT) script = scriptOf[unit] = classifyScript(unit, unitTable)
    if (script >= 0) {
      if (resume[script]! <= at) counts[script]!++
    } else if (script === SEVERAL_SCRIPTS) {
      for (const each of scripts.get(unit)!) if (resume[each]! <= at) counts[each]!++
    } else if (script === SURROGATE) {
      // Run each expression where its own scan would stand, as `match` would.
      for (let each = 0; each < names.length; each++) {
        if (resume[each]! > at) continue
        const expression = sticky[each]!
        expression.lastIndex = at
        const match = expression.exec(sample)
        if (match) {
          counts[each]!++
          resume[each] = at + match[0].length
        }
      }
    }

    let folded = fold[unit]!
    if (folded === UNSEEN_FOLD) folded = fold[unit] = classifyFold(unit)
    if (folded === SEPARATOR) {
      gap = length > 1 // separators before the first word are trimmed away
    } else if (folded === NEEDS_CONTEXT) {
      needsContext = true
    } else {
      if (gap) {
        units[length++] = SPACE
        gap = false
      }
      units[length++] = folded
    }
  }
  units[length++] = SPACE

  // franc compares count / length; with one positive length that orders like count.
  let top = 0
  for (let each = 1; each < names.length; each++) if (counts[each]! > counts[top]!) top = each
  return {
    script: names[top]!,
    count: counts[top]!,
    units: needsContext ? paddedCleanString(sample) : units.subarray(0, length),
  }
}

function paddedCleanString(sample: string): Uint16Array {
  // One class covers both of `clean`'s replacements: a mixed run ends up one space
  // either way. A single quantified class cannot backtrack, so the scan is linear.
  const padded = ' ' + sample.replace(/[\s\u0021-\u0040]+/g, ' ').trim().toLowerCase() + ' '
  const units = reserveUnits(padded.length)
  for (let at = 0; at < padded.length; at++) units[at] = padded.charCodeAt(at)
  return units.subarray(0, padded.length)
}

// ---------------------------------------------------------------------------
// Trigrams: three UTF-16 code units (n-gram slices by code unit), packed as
// `high` = the first unit and `low` = the second and third.

function slotOf(high: number, low: number, shift: number): number {
  // Fibonacci hashing: the top bits of a multiplicative hash pick the slot.
  return Math.imul(low ^ Math.imul(high, 0x2c1b3c6d), 0x9e3779b1) >>> shift
}

/** Bits of a table that stays at most half full, so probe runs stay short. */
function tableBits(entries: number): number {
  let bits = 6
  while (1 << bits < entries * 2) bits++
  return bits
}

/** The allowed languages of one script and an inverted index over their models. */
interface ScriptIndex {
  /** In franc's data order, which decides the order of equal distances. */
  readonly languages: readonly string[]
  readonly shift: number
  readonly mask: number
  /** Slots of three: vocabulary id + 1 (0 when empty), high, low. */
  readonly table: Int32Array
  /** Postings of vocabulary id `v` are `start[v]` up to `start[v + 1]`. */
  readonly start: Int32Array
  readonly language: Int32Array
  readonly rank: Int32Array
}

function buildScriptIndex(models: Record<string, string>, allows: (language: string) => boolean): ScriptIndex {
  const languages = Object.keys(models).filter(allows)
  const lists = languages.map((language) => models[language]!.split('|'))
  const most = lists.reduce((sum, list) => sum + list.length, 0)
  const bits = tableBits(most)
  const table = new Int32Array(3 << bits)
  const shift = 32 - bits
  const mask = (1 << bits) - 1

  // Postings in model order; `lastLanguage` spots a trigram repeated within one model,
  // where franc keeps the first rank.
  const postingId = new Int32Array(most)
  const postingLanguage = new Int32Array(most)
  const postingRank = new Int32Array(most)
  const lastLanguage = new Int32Array(most).fill(-1)
  let postings = 0
  let vocabulary = 0

  lists.forEach((list, languageIndex) => {
    list.forEach((trigram, rank) => {
      if (trigram.length !== 3) return // text trigrams are three units; this one never matches
      const high = trigram.charCodeAt(0)
      const low = (trigram.charCodeAt(1) << 16) | trigram.charCodeAt(2)
      let slot = slotOf(high, low, shift)
      while (table[slot * 3] !== 0 && (table[slot * 3 + 1] !== high || table[slot * 3 + 2] !== low)) slot = (slot + 1) & mask
      if (table[slot * 3] === 0) {
        table[slot * 3] = ++vocabulary
        table[slot * 3 + 1] = high
        table[slot * 3 + 2] = low
      }
      const id = table[slot * 3]! - 1
      if (lastLanguage[id] === languageIndex) return
      lastLanguage[id] = languageIndex
      postingId[postings] = id
      postingLanguage[postings] = languageIndex
      postingRank[postings] = rank
      postings++
    })
  })

  // Counting sort by vocabulary id.
  const start = new Int32Array(vocabulary + 1)
  for (let posting = 0; posting < postings; posting++) start[postingId[posting]! + 1]!++
  for (let id = 0; id < vocabulary; id++) start[id + 1]! += start[id]!
  const next = start.slice(0, vocabulary)
  const language = new Int32Array(postings)
  const rank = new Int32Array(postings)
  for (let posting = 0; posting < postings; posting++) {
    const at = next[postingId[posting]!]!++
    language[at] = postingLanguage[posting]!
    rank[at] = postingRank[posting]!
  }
  return { languages, shift, mask, table, start, language, rank }
}

/** The vocabulary id of a trigram in `index`, or -1. */
function findTrigram(index: ScriptIndex, high: number, low: number): number {
  const { table, shift, mask } = index
  let slot = slotOf(high, low, shift)
  for (;;) {
    const id = table[slot * 3]!
    if (id === 0 || (table[slot * 3 + 1] === high && table[slot * 3 + 2] === low)) return id - 1
    slot = (slot + 1) & mask
  }
}

/**
 * Counts the distinct trigrams of one text (trigram-utils' `asDictionary`) and notes
 * which are in the index. The arrays are reused between calls; a generation stamp
 * marks the live slots, so nothing needs clearing.
 */
class TrigramCounter {
  shift = 32
  mask = 0
  /** Slots of four: generation stamp, high, low, occurrences. */
  table = new Int32Array(0)
  generation = 0
  /** How many distinct trigrams the last text had. */
  distinct = 0
  /** Of those in the index: how many, their vocabulary ids and their slots. */
  known = 0
  knownIds = new Int32Array(0)
  knownSlots = new Int32Array(0)

  count(units: Uint16Array, index: ScriptIndex): void {
    this.distinct = 0
    this.known = 0
    if (units.length < 3) return
    this.reserve(units.length - 2)
    const generation = ++this.generation
    const { table, shift, mask, knownIds, knownSlots } = this
    let distinct = 0
    let known = 0

    let first = units[0]!
    let second = units[1]!
    for (let at = 2; at < units.length; at++) {
      const third = units[at]!
      const low = (second << 16) | third
      let slot = slotOf(first, low, shift)
      for (;;) {
        const base = slot << 2
        if (table[base] !== generation) {
          table[base] = generation
          table[base + 1] = first
          table[base + 2] = low
          table[base + 3] = 1
          distinct++
          const id = findTrigram(index, first, low)
          if (id !== -1) {
            knownIds[known] = id
            knownSlots[known++] = slot
          }
          break
        }
        if (table[base + 1] === first && table[base + 2] === low) {
          table[base + 3]!++
          break
        }
        slot = (slot + 1) & mask
      }
      first = second
      second = third
    }
    this.distinct = distinct
    this.known = known
  }

  private reserve(trigrams: number): void {
    if (this.generation === 0x7fffffff) {
      this.table.fill(0)
      this.generation = 0
    }
    const bits = tableBits(trigrams)
    if (32 - bits >= this.shift) return
    this.shift = 32 - bits
    this.mask = (1 << bits) - 1
    this.table = new Int32Array(4 << bits)
    this.knownIds = new Int32Array(1 << bits)
    this.knownSlots = new Int32Array(1 << bits)
    this.generation = 0
  }
}

/**
 * franc's distance per language: over the text's distinct trigrams, |count − rank − 1|
 * when the model has the trigram, else MAX_DIFFERENCE (franc sets the trigram's count
 * in the text, not its rank, against the model rank). Every distinct trigram starts at
 * MAX_DIFFERENCE for every language and the index corrects those a model has. Every
 * term is an integer, so the sum is exact in any order, and trigram-utils' sort of the
 * tuples by count cannot change it.
 */
function distances(index: ScriptIndex, counter: TrigramCounter): LanguageScore[] {
  const totals = new Float64Array(index.languages.length).fill(counter.distinct * MAX_DIFFERENCE)
  const { start, language, rank } = index
  const { table, knownIds, knownSlots, known } = counter
  for (let k = 0; k < known; k++) {
    const id = knownIds[k]!
    const count = table[(knownSlots[k]! << 2) + 3]!
    const end = start[id + 1]!
    for (let posting = start[id]!; posting < end; posting++) {
      const difference = count - rank[posting]! - 1
      totals[language[posting]!]! += (difference < 0 ? -difference : difference) - MAX_DIFFERENCE
    }
  }
  return index.languages.map((name, languageIndex): LanguageScore => [name, totals[languageIndex]!])
}
