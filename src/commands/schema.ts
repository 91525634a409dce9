/** `ingest schema`: the record's JSON Schema, generated from the zod schema. */
import { recordJsonSchema } from '../schema/json-schema.js'
import { write, type Io } from './io.js'

export async function schemaCommand(io: Io): Promise<number> {
  await write(io.stdout, JSON.stringify(recordJsonSchema(), null, 2) + '\n')
  return 0
}
