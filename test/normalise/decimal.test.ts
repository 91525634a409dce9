import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  canonicalDecimal,
  divideHalfUp,
  formatDecimal,
  numberToDecimal,
  parseDecimal,
  shiftDecimal,
  type Decimal,
} from '../../src/normalise/decimal.js'

describe('parseDecimal', () => {
  it.each([
    ['0', { units: 0n, scale: 0 }],
    ['70000.00', { units: 7000000n, scale: 2 }],
    ['007.50', { units: 750n, scale: 2 }],
    ['3.45280', { units: 345280n, scale: 5 }],
  ])('reads %s', (text, expected) => {
    expect(parseDecimal(text)).toEqual(expected)
  })

  it.each(['', '.5', '5.', '-1', '1,5', '1e3', ' 1', '1 000', '0x10', '１'])('rejects %j', (text) => {
    expect(parseDecimal(text)).toBeNull()
  })
})

describe('formatDecimal', () => {
  it.each<[Decimal, string]>([
    [{ units: 0n, scale: 0 }, '0'],
    [{ units: 0n, scale: 2 }, '0.00'],
    [{ units: 5n, scale: 3 }, '0.005'],
    [{ units: 2027340n, scale: 2 }, '20273.40'],
    [{ units: -150n, scale: 2 }, '-1.50'],
  ])('writes %o as %s', (decimal, text) => {
    expect(formatDecimal(decimal)).toBe(text)
  })

  it('round-trips every plain decimal without leading zeros', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.nat({ max: 12 }), (units, scale) => {
        const text = formatDecimal({ units, scale })
        expect(parseDecimal(text)).toEqual({ units, scale })
      }),
    )
  })
})

describe('canonicalDecimal', () => {
  it.each([
    ['007', '', '7'],
    ['000', '', '0'],
    ['', '5', '0.5'],
    ['70000', '00', '70000.00'],
    ['0', '050', '0.050'],
  ])('joins %j and %j as %s', (integer, fraction, expected) => {
    expect(canonicalDecimal(integer, fraction)).toBe(expected)
  })
})

describe('shiftDecimal', () => {
  it.each<[string, number, string | null]>([
    ['2.8', 6, '2800000'],
    ['1.2345', 3, '1234.5'],
    ['1.250', 6, '1250000'],
    ['0.000001', 6, '1'],
    ['15', 0, '15'],
    ['12', 9, '12000000000'],
    ['2,8', 6, null],
  ])('%s × 10^%i = %s', (text, places, expected) => {
    expect(shiftDecimal(text, places)).toBe(expected)
  })
})

describe('divideHalfUp', () => {
  const d = (text: string): Decimal => parseDecimal(text)!
  it.each([
    ['70000.00', '3.45280', '20273.40'],
    ['1', '3', '0.33'],
    ['2', '3', '0.67'],
    ['0.01', '2', '0.01'], // exactly 0.005 rounds up
    ['0.009', '2', '0.00'], // 0.0045 rounds down
    ['3.470064', '3.4528', '1.01'], // exactly 1.005
    ['3.470063', '3.4528', '1.00'],
    ['0', '0.702804', '0.00'],
  ])('%s / %s = %s', (dividend, divisor, expected) => {
    expect(formatDecimal(divideHalfUp(d(dividend), d(divisor), 2))).toBe(expected)
  })

  it('refuses a zero divisor', () => {
    expect(() => divideHalfUp(d('1'), d('0.000'), 2)).toThrow(RangeError)
  })

  it('always lands within half a unit of the exact quotient, ties going up', () => {
    const decimal = fc.record({ units: fc.bigInt({ min: 0n, max: 10n ** 20n }), scale: fc.nat({ max: 8 }) })
    const positive = fc.record({ units: fc.bigInt({ min: 1n, max: 10n ** 12n }), scale: fc.nat({ max: 8 }) })
    fc.assert(
      fc.property(decimal, positive, fc.nat({ max: 4 }), (a, b, places) => {
        const q = divideHalfUp(a, b, places).units
        // Exact quotient × 10^places = N / D; require q - 1/2 <= N/D < q + 1/2.
        const n = a.units * 10n ** BigInt(b.scale + places)
        const den = b.units * 10n ** BigInt(a.scale)
        expect(2n * q * den - den <= 2n * n).toBe(true)
        expect(2n * n < 2n * q * den + den).toBe(true)
      }),
    )
  })
})

describe('numberToDecimal', () => {
  it.each<[number, string | null]>([
    [1.0832, '1.0832'],
    [11.51, '11.51'],
    [0.702804, '0.702804'],
    [1936.27, '1936.27'],
    [1e-7, '0.0000001'],
    [1.5e-10, '0.00000000015'],
    [1e21, '1000000000000000000000'],
    [0, '0'],
    [-1, null],
    [Number.NaN, null],
    [Number.POSITIVE_INFINITY, null],
  ])('writes %d as %s', (value, expected) => {
    expect(numberToDecimal(value)).toBe(expected)
  })

  it('keeps the value of every finite non-negative number', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }), (value) => {
        expect(Number(numberToDecimal(value))).toBe(value)
      }),
    )
  })
})
