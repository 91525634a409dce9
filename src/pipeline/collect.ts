/**
 * Run-level decisions that need every earlier file: the same bytes under two names give one
 * record (the first by path), and ids stay unique (a clash gets a suffix and a warning).
 * Files arrive in path order, so the outcome is the same however the work was scheduled.
 */
import type { Diagnostic, ProjectRecord } from '../schema/record.js'
import { PackedStrings } from './input-list.js'
import { digestFingerprint, FingerprintTable, textFingerprint } from './fingerprints.js'
import type { SourceFile } from './source-file.js'

export class Collector {
  /** Documents kept, by the fingerprint of their bytes, with their place in `#paths`. */
  readonly #documents = new FingerprintTable()
  /** Paths of the documents kept, to name the first in a duplicate's message (packed: one a file). */
  readonly #paths = new PackedStrings()
  /** Ids given, by fingerprint. */
  readonly #ids = new FingerprintTable()

  /** Returns the record to write for this file, or null. */
  accept(file: SourceFile): ProjectRecord | null {
    const record = file.data.record
    if (!record || file.failed) return null
    const key = digestFingerprint(file.sha256)
    const first = this.#documents.get(key)
    if (first !== undefined) {
      file.message('info', 'duplicate-document', `same content as ${this.#paths.at(first)}: one record is kept`)
      delete file.data.record
      return null
    }
    this.#documents.set(key, this.#paths.push(file.path))
    const clash = this.claimId(record)
    if (clash) file.messages.push({ path: file.path, ...clash })
    return record
  }

  /** Give the record a unique id, warning on the record itself when its natural id was taken. */
  claimId(record: ProjectRecord): Diagnostic | null {
    const base = record.id
    let id = base
    let key = textFingerprint(id)
    for (let n = 2; this.#ids.has(key); n++) {
      id = `${base}-${n}`
      key = textFingerprint(id)
    }
    this.#ids.set(key, 0)
    if (id === base) return null
    const why = record.projectNumber ? `project number ${record.projectNumber}` : 'file name'
    const clash: Diagnostic = {
      level: 'warning',
      code: 'duplicate-id',
      message: `another document has the same ${why}: id ${base} is taken, this record is ${id}`,
      line: null,
      column: null,
    }
    record.id = id
    record.diagnostics.push(clash)
    return clash
  }
}

