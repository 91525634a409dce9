/**
 * A run's inputs, packed for the main thread to hold while the files go through the stages.
 *
 * As objects, a folder of 100,000 files cost ~14 MB there for the whole run: a path string of
 * ~100 bytes and a FileInput of ~40 each, all made before the first file was read (the same
 * strings were then kept by the duplicate check, to name the first of two equal files). Packed,
 * a path costs its characters and four bytes: PACK paths are joined into one string, with
 * where each ends. A FileInput is made again when its file's turn comes.
 */
import type { FileInput } from './inputs.js'

/** Strings per packed string: 1,024 paths of ~60 characters make ~60 KB. */
const PACK = 1024
const PACK_BITS = 10

/** Strings appended one after another and read back by their index. */
export class PackedStrings {
  readonly #packs: Array<string | undefined> = []
  readonly #ends: Array<Int32Array | undefined> = []
  #pending: string[] = []
  #length = 0

  get length(): number {
    return this.#length
  }

  /** Appends `value`; returns its index. */
  push(value: string): number {
    this.#pending.push(value)
    if (this.#pending.length === PACK) this.#seal()
    return this.#length++
  }

  at(index: number): string {
    if (!(index >= 0 && index < this.#length)) throw new RangeError(`no string ${index} of ${this.#length}`)
    const pack = index >>> PACK_BITS
    const within = index & (PACK - 1)
    if (pack === this.#packs.length) return this.#pending[within]!
    const text = this.#packs[pack]
    const ends = this.#ends[pack]
    if (text === undefined || ends === undefined) throw new RangeError(`string ${index} was let go`)
    return copyOf(text, within === 0 ? 0 : ends[within - 1]!, ends[within]!)
  }

  /** Lets go of whole packs before `index`, for a list read once, in order. */
  forgetBefore(index: number): void {
    const packs = Math.min(index >>> PACK_BITS, this.#packs.length)
    for (let pack = 0; pack < packs; pack++) {
      this.#packs[pack] = undefined
      this.#ends[pack] = undefined
    }
  }

  #seal(): void {
    const ends = new Int32Array(PACK)
    let end = 0
    for (let at = 0; at < PACK; at++) ends[at] = end += this.#pending[at]!.length
    // join('') makes one flat string: the parts are let go with the array.
    this.#packs.push(this.#pending.join(''))
    this.#ends.push(ends)
    this.#pending = []
  }
}

/**
 * `text.slice(start, end)` that holds nothing of `text`. V8 makes a slice of a long string a
 * view into it, so one path kept to the end (by a message, say) would keep its whole pack; a
 * string joined to another is copied out whole when sliced.
 */
function copyOf(text: string, start: number, end: number): string {
  return (' ' + text.slice(start, end)).slice(1)
}

/** Where an input is read from, when it is not its display path. */
const SAME_AS_PATH = -1
const STANDARD_INPUT = -2

/** The inputs of a run in the order given, read back as FileInputs. */
export class InputList {
  readonly #paths = new PackedStrings()
  /** Only the locations that differ from their paths (a folder named by a relative path). */
  readonly #locations = new PackedStrings()
  /** Per input: SAME_AS_PATH, STANDARD_INPUT or an index in `#locations`. */
  readonly #where: Int32Array
  #forgotten = 0
  #locationsForgotten = 0

  constructor(inputs: readonly FileInput[]) {
    this.#where = new Int32Array(inputs.length)
    for (let index = 0; index < inputs.length; index++) {
      const { path, location } = inputs[index]!
      this.#paths.push(path)
      this.#where[index] = location === null ? STANDARD_INPUT : location === path ? SAME_AS_PATH : this.#locations.push(location)
    }
  }

  get length(): number {
    return this.#paths.length
  }

  at(index: number): FileInput {
    const path = this.#paths.at(index)
    const where = this.#where[index]!
    return { path, location: where === SAME_AS_PATH ? path : where === STANDARD_INPUT ? null : this.#locations.at(where) }
  }

  /** True for standard input, which only the main thread can read. */
  isStandardInput(index: number): boolean {
    return this.#where[index] === STANDARD_INPUT
  }

  /** Lets go of the inputs before `index` (called with growing indexes): they have been handed out. */
  forgetBefore(index: number): void {
    this.#paths.forgetBefore(index)
    // Locations are pushed in input order: those of the inputs let go come first.
    for (; this.#forgotten < Math.min(index, this.#where.length); this.#forgotten++) {
      if (this.#where[this.#forgotten]! >= 0) this.#locationsForgotten++
    }
    this.#locations.forgetBefore(this.#locationsForgotten)
  }
}
