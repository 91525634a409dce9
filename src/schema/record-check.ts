/**
 * Is this a valid record? Answered from the JSON Schema zod generates for the record
 * (embedded at build time, kept equal to zod's by a test), so the hot path never imports
 * zod. Only a record that fails is given to zod, for its messages.
 */
import { compileCheck } from './check.js'
import { RECORD_JSON_SCHEMA } from './record-json-schema.js'

export { RECORD_JSON_SCHEMA }

export const isValidRecord = compileCheck(RECORD_JSON_SCHEMA)
