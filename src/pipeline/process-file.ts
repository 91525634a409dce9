/**
 * One file through every per-file stage, in order. This is the single choke point where an
 * unexpected throw becomes an `internal` error on that file, so the batch always goes on.
 */
import { Doc } from '../extractors/doc.js'
import { csvCellsAsTabs } from '../extractors/read/quoted-cells.js'
import { read } from './read.js'
import { decode } from './decode.js'
import { detect } from './detect.js'
import { extract } from './extract.js'
import { normalise } from './normalise.js'
import { takeTurn } from './turns.js'
import { validate } from './validate.js'
import type { StageOptions } from './options.js'
import type { SourceFile } from './source-file.js'

export async function processFile(
  file: SourceFile,
  options: StageOptions,
  stdin?: NodeJS.ReadableStream,
): Promise<SourceFile> {
  try {
    await read(file, { maxBytes: options.maxBytes, ...(stdin ? { stdin } : {}) })
    const turn = takeTurn()
    if (turn) await turn
    if (!file.failed) decode(file, { encoding: options.encoding })
    if (!file.failed) await analyse(file, options)
  } catch (error) {
    file.fail('internal', `unexpected error, please report it: ${describe(error)}`)
  }
  return file
}

/** The stages that work on decoded text (also used by `explain`). */
export async function analyse(file: SourceFile, options: StageOptions): Promise<Doc> {
  // A page a spreadsheet saved as CSV is read as its tab-separated save: the same rows, every offset kept.
  const doc = new Doc(csvCellsAsTabs(file.text))
  detect(file, doc)
  extract(file, doc)
  normalise(file, options)
  await validate(file)
  return doc
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error)
}
