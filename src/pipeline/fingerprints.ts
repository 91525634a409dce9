/**
 * A table of 128-bit fingerprints, each with a small number, kept in typed arrays.
 *
 * The main thread remembers every document of a run (its bytes, its record id) to find
 * duplicates. As strings in a Map and a Set that cost ~260 bytes a document (100,000
 * documents: ~25 MB, most of what grew with the corpus); here a fingerprint takes 20 bytes
 * a slot, the table at most 3/4 full. Two different values sharing 128 bits of SHA-256 is,
 * for any corpus this reads, as unlikely as sharing the whole digest, so a fingerprint
 * stands for its value.
 */
import { hash } from 'node:crypto'

/** Four 32-bit words of a SHA-256 digest. */
export type Fingerprint = readonly [number, number, number, number]

/** The fingerprint of a hex SHA-256 digest: its first 128 bits. */
export function digestFingerprint(sha256: string): Fingerprint {
  const word = (at: number): number => Number.parseInt(sha256.slice(at, at + 8), 16) >>> 0
  return [word(0), word(8), word(16), word(24)]
}

/** The fingerprint of a string: the first 128 bits of the SHA-256 of its UTF-8. */
export function textFingerprint(text: string): Fingerprint {
  // The one-shot hash to hex: a Hash object, or a Buffer out, costs several times more.
  return digestFingerprint(hash('sha256', text, 'hex'))
}

const EMPTY = -1
const FIRST_SLOTS = 1024

/** Fingerprints with a number each (≥ 0): open addressing, linear probing, doubling at 3/4. */
export class FingerprintTable {
  #keys = new Uint32Array(FIRST_SLOTS * 4)
  #values = new Int32Array(FIRST_SLOTS).fill(EMPTY)
  #size = 0

  get size(): number {
    return this.#size
  }

  /** The number kept with `key`, or undefined. */
  get(key: Fingerprint): number | undefined {
    const value = this.#values[this.#slotOf(key)]!
    return value === EMPTY ? undefined : value
  }

  has(key: Fingerprint): boolean {
    return this.get(key) !== undefined
  }

  /** Keep `value` (≥ 0) with `key`, in place of any number it had. */
  set(key: Fingerprint, value: number): void {
    if (!Number.isInteger(value) || value < 0 || value > 0x7fffffff) throw new RangeError(`a fingerprint's number is a whole number from 0 to 2^31-1, not ${value}`)
    const slot = this.#slotOf(key)
    if (this.#values[slot] === EMPTY) {
      this.#keys.set(key, slot * 4)
      this.#size++
    }
    this.#values[slot] = value
    if (this.#size * 4 > this.#values.length * 3) this.#grow()
  }

  /** The slot holding `key`, or the empty slot where it would go. */
  #slotOf(key: Fingerprint): number {
    const keys = this.#keys
    const values = this.#values
    const mask = values.length - 1
    // The words are a hash's: any one of them spreads the keys evenly.
    for (let slot = key[0] & mask; ; slot = (slot + 1) & mask) {
      if (values[slot] === EMPTY) return slot
      const at = slot * 4
      if (keys[at] === key[0] && keys[at + 1] === key[1] && keys[at + 2] === key[2] && keys[at + 3] === key[3]) return slot
    }
  }

  #grow(): void {
    const keys = this.#keys
    const values = this.#values
    this.#keys = new Uint32Array(keys.length * 2)
    this.#values = new Int32Array(values.length * 2).fill(EMPTY)
    this.#size = 0
    for (let slot = 0; slot < values.length; slot++) {
      if (values[slot] === EMPTY) continue
      const at = slot * 4
      this.set([keys[at]!, keys[at + 1]!, keys[at + 2]!, keys[at + 3]!], values[slot]!)
    }
  }
}
