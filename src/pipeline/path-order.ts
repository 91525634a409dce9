/**
 * The one order of a run: files are read, records written and messages printed by path, in
 * Unicode code point order.
 */

/**
 * Compare by Unicode code point. `<` on JS strings compares UTF-16 code units,
 * which puts U+10000 and above before U+E000–U+FFFF.
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length)
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x === y) continue
    // Only a surrogate against a code unit at or above U+E000 is misordered by code units.
    const xs = x >= 0xd800 && x <= 0xdfff
    const ys = y >= 0xd800 && y <= 0xdfff
    if (xs !== ys && (xs ? y >= 0xe000 : x >= 0xe000)) return xs ? 1 : -1
    return x - y
  }
  return a.length - b.length
}
