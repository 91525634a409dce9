/**
 * `--shard K/N`: a stable 1/N of the inputs, chosen by a hash of the display path, so a CI
 * matrix can split a corpus over runners and every runner agrees on who reads what.
 */
export interface Shard {
  /** 1-based. */
  index: number
  count: number
}

export function parseShard(text: string): Shard | null {
  const match = /^(\d{1,6})\/(\d{1,6})$/.exec(text.trim())
  if (!match) return null
  const index = Number(match[1])
  const count = Number(match[2])
  return count >= 1 && index >= 1 && index <= count ? { index, count } : null
}

/** FNV-1a over the path's UTF-16 code units: fast, stable across machines and Node versions. */
export function shardOf(path: string, count: number): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < path.length; i++) {
    hash ^= path.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return (hash % count) + 1
}

export function inShard(path: string, shard: Shard): boolean {
  return shardOf(path, shard.count) === shard.index
}
