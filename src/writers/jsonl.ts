/**
 * JSON Lines: one compact record per line, `\n`-terminated, UTF-8 without BOM. Each
 * line goes out as soon as its record arrives, so a consumer can follow the run.
 */
import type { RecordWriter } from './index.js'
import { layoutWriter, type Sink } from './sink.js'

export function jsonlWriter(sink: Sink): RecordWriter {
  return layoutWriter(sink, {
    record: (record) => JSON.stringify(record) + '\n',
    end: () => '',
  })
}
