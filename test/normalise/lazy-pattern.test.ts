import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { lazyPattern } from '../../src/normalise/lazy-pattern.js'

const SRC = path.join(import.meta.dirname, '..', '..', 'src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : []
  })
}

/** Top-level constants created at load as a pattern holding a `\p{…}` class: "file: NAME". */
function eagerClassPatterns(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const found: string[] = []
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue
    for (const declaration of statement.declarationList.declarations) {
      const init = declaration.initializer
      const isPattern = init && (ts.isRegularExpressionLiteral(init) || (ts.isNewExpression(init) && init.expression.getText(source) === 'RegExp'))
      if (isPattern && init.getText(source).includes('\\p{')) found.push(`${path.relative(SRC, file)}: ${declaration.name.getText(source)}`)
    }
  }
  return found
}

describe('lazyPattern', () => {
  it('creates its pattern on the first call only, and hands out the same one after', () => {
    let created = 0
    const pattern = lazyPattern(() => (created++, /\p{Lu}/u))
    expect(created).toBe(0)
    const first = pattern()
    expect(pattern()).toBe(first)
    expect(created).toBe(1)
  })

  // Start-up: V8 parses a pattern when it is created and ICU builds each class in it anew, so a
  // module's patterns with classes are created on first use (README, Performance).
  it('is how every module creates a top-level pattern that holds a \\p{…} class', () => {
    expect(sourceFiles(SRC).flatMap(eagerClassPatterns)).toEqual([])
  })
})
