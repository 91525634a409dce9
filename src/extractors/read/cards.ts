/**
 * Organisation cards under a party's heading, as a programme's results platform lists them
 * (Erasmus+ Project Results: "Coordinator" or "Partners", then each body's name on a line of its
 * own with its details under it, "Country: Latvia", "Type: …", "Address: …"; keep.eu's "Lead partner" and
 * "Partner" over a name and "Latvia (LV) - Latgale"). The names are the heading's items; a card's
 * "Country:" line gives its country.
 */
import type { Doc } from '../doc.js'
import type { LabelKey } from '../lexicon/labels.js'
import { countryOfName } from '../../normalise/countries.js'
import { firstContentLine } from './text.js'
import { lazyPattern } from '../../normalise/lazy-pattern.js'

/** The details a card lists under a body's name (lower case, without the colon). */
const CARD_FIELDS: ReadonlySet<string> = new Set([
  'address', 'country', 'region', 'city', 'type', 'organisation type', 'organization type', 'website', 'web site',
  'e-mail', 'email', 'phone', 'telephone', 'pic', 'role',
])
/** The longest of CARD_FIELDS, with its colon: a line whose colon stands further on is no detail. */
const CARD_FIELD_MAX = 'organisation type:'.length
/** The longest name a card's first line holds. */
const CARD_NAME_MAX = 150
/** Keys whose value may be a list of cards. */
const CARD_KEYS: ReadonlySet<LabelKey> = new Set(['partners', 'coordinator', 'promoter'])

export interface Card {
  name: string
  offset: number
  country: string | null
}

// keep.eu sets a partner's country, its code and its region on one line under the name: "Lithuania (LT) - Panevėžio apskritis".
const COUNTRY_CODE_LINE = lazyPattern(() => /^(\p{Lu}[\p{L} ]{2,30}) \([A-Z]{2}\)(?: [-–] [^()]{1,80})?$/u)

/** "Country: Latvia" (or "Latvia (LV) - Latgale") -> the detail's field and value, or null for any other line. */
export function cardFieldOf(text: string): { field: string; value: string } | null {
  const colon = text.indexOf(':')
  if (colon === -1) return countryLineOf(text)
  if (colon < 2 || colon >= CARD_FIELD_MAX) return null
  const field = text.slice(0, colon).trim().toLowerCase()
  return CARD_FIELDS.has(field) ? { field, value: text.slice(colon + 1).trim() } : null
}

/** "Lithuania (LT) - Panevėžio apskritis": a country's name and code (and a region) as a card's country detail. */
function countryLineOf(text: string): { field: string; value: string } | null {
  if (!text.includes(' (') || text.length > 120) return null
  const country = COUNTRY_CODE_LINE().exec(text)?.[1]
  return country && countryOfName(country) !== null ? { field: 'country', value: country } : null
}

/**
 * The cards from line `valueAt` on, under a heading of `key`: blocks of a name and at least one
 * detail line right under it, parted by blank lines, up to the first block that is no card.
 * Null when the first block is none.
 */
export function cardsAt(doc: Doc, key: LabelKey | null, valueAt: number, to: number): { cards: Card[]; last: number } | null {
  if (key === null || !CARD_KEYS.has(key)) return null
  const cards: Card[] = []
  let last = -1
  for (let at = valueAt; at < to; ) {
    const line = doc.lines[at]!
    const name = line.text.trim()
    if (!name || name.length > CARD_NAME_MAX || cardFieldOf(name) || name.endsWith(':')) break
    let country: string | null = null
    let next = at + 1
    for (; next < to; next++) {
      const field = cardFieldOf(doc.lines[next]!.text.trim())
      if (!field) break
      if (field.field === 'country') country = countryOfName(field.value)
    }
    if (next === at + 1) break
    cards.push({ name, offset: line.offset + line.text.indexOf(name), country })
    last = next - 1
    at = firstContentLine(doc.lines, next, to)
  }
  return cards.length > 0 ? { cards, last } : null
}
