/**
 * The contract's JSON: one array of records, 2-space indented, newline at the end —
 * byte for byte `JSON.stringify(records, null, 2) + '\n'`, but written a record at a
 * time so the dataset is never held in memory.
 */
import type { ProjectRecord } from '../schema/record.js'
import type { RecordWriter } from './index.js'
import { layoutWriter, type Sink } from './sink.js'

/**
 * One record as it stands inside the indented array: every line shifted by the array's
 * indent. Splitting on `\n` is safe because JSON text escapes newlines inside strings.
 */
export function arrayElement(record: ProjectRecord): string {
  return '  ' + JSON.stringify(record, null, 2).replaceAll('\n', '\n  ')
}

export function jsonWriter(sink: Sink): RecordWriter {
  return layoutWriter(sink, {
    record: (record, index) => (index === 0 ? '[\n' : ',\n') + arrayElement(record),
    end: (count) => (count === 0 ? '[]\n' : '\n]\n'),
  })
}
