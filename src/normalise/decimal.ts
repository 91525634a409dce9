/**
 * Exact decimal arithmetic on plain decimal strings ("70000.00"), backed by BigInt:
 * money and conversion rates never pass through a binary float until the very end.
 */

export interface Decimal {
  /** Every digit as one integer: 70000.00 -> 7000000n. */
  readonly units: bigint
  /** How many of those digits stand after the decimal point: 70000.00 -> 2. */
  readonly scale: number
}

const PLAIN_DECIMAL = /^(\d+)(?:\.(\d+))?$/

/** Read a plain non-negative decimal (`123`, `0.50`, `007.5`); anything else is null. */
export function parseDecimal(text: string): Decimal | null {
  const match = PLAIN_DECIMAL.exec(text)
  if (!match) return null
  const fraction = match[2] ?? ''
  return { units: BigInt(match[1]! + fraction), scale: fraction.length }
}

/** Write a decimal in canonical form: no leading zeros, exactly `scale` decimals. */
export function formatDecimal(decimal: Decimal): string {
  const negative = decimal.units < 0n
  const digits = (negative ? -decimal.units : decimal.units).toString().padStart(decimal.scale + 1, '0')
  const cut = digits.length - decimal.scale
  const text = decimal.scale > 0 ? `${digits.slice(0, cut)}.${digits.slice(cut)}` : digits
  return negative ? `-${text}` : text
}

/** Join integer and fraction digits as written into canonical form ("007", "50" -> "7.50"). */
export function canonicalDecimal(integerDigits: string, fractionDigits: string): string {
  const integer = integerDigits.startsWith('0') ? integerDigits.replace(/^0+(?=\d)/, '') : integerDigits || '0'
  return fractionDigits ? `${integer}.${fractionDigits}` : integer
}

/**
 * Multiply by 10^places exactly ("2.8", 6 -> "2800000"). Decimals the shift does not
 * absorb are kept as written ("1.2345", 3 -> "1234.5"). Null if `text` is not a plain decimal.
 */
export function shiftDecimal(text: string, places: number): string | null {
  const decimal = parseDecimal(text)
  if (!decimal) return null
  return formatDecimal(scaleBy(decimal, places))
}

function scaleBy(decimal: Decimal, places: number): Decimal {
  const scale = decimal.scale - places
  return scale >= 0
    ? { units: decimal.units, scale }
    : { units: decimal.units * 10n ** BigInt(-scale), scale: 0 }
}

/**
 * `dividend / divisor` rounded half up (away from zero) to `places` decimals, exactly.
 * Both operands must be non-negative; a zero divisor is a RangeError.
 */
export function divideHalfUp(dividend: Decimal, divisor: Decimal, places: number): Decimal {
  if (divisor.units <= 0n || dividend.units < 0n) {
    throw new RangeError('divideHalfUp needs a non-negative dividend and a positive divisor')
  }
  // dividend/divisor * 10^places = (a * 10^(t + places)) / (b * 10^s) with a/10^s, b/10^t.
  const numerator = dividend.units * 10n ** BigInt(divisor.scale + places)
  const denominator = divisor.units * 10n ** BigInt(dividend.scale)
  return { units: (2n * numerator + denominator) / (2n * denominator), scale: places }
}

const NUMBER_TEXT = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/

/**
 * A finite non-negative JS number as a plain decimal string, with the digits of its
 * shortest round-trip form (the form `JSON.stringify` writes): 1.0832 -> "1.0832",
 * 1e-7 -> "0.0000001". Null for negative, infinite or NaN.
 */
export function numberToDecimal(value: number): string | null {
  if (!Number.isFinite(value) || value < 0) return null
  const match = NUMBER_TEXT.exec(String(value))
  if (!match) return null
  const fraction = match[2] ?? ''
  const exponent = Number(match[3] ?? '0')
  const decimal = { units: BigInt(match[1]! + fraction), scale: fraction.length }
  return formatDecimal(scaleBy(decimal, exponent))
}
