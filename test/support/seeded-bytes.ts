/**
 * Deterministic bytes (mulberry32): no Math.random, the same cases on every run.
 * `nulReplacement`, when given, stands in for every 0 byte (for "binary without NUL" cases).
 */
export function seededBytes(length: number, seed: number, nulReplacement?: number): Buffer {
  let state = seed >>> 0
  const out = Buffer.alloc(length)
  for (let i = 0; i < length; i++) {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    const byte = ((t ^ (t >>> 14)) >>> 0) & 0xff
    out[i] = nulReplacement !== undefined && byte === 0 ? nulReplacement : byte
  }
  return out
}
