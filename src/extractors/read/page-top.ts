/**
 * The top of a page saved from a browser: chrome lines (the address, the print time, a site
 * search heading) above the heading, and a publication date right under it.
 */
import type { Doc } from '../doc.js'
import type { Draft } from '../draft.js'
import { parseDate, parseDateTime } from '../../normalise/dates.js'
import { isChromeLine } from './text.js'

/** Reads the chrome lines from the top; returns the index of the first content line. */
export function readChrome(doc: Doc, draft: Draft): number {
  const lines = doc.lines
  let index = 0
  for (; index < lines.length; index++) {
    const line = lines[index]!
    const text = line.text.trim()
    if (!text) continue
    if (!isChromeLine(text)) break
    const span = { offset: line.offset + line.text.indexOf(text), length: text.length }
    if (/^https?:\/\//i.test(text)) draft.set('url', text, span)
    else {
      // A printed page starts with the time it was printed: when the document was retrieved.
      const printed = parseDateTime(text)
      if (printed) draft.set('retrievedAt', printed, span)
    }
  }
  return index
}

/**
 * A date alone on the first content line after `index` is the page's publication date.
 * Returns the index of the line after it (or of that first content line) and whether it was there.
 */
export function readPublishedDate(doc: Doc, draft: Draft, index: number): { next: number; found: boolean } {
  const lines = doc.lines
  for (; index < lines.length; index++) {
    const text = lines[index]!.text.trim()
    if (!text) continue
    const date = parseDate(text)
    if (!date) return { next: index, found: false }
    draft.set('publishedDate', date, { offset: lines[index]!.offset, length: text.length })
    return { next: index + 1, found: true }
  }
  return { next: index, found: false }
}
