/**
 * The output formats. Records arrive one at a time, already sorted by `source.path`;
 * every writer streams them, so memory stays flat however large the dataset.
 */
import type { ProjectRecord } from '../schema/record.js'
import { csvWriter } from './csv.js'
import { jsonWriter } from './json.js'
import { jsonlWriter } from './jsonl.js'
import type { Sink } from './sink.js'

export interface RecordWriter {
  /** Write one record; resolves when the output can take the next one. */
  write(record: ProjectRecord): Promise<void>
  /** Complete the output and make it visible (closes the sink). */
  end(): Promise<void>
  /** The run failed: drop the output, keeping any previous file. Safe to call twice. */
  abort(): Promise<void>
}

export const formats = ['json', 'jsonl', 'csv'] as const
export type Format = (typeof formats)[number]

export const writers: Record<Format, (sink: Sink) => RecordWriter> = {
  json: jsonWriter,
  jsonl: jsonlWriter,
  csv: csvWriter,
}

export { atomicFileSink, streamSink, type Sink } from './sink.js'
export { tablesWriter, dataPackage } from './tables.js'
export { csvWriter, jsonWriter, jsonlWriter }
