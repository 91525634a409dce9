import { lazyPattern } from './lazy-pattern.js'
const MARKS = lazyPattern(() => /\p{M}+/gu)

/** Ids are slugs: lower-case ASCII letters and digits joined by single dashes. */
export function slug(text: string): string {
  return withoutMarks(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '')
}

/** `text` decomposed (NFD) without its combining marks; ASCII text (most project numbers and file names) has neither to undo. */
function withoutMarks(text: string): string {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7f) return text.normalize('NFD').replace(MARKS(), '')
  }
  return text
}

/** The file name without folders and without its last extension. */
export function stem(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1)
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(0, dot) : name
}

/** The base id of a record: its project number slugged, else its file's stem slugged. */
export function baseId(projectNumber: string | null, path: string): string {
  return (projectNumber && slug(projectNumber)) || slug(stem(path)) || 'document'
}
