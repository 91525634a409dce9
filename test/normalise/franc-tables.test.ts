/**
 * src/normalise/franc-tables.ts (written by this test when it is out of date) holds what the language scorer needs of franc, worked out
 * ahead of time so a run does not load franc's 240 kB of models for 400 languages nor
 * compile its 30 script expressions to classify each new code unit. It must be exactly
 * what franc's own data and expressions say today.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { data } from 'franc/data.js'
import { expressions } from 'franc/expressions.js'
import { CANDIDATES } from '../../src/normalise/language.js'
import { BMP_SCRIPT_RUNS, CANDIDATE_MODELS, SCRIPT_EXPRESSIONS, SCRIPT_LISTS } from '../../src/normalise/franc-tables.js'

const embedded = fileURLToPath(new URL('../../src/normalise/franc-tables.ts', import.meta.url))

const isSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdfff

/** Per non-surrogate BMP unit, the indexes of franc's expressions that match it alone. */
function scriptHits(): Array<readonly number[]> {
  const sticky = Object.values(expressions).map((expression) => new RegExp(expression.source, expression.flags.replace('g', '') + 'y'))
  const hits: Array<readonly number[]> = []
  for (let unit = 0; unit < 0x10000; unit++) {
    const character = String.fromCharCode(unit)
    hits.push(isSurrogate(unit) ? [] : sticky.flatMap((expression, index) => ((expression.lastIndex = 0), expression.test(character) ? [index] : [])))
  }
  return hits
}

/** The runs of `BMP_SCRIPT_RUNS` and the lists of `SCRIPT_LISTS` for `hits`. */
function runsOf(hits: Array<readonly number[]>): { runs: number[]; several: number[][] } {
  const runs: number[] = []
  const several: number[][] = []
  let last: number | undefined
  hits.forEach((unitHits, unit) => {
    let value = unitHits.length === 0 ? -1 : unitHits[0]!
    if (unitHits.length > 1) {
      let at = several.findIndex((list) => list.join() === unitHits.join())
      if (at === -1) at = several.push([...unitHits]) - 1
      value = -2 - at
    }
    if (value !== last) runs.push(unit, value)
    last = value
  })
  return { runs, several }
}

/** franc's data restricted to the candidates, every script kept (empty when none is one). */
function candidateModels(): Record<string, Record<string, string>> {
  const only = new Set(CANDIDATES)
  return Object.fromEntries(
    Object.entries(data).map(([script, models]) => [script, Object.fromEntries(Object.entries(models).filter(([language]) => only.has(language)))]),
  )
}

function generatedSource(): string {
  const { runs, several } = runsOf(scriptHits())
  const pairs: string[] = []
  for (let at = 0; at < runs.length; at += 2) pairs.push(`${runs[at]}, ${runs[at + 1]}`)
  const lines: string[] = []
  for (let at = 0; at < pairs.length; at += 10) lines.push('  ' + pairs.slice(at, at + 10).join(', ') + ',')
  const models = Object.entries(candidateModels()).map(([script, languages]) => {
    const entries = Object.entries(languages).map(([language, trigrams]) => `    ${language}: ${JSON.stringify(trigrams)},\n`)
    return entries.length === 0 ? `  ${script}: {},\n` : `  ${script}: {\n${entries.join('')}  },\n`
  })
  return (
    "// Generated from franc's data and script expressions by test/normalise/franc-tables.test.ts:\n" +
    '// delete this file and run the tests to write it again. Do not edit by hand.\n\n' +
    "/** franc's script expressions (`franc/expressions.js`), in its order: name, source, flags. */\n" +
    'export const SCRIPT_EXPRESSIONS: ReadonlyArray<readonly [name: string, source: string, flags: string]> = [\n' +
    Object.entries(expressions)
      .map(([name, expression]) => `  [${JSON.stringify(name)}, ${JSON.stringify(expression.source)}, ${JSON.stringify(expression.flags)}],\n`)
      .join('') +
    ']\n\n' +
    '/**\n' +
    ' * Which of those expressions match a lone BMP code unit that is not a surrogate, as runs of\n' +
    ' * units: pairs of the run\'s first unit and what its units match, an expression\'s index,\n' +
    ' * -1 for none, or -2 - k for the expressions listed in `SCRIPT_LISTS[k]`.\n' +
    ' */\n' +
    'export const BMP_SCRIPT_RUNS: readonly number[] = [\n' +
    lines.join('\n') +
    '\n]\n\n' +
    `export const SCRIPT_LISTS: ReadonlyArray<readonly number[]> = ${JSON.stringify(several)}\n\n` +
    "/** franc's trigram models (`franc/data.js`) of the candidate languages only, by script (every script kept), in franc's order. */\n" +
    'export const CANDIDATE_MODELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {\n' +
    models.join('') +
    '}\n'
  )
}

describe('the embedded franc tables', () => {
  it("are franc's data and expressions, as they are today", () => {
    const source = generatedSource()
    if (!existsSync(embedded) || readFileSync(embedded, 'utf8') !== source) {
      if (!process.env.CI) writeFileSync(embedded, source)
      throw new Error(`src/normalise/franc-tables.ts is out of date${process.env.CI ? '' : ': written again, review it and run the tests again'}`)
    }
    expect(SCRIPT_EXPRESSIONS.map(([name, source, flags]) => [name, source, flags])).toEqual(
      Object.entries(expressions).map(([name, expression]) => [name, expression.source, expression.flags]),
    )
    const { runs, several } = runsOf(scriptHits())
    expect(BMP_SCRIPT_RUNS).toEqual(runs)
    expect(SCRIPT_LISTS).toEqual(several)
    expect(CANDIDATE_MODELS).toEqual(candidateModels())
  })

  it('have a model for every candidate', () => {
    const embeddedLanguages = Object.values(CANDIDATE_MODELS).flatMap((models) => Object.keys(models))
    expect([...embeddedLanguages].sort()).toEqual([...CANDIDATES].sort())
  })
})
