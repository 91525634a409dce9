/**
 * A yes/no validator compiled from a JSON Schema, for the hot path: every record is checked
 * without importing zod. Only the keywords the zod-generated record schema uses are known;
 * any other keyword throws at compile time, so a schema change can never be skipped silently.
 *
 * The checks follow zod's semantics where JSON Schema's differ: numbers must be finite,
 * lengths count UTF-16 units, and unknown object keys are allowed (zod strips them).
 * A record that fails is handed to zod for the messages (src/pipeline/validate.ts), and a
 * differential test keeps this and zod in agreement.
 */
export type Check = (value: unknown) => boolean

export type JsonSchema = { readonly [keyword: string]: unknown }

/** Keywords that describe and do not constrain. */
const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'additionalProperties'])

export function compileCheck(schema: JsonSchema): Check {
  const checks: Check[] = []
  for (const [keyword, argument] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue
    const check = compileKeyword(keyword, argument, schema)
    if (check) checks.push(check)
  }
  return all(checks)
}

function compileKeyword(keyword: string, argument: unknown, schema: JsonSchema): Check | null {
  switch (keyword) {
    case 'type':
      return typeCheck(argument)
    case 'const':
      return (value) => value === argument
    case 'enum': {
      const allowed = new Set(asArray(argument, keyword))
      return (value) => allowed.has(value)
    }
    case 'pattern': {
      const pattern = new RegExp(asString(argument, keyword))
      return (value) => typeof value !== 'string' || pattern.test(value)
    }
    case 'minLength': {
      const min = asNumber(argument, keyword)
      return (value) => typeof value !== 'string' || value.length >= min
    }
    case 'minimum': {
      const min = asNumber(argument, keyword)
      return (value) => typeof value !== 'number' || value >= min
    }
    case 'exclusiveMinimum': {
      const min = asNumber(argument, keyword)
      return (value) => typeof value !== 'number' || value > min
    }
    case 'maximum': {
      const max = asNumber(argument, keyword)
      return (value) => typeof value !== 'number' || value <= max
    }
    case 'items': {
      const item = compileCheck(asSchema(argument, keyword))
      return (value) => !Array.isArray(value) || value.every((element) => item(element))
    }
    case 'properties':
      return propertiesCheck(asSchema(argument, keyword), schema)
    case 'required':
      // Checked with the properties: a required key must hold a value its schema accepts.
      asArray(argument, keyword)
      return null
    case 'anyOf': {
      const options = asArray(argument, keyword).map((option) => compileCheck(asSchema(option, keyword)))
      return (value) => options.some((option) => option(value))
    }
    default:
      throw new Error(`compileCheck: unsupported JSON Schema keyword "${keyword}"`)
  }
}

function propertiesCheck(properties: JsonSchema, schema: JsonSchema): Check {
  const required = new Set(Array.isArray(schema.required) ? schema.required : [])
  const entries = Object.entries(properties).map(([key, property]) => ({
    key,
    required: required.has(key),
    check: compileCheck(asSchema(property, 'properties')),
  }))
  return (value) => {
    if (!isPlainObject(value)) return true
    for (const entry of entries) {
      const property = value[entry.key]
      if (property === undefined && !entry.required) continue
      if (!entry.check(property)) return false
    }
    return true
  }
}

const TYPES: Readonly<Record<string, Check>> = {
  string: (value) => typeof value === 'string',
  number: (value) => typeof value === 'number' && Number.isFinite(value),
  integer: (value) => typeof value === 'number' && Number.isInteger(value),
  boolean: (value) => typeof value === 'boolean',
  null: (value) => value === null,
  array: (value) => Array.isArray(value),
  object: isPlainObject,
}

function typeCheck(argument: unknown): Check {
  const names = Array.isArray(argument) ? argument : [argument]
  const checks = names.map((name) => {
    const check = typeof name === 'string' ? TYPES[name] : undefined
    if (!check) throw new Error(`compileCheck: unknown type ${JSON.stringify(name)}`)
    return check
  })
  return checks.length === 1 ? checks[0]! : (value) => checks.some((check) => check(value))
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function all(checks: readonly Check[]): Check {
  if (checks.length === 0) return () => true
  if (checks.length === 1) return checks[0]!
  return (value) => {
    for (const check of checks) if (!check(value)) return false
    return true
  }
}

function asSchema(value: unknown, keyword: string): JsonSchema {
  if (!isPlainObject(value)) throw new Error(`compileCheck: "${keyword}" needs a schema object`)
  return value
}

function asArray(value: unknown, keyword: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`compileCheck: "${keyword}" needs an array`)
  return value
}

function asString(value: unknown, keyword: string): string {
  if (typeof value !== 'string') throw new Error(`compileCheck: "${keyword}" needs a string`)
  return value
}

function asNumber(value: unknown, keyword: string): number {
  if (typeof value !== 'number') throw new Error(`compileCheck: "${keyword}" needs a number`)
  return value
}
