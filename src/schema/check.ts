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
  const code = new CheckCode()
  const body = code.test(schema, 'value')
  // Generated straight-line code, as zod itself does: V8 compiles it into one tight function,
  // where a tree of small closures costs a call per keyword per value.
  const check = new Function('patterns', `return function check(value) { return ${body} }`) as (patterns: RegExp[]) => Check
  return check(code.patterns)
}

/** JavaScript expressions for schemas; regular expressions are passed in, never spliced into the source. */
class CheckCode {
  readonly patterns: RegExp[] = []
  #names = 0

  /** An expression that is true when `subject` (an expression) satisfies `schema`. */
  test(schema: JsonSchema, subject: string): string {
    const parts: string[] = []
    for (const [keyword, argument] of Object.entries(schema)) {
      if (ANNOTATIONS.has(keyword)) continue
      const part = this.#keyword(keyword, argument, schema, subject)
      if (part) parts.push(part)
    }
    return parts.length ? parts.map((part) => `(${part})`).join(' && ') : 'true'
  }

  #keyword(keyword: string, argument: unknown, schema: JsonSchema, subject: string): string | null {
    switch (keyword) {
      case 'type':
        return typeTest(argument, subject)
      case 'const':
        return `${subject} === ${literal(argument, keyword)}`
      case 'enum':
        return asArray(argument, keyword).map((value) => `${subject} === ${literal(value, keyword)}`).join(' || ') || 'false'
      case 'pattern':
        this.patterns.push(new RegExp(asString(argument, keyword)))
        return `typeof ${subject} !== 'string' || patterns[${this.patterns.length - 1}].test(${subject})`
      case 'minLength':
        return `typeof ${subject} !== 'string' || ${subject}.length >= ${asNumber(argument, keyword)}`
      case 'minimum':
        return `typeof ${subject} !== 'number' || ${subject} >= ${asNumber(argument, keyword)}`
      case 'exclusiveMinimum':
        return `typeof ${subject} !== 'number' || ${subject} > ${asNumber(argument, keyword)}`
      case 'maximum':
        return `typeof ${subject} !== 'number' || ${subject} <= ${asNumber(argument, keyword)}`
      case 'items': {
        const item = this.#name()
        return `!Array.isArray(${subject}) || ${subject}.every((${item}) => ${this.test(asSchema(argument, keyword), item)})`
      }
      case 'properties':
        return this.#properties(asSchema(argument, keyword), schema, subject)
      case 'required':
        // Checked with the properties: a required key must hold a value its schema accepts.
        asArray(argument, keyword)
        return null
      case 'anyOf':
        return asArray(argument, keyword).map((option) => `(${this.test(asSchema(option, keyword), subject)})`).join(' || ') || 'false'
      default:
        throw new Error(`compileCheck: unsupported JSON Schema keyword "${keyword}"`)
    }
  }

  #properties(properties: JsonSchema, schema: JsonSchema, subject: string): string {
    const required = new Set(Array.isArray(schema.required) ? schema.required : [])
    const object = this.#name()
    const tests = Object.entries(properties).map(([key, property]) => {
      const value = `${object}[${JSON.stringify(key)}]`
      const test = this.test(asSchema(property, 'properties'), value)
      return required.has(key) ? `(${test})` : `(${value} === undefined || (${test}))`
    })
    // Not an object: the `type` keyword (if any) says so; properties alone accept it, as JSON Schema does.
    return `!${IS_OBJECT(subject)} || ((${object}) => ${tests.join(' && ') || 'true'})(${subject})`
  }

  #name(): string {
    return `v${this.#names++}`
  }
}

const IS_OBJECT = (subject: string): string => `(typeof ${subject} === 'object' && ${subject} !== null && !Array.isArray(${subject}))`

const TYPES: Readonly<Record<string, (subject: string) => string>> = {
  string: (subject) => `typeof ${subject} === 'string'`,
  number: (subject) => `(typeof ${subject} === 'number' && Number.isFinite(${subject}))`,
  integer: (subject) => `(typeof ${subject} === 'number' && Number.isInteger(${subject}))`,
  boolean: (subject) => `typeof ${subject} === 'boolean'`,
  null: (subject) => `${subject} === null`,
  array: (subject) => `Array.isArray(${subject})`,
  object: IS_OBJECT,
}

function typeTest(argument: unknown, subject: string): string {
  const names = Array.isArray(argument) ? argument : [argument]
  return names
    .map((name) => {
      const test = typeof name === 'string' ? TYPES[name] : undefined
      if (!test) throw new Error(`compileCheck: unknown type ${JSON.stringify(name)}`)
      return `(${test(subject)})`
    })
    .join(' || ')
}

/** A JSON value as source; only strings, numbers, booleans and null can be compared with ===. */
function literal(value: unknown, keyword: string): string {
  if (value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) {
    return JSON.stringify(value)
  }
  throw new Error(`compileCheck: "${keyword}" takes strings, finite numbers, booleans or null`)
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
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
