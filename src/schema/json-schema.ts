/** The record's JSON Schema, generated from the zod schema (never written by hand). */
import { z } from 'zod'
import { ProjectRecord, SCHEMA_VERSION } from './record.js'

export function recordJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ProjectRecord, { target: 'draft-2020-12' }) as Record<string, unknown>
  return {
    $schema: schema.$schema,
    $id: `https://ingest.invalid/schema/record-v${SCHEMA_VERSION}.json`,
    title: 'ingest project record',
    description: 'One record per input document (dataset contract, version 1).',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  }
}
