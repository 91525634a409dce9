/**
 * franc 6's `francAll(value, { only })`, re-implemented for speed over franc's own
 * data and script expressions: the same list, in the same order, with the same scores.
 * Both come from `franc-tables.ts`, which holds them worked out ahead of time (which
 * expressions each BMP code unit matches; the models of the languages we allow).
 *
 * franc runs 30 script expressions over the whole sample, cleans it with three string
 * passes, counts its trigrams as string-keyed objects and looks each one up in each
 * language model. Here the sample is copied once into a reused array of UTF-16 code
 * units, and three tight loops over integers do the rest: one counts scripts through a
 * table of what each code unit is (worked out once per unit); one cleans and lower-cases
 * the sample straight into small letter ids (per script); one counts each trigram in its
 * own cell of a cube indexed by three letter ids, where a model's trigram also finds
 * its vocabulary id. An inverted index (trigram -> language and rank, in typed arrays),
 * built on first use for the allowed languages of one script only, turns each distinct
 * trigram into a few integer additions. The arithmetic is franc's.
 */
import { BMP_SCRIPT_RUNS, SCRIPT_EXPRESSIONS, SCRIPT_LISTS } from './franc-tables.js'

/** A language code (ISO 639-3, or `und`) and its score; 1 is the closest language. */
export type LanguageScore = [language: string, score: number]

/** Scores a text the way `francAll(text, { only })` does. */
export type FrancScorer = (value: string) => LanguageScore[]

/** franc's trigram models (`franc/data.js`) by script, then language. */
export type FrancModels = Readonly<Record<string, Readonly<Record<string, string>>>>

// franc's constants (franc/index.js).
const MAX_LENGTH = 2048
const MIN_LENGTH = 10
const MAX_DIFFERENCE = 300
const UNDETERMINED = 'und'

const SPACE = 0x20

/**
 * Make a scorer that allows only `only` (every language when empty, as in franc), given
 * franc's models of at least those languages, with every script franc has models for
 * (a script may have none of them). Nothing is built until the first call, so importing
 * and creating stay cheap.
 */
export function createFrancScorer(only: readonly string[], data: FrancModels): FrancScorer {
  const allowed = new Set(only)
  const allows = (language: string): boolean => allowed.size === 0 || allowed.has(language)
  const indexes = new Map<string, ScriptIndex>()

  return function scores(value) {
    if (!value || value.length < MIN_LENGTH) return undetermined()

    const sample = value.slice(0, MAX_LENGTH)
    readUnits(sample)
    const { script, count } = topScript(sample)
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

    countTrigrams(sample, index)
    return normalise(sample, distances(index))
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

// The sample's code units, copied by `Buffer#write` (one native copy, far cheaper than
// `charCodeAt` per unit) when the platform's Uint16Array is little-endian like UTF-16LE.
const inputBytes = Buffer.alloc(MAX_LENGTH * 2)
const input = new Uint16Array(inputBytes.buffer, inputBytes.byteOffset, MAX_LENGTH)
const writesCodeUnits = inputBytes.write('\u0102', 0, 2, 'utf16le') === 2 && input[0] === 0x0102

/** Copies the sample into `input`. */
function readUnits(sample: string): void {
  if (writesCodeUnits) inputBytes.write(sample, 0, sample.length * 2, 'utf16le')
  else for (let at = 0; at < sample.length; at++) input[at] = sample.charCodeAt(at)
}

// ---------------------------------------------------------------------------
// What each code unit is, worked out on first sight from franc's own expressions
// and the engine's own lower-casing, so nothing here restates a Unicode table.
// One integer per code unit holds both answers:
//   bits 0–7   the one script whose expression matches the unit, or a code below;
//   bits 8–23  its lower case, when that needs no context;
//   bit 24     a separator for `clean`; bit 25: its lower case needs context.
// An unseen unit is -1, whose script bits read as SURROGATE: off the fast path.

const SCRIPT_BITS = 0xff
/** Counted like a script (in a bucket no expression has), which keeps the fast path short. */
const NO_SCRIPT = 0xfd
const SEVERAL_SCRIPTS = 0xfe
const SURROGATE = 0xff
const FOLD_SHIFT = 8
const SEPARATOR = 1 << 24
const NEEDS_CONTEXT = 1 << 25
const UNSEEN = -1
const LANES = 4

/** franc's expression names, in franc's (object key) order. */
const scriptNames: readonly string[] = SCRIPT_EXPRESSIONS.map(([name]) => name)
// The script codes above must stay clear of the expressions' positions.
if (scriptNames.length >= NO_SCRIPT) throw new Error(`franc has ${scriptNames.length} script expressions, too many to pack`)
/** The expressions of the units that several match (Han is both `cmn` and `jpn`). */
const severalScripts: readonly Uint16Array[] = SCRIPT_LISTS.map((list) => Uint16Array.from(list))

// The hot loops index these module-level arrays directly: V8 then knows each array
// itself, not only its kind, and keeps the loops short.

/** Per code unit: what it is (above), or UNSEEN. */
const unitInfos = new Int32Array(0x10000).fill(UNSEEN)
/**
 * Matches per expression (and NO_SCRIPT) in the sample being scanned, in LANES rows of
 * 256: neighbouring units count in different rows, so the increments of a run of one
 * script do not wait on each other through memory.
 */
const scriptCounts = new Int32Array(LANES << 8)
/** Where each expression's global scan resumes: past the end of its last match. */
const scriptResume = new Int32Array(NO_SCRIPT + 1)

/** Per unit with SEVERAL_SCRIPTS: the expressions it matches. */
const scriptsOfUnit = new Map<number, Uint16Array>()

let stickyExpressions: readonly RegExp[] | undefined

/** franc's expressions, sticky, to match at one position: only surrogates need them. */
function sticky(): readonly RegExp[] {
  stickyExpressions ??= SCRIPT_EXPRESSIONS.map(([, source, flags]) => new RegExp(source, flags.replace('g', '') + 'y'))
  return stickyExpressions
}

function unitInfo(unit: number): number {
  let info = unitInfos[unit]!
  if (info === UNSEEN) info = unitInfos[unit] = classifyScript(unit) | classifyFold(unit)
  return info
}

function isSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdfff
}

/**
 * franc's expressions match one non-surrogate code unit or a surrogate pair, so a
 * non-surrogate unit's matches depend on the unit alone (a test checks this), and
 * BMP_SCRIPT_RUNS holds them for every such unit (a test checks it against franc).
 */
function classifyScript(unit: number): number {
  if (isSurrogate(unit)) return SURROGATE
  const hits = bmpScriptRun(unit)
  if (hits === -1) return NO_SCRIPT
  if (hits >= 0) return hits
  scriptsOfUnit.set(unit, severalScripts[-2 - hits]!)
  return SEVERAL_SCRIPTS
}

/** The value of the run of BMP_SCRIPT_RUNS that holds `unit` (binary search over run starts). */
function bmpScriptRun(unit: number): number {
  let low = 0
  let high = BMP_SCRIPT_RUNS.length / 2 - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (BMP_SCRIPT_RUNS[2 * middle]! <= unit) low = middle
    else high = middle - 1
  }
  return BMP_SCRIPT_RUNS[2 * low + 1]!
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
  return lower.charCodeAt(0) << FOLD_SHIFT
}

// ---------------------------------------------------------------------------
// Scripts: what `sample.match(expression)` counts for each of franc's expressions.

const top = { script: '', count: 0 }

/** The expression with the most matches, the first on ties (franc's `getTopScript`). */
function topScript(sample: string): typeof top {
  scriptCounts.fill(0)
  scriptResume.fill(0)
  const end = sample.length
  // No expression's scan stands past `resumeAll`, so from there on every one may match.
  let resumeAll = 0
  let at = countPlainScripts(0, end)
  while (at < end) {
    // The slow path, for one unit and as long as a match reaches ahead.
    do {
      resumeAll = countScripts(sample, input[at]!, at, resumeAll)
      at++
    } while (at < end && (at < resumeAll || (unitInfos[input[at]!]! & SCRIPT_BITS) > NO_SCRIPT))
    at = countPlainScripts(at, end)
  }

  // franc compares count / length; with one positive length that orders like count.
  const names = scriptNames
  let best = 0
  let bestCount = -1
  for (let each = 0; each < names.length; each++) {
    let count = 0
    for (let lane = 0; lane < LANES; lane++) count += scriptCounts[(lane << 8) | each]!
    if (count > bestCount) {
      best = each
      bestCount = count
    }
  }
  top.script = names[best]!
  top.count = bestCount
  return top
}

/**
 * The fast path: counts units seen before, of one script or none, from `at` on, and
 * answers where it stopped. A loop of its own, which V8 compiles far tighter.
 */
function countPlainScripts(at: number, end: number): number {
  // Module constants are context slots V8 loads and checks on every use; these are locals.
  const scriptBits = SCRIPT_BITS
  const noScript = NO_SCRIPT
  const laneMask = LANES - 1
  for (; at < end; at++) {
    const script = unitInfos[input[at]!]! & scriptBits
    if (script > noScript) break
    scriptCounts[((at & laneMask) << 8) | script]!++
  }
  return at
}

/** Counts the scripts of the unit at `at` (in the first lane) and answers the new `resumeAll`. */
function countScripts(sample: string, unit: number, at: number, resumeAll: number): number {
  const script = unitInfo(unit) & SCRIPT_BITS
  if (script <= NO_SCRIPT) {
    if (scriptResume[script]! <= at) scriptCounts[script]!++
  } else if (script === SEVERAL_SCRIPTS) {
    for (const each of scriptsOfUnit.get(unit)!) if (scriptResume[each]! <= at) scriptCounts[each]!++
  } else {
    // A surrogate: run each expression where its own scan would stand, as `match` would.
    const expressions = sticky()
    for (let each = 0; each < expressions.length; each++) {
      if (scriptResume[each]! > at) continue
      const expression = expressions[each]!
      expression.lastIndex = at
      const match = expression.exec(sample)
      if (match) {
        scriptCounts[each]!++
        scriptResume[each] = at + match[0].length
        if (scriptResume[each]! > resumeAll) resumeAll = scriptResume[each]!
      }
    }
  }
  return resumeAll
}

// ---------------------------------------------------------------------------
// Trigrams of trigram-utils' `' ' + clean(sample) + ' '`: three UTF-16 code units
// (n-gram slices by code unit). Each unit of a script's text gets a letter id (the
// models' letters first and for good, a few others per document), so a trigram is one
// cell of a cube of counts: no strings, no hashing, no probing.

/** Letter ids a document may give to letters no model has (past them: `countUnits`). */
const EXTRA_LETTERS = 24
const COUNT_BITS = 0xffff
/** `foldIds` values past every letter id. */
const UNKNOWN = 0
const FOLDS_TO_SEPARATOR = 0xffff
const CANNOT_FOLD = 0xfffe

/**
 * The allowed languages of one script, an inverted index over their models, and the
 * cells a document's trigrams are counted in.
 */
interface ScriptIndex {
  /** In franc's data order, which decides the order of equal distances. */
  readonly languages: readonly string[]
  /** Postings of vocabulary id `v` are `start[v]` up to `start[v + 1]`. */
  readonly start: Int32Array
  readonly language: Int32Array
  readonly rank: Int32Array

  /** Per code unit of cleaned text: its letter id, or 0 for none. */
  readonly letterIds: Uint16Array
  /** Per letter id: its code unit. */
  readonly letterUnits: Uint16Array
  /** Ids up to here are the models' letters and are kept; the others last one document. */
  readonly modelLetters: number
  letters: number
  /** Letter ids are below `radix`; trigram `a b c` is cell `(a * radix + b) * radix + c`. */
  readonly radix: number
  /**
   * Per code unit of the sample: the letter id of its lower case, FOLDS_TO_SEPARATOR,
   * CANNOT_FOLD (its lower case needs context, or no id was left), or UNKNOWN yet.
   */
  readonly foldIds: Uint16Array
  /** Sample units whose `foldIds` entry holds a letter id that lasts one document. */
  readonly foldedToOthers: number[]
  /** The padded, cleaned sample as letter ids. */
  readonly ids: Uint16Array
  /**
   * Per cell: (vocabulary id + 1) << 16 for a model's trigram (0 for others), plus
   * its occurrences in the document in the low 16 bits (a sample has fewer units).
   */
  readonly cells: Int32Array
  /** The cells the document counted, in order of first sight. */
  touched: Int32Array
  touchedCount: number
  /** Trigrams with a letter left without an id, by their code units (see `countUnits`). */
  readonly rare: Set<number>
}

function buildScriptIndex(models: Readonly<Record<string, string>>, allows: (language: string) => boolean): ScriptIndex {
  // Plain loops over typed arrays, no per-trigram closures or calls: this runs once, cold,
  // in the interpreter, where a call per trigram cost milliseconds.
  const languages = Object.keys(models).filter(allows)
  const lists = languages.map((language) => models[language]!.split('|'))
  let most = 0
  for (const list of lists) most += list.length

  // Ids for the models' letters first, so the cube's size is known before any cell.
  // Each trigram's three letter ids are kept (0 for one that is not three units long).
  const letterIds = new Uint16Array(0x10000)
  const unitsById = [0]
  const trigramLetters = new Uint16Array(3 * most)
  let letters = 0
  let each = 0
  for (const list of lists) {
    for (let rank = 0; rank < list.length; rank++, each++) {
      const trigram = list[rank]!
      if (trigram.length !== 3) continue // text trigrams are three units; this one never matches
      for (let at = 0; at < 3; at++) {
        const unit = trigram.charCodeAt(at)
        let id = letterIds[unit]!
        if (id === 0) {
          id = letterIds[unit] = ++letters
          unitsById.push(unit)
        }
        trigramLetters[3 * each + at] = id
      }
    }
  }
  // Every padded sample starts with a space: it has an id even if no model had it.
  if (letterIds[SPACE] === 0) {
    letterIds[SPACE] = ++letters
    unitsById.push(SPACE)
  }
  const radix = letters + 1 + EXTRA_LETTERS
  if (radix >= CANNOT_FOLD) throw new Error(`franc models with ${letters} letters, too many to pack`)
  const cells = new Int32Array(radix * radix * radix)
  const letterUnits = new Uint16Array(radix)
  letterUnits.set(unitsById)

  // Postings in model order; a trigram repeated within one model keeps its first
  // rank, as franc's (backwards-filled) dictionary does.
  const postingId = new Int32Array(most)
  const postingLanguage = new Int32Array(most)
  const postingRank = new Int32Array(most)
  const lastLanguage = new Int32Array(most).fill(-1)
  let postings = 0
  let vocabulary = 0
  each = 0
  for (let languageIndex = 0; languageIndex < lists.length; languageIndex++) {
    const count = lists[languageIndex]!.length
    for (let rank = 0; rank < count; rank++, each++) {
      const first = trigramLetters[3 * each]!
      if (first === 0) continue
      const cell = (first * radix + trigramLetters[3 * each + 1]!) * radix + trigramLetters[3 * each + 2]!
      if (cells[cell] === 0) cells[cell] = ++vocabulary << 16
      const id = (cells[cell]! >>> 16) - 1
      if (lastLanguage[id] === languageIndex) continue
      lastLanguage[id] = languageIndex
      postingId[postings] = id
      postingLanguage[postings] = languageIndex
      postingRank[postings] = rank
      postings++
    }
  }
  if (vocabulary >= COUNT_BITS) throw new Error(`franc models with ${vocabulary} trigrams, too many to pack`)

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

  return {
    languages,
    start,
    language,
    rank,
    letterIds,
    letterUnits,
    modelLetters: letters,
    letters,
    radix,
    foldIds: new Uint16Array(0x10000),
    foldedToOthers: [],
    ids: new Uint16Array(MAX_LENGTH + 2),
    cells,
    touched: new Int32Array(MAX_LENGTH + 2),
    touchedCount: 0,
    rare: new Set(),
  }
}

function cellOf(radix: number, first: number, second: number, third: number): number {
  return (first * radix + second) * radix + third
}

/** A letter id for `unit` for this document, or 0 when all are taken. */
function addLetter(index: ScriptIndex, unit: number): number {
  if (index.letters === index.radix - 1) return 0
  const id = ++index.letters
  index.letterIds[unit] = id
  index.letterUnits[id] = unit
  return id
}

/** Forget the last document's other letters (its cells are empty again by now). */
function forgetOtherLetters(index: ScriptIndex): void {
  const { letterIds, letterUnits, modelLetters, foldIds, foldedToOthers } = index
  for (let id = modelLetters + 1; id <= index.letters; id++) letterIds[letterUnits[id]!] = 0
  index.letters = modelLetters
  for (const unit of foldedToOthers) foldIds[unit] = UNKNOWN
  foldedToOthers.length = 0
}

/**
 * Counts the distinct trigrams of the sample (trigram-utils' `asDictionary`): each
 * trigram's occurrences in its cell, the cells in `touched`.
 */
function countTrigrams(sample: string, index: ScriptIndex): void {
  index.touchedCount = 0
  index.rare.clear()
  if (index.letters !== index.modelLetters) forgetOtherLetters(index)
  const length = foldToIds(sample.length, index)
  if (length >= 0) {
    countIds(index.ids, length, index)
  } else {
    const units = paddedCleanString(sample)
    countUnits(units, units.length, index)
  }
}

/**
 * `clean` turns each run of separators into one space, trims, and lower-cases; here
 * unit by unit through `foldIds`, padded with a space at each end. Answers the length,
 * or -1 for a sample with a unit whose lower case depends on its neighbours (or on its
 * other surrogate half), or with more other letters than ids: `countUnits` takes those.
 */
function foldToIds(end: number, index: ScriptIndex): number {
  const { foldIds, ids } = index
  const space = index.letterIds[SPACE]!
  ids[0] = space
  folded.length = 1
  folded.gap = false
  let at = 0
  for (;;) {
    at = foldKnownUnits(foldIds, ids, space, at, end)
    if (at === end) break
    // Learn the unit it stopped at and go on from it.
    if (learnFold(index, input[at]!) === CANNOT_FOLD) return -1
  }
  ids[folded.length++] = space
  return folded.length
}

/** Where `foldKnownUnits` stands between calls. */
const folded = { length: 0, gap: false }

/**
 * The fast path of `foldToIds`: folds units whose fold is known and folds to a letter
 * or a separator, from `at` on, and answers where it stopped. A loop of its own, as in
 * `countPlainScripts`.
 */
function foldKnownUnits(foldIds: Uint16Array, ids: Uint16Array, space: number, at: number, end: number): number {
  // Locals, as in `countPlainScripts`.
  const unknown = UNKNOWN
  const cannotFold = CANNOT_FOLD
  const foldsToSeparator = FOLDS_TO_SEPARATOR
  let length = folded.length
  let gap = folded.gap
  for (; at < end; at++) {
    const id = foldIds[input[at]!]!
    if (id === unknown || id === cannotFold) break
    if (id === foldsToSeparator) {
      gap = length > 1 // separators before the first word are trimmed away
    } else {
      if (gap) {
        ids[length++] = space
        gap = false
      }
      ids[length++] = id
    }
  }
  folded.length = length
  folded.gap = gap
  return at
}

/** Works out and remembers (for the models' letters, for good) what `unit` folds to. */
function learnFold(index: ScriptIndex, unit: number): number {
  const info = unitInfo(unit)
  if ((info & SEPARATOR) !== 0) return (index.foldIds[unit] = FOLDS_TO_SEPARATOR)
  if ((info & NEEDS_CONTEXT) !== 0) return (index.foldIds[unit] = CANNOT_FOLD)
  const lower = info >>> FOLD_SHIFT
  const id = index.letterIds[lower] || addLetter(index, lower)
  if (id === 0) return CANNOT_FOLD // for this document only: ids may be free again next time
  if (id > index.modelLetters) index.foldedToOthers.push(unit)
  return (index.foldIds[unit] = id)
}

function countIds(ids: Uint16Array, length: number, index: ScriptIndex): void {
  const { cells, radix, touched } = index
  const countBits = COUNT_BITS // a local, as in `topScript`
  let touchedCount = 0
  for (let at = 2; at < length; at++) {
    const cell = (ids[at - 2]! * radix + ids[at - 1]!) * radix + ids[at]!
    if ((cells[cell]!++ & countBits) === 0) touched[touchedCount++] = cell
  }
  index.touchedCount = touchedCount
}

/**
 * `countIds` for a padded, cleaned sample given as code units, which may have letters
 * left without an id: the trigrams with one are counted apart, in `rare`. No model has
 * them (all the models' letters have ids), so only their number matters.
 */
function countUnits(units: Uint16Array, length: number, index: ScriptIndex): void {
  if (length < 3) return
  if (index.touched.length < length) index.touched = new Int32Array(length)
  const { letterIds, cells, radix, touched, rare } = index
  let touchedCount = 0
  let first = units[0]!
  let second = units[1]!
  let firstId = letterIds[first] || addLetter(index, first)
  let secondId = letterIds[second] || addLetter(index, second)
  for (let at = 2; at < length; at++) {
    const third = units[at]!
    const thirdId = letterIds[third] || addLetter(index, third)
    if (firstId !== 0 && secondId !== 0 && thirdId !== 0) {
      const cell = cellOf(radix, firstId, secondId, thirdId)
      if ((cells[cell]!++ & COUNT_BITS) === 0) touched[touchedCount++] = cell
    } else {
      rare.add(first * 0x100000000 + second * 0x10000 + third) // exact below 2^53
    }
    first = second
    firstId = secondId
    second = third
    secondId = thirdId
  }
  index.touchedCount = touchedCount
}

let unitBuffer = new Uint16Array(0)

function paddedCleanString(sample: string): Uint16Array {
  // One class covers both of `clean`'s replacements: a mixed run ends up one space
  // either way. A single quantified class cannot backtrack, so the scan is linear.
  const padded = ' ' + sample.replace(/[\s\u0021-\u0040]+/g, ' ').trim().toLowerCase() + ' '
  if (unitBuffer.length < padded.length) unitBuffer = new Uint16Array(Math.max(padded.length, 2 * unitBuffer.length))
  for (let at = 0; at < padded.length; at++) unitBuffer[at] = padded.charCodeAt(at)
  return unitBuffer.subarray(0, padded.length)
}

/**
 * franc's distance per language: over the text's distinct trigrams, |count − rank − 1|
 * when the model has the trigram, else MAX_DIFFERENCE (franc sets the trigram's count
 * in the text, not its rank, against the model rank). Every distinct trigram starts at
 * MAX_DIFFERENCE for every language and the index corrects those a model has. Every
 * term is an integer, so the sum is exact in any order, and trigram-utils' sort of the
 * tuples by count cannot change it. Empties the document's counts from the cells.
 */
function distances(index: ScriptIndex): LanguageScore[] {
  const { start, language, rank, cells, touched, touchedCount } = index
  const distinct = touchedCount + index.rare.size
  const totals = new Float64Array(index.languages.length).fill(distinct * MAX_DIFFERENCE)
  for (let k = 0; k < touchedCount; k++) {
    const cell = touched[k]!
    const value = cells[cell]!
    cells[cell] = value & ~COUNT_BITS
    const id = (value >>> 16) - 1
    if (id < 0) continue // no model has it
    const count = value & COUNT_BITS
    const end = start[id + 1]!
    for (let posting = start[id]!; posting < end; posting++) {
      const difference = count - rank[posting]! - 1
      totals[language[posting]!]! += (difference < 0 ? -difference : difference) - MAX_DIFFERENCE
    }
  }
  index.touchedCount = 0
  return index.languages.map((name, languageIndex): LanguageScore => [name, totals[languageIndex]!])
}
