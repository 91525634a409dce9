import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { findDuration, unitWordAt, wordAfter, wordBefore } from '../../src/normalise/durations.js'

describe('findDuration', () => {
  it.each([
    ['Projekta ilgums Līdz 2018.gada 31. augustam (2 gadi)', 24, '2 gadi'],
    ['(2 gadi)', 24, '2 gadi'],
    ['1 gads', 12, '1 gads'],
    ['18 mēneši', 18, '18 mēneši'],
    ['6 mēnešus', 6, '6 mēnešus'],
    ['24 mēn.', 24, '24 mēn.'],
    ['6 menesus', 6, '6 menesus'],
    ['2 years', 24, '2 years'],
    ['lasts 2 years.', 24, '2 years'],
    ['18 months', 18, '18 months'],
    ['1 year', 12, '1 year'],
    ['24 MONTHS', 24, '24 MONTHS'],
    ['an 18-month project', 18, '18-month'],
    ['24 mėn.', 24, '24 mėn.'],
    ['24 men.', 24, '24 men.'],
    ['6 mėnesiai', 6, '6 mėnesiai'],
    ['2 metai', 24, '2 metai'],
    ['12 kuud', 12, '12 kuud'],
    ['3 aastat', 36, '3 aastat'],
    ['1 year and 6 months', 18, '1 year and 6 months'],
    ['1 gads un 6 mēneši', 18, '1 gads un 6 mēneši'],
    ['2 years, 3 months', 27, '2 years, 3 months'],
    ['10 years', 120, '10 years'],
    ['started 2 years ago, runs 18 months', 18, '18 months'],
    ['Продолжительность проекта: 18 месяцев.', 18, '18 месяцев'],
    ['Проект продлится 24 месяца', 24, '24 месяца'],
    ['2 года', 24, '2 года'],
    ['18 мес.', 18, '18 мес.'],
    ['1 год и 6 месяцев', 18, '1 год и 6 месяцев'],
  ] as const)('%j -> %i months', (text, months, written) => {
    const found = findDuration(text)
    expect(found?.months).toBe(months)
    expect(found?.text).toBe(written)
    expect(found && text.slice(found.offset, found.offset + found.length)).toBe(written)
  })

  it.each([
    '2 years ago',
    '3 gadus vecs',
    'pirms 2 gadiem',
    'prieš 2 metus',
    '2 aastat tagasi',
    '2 года назад',
    'через 2 года',
    'до 31 марта 2015 года',
    '1,5 gadi',
    '1.5 years',
    '2-3 years',
    '2018. gada 31. augustam',
    '2018 gada',
    '2. gads',
    '11 years',
    '121 months',
    '0 months',
    '2 men',
    'In recent years',
    'LV2 gadi',
    '1 100 months',
    'two years',
    '',
  ])('finds no length in %j', (text) => {
    expect(findDuration(text)).toBeNull()
  })
})

describe('words around a length, read by char codes', () => {
  // The expressions the readers replace, kept here as the rule they must agree with.
  const UNIT = /(?:[ \t\u00a0\u202f]{1,3}|-)([\p{L}\p{M}]{1,12})(\.?)(?![\p{L}\p{M}])/uy
  const WORD_AFTER = /[ \t\u00a0]{1,3}([\p{L}\p{M}]{1,12})/uy
  const WORD_BEFORE = /(?<![\p{L}\p{M}])([\p{L}\p{M}]{1,12})[ \t\u00a0]{1,3}$/u

  function exactUnitWord(text: string, pos: number): { start: number; end: number; dotted: boolean } | null {
    UNIT.lastIndex = pos
    const match = UNIT.exec(text)
    if (!match) return null
    const dotted = match[2] === '.'
    const end = UNIT.lastIndex - (dotted ? 1 : 0)
    return { start: end - match[1]!.length, end, dotted }
  }
  function exactWordAfter(text: string, pos: number): string | undefined {
    WORD_AFTER.lastIndex = pos
    return WORD_AFTER.exec(text)?.[1]
  }
  const exactWordBefore = (text: string): string | undefined => WORD_BEFORE.exec(text)?.[1]

  const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)
  function agreeAt(text: string, pos: number): void {
    const head = text.slice(0, pos)
    if (!same(unitWordAt(text, pos), exactUnitWord(text, pos))) expect.fail(`unit word in ${JSON.stringify(text)} at ${pos}`)
    if (wordAfter(text, pos) !== exactWordAfter(text, pos)) expect.fail(`word after ${JSON.stringify(text)} at ${pos}`)
    if (wordBefore(head) !== exactWordBefore(head)) expect.fail(`word before in ${JSON.stringify(head)}`)
  }

  it('agree with the expressions for every code unit around a word, and for astral characters', () => {
    const astral = ['\u{1d400}', '\u{10400}', '\u{1f600}', '\u{e0100}', '\u{1d7ce}', '\ud800', '\udc00']
    const units = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code))
    for (const char of [...units, ...astral]) {
      // The unit first, then after a letter, between letters and before a dot, and before spaces.
      agreeAt(` ${char}b. x`, 0)
      agreeAt(`-a${char}.${char}`, 0)
      const before = `a${char} `
      agreeAt(before, before.length)
      agreeAt(`${char}ab\t`, 4)
    }
  })

  it('agree with the expressions on runs of letters, spaces and dots', () => {
    const piece = fc.constantFrom(' ', '  ', '    ', '\t', '\u00a0', '\u202f', '-', '.', 'a', 'gadi', 'mėn', 'x'.repeat(11), 'y'.repeat(13), '\u{1d400}', '\u0301', '\ud800', '\udc00', '7', 'Ā')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('')
        for (let pos = 0; pos <= text.length; pos++) agreeAt(text, pos)
      }),
      { numRuns: 3000 },
    )
  })
})
