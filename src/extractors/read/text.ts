/** Small text helpers shared by the extractors: quotes, page chrome, whitespace. */

export interface Quoted {
  text: string
  /** Offset of the quoted text (inside the quote marks). */
  offset: number
  /** Offset just after the closing mark. */
  end: number
}

const OPEN = '„“"«‘‚'
const CLOSE = '”“"»’‘'

/**
 * Quoted names in document order. Latvian and Lithuanian pages open with „ and close with ”
 * or “, but pasted text mixes them ("…”), so any opener pairs with any closer.
 */
export function findQuoted(text: string, maxLength = 300): Quoted[] {
  const found: Quoted[] = []
  let i = 0
  while (i < text.length) {
    const open = indexOfAny(text, OPEN, i)
    if (open === -1) break
    const close = indexOfAny(text, CLOSE, open + 1, open + 1 + maxLength, true)
    if (close === -1) {
      i = open + 1
      continue
    }
    const inner = text.slice(open + 1, close)
    if (inner.trim().length >= 2 && /\p{L}/u.test(inner)) {
      found.push({ text: inner.trim(), offset: open + 1 + (inner.length - inner.trimStart().length), end: close + 1 })
      i = close + 1
    } else i = open + 1
  }
  return found
}

function indexOfAny(text: string, chars: string, from: number, to = text.length, stopAtNewline = false): number {
  const end = Math.min(to, text.length)
  for (let i = from; i < end; i++) {
    const c = text[i]!
    if (stopAtNewline && c === '\n') return -1
    if (chars.includes(c)) return i
  }
  return -1
}

const WRAPPING = /^[\s„“"«‘‚*]+|[\s”“"»’*]+$/g

/** Remove wrapping quote marks and markdown emphasis: `"Mobile and effective"` -> `Mobile and effective`. */
export function unquote(text: string): string {
  const stripped = text.replace(WRAPPING, '')
  // Keep a quote that is part of the title ("The „X” project") balanced.
  return stripped.trim()
}

/** Print-page chrome glued to a title line by the browser ("…Zemgalē”drukāt"). */
export function stripChrome(text: string): string {
  return text.replace(/\s*(?:drukāt|spausdinti|print|imprimer|drucken)\s*$/iu, '').trim()
}

export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Trailing list punctuation: "Children ," -> "Children", "Valsts policija;" -> "Valsts policija". */
export function trimItem(text: string): string {
  return text.replace(/^[\s•·▪◦*–-]+/, '').replace(/[\s,;.]+$/, '').trim()
}

/** A line that is page furniture rather than content: a URL, a timestamp, a bare date, a site search heading. */
export function isChromeLine(text: string): boolean {
  const t = text.trim()
  return (
    /^https?:\/\/\S+$/i.test(t) ||
    /^\d{1,2}[./]\d{1,2}[./]\d{4}(?:\.?\s+\d{1,2}:\d{2}(?::\d{2})?)?\.?$/.test(t) ||
    /^\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/.test(t) ||
    /^(?:search|find|rechercher|suchen|meklēt|ieškoti|otsi)\s(?:\p{L}{1,12}\s){0,2}(?:projects?|projets?|projekte|projektus|projektų|projekti|projektid)(?![\p{L}])/iu.test(t) ||
    /^(?:home|menu|print|drukāt|spausdinti|imprimer)$/iu.test(t)
  )
}
