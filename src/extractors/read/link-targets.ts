/**
 * A page saved as text by a browser that writes each link's target after its words
 * ("Aktualitātes <https://www.iem.gov.lv/lv/aktualitates>", "Pāriet uz saturu <#content>"): the targets
 * are no part of the page's text. linkTargetsBlanked rewrites each as spaces, character for character,
 * so the readers see the words alone and every offset stays the document's.
 */
import { Doc } from '../doc.js'

// A target in angle brackets: an address, a mail address or an anchor, and the space before it.
const LINK_TARGET = /[ \t]?<(?:https?:\/\/|mailto:|#)[^<>\s]*>/gi

/** The document with its link targets as blanks; the document itself when it has none. */
export function linkTargetsBlanked(doc: Doc): Doc {
  // Most pages hold no target in angle brackets: a look spares the pattern.
  if (!doc.text.includes('<http') && !doc.text.includes('<#') && !doc.text.includes('<mailto:')) return doc
  const text = doc.text.replace(LINK_TARGET, (target) => ' '.repeat(target.length))
  return text === doc.text ? doc : new Doc(text)
}
