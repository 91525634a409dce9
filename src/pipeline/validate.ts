/**
 * Stage: check the record candidate against the contract's schema. A record that fails
 * is not written; the file gets an `invalid-record` error naming the field and, where the
 * extractor kept one, the position of the text the bad value came from.
 *
 * Every record is checked by the validator compiled from zod's JSON Schema; zod itself is
 * imported only for a record that fails, to say why in zod's words.
 */
import { isValidRecord } from '../schema/record-check.js'
import type { SourceFile } from './source-file.js'

export async function validate(file: SourceFile): Promise<void> {
  const candidate = file.data.record
  if (!candidate || isValidRecord(candidate)) return
  const { ProjectRecord } = await import('../schema/record.js')
  const result = ProjectRecord.safeParse(candidate)
  if (result.success) return
  delete file.data.record
  for (const issue of result.error.issues) {
    const path = issue.path.map(String)
    file.fail('invalid-record', `${path.join('.') || 'record'}: ${issue.message}`, positionOf(file, path))
  }
}

/** The closest kept position for a zod path: `amounts.0.currency` -> `amounts.0` -> `amounts`. */
function positionOf(file: SourceFile, path: string[]): number | null {
  const positions = file.data.draft?.positions
  if (!positions) return null
  for (let end = path.length; end > 0; end--) {
    const span = positions.get(path.slice(0, end).join('.'))
    if (span) return span.offset
  }
  return null
}
