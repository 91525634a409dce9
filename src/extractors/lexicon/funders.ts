/**
 * Funders under their canonical names, recognised by how pages spell them out in English,
 * Latvian and Lithuanian. Abbreviations that double as ordinary words ("ES", "EU") are left
 * out on purpose: a funder is named, not guessed.
 */
export interface FunderMatch {
  funder: string
  offset: number
  length: number
}

// Each funder's spellings share a few plain words; a text without any of them is not scanned.
const needles: Readonly<Record<string, readonly string[]>> = {
  'Norway Grants': ['norway grants', 'norwegian financial', 'norvēģijas', 'norvegijos'],
  'EEA Grants': ['eea grants', 'eea financial', 'eez finanšu', 'eee finansin'],
  UNODC: ['unodc'],
  'Erasmus+': ['erasmus'],
  'European Union': ['european union', 'eiropas savienīb', 'europos sąjung', 'european commission', 'eiropas komisij'],
  'European Social Fund': ['european social fund', 'eiropas sociālā fond', 'europos socialinio fondo'],
  Interreg: ['interreg'],
}

const spellings: ReadonlyArray<readonly [string, RegExp]> = [
  ['Norway Grants', /\bNorway Grants\b|\bNorwegian Financial Mechanism\b|\bNorvēģijas (?:valdības )?(?:divpusēj\p{L}{0,4} )?finanšu instrument\p{L}{0,4}|\bNorvegijos finansin\p{L}{0,4} mechanizm\p{L}{0,3}/giu],
  ['EEA Grants', /\bEEA Grants\b|\bEEA Financial Mechanism\b|\bEEZ finanšu instrument\p{L}{0,4}|\bEEE finansin\p{L}{0,4} mechanizm\p{L}{0,3}/giu],
  ['UNODC', /\bUNODC\b/g],
  ['Erasmus+', /\bErasmus ?\+/g],
  ['European Union', /\bEuropean Union\b|\bEiropas Savienīb\p{L}{0,3}|\bEuropos Sąjung\p{L}{0,3}|\bEuropean Commission\b|\bEiropas Komisij\p{L}{0,3}/gu],
  ['European Social Fund', /\bEuropean Social Fund\b|\bEiropas Sociālā fond\p{L}{0,3}|\bEuropos socialinio fondo\b/giu],
  ['Interreg', /\bInterreg\b/gi],
]

/** Every funder named in the text, in document order. */
export function findFunders(text: string): FunderMatch[] {
  const found: FunderMatch[] = []
  const lower = text.toLowerCase()
  for (const [funder, pattern] of spellings) {
    if (!needles[funder]!.some((needle) => lower.includes(needle))) continue
    pattern.lastIndex = 0
    for (const match of text.matchAll(pattern)) found.push({ funder, offset: match.index, length: match[0].length })
  }
  return found.sort((a, b) => a.offset - b.offset)
}

/** Funders whose home countries give money rather than receive it (never a project's country). */
const donorCountries: Readonly<Record<string, readonly string[]>> = {
  'Norway Grants': ['NO'],
  'EEA Grants': ['NO', 'IS', 'LI'],
}

export function donorsOf(funders: readonly string[]): string[] {
  return [...new Set(funders.flatMap((funder) => donorCountries[funder] ?? []))]
}

/** Funder names inside a grant label such as "From EEA Grants and Norway Grants". */
export function fundersInLabel(label: string): string[] {
  return [...new Set(findFunders(label).map((match) => match.funder))]
}
