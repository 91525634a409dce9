/**
 * A pattern created on first use. V8 parses a pattern when it creates it, and ICU builds each
 * `\p{…}` class in it anew (~50 µs a class, a few times that under /iu): created at load, the
 * readers' 400-odd such classes took ~8% of the instructions of `ingest seeds/`, though a
 * document needs few of them. Patterns with the same source and flags share V8's parse, so a
 * copy (a sticky twin, say) costs nothing more.
 */
export function lazyPattern(create: () => RegExp): () => RegExp {
  let pattern: RegExp | undefined
  return () => (pattern ??= create())
}
