import { describe, expect, it } from 'vitest'
import { OF_WHICH, figuresIn, isEquivalenceGap, roleFromContext } from '../../../src/extractors/read/amounts.js'
import { spellBoundaries } from '../../../src/extractors/read/text.js'

describe('roleFromContext', () => {
  it.each([
    ['Total project cost: ', '', 'total_cost'],
    ['Initial project cost ', '', 'initial_cost'],
    ['piešķirts ES finansējums ', '', 'grant'],
    ['', ' co-financing from the state budget', 'cofinancing'],
    ['The weather was fine, ', '', null],
  ] as const)('%j … %j gives %s', (before, after, role) => {
    expect(roleFromContext(before, after)).toBe(role)
  })

  it('does not depend on the figures read before it (in this document or another)', () => {
    const fresh = roleFromContext('The grant is', '')
    expect(fresh).toBe('grant')
    // A figure whose role comes from the words after it; its cue matched far into that text.
    expect(roleFromContext('', ' and then, much later in a long sentence, a grant')).toBe('grant')
    expect(roleFromContext('The grant is', '')).toBe(fresh)
  })

  // The cues spell `\b` out as look-arounds (a speed-up); under /iu `ſ` and the Kelvin sign
  // `K` are word characters, as `s` and `k` are.
  it.each([
    ['The \u212agrant is ', '', null],
    ['The \u017fgrant is ', '', null],
    ['grant\u017f ', '', 'grant'],
    ['grant_ ', '', null],
    ['the_total ', '', null],
    ['9total ', '', null],
    ['TOTAL\u212a ', '', null],
    ['initial cost\u017f ', '', 'total_cost'],
    ['ÉGRANT ', '', 'grant'],
    ['ātotal ', '', 'total_cost'],
    ['grants² ', '', 'grant'],
    ['', ', grants\u212a', null],
    ['', ' GRANTS', 'grant'],
  ] as const)('word boundaries as \\b under /iu: %j … %j gives %s', (before, after, role) => {
    expect(roleFromContext(before, after)).toBe(role)
  })

  it('spells out \\b with the word characters /iu gives it', () => {
    const word = /[0-9A-Za-z_\u017f\u212a]/iu
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code)
      if (/^[\s\S]\b/iu.test(`${char} `) !== word.test(char)) expect.fail(`U+${code.toString(16)}`)
    }
  })
})

describe('OF_WHICH', () => {
  it('holds the two alternatives of the expression it was written as, built from the word lists the prefilter reads', () => {
    const written = spellBoundaries(
      /\b(?:of which|of this|including)\b|(?<![\p{L}])(?:no tiem|no tām|no tā|no kuriem|no kurām|tai skaitā|tostarp|iš jų|iš jo|iš to|iš kurių)(?![\p{L}])/iu,
    )
    expect(OF_WHICH.map(({ pattern }) => pattern.source).join('|')).toBe(written.source)
    for (const { pattern } of OF_WHICH) expect(pattern.flags).toBe(written.flags)
  })
})

describe('isEquivalenceGap', () => {
  it.each([
    [' (', true],
    [' / ', true],
    [' (approx. ', true],
    [' or ', true],
    [' = ', true],
    [', ', false],
    [' - ', false],
    [' ', false],
    [' for materials and ', false],
  ] as const)('%j between two figures: %s', (gap, expected) => {
    expect(isEquivalenceGap(gap)).toBe(expected)
  })

  it('lets brackets and hedges stand alone around a lone figure', () => {
    expect(isEquivalenceGap('approximately ', false)).toBe(true)
    expect(isEquivalenceGap(')', false)).toBe(true)
    expect(isEquivalenceGap('', false)).toBe(true)
    expect(isEquivalenceGap(' for training', false)).toBe(false)
  })
})

describe('figuresIn', () => {
  it('gives the same sum in another currency the role of the figure before it', () => {
    const roles = (text: string): string[] => figuresIn(text, 0, 'budget').map((f) => `${f.role} ${f.money.text}`)
    expect(roles('45,500.00 LTL (13,177.71 EUR)')).toEqual(['budget 45,500.00 LTL', 'budget 13,177.71 EUR'])
    expect(roles('approximately USD 13,000 (approx. 32,000.00 LTL)')).toEqual(['budget USD 13,000', 'budget 32,000.00 LTL'])
    // Two sums listed with a comma are not one sum: the second needs a role of its own.
    expect(roles('10,000 EUR, 2,000 EUR')).toEqual(['budget 10,000 EUR'])
    // Under one amount heading, a figure on the next line restates the sum, unless its words say otherwise.
    expect(roles('70,000.00 LTL\n20,273.40 EUR')).toEqual(['budget 70,000.00 LTL', 'budget 20,273.40 EUR'])
    expect(roles('70,000.00 LTL\n10,000.00 LTL co-financing')).toEqual(['budget 70,000.00 LTL', 'cofinancing 10,000.00 LTL'])
    expect(figuresIn('70,000.00 LTL\n20,273.40 EUR', 0).map((f) => f.role)).toEqual([])
  })
})
