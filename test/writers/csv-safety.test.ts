import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isFormulaLike, neutraliseFormula, safeCell } from '../../src/writers/csv-safety.js'

describe('neutraliseFormula', () => {
  it.each([
    ['=cmd|" /C calc"!A0', `'=cmd|" /C calc"!A0`],
    ['+1', `'+1`],
    ['-x', `'-x`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tx', `'\tx`],
    ['\rx', `'\rx`],
    ['\uFF1D1+1', `'\uFF1D1+1`],
    ['Rīga', 'Rīga'],
    ['a=b', 'a=b'],
    [' =x', ' =x'],
    ["'=already", "'=already"],
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected)
  })

  it('never leaves a formula trigger in front, and only ever adds one quote', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const safe = neutraliseFormula(text)
        expect(isFormulaLike(safe)).toBe(false)
        expect(safe === text || safe === `'${text}`).toBe(true)
      }),
    )
  })
})

describe('safeCell', () => {
  it.each([
    [-12, -12],
    [0, 0],
    [3.5, 3.5],
    [null, null],
    ['-12', `'-12`],
    ['12', '12'],
  ] as const)('%j -> %j', (input, expected) => {
    expect(safeCell(input)).toBe(expected)
  })
})
