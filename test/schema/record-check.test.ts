/**
 * The hot-path record check (src/schema/record-check.ts) against zod, the source of truth:
 * its embedded JSON Schema must be the one zod generates today, and on valid records and on
 * every kind of broken one it must say what zod's safeParse says.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compileCheck } from '../../src/schema/check.js'
import { recordJsonSchema } from '../../src/schema/json-schema.js'
import { ProjectRecord } from '../../src/schema/record.js'
import { isValidRecord, RECORD_JSON_SCHEMA } from '../../src/schema/record-check.js'
import { sampleRecord } from '../writers/sample.js'

const embedded = fileURLToPath(new URL('../../src/schema/record-json-schema.ts', import.meta.url))

/** The embedded schema's source, as `recordJsonSchema()` gives it now. */
function generatedSource(): string {
  return (
    '// Generated from the zod schema (src/schema/record.ts) by test/schema/record-check.test.ts:\n' +
    '// delete this file and run the tests to write it again. Do not edit by hand.\n' +
    "import type { JsonSchema } from './check.js'\n\n" +
    `export const RECORD_JSON_SCHEMA: JsonSchema = ${JSON.stringify(recordJsonSchema(), null, 2)}\n`
  )
}

describe('the embedded record schema', () => {
  it('is the JSON Schema zod generates from the record schema', () => {
    const source = generatedSource()
    if (!existsSync(embedded) || readFileSync(embedded, 'utf8') !== source) {
      if (process.env.CI || existsSync(embedded)) {
        throw new Error('src/schema/record-json-schema.ts is out of date: delete it and run the tests locally to write it again')
      }
      writeFileSync(embedded, source)
    }
    expect(RECORD_JSON_SCHEMA).toEqual(recordJsonSchema())
  })
})

const zodSays = (value: unknown): boolean => ProjectRecord.safeParse(value).success

describe('isValidRecord', () => {
  const valid = sampleRecord(3)

  it('accepts a valid record, as zod does', () => {
    expect(zodSays(valid)).toBe(true)
    expect(isValidRecord(valid)).toBe(true)
  })

  /** Paths to every value in the sample record, objects and arrays included. */
  const paths: Array<Array<string | number>> = []
  const walk = (value: unknown, path: Array<string | number>): void => {
    if (path.length > 0) paths.push(path)
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]))
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, [...path, key])
  }
  walk(valid, [])

  const replacements: unknown[] = [
    undefined, null, '', 'x', 'ABC', 'AB', 'a-b', 'und', '2024-01-31', '2024-1-31', 'EUR', 'eur',
    'a'.repeat(64), '0'.repeat(64), 'budget', 'other', 'user', 'error', 'generic', 'ongoing',
    0, 1, -1, 1.5, 2 ** 53, -(2 ** 53), NaN, Infinity, -Infinity, true, false, [], [''], ['x'], {}, { name: 'x' },
  ]

  /** A copy of `record` with the value at `path` replaced (or deleted, for undefined). */
  function replaced(record: unknown, path: ReadonlyArray<string | number>, value: unknown): unknown {
    const copy = structuredClone(record) as Record<string | number, unknown>
    let target = copy
    for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>
    const last = path[path.length - 1]!
    if (value === undefined && !Array.isArray(target)) delete target[last]
    else target[last] = value
    return copy
  }

  it('agrees with zod on every value of a record replaced by every kind of value', () => {
    let checked = 0
    for (const path of paths) {
      for (const value of replacements) {
        const candidate = replaced(valid, path, value)
        expect({ path: path.join('.'), value, ok: isValidRecord(candidate) }).toEqual({ path: path.join('.'), value, ok: zodSays(candidate) })
        checked++
      }
    }
    expect(checked).toBeGreaterThan(1000)
  })

  it('agrees with zod on records with arbitrary values in random places (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.anything({ withNullPrototype: false }), (path, value) => {
        const candidate = replaced(valid, path, value)
        expect(isValidRecord(candidate)).toBe(zodSays(candidate))
      }),
      { numRuns: 2000, seed: 42 },
    )
  })

  it('allows unknown keys, as zod does (it strips them)', () => {
    const extra = { ...valid, extra: 1, source: { ...valid.source, more: 'x' } }
    expect(zodSays(extra)).toBe(true)
    expect(isValidRecord(extra)).toBe(true)
  })

  it('rejects what is not a record at all', () => {
    for (const value of [null, undefined, 1, 'x', [], [valid]]) expect([value, isValidRecord(value)]).toEqual([value, zodSays(value)])
  })
})

describe('compileCheck', () => {
  it('throws on a keyword it does not know, so no constraint is skipped silently', () => {
    expect(() => compileCheck({ type: 'string', format: 'email' })).toThrow(/unsupported JSON Schema keyword "format"/)
    expect(() => compileCheck({ type: 'date' })).toThrow(/unknown type/)
  })

  it.each([
    [{ type: 'string', minLength: 2 }, 'ab', true],
    [{ type: 'string', minLength: 2 }, 'a', false],
    [{ type: 'integer', exclusiveMinimum: 0 }, 1, true],
    [{ type: 'integer', exclusiveMinimum: 0 }, 0, false],
    [{ type: 'integer' }, 1.5, false],
    [{ type: 'number', minimum: 0, maximum: 1 }, 1, true],
    [{ type: 'number', minimum: 0, maximum: 1 }, 1.01, false],
    [{ type: 'number' }, NaN, false],
    [{ type: ['number', 'null'] }, null, true],
    [{ type: 'string', pattern: '^[A-Z]{2}$' }, 'LV', true],
    [{ type: 'string', pattern: '^[A-Z]{2}$' }, 'lv', false],
    [{ enum: ['a', 'b'] }, 'b', true],
    [{ const: 1 }, 2, false],
    [{ anyOf: [{ type: 'string' }, { type: 'null' }] }, 1, false],
    [{ type: 'array', items: { type: 'string' } }, ['a', 1], false],
    [{ type: 'object', properties: { a: { type: 'string' } }, required: ['a'] }, {}, false],
    [{ type: 'object', properties: { a: { type: 'string' } } }, {}, true],
    [{ type: 'object' }, [], false],
  ] as const)('%j on %j gives %s', (schema, value, expected) => {
    expect(compileCheck(schema)(value)).toBe(expected)
  })
})
