/** `ingest layouts`: the extractors with a one-line description each. */
import { allExtractors } from '../extractors/index.js'
import { write, type Io } from './io.js'

export async function layoutsCommand(io: Io): Promise<number> {
  const width = Math.max(...allExtractors.map((extractor) => extractor.id.length))
  const lines = allExtractors.map((extractor) => `${extractor.id.padEnd(width)}  ${extractor.description}\n`)
  await write(io.stdout, lines.join(''))
  return 0
}
