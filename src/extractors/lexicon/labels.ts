/**
 * Field labels as pages write them, in English, Latvian and Lithuanian (lower case).
 * One lexicon serves every layout: a new spelling added here helps all of them.
 */
import type { AmountRole } from '../../schema/record.js'

export type LabelKey =
  | 'title'
  | 'projectNumber'
  | 'promoter'
  | 'partners'
  | 'status'
  | 'targetGroups'
  | 'location'
  | 'duration'
  | 'startDate'
  | 'endDate'
  | 'objective'
  | 'description'
  | 'activities'
  | 'results'
  | 'contact'
  | 'measure'
  | `amount:${AmountRole}`
  | 'amount:share'

export const labels: ReadonlyArray<readonly [LabelKey, readonly string[]]> = [
  ['title', ['project title', 'title of the project', 'project name', 'name of the project', 'projekti nimi', 'projekti pealkiri', 'projekta nosaukums', 'nosaukums', 'projekto pavadinimas', 'pavadinimas']],
  [
    'projectNumber',
    ['project number', 'project no.', 'project no', 'project code', 'project id', 'projekta numurs', 'projekta nr.', 'projekta nr', 'projekta kods', 'projekto numeris', 'projekto nr.', 'projekto kodas', 'sutarties numeris', 'sutarties nr.'],
  ],
  [
    'promoter',
    ['project promoter', 'promoter', 'beneficiary', 'project beneficiary', 'implementing organisation', 'implementing organization', 'implementing partner', 'applicant', 'lead partner', 'projekta īstenotājs', 'īstenotājs', 'projekta pieteicējs', 'pieteicējs', 'finansējuma saņēmējs', 'projekta iesniedzējs', 'projekto vykdytojas', 'vykdytojas', 'projekto pareiškėjas', 'pareiškėjas', 'paramos gavėjas', 'implemented by', 'project implementer', 'implementer', 'project holder', 'lead organisation', 'lead organization', 'projekti elluviija', 'elluviija', 'taotleja', 'projekto vykdytojai', 'implementing organisation', 'implementing organization', 'organisation', 'organization', 'responsible organisation', 'responsible organization', 'chef de file', 'porteur du projet', 'bénéficiaire'],
  ],
  ['partners', ['project partners', 'project partner', 'project partner(s)', 'partner(s)', 'partners', 'partner', 'partner organisations', 'partner organizations', 'partenaires', 'partenaire', 'projekta partneri', 'partneri', 'projekta partneris', 'projekto partneriai', 'partneriai', 'projekto partneris']],
  ['status', ['status', 'project status', 'projekta statuss', 'statuss', 'projekto būsena', 'būsena', 'projekto statusas']],
  [
    'targetGroups',
    ['target groups', 'target group', 'beneficiaries', 'projekta mērķa grupa', 'mērķa grupa', 'mērķa grupas', 'mērķauditorija', 'tikslinė grupė', 'tikslinės grupės', 'projekto tikslinė grupė'],
  ],
  ['location', ['the project is carried out in', 'location', 'place of implementation', 'region', 'īstenošanas vieta', 'projekta īstenošanas vieta', 'įgyvendinimo vieta', 'projekto įgyvendinimo vieta']],
  [
    'duration',
    ['duration', 'project duration', 'project period', 'implementation period', 'period', 'projekta ilgums', 'ilgums', 'projekta īstenošanas laiks', 'īstenošanas laiks', 'projekta īstenošanas periods', 'īstenošanas periods', 'projekto trukmė', 'trukmė', 'įgyvendinimo laikotarpis', 'projekto įgyvendinimo laikotarpis', 'period of implementation', 'implementation dates', 'timeframe', 'projekto įgyvendinimo trukmė', 'laikotarpis', 'projekti kestus', 'kestus'],
  ],
  ['startDate', ['start date', 'project start', 'start', 'starting date', 'projekta sākums', 'sākuma datums', 'projekto pradžia', 'pradžia', 'date du début', 'date de début']],
  ['endDate', ['end date', 'project end', 'end', 'completion date', 'projekta beigas', 'beigu datums', 'projekto pabaiga', 'pabaiga', 'date de fin']],
  ['objective', ['project objective', 'project objectives', 'objective', 'objectives', 'project goal', 'projekta mērķis', 'mērķis', 'projekta mērķi', 'projekto tikslas', 'tikslas', 'projekto tikslai']],
  ['description', ['description', 'project description', 'projekta apraksts', 'apraksts', 'projekto aprašymas', 'aprašymas']],
  ['activities', ['activities', 'project activities', 'projekta aktivitātes', 'aktivitātes', 'projekto veiklos', 'veiklos']],
  ['results', ['results', 'summary of project results', 'project results', 'rezultāti', 'projekta rezultāti', 'rezultatai', 'projekto rezultatai']],
  ['contact', ['contact person', 'contact', 'contacts', 'kontaktpersona', 'kontakpersona', 'kontaktpersonas', 'kontaktinis asmuo', 'kontaktai']],
  ['measure', ['paramos priemonė', 'priemonė', 'programme', 'program', 'programma']],
  ['amount:initial_cost', ['initial project cost', 'initial cost']],
  ['amount:final_cost', ['final project cost', 'final cost']],
  [
    'amount:total_cost',
    ['total project cost', 'total cost', 'total costs', 'project cost', 'total budget', 'projekta izmaksas', 'projekta kopējās izmaksas', 'kopējās izmaksas', 'kopējais finansējums', 'projekta kopējais finansējums', 'finansējums', 'bendra projekto vertė', 'projekto vertė', 'bendra vertė', 'projekto biudžetas', 'total eligible cost', 'total eligible costs', 'eligible costs', 'kopējās attiecināmās izmaksas', 'attiecināmās izmaksas', 'tinkamos finansuoti išlaidos', 'projekti eelarve', 'budget total', 'coût total'],
  ],
  ['amount:budget', ['budget', 'unodc budget', 'project budget', 'projekta budžets', 'budžets', 'biudžetas']],
  [
    'amount:grant',
    ['from norway grants', 'from eea grants', 'from eea grants and norway grants', 'from eea and norway grants', 'grant', 'grant amount', 'eea grant', 'norway grant', 'projektui skirtas finansavimas', 'skirtas finansavimas', 'finansavimo suma', 'piešķirtais finansējums', 'finansējuma apmērs', 'eu contribution', 'eu funding', 'eu grant', 'es finansējums', 'es lėšos', 'skirta es lėšų', 'toetus', 'contribution ue', 'financement ue', 'cofinancement ue'],
  ],
  ['amount:cofinancing', ['co-financing', 'cofinancing', 'co-funding', 'līdzfinansējums', 'bendrafinansavimas', 'nacionalinis bendrafinansavimas', 'own contribution', 'national co-financing', 'national cofinancing', 'valsts budžeta līdzfinansējums', 'omafinantseering']],
  ['amount:other', ['projektui išmokėta lėšų', 'išmokėta lėšų', 'išmokėta', 'paid out', 'amount paid', 'izmaksāts']],
  ['amount:share', ['iš jo es dalis', 'iš jų es dalis', 'of which eu share', 'tai skaitā es finansējums']],
]

const byPhrase = new Map<string, LabelKey>()
for (const [key, phrases] of labels) for (const phrase of phrases) byPhrase.set(phrase, key)

/** Longest phrases first, so "project title" wins over "title" in a prefix match. */
const phrasesByLength = [...byPhrase.keys()].sort((a, b) => b.length - a.length)

export function normaliseLabel(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\s*[:：]$/, '').trim().toLowerCase()
}

/** The key of a line that is exactly a label (with or without a trailing colon). */
export function labelOf(text: string): LabelKey | null {
  if (text.length > 80) return null
  return byPhrase.get(normaliseLabel(text)) ?? null
}

export interface InlineLabel {
  key: LabelKey
  /** Offset of the value within the given text. */
  valueStart: number
}

/**
 * A label at the start of a line followed by a colon, a tab or a dash and then the value
 * ("Projekto vykdytojas: X", "Projekta ilgums<TAB>X", "Duration 01 October 2008 - …").
 * `bare` also accepts a single space after the label, for labels that pages write that way.
 */
export function inlineLabelOf(text: string, bare: ReadonlySet<LabelKey> = noBare): InlineLabel | null {
  const lower = text.slice(0, 90).toLowerCase()
  for (const phrase of phrasesByLength) {
    if (!lower.startsWith(phrase)) continue
    const key = byPhrase.get(phrase)!
    const rest = text.slice(phrase.length)
    const separator = /^\s*(?::|：|\t|\s[-–—]\s)\s*/.exec(rest) ?? (bare.has(key) ? /^ +/.exec(rest) : null)
    if (!separator) continue
    const valueStart = phrase.length + separator[0].length
    if (valueStart >= text.length) continue
    return { key, valueStart }
  }
  return null
}

const noBare: ReadonlySet<LabelKey> = new Set()
