/**
 * The flat CSV: one row per record (columns in `flatten.ts`), a header row, UTF-8 with
 * a BOM so spreadsheet programs detect the encoding of Latvian, Lithuanian and
 * Estonian text. Rows end in CRLF, as RFC 4180 prescribes; quoting follows RFC 4180
 * too (csv-stringify quotes cells holding `"`, `,`, CR or LF and doubles inner quotes).
 * Text cells that a spreadsheet would run as a formula are neutralised.
 */
import { stringify } from 'csv-stringify/sync'
import { safeCell } from './csv-safety.js'
import { flatColumns, flatten, type Cell } from './flatten.js'
import type { RecordWriter } from './index.js'
import { layoutWriter, type Sink } from './sink.js'

/** RFC 4180, section 2: "Each record is located on a separate line, delimited by a line break (CRLF)". */
export const CSV_RECORD_DELIMITER = '\r\n'

/**
 * Quote any cell holding a lone CR or LF too: csv-stringify would otherwise only quote
 * the full CRLF once a record delimiter is given, and readers split on either.
 */
const options = { record_delimiter: CSV_RECORD_DELIMITER, quote_record_delimiter: true, eof: true }

/** One CSV row (with its line break). Numbers are written as numbers, null as an empty cell. */
export function csvRow(cells: readonly Cell[]): string {
  return stringify([cells.map(safeCell)], options)
}

/** The header row, preceded by a UTF-8 BOM when `bom` is set. */
export function csvHeader(names: readonly string[], { bom }: { bom: boolean }): string {
  return stringify([], {
    header: true,
    columns: [...names],
    bom,
    ...options,
  })
}

const flatHeader = csvHeader(
  flatColumns.map((column) => column.name),
  { bom: true },
)

export function csvWriter(sink: Sink): RecordWriter {
  return layoutWriter(sink, {
    record: (record, index) => (index === 0 ? flatHeader : '') + csvRow(flatten(record)),
    end: (count) => (count === 0 ? flatHeader : ''),
  })
}
