/**
 * A page about a prevention campaign that names no project ("Kampaania „Ära jaga!“ jõudis 40
 * kooli", "rīkoja kampaņu „…” no … līdz …"): the campaign is the page's undertaking, so its name,
 * its organiser and its period are read as a project's would be. A page that speaks of a project
 * anywhere keeps the project's facts: a campaign inside a project is not the project.
 */
import { spellBoundaries } from './text.js'
import { lazyPattern } from '../../normalise/lazy-pattern.js'

/** Stems of the word "campaign" in the site languages, lower case. */
const CAMPAIGN_STEMS: readonly string[] = ['campaign', 'kampaania', 'kampaņ', 'kampanij']

/** Whether a page names a campaign and no project (plain lower-case looks: no pattern to compile). */
export function isCampaignPage(text: string): boolean {
  const lower = text.toLowerCase()
  return !lower.includes('projekt') && !lower.includes('project') && !lower.includes('projet') && CAMPAIGN_STEMS.some((stem) => lower.includes(stem))
}

/** The word before a campaign's quoted name: "kampaania „…“", "kampaņu „…”", "kampaniją „…“", 'campaign "…"'. */
export const CAMPAIGN_IN_QUOTES = lazyPattern(() => /(?<![\p{L}])(?:kampaania\p{L}{0,2}|kampaņ\p{L}{1,2}|kampanij\p{L}{1,2}|campaign)\s+(?=[„“"«])/iu)

/** A sentence speaks of the campaign. */
export const CAMPAIGN = /kampaania|kampaņ|kampanij|campaign/iu

/** Verbs by which a sentence says the campaign was held, run or organised. */
export const CAMPAIGN_RUNS = spellBoundaries(/korralda|toimu|kest|rīko|norisin|organi[sz]|vyk|took place|\bran\b|\bruns?\b/iu)

/** Verbs by which a lead says who held the campaign ("MTÜ X korraldas … kampaania"). */
export const CAMPAIGN_LEAD_VERB =
  /\s(?:korraldas|korraldab|korraldasid|viis läbi|rīkoja|rīko|organizavo|organizuoja|organised|organized|ran|runs|launched|launches|alustas|alustab)\s(?:(?:[^.;!?\n]|(?<=[0-9])\.){0,200}?\s)?(?:kampaania|kampaņ|kampanij|campaign)/u
