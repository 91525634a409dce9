/**
 * Hand-made variants of every layout (fixtures/<layout>/variant-*.txt): plausible pages of the
 * same sites and languages as the real documents, each carrying one kind of real-world
 * variation. The expectations are what a careful reader takes from the text alone, following
 * the README's field meanings ("never guess": what the text does not state stays empty).
 * Only the fields the variation is about are stated here; where the tool already reads a
 * variant right, its golden .json pins the rest byte for byte (test/extractors/fixtures.test.ts).
 */
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ingest } from '../../src/ingest.js'
import { layoutIds, type Amount, type AmountRole, type Partner, type ProjectRecord, type Source } from '../../src/schema/record.js'

const root = fileURLToPath(new URL('../..', import.meta.url))

type Expected = {
  [K in keyof ProjectRecord]?: K extends 'source' ? Partial<Source> : K extends 'partners' ? Array<Partial<Partner>> : ProjectRecord[K]
}

interface Variant {
  file: string
  /** The variation the file is about. */
  about: string
  expected: Expected
  /** The exact warning codes, for variations that are about a warning (or its absence). */
  warnings?: string[]
}

/** An amount in euro, as written. */
const euro = (role: AmountRole, amount: number, text: string): Amount => ({ role, amount, currency: 'EUR', eur: amount, rate: 1, rateSource: 'identity', text })

/** An amount in a legacy Baltic currency, converted at the irrevocable rate. */
const legacy = (role: AmountRole, amount: number, currency: 'LTL' | 'LVL' | 'EEK', eur: number, text: string): Amount => ({
  role,
  amount,
  currency,
  eur,
  rate: { LTL: 3.4528, LVL: 0.702804, EEK: 15.6466 }[currency],
  rateSource: 'irrevocable',
  text,
})

/**
 * On a project page of the Latvian Norway Grants site the first paragraph only names the
 * promoter ("Projekta LV 0080 „…” īstenotājs - …"); the description starts with "Projekta mērķis ir".
 */
const lvProjectDescription = expect.stringMatching(/^Projekta mērķis ir /u) as unknown as string

const eea = (name: string): string => `fixtures/eea-project-facts/${name}.txt`
const unodc = (name: string): string => `fixtures/unodc-baltic-grant/${name}.txt`
const lvng = (name: string): string => `fixtures/lv-norwaygrants-page/${name}.txt`
const table = (name: string): string => `fixtures/lv-project-table/${name}.txt`
const generic = (name: string): string => `fixtures/generic/${name}.txt`

const variants: Variant[] = [
  // eea-project-facts ------------------------------------------------------------------------
  {
    file: eea('variant-from-eea-grants'),
    about: '"From EEA Grants:" grant line, Estonian project number',
    expected: {
      id: 'ee05-0004',
      projectNumber: 'EE05-0004',
      funders: ['EEA Grants'],
      promoter: 'Jõhvi Rural Municipality Government',
      country: 'EE',
      locations: ['Kirde-Eesti'],
      status: 'completed',
      amounts: [euro('initial_cost', 245300, '€245,300'), euro('final_cost', 231874, '€231,874'), euro('grant', 208687, '€ 208,687')],
      targetGroups: ['Children and youth at risk'],
    },
  },
  {
    file: eea('variant-donor-and-other-partners'),
    about: '2014-2021 facts: "Project grant:", "Donor project partners:" and "Other project partners:" with countries in brackets; ongoing, no final cost',
    expected: {
      id: 'ro-justice-0004',
      projectNumber: 'RO-JUSTICE-0004',
      country: 'RO',
      status: 'ongoing',
      funders: ['Norway Grants'],
      partners: [
        { name: 'Norwegian Police Directorate', country: 'NO' },
        { name: 'General Inspectorate of Romanian Police', country: 'RO' },
        { name: 'Association for Liberty and Equality of Gender', country: 'RO' },
      ],
      amounts: [euro('initial_cost', 2450000, '€2,450,000.00'), euro('grant', 2082500, '€2,082,500.00')],
    },
  },
  {
    file: eea('variant-terminated-inline-facts'),
    about: '"Label: value" facts on one line, status "Terminated", a 2014-2021 code naming the country, a partner name with commas',
    expected: {
      projectNumber: 'LT-CHILDREN-0007',
      country: 'LT',
      status: 'cancelled',
      promoter: 'Ministry of Social Security and Labour',
      // "Project grant" names no donor: none is guessed.
      funders: [],
      partners: [{ name: 'Norwegian Directorate for Children, Youth and Family Affairs (Bufdir)', country: 'NO' }],
      amounts: [euro('initial_cost', 1348905, '€1,348,905.00'), euro('grant', 1146569.25, '€1,146,569.25')],
    },
  },
  {
    file: eea('variant-site-branding-funders'),
    about: 'site logo and footer lines ("EEA Grants", "Norway Grants", "© EEA Grants") name no funder; two donor partners, one from Iceland; footer headings end the description',
    expected: {
      projectNumber: 'BG-PUBLICHEALTH-0017',
      country: 'BG',
      status: 'ongoing',
      // Only the description's "through the EEA Grants" names this project's funder.
      funders: ['EEA Grants'],
      partners: [
        { name: 'Norwegian Institute of Public Health', country: 'NO' },
        { name: 'Directorate of Health', country: 'IS' },
      ],
      locations: ['Yugoiztochen'],
      amounts: [euro('initial_cost', 1176470.59, '€1,176,470.59'), euro('grant', 1000000, '€1,000,000.00')],
      summary: expect.stringMatching(/through the EEA Grants\.$/u) as unknown as string,
    },
  },
  {
    file: eea('variant-sparse-facts-cookie-banner'),
    about: 'a page stating little (number, status, programme, promoter, place) under a cookie banner and site menu: no funder, amount or partner is invented',
    expected: {
      title: 'Restorative justice and mediation for juvenile offenders',
      projectNumber: 'LT-JUSTICE-0012',
      promoter: 'Lithuanian Probation Service',
      country: 'LT',
      status: 'ongoing',
      funders: [],
      partners: [],
      amounts: [],
      summary: expect.stringMatching(/the harm they have caused\.$/u) as unknown as string,
    },
  },
  {
    file: eea('variant-partner-again-in-prose'),
    about: 'a "Project partners:" line "(Norway)" named again in the description with its acronym: one partner',
    expected: {
      projectNumber: 'PL13-0045',
      country: 'PL',
      partners: [{ name: 'Norwegian Institute of Public Health', country: 'NO' }],
    },
  },
  {
    file: eea('variant-eea-and-norway-grants'),
    about: '"From EEA Grants and Norway Grants:" names both funders, Polish project number',
    expected: {
      projectNumber: 'PL07-0012',
      funders: ['EEA Grants', 'Norway Grants'],
      country: 'PL',
      amounts: [euro('initial_cost', 1204650, '€1,204,650'), euro('final_cost', 1187932, '€1,187,932'), euro('grant', 1009742, '€ 1,009,742')],
    },
  },
  {
    file: eea('variant-empty-facts'),
    about: 'empty promoter, number, status, costs and location: no label slides into an empty slot',
    expected: {
      title: 'Strengthening the capacity of the State Police to prevent domestic violence',
      promoter: null,
      projectNumber: null,
      status: null,
      locations: [],
      targetGroups: ['Victims of intimate-partner violence'],
      amounts: [euro('grant', 327512, '€ 327,512')],
      funders: ['Norway Grants'],
      country: 'LV',
    },
  },
  {
    file: eea('variant-no-status-line'),
    about: 'no Status line at all, Lithuanian project number',
    expected: {
      id: 'lt10-0005',
      projectNumber: 'LT10-0005',
      status: null,
      country: 'LT',
      promoter: 'Kaunas County Police Headquarters',
      targetGroups: ['Children', 'Civil servants/Public administration staff'],
      locations: ['Kauno apskritis'],
      amounts: [euro('initial_cost', 186420, '€186,420'), euro('final_cost', 179305, '€179,305'), euro('grant', 152409, '€ 152,409')],
    },
  },
  {
    file: eea('variant-tab-indented-values'),
    about: 'tab-indented values, trailing spaces, blank lines between facts, Latvian project number',
    expected: {
      title: 'Support centre for young people leaving foster care',
      promoter: 'Latvian Association of Foster Families',
      projectNumber: 'LV03-0087',
      targetGroups: ['Youth'],
      status: 'completed',
      locations: ['Rīga'],
      funders: ['EEA Grants'],
      country: 'LV',
      amounts: [euro('initial_cost', 52480, '€52,480'), euro('final_cost', 49962, '€49,962'), euro('grant', 42468, '€ 42,468')],
    },
  },
  {
    file: eea('variant-target-groups-multiline'),
    about: 'target groups over several lines ending in " ,"',
    expected: {
      projectNumber: 'LT11-0014',
      targetGroups: ['Children', 'Youth', 'Roma', 'Civil servants/Public administration staff'],
      promoter: 'Roma Community Centre',
    },
  },
  {
    file: eea('variant-quoted-title'),
    about: 'the title line is wrapped in quotes',
    expected: {
      title: 'Choose Life without Drugs',
      projectNumber: 'LT10-0021',
      promoter: 'Panevėžys District Municipality Administration',
    },
  },
  {
    file: eea('variant-amount-formats'),
    about: 'million amounts "€1,082,858" and a spaced "€ 413,605"',
    expected: {
      amounts: [euro('initial_cost', 1082858, '€1,082,858'), euro('final_cost', 1045210, '€1,045,210'), euro('grant', 413605, '€ 413,605')],
    },
  },

  {
    file: eea('variant-branding-pipe-programme-operator'),
    about: 'a site logo line "EEA Grants | Norway Grants" names no funder (the description names EEA Grants); a "Programme operator:" is not the promoter; donor partners from Iceland and Liechtenstein; two location lines',
    expected: {
      projectNumber: 'BG-LOCALDEV-0031',
      funders: ['EEA Grants'],
      promoter: 'Municipality of Shumen',
      partners: [
        { name: 'Barnahus Reykjavík', country: 'IS' },
        { name: 'Liechtenstein Institute for Family and Child Protection', country: 'LI' },
        { name: 'Association "Child and Space"', country: 'BG' },
      ],
      country: 'BG',
      locations: ['Severoiztochen', 'Shumen'],
      status: 'completed',
      amounts: [euro('initial_cost', 198460, '€198,460.00'), euro('final_cost', 187905.42, '€187,905.42'), euro('grant', 169114.88, '€169,114.88')],
    },
  },
  {
    file: eea('variant-archive-prose-grant'),
    about: '2004-2009 archive: the facts\' money lines are empty and the money is stated in sentences ("total eligible cost … EUR 1 456 300", "receives a grant of EUR 1 237 855"), space-grouped',
    expected: {
      projectNumber: 'LT0047',
      country: 'LT',
      funders: ['Norway Grants'],
      partners: [{ name: 'Norwegian Directorate of Health and Social Affairs', country: 'NO' }],
      amounts: [euro('total_cost', 1456300, 'EUR 1 456 300'), euro('grant', 1237855, 'EUR 1 237 855')],
    },
  },
  {
    file: eea('variant-archive-legal-prose-period'),
    about: 'legal-style archive prose: "estimated at EUR 702 980 (LVL 494 060)" is one sum, "is granted EUR 597 533 from the EEA Financial Mechanism"; the application date is no project date, the period sentence is',
    expected: {
      projectNumber: 'LV0019',
      funders: ['EEA Grants'],
      startDate: '2007-06-01',
      endDate: '2010-04-30',
      amounts: [euro('total_cost', 702980, 'EUR 702 980'), euro('grant', 597533, 'EUR 597 533')],
    },
  },
  {
    file: eea('variant-archive-nok-supports'),
    about: 'a grant in NOK that the donor "supports the project with", an approximate euro sum in brackets (the same money); the partner is the subject of its sentence',
    expected: {
      country: 'RO',
      partners: [{ name: 'Norwegian Correctional Service', country: 'NO' }],
      amounts: [{ role: 'grant', amount: 7480000, currency: 'NOK', eur: null, rate: null, rateSource: null, text: 'NOK 7 480 000' }],
    },
    warnings: ['unknown-currency'],
  },
  {
    file: eea('variant-archive-grant-restated-in-prose'),
    about: 'the facts give the money and the prose says the grant again with its LTL sum: listed once, from the facts; a unit after a comma belongs to its body ("Norwegian Correctional Service, Region South")',
    expected: {
      partners: [{ name: 'Norwegian Correctional Service, Region South', country: 'NO' }],
      amounts: [euro('final_cost', 812400, '€ 812,400'), euro('grant', 690540, '€ 690,540')],
    },
  },
  {
    file: eea('variant-in-implementation-dates'),
    about: '2014-2021 status "In implementation", start and end dates written out, space-grouped euro sums, a grant line naming no donor',
    expected: {
      projectNumber: 'LV-CHILDREN-0006',
      status: 'ongoing',
      startDate: '2021-03-01',
      endDate: '2024-04-30',
      funders: [],
      amounts: [euro('initial_cost', 211764, '€ 211 764'), euro('grant', 180000, '€ 180 000')],
    },
  },
  {
    file: eea('variant-archive-million-partner-subject'),
    about: 'archive prose in millions ("a total budget of EUR 2.4 million, of which EUR 2.04 million is a grant"), "The project runs from … until …", a partner that "participates as a project partner"',
    expected: {
      country: 'SK',
      startDate: '2008-01-01',
      endDate: '2010-12-31',
      partners: [{ name: 'Norwegian Police Directorate', country: 'NO' }],
      amounts: [euro('budget', 2400000, 'EUR 2.4 million'), euro('grant', 2040000, 'EUR 2.04 million')],
    },
  },
  {
    file: eea('variant-started-ended-in-prose'),
    about: 'the description says "The project started on 2 May 2014 and ended on 30 April 2016"',
    expected: { startDate: '2014-05-02', endDate: '2016-04-30', partners: [{ name: 'Stavanger municipality', country: 'NO' }] },
  },
  {
    file: eea('variant-database-beneficiary-state'),
    about: '2004-2009 project database page: inline facts under "Beneficiary state:" and no "Project facts" heading; the title line\'s "Project:" prefix is dropped',
    expected: {
      title: 'Therapeutic community for drug-addicted youth in Gdańsk',
      projectNumber: 'PL0239',
      promoter: 'MONAR Association, Gdańsk branch',
      country: 'PL',
      funders: ['Norway Grants'],
      amounts: [euro('grant', 1326074, '€ 1,326,074'), euro('total_cost', 1560087, '€ 1,560,087')],
    },
  },
  {
    file: eea('variant-partners-semicolon-line'),
    about: 'inline 2014-2021 facts right under the heading; "Other project partners:" lists two on one line, separated by a semicolon',
    expected: {
      partners: [
        { name: 'Norwegian Police Directorate', country: 'NO' },
        { name: 'Association Sens Pozitiv', country: 'RO' },
        { name: 'Iași County Directorate for Social Assistance and Child Protection', country: 'RO' },
      ],
      startDate: '2021-06-15',
      endDate: '2024-04-30',
    },
  },
  {
    file: eea('variant-archive-completed-by'),
    about: 'archive prose: a start given as a month only (no date) and "will be completed by 31 August 2010"; one grant from both mechanisms',
    expected: { funders: ['EEA Grants', 'Norway Grants'], startDate: null, endDate: '2010-08-31', amounts: [euro('grant', 3185650, '€ 3,185,650')] },
  },
  {
    file: eea('variant-archive-partner-line-below'),
    about: 'archive page: money and "Project partner: X (Norway)" on labelled lines below the description, outside the facts',
    expected: {
      partners: [{ name: 'Tyrilistiftelsen', country: 'NO' }],
      amounts: [euro('grant', 512000, 'EUR 512 000'), euro('total_cost', 602353, 'EUR 602 353')],
    },
  },
  {
    file: eea('variant-programme-budget-in-description'),
    about: 'the facts give the project\'s money; the programme\'s budget in the description and a sum returned in the results are not the project\'s figures',
    expected: {
      amounts: [euro('initial_cost', 142660, '€142,660'), euro('final_cost', 139802, '€139,802'), euro('grant', 118832, '€ 118,832')],
    },
  },
  // unodc-baltic-grant -----------------------------------------------------------------------
  {
    file: unodc('variant-missing-title'),
    about: '"Project title" heading with nothing under it; LVL budget',
    expected: {
      title: null,
      startDate: '2009-02-01',
      endDate: '2009-12-31',
      country: 'LV',
      amounts: [legacy('budget', 9800, 'LVL', 13944.14, '9,800.00 LVL')],
      objectives: [
        'To provide low-threshold harm reduction services in Jelgava',
        'To train social workers and police officers on HIV prevention among IDUs',
        'To inform the local community about harm reduction',
      ],
    },
    warnings: ['missing-title'],
  },
  {
    file: unodc('variant-title-prefix'),
    about: 'a prefix outside the quotes: Project: "…"; LTL budget',
    expected: {
      title: 'Low-threshold services for young drug users in Šiauliai',
      startDate: '2009-06-01',
      endDate: '2009-12-31',
      country: 'LT',
      amounts: [legacy('budget', 24000, 'LTL', 6950.88, '24,000.00 LTL')],
    },
  },
  {
    file: unodc('variant-indicator-separators'),
    about: 'indicator bullets with " - ", ":", "-17" (no space) and " – "',
    expected: {
      indicators: [
        { label: 'Number of new clients', value: 58, unit: null },
        { label: 'Number of regular clients', value: 112, unit: null },
        { label: 'Number of syringes distributed per client per month', value: 17, unit: null },
        { label: 'Number of condoms distributed', value: 1450, unit: null },
        { label: 'Number of HIV tests performed', value: 64, unit: null },
      ],
      amounts: [legacy('budget', 35000, 'LTL', 10136.7, '35,000.00 LTL')],
    },
  },
  {
    file: unodc('variant-indicators-no-heading'),
    about: 'indicator list after the narrative with no heading; EEK budget',
    expected: {
      indicators: [
        { label: 'Number of clients', value: 412, unit: null },
        { label: 'Number of new clients', value: 97, unit: null },
        { label: 'Number of syringes distributed', value: 61250, unit: null },
        { label: 'Number of HIV tests performed', value: 186, unit: null },
        { label: 'Number of clients referred to substitution treatment', value: 23, unit: null },
      ],
      objectives: [
        'To provide needle and syringe exchange at the service point and through outreach work',
        'To offer counselling and HIV testing to clients',
        'To refer clients to substitution treatment',
      ],
      country: 'EE',
      amounts: [legacy('budget', 125000, 'EEK', 7988.96, '125,000.00 EEK')],
    },
  },
  {
    file: unodc('variant-numbered-objectives'),
    about: 'numbered objectives "1. …"; EUR budget (Estonia, 2011)',
    expected: {
      objectives: [
        'To provide needle and syringe exchange and counselling in Kohtla-Järve and Jõhvi',
        'To involve young drug users in peer education',
        'To train local police officers and youth workers on harm reduction',
      ],
      startDate: '2011-02-01',
      endDate: '2011-09-30',
      country: 'EE',
      amounts: [euro('budget', 6400, '6,400.00 EUR')],
    },
  },
  {
    file: unodc('variant-objectives-then-results'),
    about: 'objectives and results as two consecutive bullet lists with no heading between',
    expected: {
      objectives: [
        'To provide harm reduction services for injecting drug users in Daugavpils',
        'To reduce the spread of HIV and hepatitis C among clients of the service',
        'To strengthen cooperation with the Daugavpils city social service and the police',
      ],
      indicators: [],
      country: 'LV',
      amounts: [legacy('budget', 8500, 'LVL', 12094.41, '8,500.00 LVL')],
    },
  },
  {
    file: unodc('variant-duration-days-no-zeros'),
    about: 'duration days without leading zeros: "3 November 2008 - 9 May 2009"',
    expected: {
      startDate: '2008-11-03',
      endDate: '2009-05-09',
      country: 'LT',
      amounts: [legacy('budget', 18000, 'LTL', 5213.16, '18,000.00 LTL')],
    },
  },
  {
    file: unodc('variant-promoter-in-prose'),
    about: 'promoter stated as "During the project implementation NGO … had …", a name with lower-case words',
    expected: {
      promoter: 'NGO Estonian Network of People Living with HIV',
      targetGroups: ['HIV-positive drug users', 'Family members of HIV-positive drug users'],
      // The goal is one sentence of prose; the bullets under "Target groups:" are not objectives.
      objectives: [],
      country: 'EE',
      amounts: [legacy('budget', 187760, 'EEK', 12000.05, '187,760.00 EEK')],
    },
  },

  // lv-norwaygrants-page ---------------------------------------------------------------------
  {
    file: lvng('variant-financing-parts-in-brackets-ir-istenots'),
    about: 'the financing\'s parts in brackets after "t.sk.", a partner after "Projekta partneris –", and "Projekts ir īstenots." (has been carried out) as completed',
    expected: {
      status: 'completed',
      partners: [{ name: 'Valmieras novada pašvaldība', country: 'LV' }],
      amounts: [euro('total_cost', 218000, '218 000 eiro'), euro('grant', 185300, '185 300 eiro'), euro('cofinancing', 32700, '32 700 eiro')],
    },
  },
  {
    file: lvng('variant-partner-labels-by-country'),
    about: 'partners under two labels by country ("Projekta partneri Latvijā:", "Projekta partneri Norvēģijā:")',
    expected: {
      partners: [
        { name: 'Daugavpils valstspilsētas pašvaldība', country: 'LV' },
        { name: 'Rēzeknes novada pašvaldība', country: 'LV' },
        { name: 'Norvēģijas Kriminālsodu izpildes dienests', country: 'NO' },
      ],
    },
  },
  {
    file: lvng('variant-promoter-relative-clause-site-country'),
    about: '"Projekta īstenotājs ir X, kas projektu īsteno sadarbībā ar Y": the relative clause is no part of the promoter, Y is the partner; a page of the grants\' site in Latvia that names no Latvian place is Latvia\'s',
    expected: {
      promoter: 'nodibinājums „Centrs Dardedze”',
      partners: [{ name: 'Barnevakten' }],
      country: 'LV',
      projectNumber: '2013.EEZ/DAP/MAC/064',
    },
  },
  {
    file: lvng('variant-programme-code-heading-partners-countries-un'),
    about: 'a 2014-2021 number naming its programme in the heading ("Projekts LV-HOME-0003 „…”drukāt"); partners inline with their countries, the last after "un"; "Projekts ir īstenošanā."',
    expected: {
      projectNumber: 'LV-HOME-0003',
      title: 'Policijas reaģēšanas uz vardarbību ģimenē uzlabošana',
      status: 'ongoing',
      startDate: '2021-01-04',
      endDate: '2024-04-30',
    },
  },
  {
    file: lvng('variant-news-invested-millions-will-continue'),
    about: 'news item: money invested in the project\'s work ("ieguldīti 2,3 miljoni eiro") is the project\'s money of no named role; "(Nr. LV08/5)" after the quoted title',
    expected: {
      projectNumber: 'LV08/5',
      title: 'Nepilngadīgo ieslodzīto resocializācijas sistēmas pilnveide',
      amounts: [euro('other', 2300000, '2,3 miljoni eiro')],
      endDate: '2016-04-30',
    },
  },
  {
    file: lvng('variant-grant-scheme-number-heading'),
    about: 'a grant scheme\'s project numbered with the funder\'s initials and slashes ("Projekts NFI/IH/2010/004 „…”drukāt"): number and title from the heading, still this layout',
    expected: {
      layout: 'lv-norwaygrants-page',
      projectNumber: 'NFI/IH/2010/004',
      title: 'Jauniešu likumpārkāpumu profilakse Talsu novadā',
      promoter: 'Talsu novada pašvaldība',
      startDate: '2010-06-01',
      endDate: '2011-05-31',
    },
  },
  {
    file: lvng('variant-latvian-with-english-version'),
    about: 'a Latvian page with its English version below "In English": the record is the Latvian page\'s, its money and partner listed once, its language Latvian',
    expected: {
      language: 'lv',
      projectNumber: '2013.EEZ/PP/2/MIC/031',
      partners: [{ name: 'Vestfoldas apgabala padome', country: 'NO' }],
      amounts: [euro('total_cost', 118000, '118 000 EUR'), euro('grant', 106200, '106 200 EUR')],
    },
  },
  {
    file: lvng('variant-saved-menu-drukat-alone-ended-sentence'),
    about: 'saved from the browser, not printed: the site\'s menu one item a line above the heading, "drukāt" on a line of its own, a page cut short; "Projekts noslēdzās 2010. gada 31. decembrī" gives status and end',
    expected: {
      layout: 'lv-norwaygrants-page',
      title: 'Vardarbības ģimenē novēršana Valkas novadā',
      projectNumber: 'LV 0045',
      promoter: 'Valkas novada dome',
      publishedDate: '2011-02-21',
      status: 'completed',
      startDate: null,
      endDate: '2010-12-31',
      partners: [],
    },
  },
  {
    file: lvng('variant-project-page'),
    about: 'project page "Projekts LV 0123 „…”drukāt" with print header',
    expected: {
      id: 'lv-0123',
      projectNumber: 'LV 0123',
      summary: lvProjectDescription,
      title: 'Atkarību profilakses programmas ieviešana ieslodzījuma vietās',
      promoter: 'Ieslodzījuma vietu pārvalde',
      publishedDate: '2012-11-14',
      funders: ['Norway Grants'],
      country: 'LV',
      amounts: [euro('total_cost', 512440, '512440 EUR'), euro('grant', 435574, '435574 EUR')],
      source: {
        url: 'https://norwaygrants.tm.gov.lv/lv/2004-2009/prioritate-tieslietas/projekts-lv-0123?url=lv%2F2004-2009%2Fprioritate-tieslietas%2Fprojekts-lv-0123',
        retrievedAt: '2021-08-02T10:17',
      },
    },
  },
  {
    file: lvng('variant-news-named-project'),
    about: 'news item: the headline is not the title; the project is named in quotes after "projekta LV08/1"',
    expected: {
      projectNumber: 'LV08/1',
      title: 'Liepājas cietuma rekonstrukcija un resocializācijas programmu ieviešana',
      publishedDate: '2016-02-12',
      promoter: null,
      startDate: null,
      endDate: null,
      amounts: [],
      source: { retrievedAt: '2021-05-05T14:22' },
    },
  },
  {
    file: lvng('variant-financing-inline'),
    about: '"Finansējums: X EUR, no tiem Y EUR Norvēģijas … finansējums" on one line',
    expected: {
      projectNumber: 'LV 0097',
      summary: lvProjectDescription,
      promoter: 'Valsts probācijas dienests',
      amounts: [euro('total_cost', 286155, '286155 EUR'), euro('grant', 243232, '243232 EUR')],
    },
  },
  {
    file: lvng('variant-space-thousands'),
    about: 'amounts with space thousands "1 048 290 EUR"',
    expected: {
      projectNumber: 'LV 0102',
      summary: lvProjectDescription,
      promoter: 'Valsts policija',
      amounts: [euro('total_cost', 1048290, '1 048 290 EUR'), euro('grant', 891046, '891 046 EUR')],
    },
  },
  {
    file: lvng('variant-millions-abbreviated'),
    about: 'abbreviated millions "2,8 milj. euro, no tiem 2,38 milj. euro"',
    expected: {
      projectNumber: 'LV08/3',
      title: 'Valsts policijas īslaicīgās aizturēšanas vietu atjaunošana atbilstoši starptautiskajiem standartiem',
      publishedDate: '2015-10-23',
      amounts: [euro('total_cost', 2800000, '2,8 milj. euro'), euro('grant', 2380000, '2,38 milj. euro')],
    },
  },
  {
    file: lvng('variant-national-cofinancing'),
    about: 'total, Norway grant and "Latvijas valsts līdzfinansējums" in two sentences',
    expected: {
      projectNumber: 'LV08/4',
      title: 'Atkarīgo notiesāto rehabilitācijas centra izveide Valmieras cietumā',
      amounts: [euro('total_cost', 3512940, '3 512 940 EUR'), euro('grant', 2985999, '2 985 999 EUR'), euro('cofinancing', 526941, '526 941 EUR')],
      status: null,
      endDate: null,
    },
  },
  {
    file: lvng('variant-partner-list'),
    about: 'a "Projekta partneri:" bullet list, one name with a comma, a Norwegian partner "(Norvēģija)"',
    expected: {
      promoter: 'Rīgas pašvaldības policija',
      summary: lvProjectDescription,
      partners: [
        { name: 'Rīgas domes Izglītības, kultūras un sporta departaments', country: 'LV' },
        { name: 'Rīgas domes Labklājības departaments', country: 'LV' },
        { name: 'Valsts policija' },
        { name: 'Biedrība „Glābiet bērnus”' },
        { name: 'Oslo pašvaldības policija', country: 'NO' },
      ],
      amounts: [euro('total_cost', 731600, '731600 EUR'), euro('grant', 621860, '621860 EUR')],
    },
  },
  {
    file: lvng('variant-lvl-period-sentence'),
    about: '"LV0045" without a space, LVL amounts, a period in a sentence, one partner inline whose name holds "un"',
    expected: {
      projectNumber: 'LV0045',
      publishedDate: '2010-02-12',
      startDate: '2008-09-01',
      endDate: '2010-08-31',
      promoter: 'Vidzemes plānošanas reģions',
      partners: [{ name: 'Norvēģijas Nacionālais vardarbības un traumatiskā stresa pētījumu centrs (Oslo)', country: 'NO' }],
      amounts: [legacy('total_cost', 412560, 'LVL', 587019.99, '412 560 LVL'), legacy('grant', 350676, 'LVL', 498967, '350 676 LVL')],
    },
  },
  {
    file: lvng('variant-news-promoter-ir'),
    about: 'news item: "projekts LV08/6 "…", kura īstenotājs ir X", a period in a sentence, total with grant and state co-financing',
    expected: {
      projectNumber: 'LV08/6',
      title: 'Vardarbības mazināšanas programmu ieviešana probācijā',
      promoter: 'Valsts probācijas dienests',
      startDate: '2014-07-01',
      endDate: '2016-04-30',
      amounts: [euro('total_cost', 1134700, '1 134 700 EUR'), euro('grant', 964495, '964 495 EUR'), euro('cofinancing', 170205, '170 205 EUR')],
    },
  },
  {
    file: lvng('variant-news-lead-period-before-verb'),
    about: 'news lead whose subject is the promoter, with the period said before the verb: "Valsts policija no … līdz … īsteno projektu LV08/4 "…" sadarbībā ar X"',
    expected: {
      projectNumber: 'LV08/4',
      title: 'Vardarbības ģimenē novēršana un upuru atbalsts',
      promoter: 'Valsts policija',
      startDate: '2015-03-01',
      endDate: '2017-04-30',
      amounts: [euro('total_cost', 1250000, '1 250 000 EUR'), euro('grant', 1062500, '1 062 500 EUR'), euro('cofinancing', 187500, '187 500 EUR')],
    },
  },
  {
    file: lvng('variant-news-completed-relative-promoter'),
    about: 'news on completion: "noslēdzās projekts LV08/5 "…", kuru īstenoja X" gives status and promoter; a dotted period label; amounts in "eiro" with decimal commas',
    expected: {
      projectNumber: 'LV08/5',
      title: 'Probācijas programmu ieviešana nepilngadīgajiem likumpārkāpējiem ar atkarības problēmām',
      promoter: 'Valsts probācijas dienests',
      status: 'completed',
      startDate: '2014-07-01',
      endDate: '2016-04-30',
      partners: [{ name: 'Norvēģijas Kriminālsodu izpildes dienests (Kriminalomsorgen)', country: 'NO' }],
      amounts: [
        euro('total_cost', 842315.5, '842 315,50 eiro'),
        euro('grant', 715968.17, '715 968,17 eiro'),
        euro('cofinancing', 126347.33, '126 347,33 eiro'),
      ],
    },
  },
  {
    file: lvng('variant-english-news-page'),
    about: 'an English page of the site: "print" glued to the headline, the project named in quotes after "the project LV08/4", "EUR 3 512 940" with the currency first',
    expected: {
      layout: 'lv-norwaygrants-page',
      language: 'en',
      projectNumber: 'LV08/4',
      title: 'Establishment of a rehabilitation centre for addicted convicts in Valmiera Prison',
      publishedDate: '2015-12-16',
      // The building's construction completed is not the project's completion; no promoter is named.
      status: null,
      promoter: null,
      funders: ['Norway Grants'],
      amounts: [euro('total_cost', 3512940, 'EUR 3 512 940'), euro('grant', 2985999, 'EUR 2 985 999'), euro('cofinancing', 526941, 'EUR 526 941')],
    },
  },
  {
    file: lvng('variant-promoter-legal-form-lvl-eur'),
    about: 'a promoter opening with a lower-case legal form ("īstenotājs - biedrība „Centrs Dardedze”"); an LVL total restated in euro in brackets is one amount; partners with "(Norvēģija)"',
    expected: {
      projectNumber: 'LV 0061',
      promoter: 'biedrība „Centrs Dardedze”',
      partners: [
        { name: 'Daugavpils pilsētas dome', country: 'LV' },
        { name: 'Rēzeknes pilsētas dome', country: 'LV' },
        { name: 'Valsts policijas Latgales reģiona pārvalde', country: 'LV' },
        { name: 'Stavangeras pašvaldība', country: 'NO' },
      ],
      amounts: [legacy('total_cost', 265300, 'LVL', 377487.89, '265 300 LVL'), legacy('grant', 225505, 'LVL', 320864.71, '225 505 LVL')],
    },
  },
  {
    file: lvng('variant-no-print-header'),
    about: 'a project page saved without the print time and address',
    expected: {
      projectNumber: 'LV 0071',
      summary: lvProjectDescription,
      title: 'Jauniešu noziedzības novēršana Latgalē',
      publishedDate: '2011-03-07',
      promoter: 'Latgales plānošanas reģions',
      amounts: [euro('total_cost', 298500, '298500 EUR'), euro('grant', 253725, '253725 EUR')],
      source: { url: null, retrievedAt: null },
    },
  },

  {
    file: lvng('variant-cooperation-partner-label'),
    about: 'labelled lines "Projekta īstenotājs:", "Projekta sadarbības partneris:" (singular), "Projekta īstenošanas laiks: D – D" in the nominative',
    expected: {
      promoter: 'Valsts probācijas dienests',
      partners: [{ name: 'Norvēģijas Kriminālsodu izpildes dienests (Kriminalomsorgen)', country: 'NO' }],
      startDate: '2014-08-01',
      endDate: '2016-04-30',
    },
  },
  {
    file: lvng('variant-eeagrants-cookie-banner-site-name'),
    about: 'an eeagrants.lv page saved without address or print time: a cookie notice, the site name, a menu and breadcrumbs above the heading; "Projekts tiek īstenots." as a sentence of its own; "euro" spelled out',
    expected: {
      layout: 'lv-norwaygrants-page',
      title: 'Kopienas atbalsta centrs jauniešiem Jūrmalā',
      projectNumber: '2014.EEZ/PP/1/MIC/052',
      promoter: 'Jūrmalas valstspilsētas administrācija',
      publishedDate: '2021-02-08',
      status: 'ongoing',
      startDate: '2021-02-01',
      endDate: '2023-08-31',
      amounts: [euro('total_cost', 249900, '249 900 euro'), euro('grant', 212415, '212 415 euro')],
    },
  },
  {
    file: lvng('variant-english-news-project-no'),
    about: 'an English news lead naming "the project No. LV08/0009 "…"": number after "No.", title in quotes; a day without a year is no start date',
    expected: {
      projectNumber: 'LV08/0009',
      title: 'Training of prison staff in work with addicted prisoners',
      promoter: 'Latvian Prison Administration',
      startDate: null,
      endDate: '2016-04-30',
      status: null,
    },
  },
  {
    file: lvng('variant-news-lead-perfect-started'),
    about: 'a news lead in the perfect tense ("X ir uzsākusi projekta LV08-0011 „…” īstenošanu"): the subject is the promoter; a hyphenated number',
    expected: { projectNumber: 'LV08-0011', promoter: 'Valsts policija', status: null, endDate: '2016-04-30' },
  },
  {
    file: lvng('variant-news-started-number-after-nr'),
    about: 'a news lead "X D uzsāka … projekta Nr. LV0112 „…” īstenošanu": number after "Nr.", title in quotes, the subject is the promoter; launching says nothing of the status',
    expected: {
      projectNumber: 'LV0112',
      title: 'Ģimenes vardarbības upuru atbalsta sistēmas izveide Kurzemē',
      promoter: 'Kurzemes plānošanas reģions',
      status: null,
      startDate: '2009-02-01',
      endDate: '2011-01-31',
      amounts: [legacy('total_cost', 318420, 'LVL', 453070.84, '318 420 LVL'), legacy('grant', 270657, 'LVL', 385110.22, '270 657 LVL')],
    },
  },
  {
    file: lvng('variant-completed-sentence-month-period'),
    about: '"Projekts ir pabeigts." in the body is the status; a period of months only gives no dates',
    expected: { status: 'completed', startDate: null, endDate: null, promoter: 'Rīgas domes Izglītības, jaunatnes un sporta departaments' },
  },
  {
    file: lvng('variant-eeagrants-heading-without-number'),
    about: 'a page of the EEA Grants site: "Projekts „…”drukāt" names no number (it stands on a "Projekta numurs:" line); a dotted numeric period',
    expected: {
      title: 'Droša skola bez vardarbības',
      projectNumber: '2014.EEZ/PP/1/MIC/009',
      promoter: 'Biedrība „Centrs Dardedze”',
      startDate: '2020-09-01',
      endDate: '2022-04-30',
    },
  },
  {
    file: lvng('variant-english-news-concludes'),
    about: 'an English headline "X concludes project …": completed, and its subject is the promoter; the partner after "in cooperation with"',
    expected: {
      language: 'en',
      status: 'completed',
      promoter: 'State Probation Service',
      projectNumber: 'LV08/5',
      partners: [{ name: 'Norwegian Correctional Service', country: 'NO' }],
      startDate: '2014-05-01',
      endDate: '2016-04-30',
    },
  },
  {
    file: lvng('variant-news-planned-end-partner-clause'),
    about: '"īstenotājs ir X, sadarbības partneris – Y": the promoter ends at the partner clause, Y is a partner; "plānots pabeigt līdz D" is the end',
    expected: {
      promoter: 'Ieslodzījuma vietu pārvalde',
      partners: [{ name: 'Norvēģijas Kriminālsodu izpildes dienests', country: 'NO' }],
      startDate: null,
      endDate: '2016-04-30',
      amounts: [euro('budget', 8280000, '8,28 milj. eiro')],
    },
  },
  {
    file: lvng('variant-donor-partner-list'),
    about: 'a second list under "Donorvalsts partneris:" whose one bulleted name holds a comma; "Projekts ir noslēdzies."; "Piešķirtais finansējums" is the grant',
    expected: {
      status: 'completed',
      partners: [
        { name: 'Valmieras pilsētas pašvaldība', country: 'LV' },
        { name: 'Cēsu novada pašvaldība', country: 'LV' },
        { name: 'Norvēģijas Bērnu, jaunatnes un ģimenes lietu direktorāts (Bufdir)', country: 'NO' },
      ],
      amounts: [euro('grant', 198340, '198 340 EUR')],
    },
  },
  {
    file: lvng('variant-news-locative-headline-starting-from'),
    about: 'a headline opening with a place in the locative ("Ventspilī uzsāk projektu") names no promoter; the lead\'s "X, sākot ar <day>, īsteno projektu" does, and the start',
    expected: {
      title: 'Ventspils jauniešu drošības tīkls',
      projectNumber: 'LV0132',
      promoter: 'Ventspils pilsētas dome',
      startDate: '2009-05-01',
      endDate: '2011-04-30',
      amounts: [legacy('total_cost', 120000, 'LVL', 170744.62, 'Ls 120 000'), legacy('grant', 102000, 'LVL', 145132.92, 'Ls 102 000')],
    },
  },
  {
    file: lvng('variant-news-since-lead'),
    about: 'a lead "X kopš D īsteno projektu LV0118 „…”": X is the promoter, D the start; "Projekts ilgs līdz D" the end; amounts in "latu"/"lati"',
    expected: {
      promoter: 'Ventspils pilsētas dome',
      startDate: '2010-06-01',
      endDate: '2011-12-31',
      partners: [{ name: 'Ventspils pilsētas Sociālais dienests' }, { name: 'Ventspils pašvaldības policija' }],
      amounts: [legacy('total_cost', 156300, 'LVL', 222394.86, '156 300 latu'), legacy('grant', 132855, 'LVL', 189035.63, '132 855 lati')],
    },
  },
  {
    file: lvng('variant-english-promoter-sentence'),
    about: 'an English project page: \'The promoter of the project LV 0052 "…" is the X.\', "Financing:" over "EUR X, of which EUR Y …", "The project has been completed."',
    expected: {
      language: 'en',
      promoter: 'State Probation Service',
      status: 'completed',
      amounts: [euro('total_cost', 642180, 'EUR 642 180'), euro('grant', 545853, 'EUR 545 853')],
    },
  },
  {
    file: lvng('variant-news-number-after-title'),
    about: 'a news item naming the number after the title: \'projektu "…" (Nr. LV08/7)\'; "īstenošana ilgs līdz D"',
    expected: {
      title: 'Resocializācijas programmu pilnveide cietumos',
      projectNumber: 'LV08/7',
      country: 'LV',
      promoter: 'Ieslodzījuma vietu pārvalde',
      endDate: '2016-04-30',
    },
  },
  {
    file: lvng('variant-english-eeagrants-enumerated-partner'),
    about: 'an English EEA Grants page: a partner whose name lists words with a comma ("Directorate for Children, Youth and Family Affairs") is one partner; "Status: Ongoing"',
    expected: {
      language: 'en',
      title: 'Safe Schools for Every Child',
      status: 'ongoing',
      partners: [{ name: 'Norwegian Directorate for Children, Youth and Family Affairs (Bufdir)', country: 'NO' }],
    },
  },

  {
    file: lvng('variant-news-lead-date-first'),
    about: 'a lead opening with the day ("2016. gada 29. aprīlī Valsts policija noslēdza projekta LV08/3 „…” īstenošanu"): the subject after it is the promoter, and the project is completed',
    expected: { projectNumber: 'LV08/3', promoter: 'Valsts policija', status: 'completed', startDate: null, endDate: null },
  },
  {
    file: lvng('variant-promoter-legal-form-in-prose'),
    about: '"Projektu īsteno biedrība „…„…”” sadarbībā ar Y": a promoter opening with a lower-case legal form, nested quotes, ending before its partner',
    expected: { promoter: 'biedrība „Patvērums „Drošā māja””', partners: [{ name: 'ROSA', country: 'NO' }] },
  },

  // lv-project-table -------------------------------------------------------------------------
  {
    file: table('variant-rows-reordered'),
    about: 'label cells in another order (target group and costs before the applicant)',
    expected: {
      title: 'Atkarību profilakse skolās',
      promoter: 'Jēkabpils novada pašvaldība',
      targetGroups: ['Jēkabpils novada vispārizglītojošo skolu 7.–9. klašu skolēni un viņu vecāki'],
      amounts: [euro('total_cost', 8960, '8 960.00 EUR')],
      startDate: null,
      endDate: '2019-12-31',
      durationMonths: 12,
    },
  },
  {
    file: table('variant-missing-rows'),
    about: 'no "Projekta ilgums" and no "Projekta izmaksas" rows; a survey year in the description is not a project date',
    expected: {
      title: 'Stiprās ģimenes – drošs bērns',
      promoter: 'Ogres novada Sociālais dienests',
      startDate: null,
      endDate: null,
      durationMonths: null,
      amounts: [],
    },
  },
  {
    file: table('variant-partners-row-eea-norway'),
    about: 'a "Projekta partneri" row split on its comma, "No … līdz … (14 mēneši)", "EEZ un Norvēģijas finanšu instrumentu finansējums" names both funders',
    expected: {
      title: 'Drošs bērns – droša ģimene',
      startDate: '2019-03-01',
      endDate: '2020-04-30',
      durationMonths: 14,
      funders: ['EEA Grants', 'Norway Grants'],
      partners: [{ name: 'Biedrība „Centrs Dardedze”' }, { name: 'Valsts policijas Zemgales reģiona pārvalde', country: 'LV' }],
      amounts: [euro('total_cost', 48240, '48 240,00 EUR'), euro('grant', 41004, '41 004,00 EUR'), euro('cofinancing', 7236, '7 236,00 EUR')],
    },
  },
  {
    file: table('variant-partners-none'),
    about: 'a "Projekta partneri" row saying "Nav" (none) names no partner; "18 mēneši (01.07.2020.–31.12.2021.)"; "EUR 38 500,00" with the currency first',
    expected: {
      promoter: 'Krāslavas novada pašvaldība',
      partners: [],
      startDate: '2020-07-01',
      endDate: '2021-12-31',
      durationMonths: 18,
      amounts: [euro('total_cost', 38500, 'EUR 38 500,00'), euro('grant', 30800, 'EUR 30 800,00'), euro('cofinancing', 7700, 'EUR 7 700,00')],
    },
  },
  {
    file: table('variant-duration-range'),
    about: '"Projekta ilgums<TAB>2016. gada 1. septembris – 2018. gada 31. augusts" (a range, no length)',
    expected: {
      title: 'Jaunieši pret atkarībām',
      startDate: '2016-09-01',
      endDate: '2018-08-31',
      durationMonths: null,
    },
  },
  {
    file: table('variant-duration-months'),
    about: '"No 2017. gada 1. septembra (24 mēneši)": a start and a length, no end',
    expected: {
      startDate: '2017-09-01',
      endDate: null,
      durationMonths: 24,
    },
  },
  {
    file: table('variant-decimal-comma-money'),
    about: 'decimal-comma money "31 234,56 EUR, t.sk. pašvaldības līdzfinansējums 3 123,46 EUR"',
    expected: {
      amounts: [euro('total_cost', 31234.56, '31 234,56 EUR'), euro('cofinancing', 3123.46, '3 123,46 EUR')],
    },
  },
  {
    file: table('variant-title-row'),
    about: 'a "Projekta nosaukums" row instead of a quoted heading',
    expected: {
      title: 'Sporto, nevis lieto!',
      promoter: 'Siguldas novada Sporta skola',
      endDate: '2017-05-31',
      durationMonths: 9,
    },
    warnings: [],
  },
  {
    file: table('variant-cell-whitespace'),
    about: 'extra spaces and double tabs around the cells',
    expected: {
      title: 'Atbalsts ģimenēm ar bērniem',
      promoter: 'Ludzas novada pašvaldības Sociālais dienests',
      targetGroups: ['Sociālā dienesta redzeslokā esošās Ludzas novada ģimenes ar bērniem'],
      endDate: '2020-06-30',
      durationMonths: 24,
      amounts: [euro('total_cost', 22400, '22 400.00 EUR')],
    },
  },
  {
    file: table('variant-target-group-clause'),
    about: 'a target group cell with a relative clause after a comma is one group; the heading names the place "Daugavpils pilsētas"',
    expected: {
      targetGroups: ['Daugavpils pusaudži, kuri ir pašvaldības policijas uzskaitē'],
      // As "Jēkabpils novada pašvaldības projekta" gives "Jēkabpils novada": the municipality is not part of the place.
      locations: ['Daugavpils pilsētas'],
    },
  },

  {
    file: table('variant-costs-split-rows'),
    about: 'costs over three rows whose label cells the lexicon does not know ("ESF finansējums", "Valsts budžeta finansējums"): each figure takes its role from its label; a "Projekta numurs" row; "No D. līdz D."',
    expected: {
      projectNumber: '2.3.1/17/I/009',
      promoter: 'Rēzeknes novada pašvaldības Sociālais dienests',
      startDate: '2018-10-01',
      endDate: '2020-09-30',
      funders: [],
      amounts: [euro('total_cost', 86412.5, '86 412,50 EUR'), euro('grant', 73450.63, '73 450,63 EUR'), euro('cofinancing', 12961.87, '12 961,87 EUR')],
    },
  },
  {
    file: table('variant-status-row-completed'),
    about: 'a municipal table with "Projekta nosaukums", "Projekta numurs", "Partneri" split on ";", "Finansējums" below the total, "Projekta statuss<TAB>Noslēgts" (completed), site chrome around it',
    expected: {
      title: 'Droši internetā – droši dzīvē',
      projectNumber: '2014.EEZ/PP/1/MIC/027',
      status: 'completed',
      startDate: '2021-02-01',
      endDate: '2022-12-31',
      partners: [{ name: 'Biedrība „Drošs internets”' }, { name: 'Valmieras Valsts ģimnāzija', country: 'LV' }],
      // "Finansējums" below "Kopējās izmaksas" is the funder's part of the total, not a second total.
      amounts: [euro('total_cost', 64210, '64 210,00 EUR'), euro('grant', 54578.5, '54 578,50 EUR'), euro('cofinancing', 9631.5, '9 631,50 EUR')],
    },
  },
  {
    file: table('variant-status-ongoing'),
    about: '"Statuss<TAB>Tiek īstenots" is ongoing, though it holds "īstenots"',
    expected: { status: 'ongoing', startDate: '2022-03-01', endDate: '2024-02-29' },
  },
  {
    file: table('variant-wrapped-cell'),
    about: 'a partner cell wrapped onto a line whose label cell is empty; a period of months only gives no dates',
    expected: {
      partners: [{ name: 'Bauskas novada Sociālais dienests', country: 'LV' }, { name: 'Valsts policijas Zemgales reģiona pārvaldes Bauskas iecirknis', country: 'LV' }],
      startDate: null,
      endDate: null,
      durationMonths: 24,
    },
  },
  {
    file: table('variant-partners-semicolons-legal-form'),
    about: 'a partner cell cut on ";" with a lower-case legal form before a quoted name ("biedrība „…”"), kept as part of the name; "Statuss<TAB>Pabeigts"',
    expected: {
      status: 'completed',
      partners: [{ name: 'Jelgavas valstspilsētas pašvaldības policija', country: 'LV' }, { name: 'biedrība „Jelgavas jauniešu centrs”' }],
    },
  },
  {
    file: table('variant-partners-un-legal-form'),
    about: 'label cells ending in a colon; "X un biedrība „Y”" is two partners; an LVL sum restated in euro is one amount',
    expected: {
      partners: [{ name: 'Cēsu novada Sociālais dienests', country: 'LV' }, { name: 'biedrība „Cēsu jauniešu centrs”' }],
      amounts: [legacy('total_cost', 12450, 'LVL', 17714.75, '12 450,00 LVL')],
    },
  },
  {
    file: table('variant-partners-dash-years-only'),
    about: 'a partner cell holding only a dash names no partner (the next row is not read as one); a period of years only gives no dates',
    expected: { partners: [], startDate: null, endDate: null, amounts: [euro('total_cost', 4500, '4 500 EUR'), euro('cofinancing', 1000, '1 000 EUR')] },
  },
  {
    file: table('variant-pipe-table-header-row'),
    about: 'the table saved as a Markdown pipe table with a header row and an alignment row; amounts in lats as "Ls 45 600"',
    expected: {
      layout: 'lv-project-table',
      title: 'Jauniešu iniciatīvu centrs „Pietura” – drošs brīvais laiks Tukumā',
      projectNumber: 'LV0134',
      promoter: 'Tukuma novada dome',
      partners: [{ name: 'Tukuma novada Sociālais dienests', country: 'LV' }, { name: 'Tukuma pašvaldības policija', country: 'LV' }],
      startDate: '2009-10-01',
      endDate: '2011-09-30',
      amounts: [legacy('total_cost', 45600, 'LVL', 64882.95, 'Ls 45 600'), legacy('grant', 38760, 'LVL', 55150.51, 'Ls 38 760')],
    },
  },
  {
    file: table('variant-pipe-table-bold-labels'),
    about: 'a pipe table without a header row, its label cells in bold ("| **Projekta Nr.** | … |")',
    expected: {
      layout: 'lv-project-table',
      projectNumber: '9.2.4.2/16/I/078',
      promoter: 'Kuldīgas novada pašvaldība',
      status: 'ongoing',
      partners: [{ name: 'Kuldīgas novada Bērnu un jauniešu centrs', country: 'LV' }, { name: 'biedrība „Kuldīgas jauniešu klubs”', country: 'LV' }],
      amounts: [euro('total_cost', 112640, '112 640,00 EUR'), euro('grant', 95744, '95 744,00 EUR')],
    },
  },
  {
    file: table('variant-space-aligned-cells'),
    about: 'a table copied from a web page with its values aligned by runs of spaces (two at the least) instead of tabs',
    expected: {
      layout: 'lv-project-table',
      title: 'Vardarbības ģimenē mazināšana Alūksnes novadā',
      projectNumber: 'LV08-0012',
      promoter: 'Alūksnes novada pašvaldība',
      partners: [{ name: 'Biedrība „Skalbes”' }, { name: 'Valsts policijas Vidzemes reģiona pārvalde', country: 'LV' }],
      startDate: '2014-05-01',
      endDate: '2016-04-30',
      status: 'completed',
    },
  },
  {
    file: table('variant-space-aligned-wrapped-cell'),
    about: 'space-aligned colon labels whose cells wrap onto lines indented to the value column; a line starting in lower case goes on with the sentence above',
    expected: {
      layout: 'lv-project-table',
      promoter: 'Gulbenes novada Sociālais dienests',
      partners: [{ name: 'Gulbenes novada Izglītības pārvalde', country: 'LV' }, { name: 'biedrība „Gulbenes ģimeņu centrs”' }],
      objectives: ['Sniegt atbalstu ģimenēm, kurās pieaugušie lieto alkoholu, un mazināt bērnu nonākšanu riska situācijās'],
      amounts: [legacy('total_cost', 12450, 'LVL', 17714.75, 'Ls 12 450')],
    },
  },
  {
    file: table('variant-title-row-over-heading-nr'),
    about: 'a "Projekta nosaukums" row gives the full title over the shorter one quoted in the heading; "Nr. LV0147" is the code LV0147; "lati" spelled out; a period of months only; a relative clause ("…, kurās …") stays in its target group',
    expected: {
      title: 'Atbalsta grupas vecākiem, kuru bērni lieto atkarību izraisošas vielas',
      projectNumber: 'LV0147',
      startDate: null,
      endDate: null,
      targetGroups: ['Madonas novada ģimenes, kurās pusaudži lieto alkoholu vai narkotikas'],
      amounts: [legacy('total_cost', 32800, 'LVL', 46670.2, '32 800 lati'), legacy('grant', 27880, 'LVL', 39669.67, '27 880 lati')],
    },
  },
  {
    file: table('variant-pipe-table-br-in-cell'),
    about: 'a pipe-table cell broken into lines with "<br>": one partner a line; a period of months only gives no dates',
    expected: {
      layout: 'lv-project-table',
      projectNumber: 'LV08/0021',
      partners: [{ name: 'Ventspils pašvaldības policija', country: 'LV' }, { name: 'Biedrība „Ventspils jauniešu māja”', country: 'LV' }, { name: 'Stavangeras pašvaldība', country: 'NO' }],
      startDate: null,
      endDate: null,
    },
  },
  {
    file: table('variant-w3m-wrapped-label-cells'),
    about: 'a w3m dump whose label cells wrap inside their column ("Projekta" / "īstenošanas" / "vieta"), the value beside the first line',
    expected: {
      title: 'Drošs ceļš uz skolu',
      promoter: 'Valmieras novada pašvaldība',
      locations: ['Valmiera', 'Kocēni', 'Rūjiena'],
      startDate: '2012-09-01',
      endDate: '2013-08-31',
      amounts: [legacy('total_cost', 14250, 'LVL', 20275.92, 'Ls 14 250,00')],
      partners: [{ name: 'Valsts policijas koledža' }, { name: 'biedrība „Drošība bērniem”' }],
    },
  },
  {
    file: table('variant-numbered-partners'),
    about: 'partners numbered in one cell ("1) A; 2) B; 3) C"): the numbers are no part of the names',
    expected: {
      partners: [{ name: 'Liepājas pašvaldības policija', country: 'LV' }, { name: 'Liepājas Universitāte', country: 'LV' }, { name: 'biedrība „Jauniešu māja”' }],
      startDate: '2009-05-01',
      endDate: '2011-04-30',
      durationMonths: 24,
    },
  },
  {
    file: table('variant-stacked-cells'),
    about: 'a table copied from a narrow page: each cell on a line of its own, rows between blank lines; an unknown label over a bare figure gives its role',
    expected: {
      layout: 'lv-project-table',
      title: 'Atkarību profilakses kabinets Preiļos',
      projectNumber: 'LV0152',
      promoter: 'Preiļu novada dome',
      partners: [{ name: 'Preiļu novada Sociālais dienests', country: 'LV' }],
      startDate: '2009-02-01',
      endDate: '2011-01-31',
      amounts: [legacy('total_cost', 56300, 'LVL', 80107.68, '56 300 LVL'), legacy('grant', 47855, 'LVL', 68091.53, '47 855 LVL')],
    },
  },
  {
    file: table('variant-space-aligned-one-space-gap'),
    about: 'a space-aligned table whose longest label ("Projekta īstenošanas laiks") leaves one space only before the value column',
    expected: {
      layout: 'lv-project-table',
      title: 'Vecāku skola – atbalsts ģimenēm ar pusaudžiem',
      startDate: '2010-03-01',
      endDate: '2011-02-28',
      amounts: [legacy('total_cost', 18900, 'LVL', 26892.28, 'Ls 18 900')],
    },
  },
  // generic ----------------------------------------------------------------------------------
  {
    file: generic('variant-lt-labelled-iso-dates'),
    about: 'Lithuanian labelled lines: vykdytojas, pradžia/pabaiga 2011-03-15, "Bendra projekto vertė: … €"',
    expected: {
      language: 'lt',
      title: 'Psichoaktyviųjų medžiagų vartojimo prevencija Alytaus miesto mokyklose',
      promoter: 'VšĮ Alytaus visuomenės sveikatos biuras',
      startDate: '2011-03-15',
      endDate: '2012-12-31',
      country: 'LT',
      amounts: [euro('total_cost', 86850, '86 850,00 €')],
    },
    warnings: [],
  },
  {
    file: generic('variant-lt-long-dates'),
    about: 'Lithuanian long dates "2011 m. kovo 15 d."',
    expected: {
      language: 'lt',
      promoter: 'Panevėžio rajono savivaldybės administracija',
      startDate: '2011-03-15',
      endDate: '2012-06-30',
    },
  },
  {
    file: generic('variant-lt-goal-sentence'),
    about: '"Projekto tikslas – X." opens the description paragraph: X is the objective, the paragraph is the summary',
    expected: {
      language: 'lt',
      promoter: 'Šiaulių rajono savivaldybės visuomenės sveikatos biuras',
      startDate: '2016-09-01',
      endDate: '2017-08-31',
      objectives: ['sumažinti psichoaktyviųjų medžiagų vartojimą tarp Šiaulių rajono mokyklų mokinių'],
      summary: expect.stringContaining('Projekto metu bus parengta prevencinė programa 7–10 klasių mokiniams') as unknown as string,
    },
  },
  {
    file: generic('variant-en-start-end-dates'),
    about: 'English "Start date: 15/03/2011" and "End date: 31.12.2012"',
    expected: {
      title: 'Safe Streets for Youth in Tartu',
      startDate: '2011-03-15',
      endDate: '2012-12-31',
      country: 'EE',
    },
  },
  {
    file: generic('variant-lv-news-launch'),
    about: 'Latvian news headline "Biedrība „X” uzsāk īstenot projektu „…”"',
    expected: {
      language: 'lv',
      title: 'Vesels jaunietis – drošs jaunietis',
      promoter: 'Biedrība „Papardes zieds”',
      publishedDate: '2014-09-15',
      startDate: null,
    },
  },
  {
    file: generic('variant-no-project-facts'),
    about: 'an article with no project facts still gives a record, with a no-project-facts warning',
    expected: {
      // The headline names an article, not a project.
      title: null,
      publishedDate: '2017-06-12',
      promoter: null,
      projectNumber: null,
      startDate: null,
      endDate: null,
      status: null,
      funders: [],
      partners: [],
      amounts: [],
    },
    warnings: ['missing-title', 'no-project-facts'],
  },
  {
    file: generic('variant-usd-amount'),
    about: 'a grant in USD: kept in the original, eur null, unknown-currency warning',
    expected: {
      promoter: 'Narva Youth Centre',
      country: 'EE',
      amounts: [{ role: 'grant', amount: 24500, currency: 'USD', eur: null, rate: null, rateSource: null, text: 'USD 24,500' }],
    },
    warnings: ['unknown-currency'],
  },
  {
    file: generic('variant-en-promoter-partners'),
    about: '"Project promoter: …" and "Partners: A, B and the C" lines',
    expected: {
      promoter: 'Kaunas District Municipality Administration',
      partners: [
        { name: 'Kaunas County Police Headquarters', country: 'LT' },
        { name: 'Kaunas District Public Health Bureau', country: 'LT' },
        { name: 'Lithuanian Red Cross Society', country: 'LT' },
      ],
      country: 'LT',
    },
  },
  {
    file: eea('variant-unknown-amount-labels'),
    about: 'site chrome above the title; cost labels the lexicon does not know take their role from their words',
    expected: {
      title: 'Youth at Risk: Prevention in Ida-Viru County',
      projectNumber: 'EE05-0012',
      country: 'EE',
      amounts: [euro('total_cost', 120000, '€ 120,000'), euro('grant', 102000, '€ 102,000'), euro('cofinancing', 18000, '€ 18,000')],
      partners: [{ name: 'Norwegian Directorate of Health', country: 'NO' }],
    },
  },
  {
    file: generic('variant-en-labelled-period'),
    about: '"Partners: A, NGO B and the C" on one line, "Project period: 01.05.2014 – 30.04.2016", "EUR 245 300"',
    expected: {
      promoter: 'Kaunas City Municipality Administration',
      partners: [
        { name: 'Kaunas County Police Headquarters', country: 'LT' },
        { name: 'NGO Vaikų linija', country: null },
        { name: 'Norwegian Police University College', country: 'NO' },
      ],
      startDate: '2014-05-01',
      endDate: '2016-04-30',
      amounts: [euro('total_cost', 245300, 'EUR 245 300'), euro('grant', 208505, 'EUR 208 505')],
    },
  },
  {
    file: generic('variant-lv-news-financing-parts'),
    about: 'Latvian news: "X EUR, no tām Y EUR ir ES fonda finansējums un Z EUR valsts budžeta līdzfinansējums"; a period stated in a sentence',
    expected: {
      title: 'Atkarību profilakse skolās',
      promoter: 'Jelgavas novada pašvaldība',
      publishedDate: '2016-02-12',
      startDate: '2016-03-01',
      endDate: '2017-02-28',
      amounts: [euro('total_cost', 45000, '45 000 EUR'), euro('grant', 38250, '38 250 EUR'), euro('cofinancing', 6750, '6 750 EUR')],
    },
  },
  {
    file: generic('variant-lt-labelled-quoted-title'),
    about: 'Lithuanian labelled page: quoted title after "Projektas", "Projekto partneriai:", an ISO period, "Eur" amounts',
    expected: {
      title: 'Sveika jaunystė be narkotikų',
      promoter: 'Šiaulių miesto savivaldybės visuomenės sveikatos biuras',
      startDate: '2017-01-01',
      endDate: '2018-06-30',
      amounts: [euro('total_cost', 52340, '52 340,00 Eur'), euro('grant', 44489, '44 489,00 Eur')],
    },
  },
  {
    file: unodc('variant-numbered-objectives-results-heading'),
    about: 'numbered objectives, a "Main results:" indicator list with ":", " - " and "-9800", an NGO promoter in prose, EEK',
    expected: {
      title: 'Drop-in centre for young drug users in Tartu',
      promoter: 'NGO Tartu Youth Support Centre',
      country: 'EE',
      startDate: '2009-01-15',
      endDate: '2009-12-15',
      objectives: ['To open a low-threshold drop-in centre', 'To provide counselling and needle exchange'],
      indicators: [
        { label: 'Number of clients', value: 140, unit: null },
        { label: 'Number of counselling sessions', value: 412, unit: null },
        { label: 'Number of syringes distributed', value: 9800, unit: null },
      ],
      amounts: [legacy('budget', 250000, 'EEK', 15977.91, '250,000.00 EEK')],
    },
  },
  {
    file: unodc('variant-budget-with-euro-promoter-body'),
    about: 'budget with its euro equivalent in brackets (one sum, listed once), a promoter named without "NGO" in the "During the project implementation" sentence, partners "A House and B Bureau", curly quotes, dotted dates',
    expected: {
      title: 'Low-threshold services for injecting drug users in Alytus city and Alytus district',
      promoter: 'Alytus Centre for Addictive Disorders',
      partners: [
        { name: 'Alytus Correction House', country: 'LT' },
        { name: 'Alytus Municipality Public Health Bureau', country: 'LT' },
      ],
      startDate: '2009-10-01',
      endDate: '2010-03-31',
      amounts: [legacy('budget', 45500, 'LTL', 13177.71, '45,500.00 LTL')],
    },
  },
  {
    file: unodc('variant-no-title-heading-quoted-ngo'),
    about: 'no "Project title" heading at all, a quoted NGO name as promoter in prose, the currency code before the budget',
    expected: {
      title: null,
      promoter: 'NGO "Papardes zieds"',
      country: 'LV',
      startDate: '2009-03-02',
      endDate: '2009-11-30',
      amounts: [legacy('budget', 8250, 'LVL', 11738.69, 'LVL 8,250.00')],
    },
  },
  {
    file: unodc('variant-unquoted-title-implementing-organization'),
    about: 'a title without quotes followed at once by an "Implementing organization" heading whose value follows a blank line; budget "EEK / EUR" (one sum, listed once)',
    expected: {
      title: 'Prevention of HIV and drug use among young people in Narva and Narva-Jõesuu',
      promoter: 'NGO Narva Centre of Support to Children',
      country: 'EE',
      startDate: '2010-02-01',
      endDate: '2011-01-31',
      amounts: [legacy('budget', 156466, 'EEK', 10000, '156,466.00 EEK')],
    },
  },
  {
    file: unodc('variant-usd-approximately'),
    about: 'budget "approximately USD 13,000 (32,000.00 LTL)" (one sum, listed once); the title on the heading line in „…“; a duration of months only gives no dates',
    expected: {
      title: 'Drug use prevention in Utena region schools',
      country: 'LT',
      startDate: null,
      endDate: null,
      amounts: [{ role: 'budget', amount: 13000, currency: 'USD', eur: null, rate: null, rateSource: null, text: 'USD 13,000' }],
    },
  },
  {
    file: unodc('variant-implementing-agency-heading-partner-bullets'),
    about: 'a quoted title followed at once by an "Implementing agency" heading (the value after a blank line), partners as bullets under "Project partners:", an en dash in the duration',
    expected: {
      title: 'Low-threshold services and HIV counselling for injecting drug users in Pärnu',
      promoter: 'NGO Pärnu Social Centre "Hoog"',
      partners: [
        { name: 'Pärnu City Government', country: 'EE' },
        { name: 'Pärnu Hospital', country: 'EE' },
        { name: 'Estonian Red Cross Pärnu Branch', country: 'EE' },
      ],
      country: 'EE',
      startDate: '2009-09-15',
      endDate: '2010-03-15',
      amounts: [legacy('budget', 94500, 'EEK', 6039.65, '94,500.00 EEK')],
    },
  },
  {
    file: unodc('variant-inline-labels-usd-total-budget'),
    about: 'inline "Implementing organization:", "Project partners:" (semicolons) and "Project status:"; the UNODC budget in USD and a separate "Total project budget" in LTL (two sums)',
    expected: {
      promoter: 'Lithuanian Association of People Living with HIV',
      partners: [
        { name: 'Vilnius Centre for Addictive Disorders', country: 'LT' },
        { name: 'Lithuanian AIDS Centre', country: 'LT' },
        { name: 'Vilnius City Municipality Public Health Bureau', country: 'LT' },
      ],
      status: 'completed',
      amounts: [
        { role: 'budget', amount: 20000, currency: 'USD', eur: null, rate: null, rateSource: null, text: 'USD 20,000.00' },
        legacy('total_cost', 98400, 'LTL', 28498.61, '98,400.00 LTL'),
      ],
    },
  },
  {
    file: unodc('variant-inline-agency-own-contribution'),
    about: 'an unquoted title on the heading line, "Duration: from D to D", inline "Implementing agency:" with an MTÜ name, "approximately" before the budget and a "Contribution of the implementing agency" (two sums)',
    expected: {
      title: 'Motivational counselling for drug using prisoners in Viru Prison',
      promoter: 'MTÜ Convictus Eesti',
      country: 'EE',
      startDate: '2011-02-01',
      endDate: '2011-10-31',
      amounts: [euro('budget', 9000, '9,000 EUR'), euro('cofinancing', 1250, '1,250.00 EUR')],
    },
  },
  {
    file: unodc('variant-promoter-acronym-trained'),
    about: 'a promoter in prose with its acronym in brackets and another verb ("During the project implementation X (ENPLH) trained …"), quotes inside the quoted title, "01.03.2008-31.12.2008", "180 000 EEK"',
    expected: {
      title: 'Training of "peer counsellors" among drug users in Tartu',
      promoter: 'Estonian Network of People Living with HIV',
      country: 'EE',
      startDate: '2008-03-01',
      endDate: '2008-12-31',
      amounts: [legacy('budget', 180000, 'EEK', 11504.1, '180 000 EEK')],
    },
  },
  {
    file: unodc('variant-budget-by-year'),
    about: 'the UNODC budget split by year on two lines ("2007: 5,000.00 LVL", "2008: 3,500.00 LVL": two sums, the years no money); ordinal dates "1st of October 2007"',
    expected: {
      startDate: '2007-10-01',
      endDate: '2008-09-30',
      amounts: [legacy('budget', 5000, 'LVL', 7114.36, '5,000.00 LVL'), legacy('budget', 3500, 'LVL', 4980.05, '3,500.00 LVL')],
    },
  },
  {
    file: unodc('variant-grantee-inline-after-title'),
    about: 'an inline "Grantee: X" right under the quoted title (it ends the title and names the promoter), a duration "6 months (01/04/2010 - 30/09/2010)", "Ls 6 000"',
    expected: {
      title: 'Outreach work with injecting drug users in Rēzekne',
      promoter: 'Latvian Red Cross Rēzekne branch',
      country: 'LV',
      startDate: '2010-04-01',
      endDate: '2010-09-30',
      amounts: [legacy('budget', 6000, 'LVL', 8537.23, 'Ls 6 000')],
    },
  },
  {
    file: unodc('variant-spaced-dates-no-partners'),
    about: 'a Lithuanian-style duration "2009 10 01 - 2010 03 31", "Partner organisations: none" (no partner), "10 000 Lt"',
    expected: {
      startDate: '2009-10-01',
      endDate: '2010-03-31',
      partners: [],
      promoter: null,
      amounts: [legacy('budget', 10000, 'LTL', 2896.2, '10 000 Lt')],
    },
  },
  {
    file: unodc('variant-grant-recipient-site-navigation'),
    about: 'site navigation above and below the page, an inline "Grant recipient: X" under the quoted title (it ends the title and names the promoter), a start date without its year ("01 July - 31 December 2009"), a "UNODC grant" heading',
    expected: {
      title: 'Early intervention for young drug users in Panevėžys',
      promoter: 'Panevėžys City Public Health Bureau',
      country: 'LT',
      startDate: '2009-07-01',
      endDate: '2009-12-31',
      amounts: [legacy('grant', 24500, 'LTL', 7095.69, '24,500.00 LTL')],
    },
  },
  {
    file: unodc('variant-cofunding-heading-by-funder'),
    about: 'a money heading the lexicon does not know, naming its funder ("Co-funding by Tartu City Government", a blank line, "2,500.00 EUR"), after a USD budget restated approximately in EUR (one sum); inline "Project implementer:"',
    expected: {
      promoter: 'Tartu Child Support Centre (MTÜ Tartu Laste Tugikeskus)',
      partners: [],
      country: 'EE',
      startDate: '2011-03-01',
      endDate: '2011-11-30',
      amounts: [
        { role: 'budget', amount: 15000, currency: 'USD', eur: null, rate: null, rateSource: null, text: 'USD 15,000.00' },
        euro('cofinancing', 2500, '2,500.00 EUR'),
      ],
    },
  },
  {
    file: unodc('variant-project-name-project-duration'),
    about: 'other wordings of the two first labels: a "Project name" heading over the quoted title (an apostrophe inside it) and "Project duration: D - D"',
    expected: {
      title: "Methadone patients' support group in Liepāja",
      country: 'LV',
      startDate: '2008-05-01',
      endDate: '2009-02-28',
      amounts: [legacy('budget', 5000, 'LVL', 7114.36, 'LVL 5,000.00')],
    },
  },
  {
    file: unodc('variant-duration-next-line-status-in-prose'),
    about: 'a bare "Duration" line with the dates on the next line; no status label, but "The project has been completed" in the narrative; a breadcrumb and footer',
    expected: {
      title: 'Harm reduction services for injecting drug users in Šiauliai',
      promoter: null,
      status: 'completed',
      startDate: '2006-06-01',
      endDate: '2006-12-31',
      country: 'LT',
    },
  },
  {
    file: unodc('variant-inline-values-wrapped-ministry-and-prison'),
    about: 'inline labels whose values wrap onto the next line (promoter, partners, target group); partners "A, Ministry of Justice and Riga Central Prison" (a name ending in neither body word before "and")',
    expected: {
      promoter: 'Latvian Association of Harm Reduction Specialists "Dia+Logs"',
      partners: [{ name: 'Latvian Prison Administration' }, { name: 'Ministry of Justice' }, { name: 'Riga Central Prison' }],
      status: 'completed',
      startDate: '2009-03-01',
      endDate: '2010-02-28',
    },
  },
  {
    file: unodc('variant-venue-places'),
    about: '"Venue: Tallinn and Harju County" under a promoter heading (two places; the venue does not run on into the promoter); EEK with its euro equivalent in brackets',
    expected: {
      promoter: 'NGO Estonian Youth Work Centre',
      locations: ['Tallinn', 'Harju County'],
      amounts: [legacy('budget', 93879.6, 'EEK', 6000, '93,879.60 EEK')],
    },
  },
  {
    file: unodc('variant-carried-out-in-places-successfully-completed'),
    about: '"The project was carried out in A, B and C." names the places; "The project was successfully completed."; partners "A, B and C Municipality"; "UNODC grant: LTL 40 000"',
    expected: {
      locations: ['Vilnius', 'Kaunas', 'Klaipėda'],
      status: 'completed',
      partners: [{ name: 'Vilnius City Municipality' }, { name: 'Kaunas City Municipality' }, { name: 'Klaipėda City Municipality' }],
      amounts: [legacy('grant', 40000, 'LTL', 11584.8, 'LTL 40 000')],
    },
  },
  {
    file: unodc('variant-wrapped-list-items'),
    about: 'objective and indicator bullets that wrap onto a line indented under the item text',
    expected: {
      indicators: [
        { label: 'Number of drug users who received counselling and were referred to treatment services', value: 45, unit: null },
        { label: 'Number of syringes distributed', value: 31200, unit: null },
        { label: 'Number of HIV rapid tests performed among clients of the exchange point', value: 128, unit: null },
        { label: 'Number of new clients', value: 96, unit: null },
      ],
      objectives: [
        'To keep the needle and syringe exchange point open five days a week and to extend its opening hours in the evening',
        'To provide HIV counselling and rapid testing for clients of the exchange point',
        'To refer clients to substitution treatment',
      ],
    },
  },
  {
    file: unodc('variant-inline-labels-site-header-no-project-information'),
    about: 'no "Project information" heading and no "UNODC budget": the site header, inline "Project title:" and other inline labels; partner bullets, the first wrapped; "Status: Completed" at the end',
    expected: {
      layout: 'unodc-baltic-grant',
      title: 'Training of prison staff on drug dependence and HIV prevention',
      partners: [{ name: 'Prison Department under the Ministry of Justice of the Republic of Lithuania' }, { name: 'Pravieniškės Correction House' }, { name: 'Kaunas Remand Prison' }],
      status: 'completed',
    },
  },
  {
    file: unodc('variant-cookie-banner-government-and-ministry-partners'),
    about: 'a cookie banner; a bare "Duration" line; partners "A, County Government and Ministry of Social Affairs"; "The project was carried out in A, B and C"; "The project was completed in December 2009"',
    expected: {
      partners: [{ name: 'Narva Police Prefecture' }, { name: 'Ida-Viru County Government' }, { name: 'Ministry of Social Affairs' }],
      locations: ['Ida-Viru County', 'Narva', 'Sillamäe', 'Kohtla-Järve'],
      status: 'completed',
      startDate: '2009-03-01',
      endDate: '2009-12-31',
    },
  },
  {
    file: unodc('variant-status-implemented'),
    about: '"Status: implemented" (completed), a title in „…“ under the heading, spaced dates after "Duration:", partners ending in Service / Headquarters, "15 000,00 Lt"',
    expected: {
      status: 'completed',
      startDate: '2011-03-01',
      endDate: '2011-08-31',
      partners: [{ name: 'Lithuanian Probation Service' }, { name: 'Vilnius Regional Probation Service' }, { name: 'Vilnius County Police Headquarters' }],
      amounts: [legacy('budget', 15000, 'LTL', 4344.3, '15 000,00 Lt')],
    },
  },
  {
    file: unodc('variant-promoter-together-with-partner'),
    about: 'an "Implementing organisation" heading whose value wraps and reads "X together with Y" (X the promoter, Y a partner); "Project activities were completed in June 2008"',
    expected: {
      promoter: 'Ogre District Council Social Service',
      partners: [{ name: 'Ogre Parish Church Congregation Charity Group' }],
      status: 'completed',
    },
  },
  {
    file: unodc('variant-partners-in-prose-before-figure'),
    about: 'partners in prose ("implemented in cooperation with A and the B.") followed by a sentence that starts with a figure; a wrapped target group; "has been successfully completed"',
    expected: {
      partners: [{ name: 'Riga City Council Welfare Department' }, { name: 'State Probation Service' }],
      status: 'completed',
      locations: ['Riga'],
    },
  },
  {
    file: unodc('variant-promoter-heading-before-goal-heading'),
    about: 'an "Implementing organisation" heading whose value is followed at once by "Project goal and objectives" (not part of the name); "Duration:" alone with the dates on the next line; "The project was finished in August 2011"',
    expected: {
      promoter: 'Pärnu Family Centre',
      startDate: '2011-03-01',
      endDate: '2011-08-31',
      status: 'completed',
      amounts: [euro('budget', 5200, '5,200.00 EUR')],
    },
  },
  {
    file: unodc('variant-status-being-implemented'),
    about: '"The project is being implemented." (ongoing); two partners "A Department and State Police"',
    expected: {
      status: 'ongoing',
      partners: [{ name: 'Riga City Council Welfare Department' }, { name: 'State Police' }],
    },
  },
  {
    file: unodc('variant-indicator-label-with-figure'),
    about: 'an indicator label with a figure inside ("… for 6 months - 71"); "Project duration: 1.02.2010–31.12.2010"; a total budget with the UNODC grant inside it (two sums)',
    expected: {
      indicators: [
        { label: 'Number of methadone clients with a case manager', value: 85, unit: null },
        { label: 'Number of clients who stayed in treatment for 6 months', value: 71, unit: null },
      ],
      startDate: '2010-02-01',
      endDate: '2010-12-31',
      amounts: [legacy('total_cost', 120000, 'EEK', 7669.4, '120 000 EEK'), legacy('grant', 80000, 'EEK', 5112.93, '80 000 EEK')],
    },
  },
  {
    file: generic('variant-lv-news-completed'),
    about: 'Latvian news of a finished project: "X noslēdz projektu „…”", a period in a sentence, total and EU share in "eiro"',
    expected: {
      title: 'Drošs ceļš uz skolu',
      promoter: 'Valsts policija',
      status: 'completed',
      country: 'LV',
      publishedDate: '2012-06-15',
      startDate: '2011-07-01',
      endDate: '2012-06-30',
      amounts: [euro('total_cost', 152300, '152 300 eiro'), euro('grant', 137070, '137 070 eiro')],
    },
  },
  {
    file: generic('variant-lv-iem-breadcrumb-completed'),
    about: 'iem.gov.lv news under a breadcrumb: "Noslēdzies projekts „…”", the promoter in the lead ("X ir noslēgusi … projektu"), a nominative period, LVL parts described before their figures',
    expected: {
      title: 'Cilvēku tirdzniecības novēršana un upuru atbalsts',
      promoter: 'Iekšlietu ministrija',
      status: 'completed',
      country: 'LV',
      publishedDate: '2011-12-14',
      startDate: '2010-01-01',
      endDate: '2011-11-30',
      amounts: [
        legacy('total_cost', 96480, 'LVL', 137278.67, 'LVL 96 480'),
        legacy('grant', 72360, 'LVL', 102959, 'LVL 72 360'),
        legacy('cofinancing', 24120, 'LVL', 34319.67, 'LVL 24 120'),
      ],
    },
  },
  {
    file: generic('variant-lt-news-lead-parties'),
    about: 'Lithuanian municipal news under "Naujienos": "X kartu su Y DATE pradeda įgyvendinti projektą „…“, kuris truks iki DATE", "iš jų … sudaro EEE finansinio mechanizmo lėšos"',
    expected: {
      title: 'Saugi bendruomenė – saugus vaikas',
      promoter: 'Panevėžio miesto savivaldybės administracija',
      partners: [{ name: 'Panevėžio apskrities vyriausiuoju policijos komisariatu' }],
      status: null,
      country: 'LT',
      publishedDate: '2013-09-20',
      startDate: '2013-10-01',
      endDate: '2015-04-30',
      amounts: [legacy('total_cost', 345280, 'LTL', 100000, '345 280 Lt'), legacy('grant', 293488, 'LTL', 85000, '293 488 Lt')],
    },
  },
  {
    file: generic('variant-en-interreg-banner-breadcrumb'),
    about: 'Interreg programme page: the site banner and a breadcrumb above the title, "Lead Partner:", partners with their countries, "ERDF co-financing:"',
    expected: {
      title: 'Safe Twin Town Valga-Valka',
      alternativeTitles: ['SAFE VV'],
      projectNumber: 'EU30815',
      promoter: 'Valga Town Government',
      partners: [
        { name: 'Valka Municipality Council', country: 'LV' },
        { name: 'Valga County Police Prefecture', country: 'EE' },
        { name: 'State Police Valka Division', country: 'LV' },
      ],
      country: null,
      startDate: '2010-09-01',
      endDate: '2012-08-31',
      amounts: [euro('total_cost', 412650, '412 650.00 EUR'), euro('grant', 350752.5, '350 752.50 EUR')],
    },
  },
  {
    file: generic('variant-en-eucpn-prose-period'),
    about: 'EUCPN entry under a banner and breadcrumb: "implemented by X in cooperation with A and the B from 1 May 2016 to 30 September 2016"',
    expected: {
      title: 'Safe Night Out in Tallinn Old Town',
      promoter: 'Police and Border Guard Board',
      partners: [{ name: 'Tallinn City Government' }, { name: 'Estonian Hotel and Restaurant Association' }],
      country: 'EE',
      startDate: '2016-05-01',
      endDate: '2016-09-30',
      amounts: [euro('budget', 45000, 'EUR 45 000')],
    },
  },
  {
    file: generic('variant-en-police-news-lead'),
    about: 'English police news under "News | site": a quoted project in the headline, "X launches the project …, which will run from 1 June to 31 August 2015"',
    expected: {
      title: 'Safe Holidays at the Seaside',
      promoter: 'Klaipėda County Police Headquarters',
      country: 'LT',
      publishedDate: '2015-05-28',
      startDate: '2015-06-01',
      endDate: '2015-08-31',
      amounts: [euro('budget', 12500, 'EUR 12 500')],
    },
  },
  {
    file: generic('variant-lv-iem-project-page'),
    about: 'iem.gov.lv project page: "Sadarbības partneri:", "2019. gada 1. jūlijs – 2021. gada 30. jūnijs", "X EUR, t.sk. … fonda finansējums Y EUR (75%) un valsts budžeta finansējums Z EUR"',
    expected: {
      title: 'Noziedzības novēršanas kapacitātes stiprināšana pašvaldību policijās',
      projectNumber: 'IeM/ISF/2019/1.2.1.1/003',
      promoter: 'Valsts policija',
      partners: [{ name: 'Rīgas pašvaldības policija' }, { name: 'Daugavpils pilsētas pašvaldības policija' }],
      startDate: '2019-07-01',
      endDate: '2021-06-30',
      amounts: [euro('total_cost', 245000, '245 000,00 EUR'), euro('grant', 183750, '183 750,00 EUR'), euro('cofinancing', 61250, '61 250,00 EUR')],
    },
  },
  {
    file: generic('variant-lv-news-fund-partner'),
    about: 'Latvian news headline "X sadarbībā ar biedrību „Y” īsteno projektu „…”"; "no tām … eiro ir fonda finansējums"',
    expected: {
      title: 'Drošs pusaudzis',
      promoter: 'Valsts policija',
      partners: [{ name: 'Latvijas Sarkanais Krusts' }],
      startDate: '2019-09-01',
      endDate: '2020-08-31',
      amounts: [euro('total_cost', 85400, '85 400 eiro'), euro('grant', 64050, '64 050 eiro')],
    },
  },
  {
    file: generic('variant-lv-project-deadline-completed'),
    about: '"Projekts „…” noslēdzies" and "Projekta īstenošanas termiņš: 2021. gada 30. jūnijs" (an end date, no start)',
    expected: {
      title: 'Drošā skola',
      status: 'completed',
      startDate: null,
      endDate: '2021-06-30',
    },
  },
  {
    file: generic('variant-lt-news-completed-vykde'),
    about: 'Lithuanian news "Baigėsi projektas „…“" and "Projektą vykdė X kartu su Y" (Y a partner)',
    expected: {
      title: 'Jaunimas prieš narkotikus',
      promoter: 'VšĮ „Jaunimo linija“',
      partners: [{ name: 'Vilniaus miesto savivaldybe', country: 'LT' }],
      status: 'completed',
      amounts: [legacy('total_cost', 120000, 'LTL', 34754.4, '120 000 litų')],
    },
  },
  {
    file: generic('variant-lv-news-dual-currency'),
    about: 'Latvian news of the dual-display months: "96 480 lati (137 278,67 eiro)" — the euro in brackets is the same money, not a figure of its own',
    expected: {
      title: 'Atbalsts jauniešiem pēc soda izciešanas',
      promoter: 'Valsts probācijas dienests',
      startDate: null,
      amounts: [
        legacy('total_cost', 96480, 'LVL', 137278.67, '96 480 lati'),
        legacy('grant', 82008, 'LVL', 116686.87, '82 008 lati'),
        legacy('cofinancing', 14472, 'LVL', 20591.8, '14 472 lati'),
      ],
    },
  },
  {
    file: generic('variant-lv-iem-news-published-label'),
    about: 'iem.gov.lv news: "Publicēts: DATE" and a "Drukāt Dalīties" line under the headline; "X DATE sāka īstenot … projektu „…”, kas ilgs līdz DATE"; a partner quoted inside quotes',
    expected: {
      title: 'Cilvēku tirdzniecības upuru identificēšanas uzlabošana uz ārējās robežas',
      promoter: 'Valsts robežsardze',
      partners: [
        { name: 'Valsts policiju', country: null },
        { name: 'Patvērums „Drošā māja”', country: null },
      ],
      status: null,
      publishedDate: '2018-10-05',
      startDate: '2018-10-01',
      endDate: '2020-09-30',
      amounts: [euro('total_cost', 312540, 'EUR 312 540'), euro('grant', 234405, 'EUR 234 405'), euro('cofinancing', 78135, 'EUR 78 135')],
    },
  },
  {
    file: generic('variant-en-keep-labelled-fields'),
    about: 'KEEP page that opens with its facts: "Project name:", "Project acronym:", "Project code:"; the lead partner with its country in brackets under its label',
    expected: {
      title: 'Cross-border Cooperation for Safer Communities',
      alternativeTitles: ['SAFECOM'],
      projectNumber: 'LLIV-247',
      promoter: 'Daugavpils City Municipal Police',
      country: null,
      status: null,
      startDate: '2011-03-01',
      endDate: '2013-02-28',
      amounts: [euro('total_cost', 512450, '512,450.00 €'), euro('grant', 435582.5, '435,582.50 €')],
    },
  },
  {
    file: generic('variant-lt-esinvesticijos-labelled-title'),
    about: '2014–2020 esinvesticijos page: the title under "Projekto pavadinimas:", "Projekto partneriai: nėra", status "Vykdomas"',
    expected: {
      title: 'Sveikos gyvensenos ir priklausomybių prevencijos stiprinimas Marijampolės savivaldybėje',
      projectNumber: '08.4.2-ESFA-R-630-01-0012',
      promoter: 'Marijampolės savivaldybės visuomenės sveikatos biuras',
      partners: [],
      status: 'ongoing',
      country: 'LT',
    },
    warnings: [],
  },
  {
    file: generic('variant-en-eucpn-end-ongoing'),
    about: 'EUCPN entry with labelled facts: a start given only as a month (no date) and "End date: ongoing" (the status, no date)',
    expected: {
      title: 'Neighbourhood Watch in Jelgava',
      promoter: 'Jelgava City Municipal Police',
      country: 'LV',
      status: 'ongoing',
      startDate: null,
      endDate: null,
      amounts: [euro('budget', 15000, '15 000 EUR')],
    },
  },
  {
    file: generic('variant-lv-news-support-in-lead'),
    about: 'Latvian news lead "X ar Eiropas Sociālā fonda atbalstu īsteno projektu „…”": the support is not part of the promoter; lats written "Ls 45 600"',
    expected: {
      title: 'Pozitīvas uzvedības programmas nepilngadīgajiem probācijas klientiem',
      promoter: 'Valsts probācijas dienests',
      publishedDate: '2011-03-17',
      startDate: '2011-03-01',
      endDate: '2012-02-29',
      amounts: [legacy('total_cost', 45600, 'LVL', 64882.95, 'Ls 45 600'), legacy('grant', 38760, 'LVL', 55150.51, 'Ls 38 760'), legacy('cofinancing', 6840, 'LVL', 9732.44, 'Ls 6840')],
    },
  },
  {
    file: generic('variant-en-municipal-news-led-by'),
    about: 'English municipal news: "Published DATE", "The project is led by X in cooperation with A and the B", a period of months only (no dates)',
    expected: {
      title: 'Safe Night Tartu',
      promoter: "Tartu City Government's Department of Public Order",
      partners: [
        { name: 'South Prefecture of the Police and Border Guard Board', country: null },
        { name: 'Estonian Hotel and Restaurant Association', country: 'EE' },
      ],
      publishedDate: '2017-03-14',
      startDate: null,
      endDate: null,
      amounts: [euro('total_cost', 186400, 'EUR 186 400'), euro('grant', 158440, 'EUR 158 440')],
    },
  },
  {
    file: generic('variant-lv-iem-news-related-links'),
    about: 'iem.gov.lv news of no project, with "Saistītās ziņas" links naming other projects under it: no title, status or dates from them',
    expected: {
      title: null,
      publishedDate: '2016-02-12',
      promoter: null,
      status: null,
      startDate: null,
      endDate: null,
      amounts: [],
    },
  },
  {
    file: generic('variant-lt-esparama-tab-header'),
    about: 'esparama.lt header laid out with tabs ("Projekto pradžia<TAB>2009-06-15<TAB>Projekto pabaiga<TAB>…"): Lithuanian label cells are no Latvian project table; the title line above stays the title',
    expected: {
      language: 'lt',
      title: 'PRIEŠ ALKOHOLĮ IR NARKOTIKUS – KARTU SU ŠEIMA',
      promoter: 'Asociacija „Šeimų centras Aušra“',
      status: 'completed',
      startDate: '2009-06-15',
      endDate: '2011-06-14',
      projectNumber: null,
      amounts: [
        legacy('total_cost', 208455.12, 'LTL', 60372.78, '208 455,12 Lt'),
        legacy('grant', 187609.61, 'LTL', 54335.5, '187 609,61 Lt'),
        legacy('other', 187609.61, 'LTL', 54335.5, '187 609,61 Lt'),
      ],
    },
  },
  {
    file: generic('variant-en-police-site-banner-together-with'),
    about: 'English police news under the site\'s name and "News | site": "The X has completed the project „…”" (no article in the name), "carried out together with A and the B", months only (no dates)',
    expected: {
      language: 'en',
      title: 'Safe Summer',
      publishedDate: '2014-09-02',
      promoter: 'Southern Prefecture of the Police and Border Guard Board',
      partners: [
        { name: 'Estonian Red Cross', country: 'EE' },
        { name: 'Tartu Youth Work Centre', country: 'EE' },
      ],
      country: 'EE',
      status: 'completed',
      startDate: null,
      endDate: null,
      amounts: [euro('total_cost', 24500, '€24,500'), euro('grant', 20825, '€20,825')],
    },
  },
  {
    file: generic('variant-lt-municipal-banner-thousands'),
    about: 'Lithuanian municipal news under the municipality\'s name and "Naujienos": the title quoted in the lead, "nuo … iki …", "145,6 tūkst. eurų", "Projekto partneriai – A ir B"',
    expected: {
      language: 'lt',
      title: 'Saugūs namai – stipri bendruomenė',
      publishedDate: '2016-09-05',
      promoter: 'Utenos rajono savivaldybės administracija',
      partners: [
        { name: 'VšĮ Utenos šeimos centras', country: 'LT' },
        { name: 'Utenos rajono policijos komisariatas', country: 'LT' },
      ],
      country: 'LT',
      status: null,
      startDate: '2016-09-01',
      endDate: '2018-08-31',
      amounts: [euro('grant', 145600, '145,6 tūkst. eurų')],
    },
  },
  {
    file: generic('variant-lv-iem-hard-wrapped-news'),
    about: 'iem.gov.lv news saved hard-wrapped (~78 columns) under a three-line site header: the lead\'s date, its end date and a figure\'s currency wrap onto the next line',
    expected: {
      title: 'Drošs ceļš uz skolu',
      publishedDate: '2017-03-06',
      promoter: 'Valsts policija',
      partners: [{ name: 'Latvijas Sarkanais Krusts', country: 'LV' }],
      startDate: '2017-03-01',
      endDate: '2018-08-31',
      amounts: [euro('total_cost', 86400, '86 400,00 EUR'), euro('grant', 64800, '64 800,00 EUR'), euro('cofinancing', 21600, '21 600,00 EUR')],
    },
  },
  {
    file: generic('variant-lt-esparama-semicolon-partners'),
    about: 'esparama.lt card under "Projektų paieška" (a search heading, noun first): partners separated by semicolons, one name holding a comma',
    expected: {
      title: 'PRIKLAUSOMYBIŲ PREVENCIJA PANEVĖŽIO RAJONO MOKYKLOSE',
      projectNumber: 'VP1-4.2-SAM-01-R-41-005',
      partners: [
        { name: 'VšĮ Panevėžio rajono psichikos sveikatos centras', country: 'LT' },
        { name: 'Panevėžio apskrities vyriausiasis policijos komisariatas', country: 'LT' },
        { name: 'Lietuvos Raudonojo Kryžiaus draugija, Panevėžio skyrius', country: 'LT' },
      ],
      status: 'completed',
    },
  },
  {
    file: generic('variant-en-keep-german-interface'),
    about: 'KEEP project page with a German interface: "Projekte suchen", "Startdatum: …, Enddatum: …", "PROJEKT  ABGESCHLOSSEN"',
    expected: {
      title: 'Safe Border Towns: joint prevention of youth crime in Valga and Valka',
      alternativeTitles: ['SAFETOWN'],
      status: 'completed',
      startDate: '2012-10-01',
      endDate: '2014-12-31',
      amounts: [],
      country: null,
    },
  },
  {
    file: generic('variant-en-eucpn-published-updated'),
    about: 'EUCPN entry: a site header of four lines over "Home / …", "Published: DATE | Updated: DATE" under a heading the text calls "the … project"',
    expected: {
      title: 'Tallinn Safe Streets',
      publishedDate: '2017-09-18',
      promoter: 'Tallinn Municipal Police Department',
      startDate: '2015-09-01',
      endDate: '2017-08-31',
    },
    warnings: [],
  },
  {
    file: generic('variant-lv-municipal-cooperation-with-project'),
    about: 'Latvian municipal news: "sadarbībā ar projektu „…”" names a project, no partner; "Bērnu un jauniešu centrs „Junda”" is one name',
    expected: {
      title: 'Skaidrā prātā',
      promoter: 'Jelgavas pašvaldības policija',
      partners: [
        { name: 'Jelgavas Bērnu un jauniešu centrs „Junda”', country: 'LV' },
        { name: 'Valsts policijas Zemgales reģiona pārvalde', country: 'LV' },
      ],
      startDate: '2019-10-01',
      endDate: '2020-05-29',
    },
  },
  {
    file: generic('variant-en-police-news-started-on'),
    about: 'English police news: "X started the project "…" on DATE", "will run until DATE", partners in prose ending before "and volunteers from …"',
    expected: {
      title: 'Safe Neighbourhood',
      publishedDate: '2015-04-08',
      promoter: 'Klaipėda County Police Headquarters',
      partners: [{ name: 'Klaipėda City Municipality Administration', country: 'LT' }],
      startDate: '2015-04-01',
      endDate: '2016-03-31',
      amounts: [euro('grant', 28960, 'EUR 28 960')],
    },
  },
  {
    file: generic('variant-lv-news-teaser-list'),
    about: 'a municipal news list: three teasers with "Lasīt vairāk" about different projects, so no one project',
    expected: { title: null, promoter: null, startDate: null, status: null, amounts: [], partners: [] },
    warnings: ['missing-title', 'no-project-facts'],
  },
  {
    file: generic('variant-lt-esinvesticijos-hard-wrapped'),
    about: 'esinvesticijos.lt card saved hard-wrapped: the labelled title and the partner list go on in the next line, the wrap inside a name',
    expected: {
      title: 'Smurto artimoje aplinkoje prevencija ir pagalba nukentėjusiems asmenims Alytaus regione',
      partners: [
        { name: 'Alytaus apskrities vyriausiasis policijos komisariatas', country: 'LT' },
        { name: 'VšĮ Alytaus moterų ir vaikų pagalbos centras', country: 'LT' },
        { name: 'Druskininkų savivaldybės administracija', country: 'LT' },
      ],
      amounts: [euro('total_cost', 287430, '287 430,00 Eur'), euro('grant', 244315.5, '244 315,50 Eur'), euro('cofinancing', 43114.5, '43 114,50 Eur')],
    },
  },
  {
    file: generic('variant-et-police-news-lead'),
    about: 'Estonian police news: "X alustas DATE projektiga „…“", "Projekt kestab DATE", "eelarve … millest … toetusest ja … kaasfinantseering", "partnerid on A ja B"',
    expected: {
      language: 'et',
      title: 'Vali ise',
      promoter: 'Lõuna prefektuur',
      partners: [
        { name: 'Tartu Linnavalitsus', country: 'EE' },
        { name: 'MTÜ Eesti Noorteühenduste Liit', country: 'EE' },
      ],
      startDate: '2013-09-02',
      endDate: '2014-05-31',
      amounts: [euro('budget', 36800, '36 800 eurot'), euro('grant', 31280, '31 280 eurot'), euro('cofinancing', 5520, '5 520 eurot')],
    },
  },
  {
    file: generic('variant-en-interreg-tall-site-header'),
    about: 'Interreg page under a four-line site header over its breadcrumb; semicolon-separated partners, one with a comma',
    expected: {
      title: 'Youth at Risk in Port Cities',
      promoter: 'City of Turku',
      partners: [
        { name: 'Tallinn Social Welfare and Health Care Department', country: 'EE' },
        { name: 'Riga Municipal Police', country: 'LV' },
        { name: 'Stockholm Stad, Socialförvaltningen', country: 'SE' },
      ],
      country: null,
    },
  },
  {
    file: generic('variant-lt-news-partners-after-dash'),
    about: 'Lithuanian municipal news: "kartu su partneriais – A ir B" (a dash between the cue and the names)',
    expected: {
      partners: [
        { name: 'Šiaulių apskrities vyriausiuoju policijos komisariatu', country: 'LT' },
        { name: 'Šiaulių universitetu', country: 'LT' },
      ],
      startDate: '2019-02-01',
      endDate: '2020-12-31',
    },
  },
  {
    file: generic('variant-en-eucpn-hard-wrapped'),
    about: 'EUCPN entry saved hard-wrapped (~80 columns): a quoted partner name, the period sentence ("The project ran from … to …") and a total wrap',
    expected: {
      title: 'Safe Summer in Riga',
      promoter: 'Riga Municipal Police',
      partners: [
        { name: 'Riga City Council Welfare Department', country: 'LV' },
        { name: 'State Police', country: null },
        { name: 'NGO "Centrs Marta"', country: null },
      ],
      startDate: '2014-06-01',
      endDate: '2014-08-31',
      amounts: [euro('total_cost', 18600, 'EUR 18 600'), euro('other', 12000, 'EUR 12 000')],
    },
  },
  {
    file: generic('variant-en-keep-german-ongoing'),
    about: 'KEEP page with a German interface: "Europäische Projekte suchen" (a search heading with a word before its noun), "PROJEKT  LAUFEND"',
    expected: {
      title: 'Cross-border cooperation of municipal police in preventing juvenile delinquency',
      status: 'ongoing',
      startDate: '2019-03-01',
      endDate: '2021-08-31',
      amounts: [],
    },
  },
  {
    file: generic('variant-lv-esfondi-term-period-wrapped'),
    about: 'esfondi.lv card saved hard-wrapped under "Projektu meklēšana": "Projekta īstenošanas termiņš: DATE – DATE" states the whole period',
    expected: {
      title: 'Pasākumi vietējās sabiedrības veselības veicināšanai un slimību profilaksei Ogres novadā',
      projectNumber: '9.2.4.2/16/I/045',
      promoter: 'Ogres novada pašvaldība',
      partners: [],
      startDate: '2017-06-01',
      endDate: '2021-12-31',
    },
  },
  {
    file: generic('variant-en-municipal-news-launched-together-with'),
    about: 'English municipal news: "X launched the project "…" on DATE together with A and local youth organisations", "Posted on DATE | Last updated DATE", an end stated only as a year',
    expected: {
      title: 'Safe Home Town',
      publishedDate: '2016-03-04',
      promoter: 'Tartu City Government',
      partners: [{ name: 'Police and Border Guard Board' }],
      startDate: '2016-03-01',
      endDate: null,
    },
  },

  {
    file: generic('variant-lt-esparama-read-more-expanders'),
    about: 'esparama card with two "Plačiau" links near the top that open its sections: labelled facts make it a project page, not a list of articles',
    expected: {
      title: 'JAUNIMO SAVANORYSTĖ PRIEŠ PRIKLAUSOMYBES',
      projectNumber: 'VP1-2.2-ŠMM-07-K-02-087',
      promoter: 'Asociacija „Kėdainių jaunimo organizacijų sąjunga“',
      status: 'completed',
      startDate: '2011-02-01',
      endDate: '2013-01-31',
    },
  },
  {
    file: generic('variant-en-eucpn-wrapped-heading-over-lead'),
    about: 'EUCPN entry hard-wrapped with its heading right over the lead (no blank line): the heading stays the title; "ran the project … together with A and the crisis centre "B""',
    expected: {
      title: 'Community policing against domestic violence in Jēkabpils',
      promoter: 'Jēkabpils Municipal Police',
      partners: [{ name: 'Jēkabpils Social Service' }, { name: 'Mājvieta' }],
      startDate: '2018-02-01',
      endDate: '2019-01-31',
    },
  },
  {
    file: generic('variant-lv-news-quoted-project-before-verb'),
    about: 'Latvian municipal news: "Projektu „…” īsteno X sadarbībā ar A un biedrību „B”" (the project\'s name between the word and the verb)',
    expected: {
      title: 'Drošas mājas Valmierā',
      promoter: 'Valmieras novada pašvaldība',
      partners: [{ name: 'Valsts policijas Vidzemes reģiona pārvaldi' }, { name: 'Dzīvesprieks' }],
      startDate: '2021-04-01',
      endDate: '2022-03-31',
    },
  },
  {
    file: generic('variant-lt-news-completed-hard-wrapped'),
    about: 'Lithuanian municipal news hard-wrapped: the quoted title on the line after "projektą", "Projektą vykdė X kartu su Y" across lines, parts of a total',
    expected: {
      title: 'Saugi bendruomenė – saugūs vaikai',
      promoter: 'Alytaus rajono savivaldybės administracija',
      partners: [{ name: 'Alytaus rajono policijos komisariatu', country: 'LT' }],
      status: 'completed',
      startDate: '2016-01-04',
      endDate: '2017-12-29',
      amounts: [euro('total_cost', 67480.25, '67 480,25 Eur'), euro('grant', 57358.21, '57 358,21 Eur'), euro('cofinancing', 10122.04, '10 122,04 Eur')],
    },
  },
  {
    file: generic('variant-et-project-page-labelled'),
    about: 'Estonian project page with labels: Projekti nimi, Projekti number, Elluviija, Partnerid (semicolons), Projekti kestus, eelarve, Toetus, Omafinantseering',
    expected: {
      language: 'et',
      title: 'Turvaline kodu – vägivallaennetus Lasnamäe peredes',
      projectNumber: '2014-2020.2.01.16-0123',
      promoter: 'MTÜ Tallinna Perekeskus',
      partners: [{ name: 'Tallinna Sotsiaal- ja Tervishoiuamet' }, { name: 'Politsei- ja Piirivalveameti Põhja prefektuur' }],
      startDate: '2017-02-01',
      endDate: '2019-01-31',
      amounts: [euro('total_cost', 98500, '98 500 eurot'), euro('grant', 83725, '83 725 eurot'), euro('cofinancing', 14775, '14 775 eurot')],
    },
  },
  {
    file: generic('variant-en-police-news-related-read-more'),
    about: 'English police news with related news and two "Read more" links under it: one project\'s article, not a list',
    expected: {
      title: 'Safe Roads for Children',
      promoter: 'State Police',
      status: 'completed',
      startDate: '2019-02-01',
      endDate: '2019-12-31',
    },
    warnings: [],
  },

  {
    file: generic('variant-lv-iem-news-lead-partner-also-listed'),
    about: 'IeM news: "X kopā ar Valsts policiju … uzsāka īstenot projektu" and a labelled list naming "Valsts policija" again (one partner), "un" between names and inside one',
    expected: {
      title: 'Stop cilvēku tirdzniecībai',
      publishedDate: '2016-11-03',
      promoter: 'Iekšlietu ministrija',
      partners: [{ name: 'Valsts policija' }, { name: 'Valsts robežsardze' }, { name: 'Pilsonības un migrācijas lietu pārvalde' }],
      startDate: '2016-11-01',
      endDate: '2018-12-31',
    },
  },
  {
    file: generic('variant-en-interreg-lead-beneficiary'),
    about: 'Interreg LT-PL page: "Lead beneficiary" is the promoter and "Beneficiaries" under it the partners; "Project value", "ERDF"',
    expected: {
      promoter: 'Marijampolė Municipality Administration',
      country: null,
      partners: [{ name: 'Suwałki County', country: 'PL' }, { name: 'Marijampolė County Police Headquarters', country: 'LT' }],
      targetGroups: [],
      amounts: [euro('total_cost', 356800, '356 800,00 EUR'), euro('grant', 303280, '303 280,00 EUR')],
    },
  },
  {
    file: generic('variant-en-eucpn-dated-good-practice'),
    about: 'EUCPN entry with "Published: DATE" under a trail to Good practices: a dated page of the projects section, so its heading is the title',
    expected: {
      title: 'Smart Choices for Teenagers',
      publishedDate: '2019-05-05',
      promoter: 'Tartu Child Welfare Centre',
      partners: [{ name: 'Tartu Rural Municipality' }],
      amounts: [],
    },
  },
  {
    file: unodc('variant-budget-currency-name-spelled-out'),
    about: 'the UNODC budget with the currency spelled out after the number ("100 000 Estonian kroons")',
    expected: {
      country: 'EE',
      amounts: [legacy('budget', 100000, 'EEK', 6391.16, '100 000 Estonian kroons')],
    },
  },
  {
    file: unodc('variant-inline-budget-litas-truncated-indicators'),
    about: 'inline facts at the top with the budget in "Lithuanian litas"; the page is cut inside the indicator list, so the cut bullet without a figure is no indicator',
    expected: {
      title: 'Drug prevention programme for children in Šiauliai day centres',
      promoter: 'Šiauliai City Municipality Public Health Bureau',
      startDate: '2006-10-01',
      endDate: '2007-03-31',
      amounts: [legacy('budget', 45000, 'LTL', 13032.9, '45 000 Lithuanian litas')],
      indicators: [
        { label: 'Number of trained day centre staff', value: 31, unit: null },
        { label: 'Number of children who took part in prevention sessions', value: 264, unit: null },
      ],
    },
  },
  {
    file: unodc('variant-other-projects-listed-below'),
    about: 'other projects of the same year listed below the budget, each with its promoter and sum: none of them is this project\'s',
    expected: {
      promoter: 'Ventspils City Council Social Service',
      partners: [],
      amounts: [legacy('budget', 3950, 'LVL', 5620.34, '3,950.00 LVL')],
    },
  },
  {
    file: eea('variant-related-projects-three-country-partners'),
    about: '"Related projects" with their own numbers and grants below the description; partners in Norway, Latvia and Lithuania; amounts with a decimal comma',
    expected: {
      projectNumber: 'LV-CHILDREN-0007',
      country: 'LV',
      partners: [
        { name: 'Bergen Municipality, Child Welfare Service', country: 'NO' },
        { name: 'Latvian Child Welfare Network', country: 'LV' },
        { name: "Lithuanian Children's Rights Information Centre", country: 'LT' },
      ],
      amounts: [euro('initial_cost', 264705.88, '€ 264 705,88'), euro('grant', 225000, '€ 225 000,00')],
    },
  },
  {
    file: eea('variant-text-browser-narrow-columns'),
    about: 'a text-mode browser\'s rendering of the facts table: label and value on one line, the gap after the longest labels only two spaces wide ("Donor project partners  X (Norway)")',
    expected: {
      promoter: 'National Agency against Trafficking in Persons',
      status: 'completed',
      partners: [
        { name: 'National Police Directorate', country: 'NO' },
        { name: 'Save the Children Romania', country: 'RO' },
      ],
    },
  },
  {
    file: eea('variant-archive-kroner-spelled-completed-sentence'),
    about: 'archive prose: the grant in "12.4 million Norwegian kroner", the total "approx. € 1.8 million", and "The project was completed in June 2011" (status completed, a month is no end date)',
    expected: {
      status: 'completed',
      endDate: null,
      amounts: [
        { role: 'grant', amount: 12400000, currency: 'NOK', eur: null, rate: null, rateSource: null, text: '12.4 million Norwegian kroner' },
        euro('total_cost', 1800000, '€ 1.8 million'),
      ],
    },
  },
  {
    file: eea('variant-reader-view-title-case-labels'),
    about: 'saved from a browser\'s reader view: the reading time ("4–5 minutes") between the title and the facts is no title; labels in Title Case',
    expected: {
      title: 'Reducing re-offending of drug-dependent prisoners in Lithuanian correctional institutions',
      projectNumber: 'LT14-0003',
      status: 'completed',
    },
  },
  {
    file: eea('variant-related-projects-labelled-empty-money'),
    about: 'empty money facts and "Related projects" below with labelled promoters, numbers and grants: nothing below that heading is this project\'s',
    expected: {
      promoter: 'Riga City Council Welfare Department',
      projectNumber: 'LV03-0021',
      amounts: [],
      partners: [],
    },
  },
  {
    file: unodc('variant-units-after-comma-cross-border'),
    about: 'promoter and partner named in prose with a unit after a comma ("Estonian Border Guard Board, Southern Border Guard District", "Latvian State Border Guard, Valka Board (Latvia)"); work on both sides of the border gives no single country',
    expected: {
      promoter: 'Estonian Border Guard Board, Southern Border Guard District',
      partners: [{ name: 'Latvian State Border Guard, Valka Board', country: 'LV' }],
      country: null,
      amounts: [legacy('budget', 78000, 'EEK', 4985.11, 'EEK 78 000')],
    },
  },
  {
    file: eea('variant-printed-inline-facts-no-heading'),
    about: 'a printed page: the address (the source\'s url) and print time on top, no "Project facts" heading, the facts as "Label: value" lines (still this layout; the title is the line above the first fact)',
    expected: {
      layout: 'eea-project-facts',
      source: { url: 'https://eeagrants.org/archive/2014-2021/projects/EE-LOCALDEV-0014' },
      title: 'Youth workers against substance use in rural Võru County',
      projectNumber: 'EE-LOCALDEV-0014',
      promoter: 'Võru Rural Municipality Government',
      partners: [{ name: 'Norwegian Centre for Addiction Research', country: 'NO' }],
      amounts: [euro('initial_cost', 189700, '€189,700.00'), euro('final_cost', 176214.3, '€176,214.30'), euro('grant', 176214.3, '€176,214.30')],
    },
  },
  {
    file: eea('variant-application-labels-in-description'),
    about: 'a description copied from the application, with "Project title:", "Duration:" and "Project goal and objectives:" lines: still this layout, and the duration gives the dates',
    expected: {
      layout: 'eea-project-facts',
      startDate: '2014-09-01',
      endDate: '2016-04-30',
    },
  },
  {
    file: eea('variant-copypaste-stacked-list-values'),
    about: 'facts copied as label, blank line, value: a partners label over two partners, one a line, keeps both',
    expected: {
      status: 'ongoing',
      partners: [
        { name: 'Norwegian Directorate for Children, Youth and Family Affairs', country: 'NO' },
        { name: 'Government Agency for Child Protection', country: 'IS' },
        { name: 'Police Force Presidium', country: 'SK' },
      ],
    },
  },
  {
    file: eea('variant-pdftotext-archive-no-description-heading'),
    about: 'pdftotext of a printed archive page: indented, hard-wrapped, a form feed and the print header between pages, no Description heading; the description below the facts gives partner and status',
    expected: {
      title: 'Reintegration of young people leaving juvenile detention centres in Andalusia',
      projectNumber: 'ES0063',
      country: 'ES',
      status: 'completed',
      partners: [{ name: 'Norwegian Correctional Service, Region South', country: 'NO' }],
      startDate: null,
    },
  },
  {
    file: eea('variant-tool-bar-between-title-and-facts'),
    about: 'a bar of the page\'s tools ("Print | Share | Download as PDF") between the title and the facts is not the title',
    expected: {
      title: 'Prevention of juvenile delinquency through school mediation in Iași County',
      partners: [
        { name: 'Norwegian Police University College', country: 'NO' },
        { name: 'Iași County School Inspectorate', country: null },
      ],
    },
  },
  {
    file: eea('variant-donor-project-partner-in-bilateral-results'),
    about: '"in cooperation with the donor project partner X, which …": the partner\'s role before its name is not the name',
    expected: {
      partners: [{ name: 'Norwegian Directorate of Health', country: 'NO' }],
      locations: ['Ida-Viru maakond', 'Harju maakond'],
    },
  },
  {
    file: eea('variant-cofinancing-in-description'),
    about: 'facts with cost and grant but no co-financing line: the state co-financing the description states for the project is read too',
    expected: {
      amounts: [euro('initial_cost', 3000000, '€3,000,000.00'), euro('grant', 2550000, '€2,550,000.00'), euro('cofinancing', 450000, 'EUR 450,000')],
    },
  },
  {
    file: eea('variant-database-cells-parted-by-bars'),
    about: 'a project database page whose fact table was flattened into lines with " | " between the cells',
    expected: {
      projectNumber: 'LV0063',
      promoter: 'Jūrmala City Council',
      country: 'LV',
      amounts: [euro('grant', 840000, '€ 840,000'), euro('total_cost', 988235, '€ 988,235')],
    },
  },
  {
    file: unodc('variant-fact-labels-alone-no-header-no-budget'),
    about: 'no "Project information" and no budget, with labels alone on their lines as the EEA facts have them ("Project promoter:", "Status:"): still this layout',
    expected: {
      layout: 'unodc-baltic-grant',
      promoter: 'Olaine Municipality Social Service',
      status: 'completed',
      amounts: [],
      partners: [
        { name: 'Olaine Secondary School No 2', country: 'LV' },
        { name: 'Olaine Municipal Police', country: 'LV' },
      ],
    },
  },
  {
    file: unodc('variant-implementing-body-grant-amount'),
    about: 'other label wordings inline: "Project name:", "Implementing body:", "Implementation period:", "Grant amount:"',
    expected: {
      title: 'Safe leisure time for children of risk families in Jonava district',
      promoter: 'Jonava District Municipality Family Support Centre',
      startDate: '2010-03-01',
      endDate: '2010-08-31',
      amounts: [euro('grant', 9500, '9 500 EUR')],
    },
  },
  {
    file: unodc('variant-quoted-title-then-unknown-label'),
    about: 'the title closed by its quotes on the heading line, then a label the lexicon does not know ("Contracting party: …"): the title ends at its closing quote',
    expected: {
      title: 'Needle exchange on wheels in Jēkabpils',
      startDate: '2008-06-01',
      endDate: '2008-12-31',
    },
  },
  {
    file: eea('variant-text-browser-wrapped-title-dotted-dates'),
    about: 'a text-mode browser\'s page: the title wrapped onto a second line that starts in lower case, the facts as a two-column table with dotted start and end dates',
    expected: {
      title: 'Crisis centre for children and young people who have experienced violence or substance abuse in Vidzeme',
      status: 'ongoing',
      startDate: '2021-10-01',
      endDate: '2024-04-30',
      partners: [{ name: 'Stiftelsen Kirkens Bymisjon, Oslo', country: 'NO' }],
    },
  },
  {
    file: eea('variant-small-grants-listed-in-description'),
    about: 'a small grant scheme whose description lists the initiatives it funded, each with its promoter and sum: neither partners nor the project\'s money',
    expected: {
      partners: [{ name: 'Regional Centre for Social Policy in Zielona Góra', country: 'PL' }],
      amounts: [euro('initial_cost', 1176470.59, '€ 1,176,470.59'), euro('final_cost', 1102355.2, '€ 1,102,355.20'), euro('grant', 937001.92, '€ 937,001.92')],
    },
  },
  {
    file: unodc('variant-text-browser-semicolon-partners-wrapped'),
    about: 'a lynx dump: an inline partner list parted by semicolons wraps over three indented lines, a line ending in a semicolon included',
    expected: {
      partners: [
        { name: 'Riga Central Prison', country: 'LV' },
        { name: 'Olaine Prison for Addicts', country: 'LV' },
        { name: 'Cēsis Correctional Institution for Juveniles', country: 'LV' },
        { name: 'Norwegian Correctional Service, Region East', country: 'NO' },
      ],
    },
  },
  {
    file: unodc('variant-period-in-narrative-no-duration'),
    about: 'no Duration line: the narrative states the period ("The project was carried out from 1 March 2007 until 31 December 2007 by …") and that it has been completed; the NGO after "by" is the promoter',
    expected: {
      startDate: '2007-03-01',
      endDate: '2007-12-31',
      status: 'completed',
      promoter: 'NGO Pärnu Youth Counselling Centre',
    },
  },
  {
    file: unodc('variant-study-visit-abroad-country'),
    about: 'a Daugavpils project whose staff made a study visit to Vilnius and Kaunas: the places visited are not where it is carried out',
    expected: { country: 'LV', status: 'completed' },
  },
  {
    file: table('variant-study-visit-abroad-country'),
    about: 'a Bauska table naming an experience-exchange trip to Pasvalys and Panevėžys in Lithuania: the country is still Latvia',
    expected: { country: 'LV', promoter: 'Bauskas novada pašvaldība' },
  },
  {
    file: generic('variant-lt-tab-facts-status-sentence'),
    about: 'Lithuanian ES parama page with tab-laid facts: generic, not the Latvian table; "Projektas įgyvendinamas." says it is ongoing',
    expected: { language: 'lt', country: 'LT', status: 'ongoing', projectNumber: '08.4.2-ESFA-R-630-01-0007' },
  },
  {
    file: generic('variant-en-status-planned-then-completed'),
    about: 'a page saying the project was planned, started late, was completed and a follow-up is being prepared: its status is completed',
    expected: { status: 'completed', country: 'LV' },
  },
  {
    file: generic('variant-et-short-page-english-chrome'),
    about: 'a short Estonian page inside an English cookie notice, menu and footer: its language is Estonian',
    expected: { language: 'et', country: 'EE', title: 'Noorte sõltuvusennetus Pärnus', promoter: 'Pärnu Linnavalitsus' },
  },
  {
    file: eea('variant-text-browser-whole-menu-above-title'),
    about: 'a text-mode save with the site\'s whole menu, one item a line, above the title: "Project facts" stands below line 80',
    expected: { title: 'Improving conditions for juveniles in Cēsis Correctional Institution', projectNumber: 'LV-JUSTICE-0004', country: 'LV', status: 'completed' },
  },
  {
    file: unodc('variant-experience-exchange-with-estonia'),
    about: 'a Liepāja project (LVL) whose counsellors exchange experience in Tallinn and Narva: the places of the exchange do not count against Latvia',
    expected: { country: 'LV', locations: ['Liepāja'] },
  },
  {
    file: generic('variant-lt-ntakd-slash-trail'),
    about: 'a slash trail that starts at a section ("Projektai / ES fondų investicijų projektai") is chrome, not the title; the labelled facts follow',
    expected: {
      title: 'Ankstyvosios intervencijos programos diegimas Lietuvos savivaldybėse',
      projectNumber: '08.4.2-ESFA-V-616-01-0001',
      promoter: 'Narkotikų, tabako ir alkoholio kontrolės departamentas',
      partners: [],
      startDate: '2018-03-01',
      endDate: '2021-08-31',
    },
  },
  {
    file: generic('variant-lt-municipal-menu-line-completed'),
    about: 'the site name over a menu copied as one space-parted line ("Savivaldybė  Gyventojams  …  Naujienos") is chrome; the headline quotes the completed project; period and Lt amounts in prose',
    expected: {
      title: 'Sveika bendruomenė be priklausomybių',
      promoter: 'Kėdainių rajono savivaldybės visuomenės sveikatos biuras',
      status: 'completed',
      startDate: '2013-03-01',
      endDate: '2014-11-30',
      amounts: [legacy('total_cost', 86420, 'LTL', 25028.96, '86 420 Lt'), legacy('grant', 73457, 'LTL', 21274.62, '73 457 Lt')],
      partners: [{ name: 'Kėdainių pedagoginių psichologinių paslaugų centras' }],
    },
  },
  {
    file: generic('variant-lt-municipal-table-of-projects'),
    about: 'a table of several projects (a header naming each row\'s project, three rows): no one project\'s facts are read',
    expected: {
      title: null,
      promoter: null,
      startDate: null,
      endDate: null,
      amounts: [],
      partners: [],
    },
    warnings: ['missing-title', 'no-project-facts'],
  },
  {
    file: generic('variant-et-police-news-kestab-kroonid'),
    about: '"Projekt kestab 2. maist 2012 kuni 31. maini 2013" is the period (the first date opens it); the lead writes the headline\'s promoter in full; "Projekti partner on X"; kroons',
    expected: {
      title: 'Kaine pea',
      promoter: 'Politsei- ja Piirivalveameti Lõuna prefektuur',
      startDate: '2012-05-02',
      endDate: '2013-05-31',
      publishedDate: '2012-05-02',
      partners: [{ name: 'Tartu Linnavalitsus' }],
      amounts: [legacy('budget', 780000, 'EEK', 49851.09, '780 000 krooni'), legacy('grant', 663000, 'EEK', 42373.42, '663 000 krooni')],
    },
  },
  {
    file: generic('variant-et-ministry-periood-staatus'),
    about: 'Estonian labels "Projekti periood" and "Projekti staatus: lõppenud"; "Eelarve" in EEK; a cookie line at the foot',
    expected: {
      title: 'Riskikäitumise ennetamine noorte seas',
      promoter: 'Sotsiaalministeerium',
      status: 'completed',
      startDate: '2010-03-01',
      endDate: '2012-02-28',
      partners: [{ name: 'Tervise Arengu Instituut' }, { name: 'Eesti Töötukassa' }, { name: 'MTÜ Eesti Noorsootöö Keskus' }],
    },
  },
  {
    file: generic('variant-et-trail-completed-projects'),
    about: 'a trail that files the page under "Lõppenud projektid" states it completed; "Projekti periood: 2. mai 2012 – 30. aprill 2014"; no promoter stated',
    expected: {
      projectNumber: 'EE11-0014',
      promoter: null,
      status: 'completed',
      startDate: '2012-05-02',
      endDate: '2014-04-30',
    },
  },
  {
    file: generic('variant-et-municipal-news-menu-line'),
    about: 'the city\'s name over a space-parted menu is chrome; the quoted project in the lead is the title; "kestab 1. oktoobrist 2015 kuni 30. juunini 2017"',
    expected: {
      title: 'Selge pilk',
      promoter: 'Tartu Linnavalitsuse sotsiaal- ja tervishoiuosakond',
      startDate: '2015-10-01',
      endDate: '2017-06-30',
      status: null,
      partners: [{ name: 'MTÜ Tartu Laste Tugikeskus' }, { name: 'Tartu Ülikooli Kliinikum' }],
    },
  },
  {
    file: generic('variant-lt-esinvesticijos-stacked-facts'),
    about: 'every label and value a paragraph of its own (label, blank line, value): promoter and partners read under their labels',
    expected: {
      promoter: 'Jonavos rajono savivaldybės administracija',
      partners: [{ name: 'Jonavos rajono policijos komisariatas' }, { name: 'VšĮ Jonavos psichikos sveikatos centras' }],
      startDate: '2016-09-01',
      endDate: '2018-08-31',
    },
  },
  {
    file: generic('variant-lt-police-news-completed-vyko'),
    about: '"Įgyvendintas prevencinis projektas „…“" and "X kartu su Y įgyvendino projektą" say it is completed; "Projektas vyko nuo … iki …" is its period; related news below names other projects',
    expected: {
      title: 'Būk saugus internete',
      promoter: 'Vilniaus apskrities vyriausiasis policijos komisariatas',
      partners: [{ name: 'Vilniaus miesto savivaldybės administracija' }],
      status: 'completed',
      startDate: '2018-03-01',
      endDate: '2018-12-15',
    },
  },
  {
    file: generic('variant-en-police-news-will-last'),
    about: '"The project will last from 1 September 2014 to 31 May 2016" is the period; launch news states no status',
    expected: {
      title: 'Safe Start',
      startDate: '2014-09-01',
      endDate: '2016-05-31',
      status: null,
      country: 'EE',
    },
  },
  {
    file: generic('variant-lt-municipal-pipe-table-of-projects'),
    about: 'a Markdown table of several projects: no one project\'s facts are read',
    expected: {
      title: null,
      promoter: null,
      amounts: [],
      partners: [],
    },
    warnings: ['missing-title', 'no-project-facts'],
  },
  {
    file: generic('variant-lt-ntakd-news-comma-promoter-related'),
    about: 'the lead\'s subject holds a comma before lower-case words ("Narkotikų, tabako ir alkoholio kontrolės departamentas"); "Baigtas projektas „…“" under "Susijusios naujienos" is another project\'s state',
    expected: {
      title: 'Stiprūs kartu',
      promoter: 'Narkotikų, tabako ir alkoholio kontrolės departamentas',
      status: null,
      startDate: '2019-04-01',
      endDate: '2021-03-31',
    },
  },
  {
    file: generic('variant-lt-esparama-partner-bullets-start-label'),
    about: 'partners as bullets under their label end at "Projekto įgyvendinimo pradžia: …", a start label of its own; Lt with euro in brackets listed once',
    expected: {
      partners: [{ name: 'Ariogalos vaikų dienos centras' }, { name: 'VšĮ „Raseinių socialinių paslaugų centras“' }],
      startDate: '2009-11-02',
      endDate: '2011-10-31',
      status: 'completed',
      amounts: [legacy('total_cost', 172640, 'LTL', 50000, '172 640,00 Lt')],
    },
  },
  {
    file: generic('variant-et-police-card-suspended-compound'),
    about: '"Haridus- ja Teadusministeerium": a word cut short by a hyphen before "ja" is one name, not two partners; "Periood" and "Projekti kood" labels',
    expected: {
      projectNumber: '2011-0042',
      promoter: 'Politsei- ja Piirivalveamet',
      partners: [{ name: 'Haridus- ja Teadusministeerium' }],
      startDate: '2011-01-01',
      endDate: '2012-12-31',
    },
  },
  {
    file: generic('variant-et-news-lopetas-completed'),
    about: '"X lõpetas projekti „…“" names the promoter and says the project is completed; "kestis 1. septembrist 2014 kuni 30. juunini 2016"; "koostöös Tallinna Ülikooliga" names a partner (comitative, as written)',
    expected: {
      title: 'Targalt internetis',
      promoter: 'Tervise Arengu Instituut',
      partners: [{ name: 'Tallinna Ülikooliga', country: 'EE' }],
      status: 'completed',
      startDate: '2014-09-01',
      endDate: '2016-06-30',
    },
  },
  {
    file: generic('variant-lv-municipal-news-menu-section-trail'),
    about: 'Latvian municipal news under a cookie notice, the site name, a menu line ("Pilsēta  Pašvaldība  Jaunumi  Kontakti") and "Jaunumi / Sabiedrība"; "projektu LLI-512 „…”" with the code between the word and the name; "noslēgusi"',
    expected: {
      title: 'Droši ceļā',
      projectNumber: 'LLI-512',
      promoter: 'Liepājas valstspilsētas pašvaldība',
      status: 'completed',
      partners: [{ name: 'Klaipēdas rajona pašvaldība', country: 'LT' }, { name: 'Biedrība „Drošas ielas”', country: 'LV' }],
      startDate: '2019-04-01',
      endDate: '2021-09-30',
    },
  },
  {
    file: generic('variant-en-municipal-news-partner-between-commas'),
    about: 'English municipal news lead "The X, in cooperation with the Y, has completed the project LLIV-318 "…"": promoter and partner around the commas, the cross-border code as project number',
    expected: {
      title: 'Prevention of Juvenile Delinquency in the Border Region',
      projectNumber: 'LLIV-318',
      // A cross-border project runs in two countries: none is the project's.
      country: null,
      promoter: 'Daugavpils City Municipal Police',
      partners: [{ name: 'Visaginas Municipality Administration', country: 'LT' }],
      status: 'completed',
    },
  },
  {
    file: generic('variant-en-keep-party-table'),
    about: 'keep.eu page under its banner and a menu line; partners in a "Name | Role | Country" table whose "Lead partner" row is the promoter',
    expected: {
      title: 'Crime prevention through sport in the Latgale and Aukštaitija border area',
      projectNumber: 'LLI-221',
      promoter: 'Rēzekne Municipality Council',
      partners: [{ name: 'Ignalina District Municipality Administration', country: 'LT' }, { name: 'Lithuanian Police Sports Club "Dinamo"', country: 'LT' }],
      country: null,
    },
  },
  {
    file: generic('variant-en-estlat-code-heading-result-lines'),
    about: 'Estonia–Latvia programme page: heading "Est-Lat62 Title (ACRONYM)" gives code, title and acronym; "Main results:" over unbulleted "Label: 650" lines',
    expected: {
      title: 'Safe and Healthy Youth in Valga and Valka',
      alternativeTitles: ['SafeYouth'],
      projectNumber: 'Est-Lat62',
      promoter: 'Valga Municipality Government',
      indicators: [
        { label: 'Number of young people reached by street work', value: 650, unit: null },
        { label: 'Number of trained youth workers', value: 48, unit: null },
        { label: 'Joint events organised', value: 12, unit: null },
      ],
    },
  },
  {
    file: generic('variant-en-police-news-menu-numbered-code'),
    about: 'State Police news: site name, a skip-link line and a bar menu above "News", the date above the headline; the code in brackets "(No. ISF/2021/1.2.3/02)"',
    expected: {
      title: 'Smart Prevention',
      projectNumber: 'ISF/2021/1.2.3/02',
      promoter: 'State Police',
      endDate: '2023-12-31',
    },
  },
  {
    file: generic('variant-lv-iem-news-implementer-over-headline'),
    about: 'iem.gov.lv news: the ministry "noslēdz projektu" in the headline, but "Projektu īstenoja X." names the promoter; lats written "Ls 86 450"',
    expected: {
      title: 'Ģimenes vardarbības prevencija Latgalē',
      promoter: 'Valsts policijas Latgales reģiona pārvalde',
      status: 'completed',
      startDate: '2007-10-01',
      endDate: '2008-12-31',
      amounts: [legacy('total_cost', 86450, 'LVL', 123007.27, 'Ls 86 450'), legacy('grant', 60515, 'LVL', 86105.09, 'Ls 60 515')],
    },
  },
  {
    file: generic('variant-lv-vm-news-numbered-code'),
    about: 'vm.gov.lv news: "projektu Nr. 9.2.4.1/16/I/001 „…”" in prose; "no kuriem ESF finansējums ir X eiro un valsts budžeta finansējums – Y eiro"',
    expected: {
      title: 'Kompleksi veselības veicināšanas un slimību profilakses pasākumi',
      projectNumber: '9.2.4.1/16/I/001',
      promoter: 'Veselības ministrija',
      startDate: '2017-01-01',
      endDate: '2023-12-31',
      amounts: [euro('total_cost', 13567000, '13 567 000 eiro'), euro('grant', 11531950, '11 531 950 eiro'), euro('cofinancing', 2035050, '2 035 050 eiro')],
    },
  },
  {
    file: generic('variant-lv-institution-menu-section-project'),
    about: 'an institution\'s project page under its name, a menu line and "Projekti": the title is the project\'s; the site\'s name is no promoter',
    expected: {
      title: 'Atbalsts bērniem ar uzvedības problēmām',
      promoter: null,
      startDate: '2020-01-01',
      endDate: '2022-12-31',
    },
  },
  {
    file: generic('variant-en-police-news-dateline-partner-after-period'),
    about: 'State Police news whose lead opens with a dateline ("Riga, 3 May 2018. The State Police has completed the project …"); a partner "together with" after the period of implementation',
    expected: {
      title: 'Safe Road to School',
      promoter: 'State Police',
      status: 'completed',
      partners: [{ name: 'Road Traffic Safety Directorate' }],
      startDate: '2016-09-01',
      endDate: '2018-04-30',
    },
  },
  {
    file: generic('variant-en-spkc-project-incl-parts'),
    about: 'English institution project page: "Implementer:", "Project No.:", "EUR 785 300.00, incl. ESF funding EUR 667 505.00" (incl. opens the parts and ends no sentence)',
    expected: {
      title: 'Integrated prevention of addictions among young people in Latgale',
      projectNumber: '9.2.4.2/16/I/078',
      promoter: 'Centre for Disease Prevention and Control',
      status: 'ongoing',
      amounts: [euro('total_cost', 785300, 'EUR 785 300.00'), euro('grant', 667505, 'EUR 667 505.00')],
    },
  },
  {
    file: generic('variant-en-keep-menu-with-label-words'),
    about: 'keep.eu page: a menu whose items are label words ("Projects  Partners  Programmes"), heading "CB799 Title", partners with country codes in brackets ("City of Turku (FI)")',
    expected: {
      title: 'Safe Youth Harbour',
      projectNumber: 'CB799',
      promoter: 'Tallinn Youth Work Centre',
      partners: [
        { name: 'Riga City Council Education, Culture and Sports Department', country: 'LV' },
        { name: 'Municipal Police of Riga', country: 'LV' },
        { name: 'City of Turku', country: 'FI' },
      ],
    },
  },
  {
    file: generic('variant-funder-banner-project-quoted'),
    about: 'a funders\' banner ("EEA Grants | Norway Grants") over the heading is not the title; "Project LV05-0012 \"…\"" is',
    expected: { title: 'Youth mentors in Jelgava', projectNumber: 'LV05-0012', promoter: 'Jelgava City Council', status: 'completed', amounts: [euro('grant', 96500, 'EUR 96 500')] },
  },
  {
    file: generic('variant-embassy-banner-news'),
    about: "an embassy's banner and site name over a dated headline: the title is the project the text names in quotes, whose owner ('the project \"X\" of the Y') is the promoter",
    expected: { title: 'Streetwise Liepāja', publishedDate: '2014-03-12', promoter: 'Liepāja City Council' },
  },
  {
    file: generic('variant-project-information-heading'),
    about: '"Project information" over the labelled facts is a section heading; "Project title:" gives the title',
    expected: { title: 'Safe evenings for teenagers', startDate: '2017-03-01', endDate: '2019-02-28', amounts: [euro('grant', 64200, 'EUR 64 200')] },
  },
  {
    file: generic('variant-programme-banner-labelled-project'),
    about: 'a programme\'s banner is not the title; "Project: X (LLI-412)" names the title and its code',
    expected: { title: 'Border Youth Without Drugs', alternativeTitles: [], projectNumber: 'LLI-412', startDate: '2018-04-01', endDate: '2020-03-31', amounts: [euro('total_cost', 287500, '287 500.00 EUR')] },
  },
  {
    file: generic('variant-kind-before-quoted-name'),
    about: 'a heading of one word for the kind of work ("Kampaņa") and the name in quotes: the name is the title; a page about a campaign that names no project: "X no … līdz … rīkoja kampaņu" gives its organiser and period',
    expected: { title: 'Drošs ceļš uz skolu', language: 'lv', promoter: 'Valsts policija', startDate: '2019-09-02', endDate: '2019-09-30' },
  },
  {
    file: generic('variant-lt-lead-vykdo-projekta'),
    about: '"X vykdo projektą „…“": the subject of the lead carries the project out, the promoter',
    expected: { title: 'Saugi vasara', promoter: 'Jonavos rajono savivaldybė', language: 'lt', country: 'LT' },
  },
  {
    file: generic('variant-old-grant-code-before-quoted-name'),
    about: 'a 2004–2009 grant code between "Project" and the quoted name ("Project LT0061 \"…\"") is the project number',
    expected: { title: 'Safe nights in Alytus', projectNumber: 'LT0061', country: 'LT', promoter: 'Alytus City Municipality', status: 'completed' },
  },
  {
    file: generic('variant-period-end-without-year'),
    about: '"from 1 March 2016 to 30 November": the end borrows the year its start states',
    expected: { title: 'Safe Playgrounds Ogre', startDate: '2016-03-01', endDate: '2016-11-30', promoter: 'Ogre Municipal Police' },
  },
  {
    file: generic('variant-lt-police-news-nuo-date-kartu-su'),
    about: 'Lithuanian police news whose lead opens with its start ("Nuo 2019 m. kovo 1 d. X kartu su Y įgyvendina projektą „…“"): the day is the start, X the promoter, Y a partner; "truks iki …" the end',
    expected: {
      title: 'Saugi mokykla – saugus vaikas',
      promoter: 'Kauno apskrities vyriausiasis policijos komisariatas',
      partners: [{ name: 'Kauno miesto savivaldybės administracija', country: 'LT' }],
      startDate: '2019-03-01',
      endDate: '2019-12-20',
      publishedDate: '2019-03-04',
    },
  },
  {
    file: generic('variant-et-lynx-viis-ellu-partneriteks'),
    about: 'a lynx dump of an Estonian prison page: "X viis aastatel … ellu … projekti" (the verb\'s particle apart) names the promoter, "Projekti partneriteks olid A ja B" the partners',
    expected: {
      promoter: 'Tartu Vangla',
      partners: [{ name: 'Norra Kriminaalhooldusamet (Kriminalomsorgen)' }, { name: 'MTÜ Convictus Eesti', country: 'EE' }],
      status: 'completed',
      startDate: '2014-09-01',
      endDate: '2016-04-30',
    },
  },
  {
    file: generic('variant-lt-pdf-labelled-title-under-body-name'),
    about: 'PDF text of a printed project form under the body\'s name in capitals: the labelled "Projekto pavadinimas:" (wrapped) is the title, not the heading; "ES fondų lėšos" a grant, "Valstybės biudžeto lėšos" co-financing',
    expected: {
      title: 'Ankstyvoji intervencija – galimybė jaunam žmogui rinktis',
      projectNumber: '08.4.2-ESFA-V-413-01-0002',
      amounts: [euro('total_cost', 450000, '450 000,00 Eur'), euro('grant', 382500, '382 500,00 Eur'), euro('cofinancing', 67500, '67 500,00 Eur')],
    },
  },
  {
    file: generic('variant-et-estlat-viib-ellu-koostoos'),
    about: 'Estonian Est-Lat page in prose: "Projekti viib ellu X koostöös Y-ga" gives the promoter and a comitative partner (as written); "kestab 01.04.2017–31.03.2019" with an unspaced dash is the whole period; cross-border: no country',
    expected: {
      projectNumber: 'Est-Lat62',
      promoter: 'Valga Vallavalitsus',
      partners: [{ name: 'Valka Piirkonna Omavalitsusega' }],
      country: null,
      startDate: '2017-04-01',
      endDate: '2019-03-31',
    },
  },
  {
    file: generic('variant-lt-inline-partners-label-litai'),
    about: 'an old NGO page: "Partneriai: A, B." inside a paragraph after a sentence names the partners; "savivaldybės prisidėjimas – 8 500 Lt" is co-financing',
    expected: {
      promoter: 'VšĮ „Panevėžio jaunimo centras“',
      partners: [{ name: 'Panevėžio miesto policijos komisariatas' }, { name: 'Panevėžio visuomenės sveikatos biuras' }],
      amounts: [legacy('grant', 50000, 'LTL', 14481, '50 000 Lt'), legacy('cofinancing', 8500, 'LTL', 2461.77, '8 500 Lt')],
    },
  },
  {
    file: generic('variant-et-w3m-menu-tree-eek'),
    about: 'a w3m dump with a menu tree ("• Projektid", "□ Lõppenud projektid") over the heading: the tree is chrome; "Kogumaksumus: EEK 450 000" the total; "Koostööpartnerid:" the partners; "Projekti juht:" naming a body is the promoter',
    expected: {
      title: 'Narkomaania ennetus Narva koolides',
      promoter: 'Narva Linnavalitsuse Sotsiaalabiamet',
      status: null,
      partners: [{ name: 'Ida Politseiprefektuur' }, { name: 'MTÜ Narva Noortekeskus' }],
      amounts: [legacy('total_cost', 450000, 'EEK', 28760.24, 'EEK 450 000'), legacy('grant', 380000, 'EEK', 24286.43, '380 000 EEK')],
    },
  },
  {
    file: generic('variant-et-campaign-no-project-word'),
    about: 'NGO news about a campaign that never says "projekt": "Kampaania „…“" in the headline is the title, "X korraldas 1. oktoobrist kuni 15. detsembrini 2021 … kampaania" the organiser and period, "toetas … 18 500 euroga" a grant',
    expected: {
      title: 'Ära jaga!',
      promoter: 'MTÜ Noorte Tugila',
      startDate: '2021-10-01',
      endDate: '2021-12-15',
      partners: [{ name: 'Politsei- ja Piirivalveamet' }, { name: 'Tartu Ülikooli sotsiaalteaduste instituut' }],
      amounts: [euro('grant', 18500, '18 500 euroga')],
    },
  },
  {
    file: generic('variant-lt-municipal-stacked-menu'),
    about: 'a copied municipal page: the site name over "Meniu" and its items one per line are chrome, the "Projektas „…“" heading gives the title; "Savivaldybės lėšos" co-financing; a measure\'s "Nr." is no project number',
    expected: {
      title: 'Vaikų dienos centrų paslaugų plėtra ir smurto prevencija Šilutės rajone',
      projectNumber: null,
      status: 'completed',
      amounts: [euro('total_cost', 98760.5, '98 760,50 Eur'), euro('grant', 83946.43, '83 946,43 Eur'), euro('cofinancing', 14814.07, '14 814,07 Eur')],
    },
  },
  {
    file: generic('variant-et-police-news-kogumaksumus-koostoos'),
    about: 'Estonian police news: "kogumaksumus on X eurot, millest 85% ehk Y eurot katab ESF ning ülejäänud Z eurot riik" (total, grant, state share); a later "Projekti viib Ida prefektuur ellu" yields to the lead\'s fuller name; comitative partners; "märtsis" is no start date',
    expected: {
      promoter: 'Politsei- ja Piirivalveameti Ida prefektuur',
      partners: [{ name: 'Narva Linnavalitsuse' }, { name: 'Ida-Viru Maavalitsusega' }],
      startDate: null,
      endDate: '2020-12-31',
      amounts: [euro('total_cost', 264000, '264 000 eurot'), euro('grant', 224400, '224 400 eurot'), euro('cofinancing', 39600, '39 600 eurot')],
    },
  },
  {
    file: generic('variant-lt-ministry-date-above-headline'),
    about: 'a ministry press release dated above its headline ("2014 m. birželio 12 d."): the date is the publication, the headline a news item\'s, the title the project the text names after its code; "X užbaigė … įgyvendintą projektą" the promoter',
    expected: {
      title: 'Policijos pareigūnų gebėjimų reaguoti į smurtą artimoje aplinkoje stiprinimas',
      projectNumber: 'LT14-0004',
      promoter: 'Vidaus reikalų ministerija',
      publishedDate: '2014-06-12',
      status: 'completed',
    },
  },
  {
    file: generic('variant-et-projekti-number-in-prose'),
    about: 'a browser save-as-text with a skip link: "projekti number EE0019" in prose is the project number; result lines "Label: N" under "Tulemused:"; "Projektijuht:" naming a body is the promoter',
    expected: {
      promoter: 'Tervise Arengu Instituut',
      projectNumber: 'EE0019',
      startDate: '2010-01-01',
      endDate: '2012-12-31',
      indicators: [
        { label: 'Süstlavahetuspunktide arv', value: 6, unit: null },
        { label: 'Asendusravi saanud kliente', value: 410, unit: null },
        { label: 'Nõustamisel käinud inimesi', value: 2750, unit: null },
      ],
    },
  },
  {
    file: generic('variant-lt-ltpl-lead-year-m'),
    about: 'a municipal LT-PL page: "X įgyvendina 2014–2020 m. … programos projektą" (a year\'s "m." ends no sentence) names the promoter; "ERPF lėšos" a grant; cross-border: no country',
    expected: {
      projectNumber: 'LT-PL-1R-215',
      promoter: 'Alytaus miesto savivaldybės administracija',
      country: null,
      amounts: [euro('total_cost', 245000, '245 000,00 EUR'), euro('grant', 208250, '208 250,00 EUR')],
    },
  },
  {
    file: generic('variant-et-ministry-news-verb-second-genitive-plural'),
    about: 'Estonian ministry news under a cookie notice and "Uudised ja pressiteated": "Alates 1. jaanuarist 2020 viib X ellu projekti „…“" (the verb second, its doer after it) gives the start and the promoter; "Eesti Linnade ja Valdade Liit" is one partner; "2022. aasta lõpuni" is no end day',
    expected: {
      title: 'Tugev pere',
      promoter: 'Sotsiaalministeerium',
      startDate: '2020-01-01',
      endDate: null,
      partners: [{ name: 'Tervise Arengu Instituut' }, { name: 'Eesti Linnade ja Valdade Liit', country: 'EE' }],
      amounts: [euro('budget', 2400000, '2,4 miljonit eurot')],
    },
  },
  {
    file: generic('variant-et-pdf-form-labels-kroonid'),
    about: 'PDF of an Estonian municipal project summary: "Projekti nimetus", "Projekti läbiviija", "Projekti algus", "Projekti lõpp", "Projekti maksumus" and "sh … toetus" in kroons; the labelled title over the body\'s name in capitals',
    expected: {
      title: 'Koolivägivalla ennetamine Tartu põhikoolides',
      promoter: 'Tartu Linnavalitsuse sotsiaalabi osakond',
      startDate: '2007-03-01',
      endDate: '2008-02-28',
      amounts: [legacy('total_cost', 612000, 'EEK', 39113.93, '612 000 krooni'), legacy('grant', 520200, 'EEK', 33246.84, '520 200 krooni')],
    },
  },
  {
    file: generic('variant-lt-lli-lead-partner-partner-in-latvia'),
    about: 'a Lithuanian NGO\'s LLI page: "LLI-418 „…“" heading (code, then the quoted name), "Vadovaujantysis partneris:" the promoter, "Projekto partneris Latvijoje:" a partner; cross-border: no country',
    expected: {
      title: 'Jaunimas be sienų: nusikalstamumo prevencija pasienyje',
      projectNumber: 'LLI-418',
      promoter: 'Asociacija „Jaunimo iniciatyvos“',
      partners: [{ name: 'biedrība „Jauniešu centrs Kurzeme“', country: 'LV' }],
      country: null,
      status: 'ongoing',
    },
  },
  {
    file: generic('variant-et-undated-headline-speaks-of-project'),
    about: 'undated municipal news: the headline speaks of "noorte turvalisusprojekt" without naming it, the lead names it ("alustas … projektiga „…“"): the quoted name is the title; "… € valla omaosalus" co-financing; "elluviija on X koostöös Y-ga"',
    expected: {
      title: 'Turvaline kogukond',
      promoter: 'Harku Vallavalitsus',
      partners: [{ name: 'Politsei- ja Piirivalveameti Põhja prefektuuriga' }],
      amounts: [euro('budget', 45600, '45 600 €'), euro('grant', 38760, '38 760 €'), euro('cofinancing', 6840, '6 840 €')],
    },
  },
  {
    file: generic('variant-lt-prison-news-partner-runs-into-sentence'),
    about: 'hard-wrapped Lithuanian prison news: "Projekto partneris – X. Per projektą …" (the partner ends at its full stop); "baigė įgyvendinti projektą" completed; parts after "iš jų" take their roles after the dash',
    expected: {
      partners: [{ name: 'Norvegijos Vestfoldo kalėjimas', country: 'NO' }],
      status: 'completed',
      startDate: '2015-09-01',
      endDate: '2016-04-30',
      amounts: [euro('total_cost', 156000, '156 000 eurų'), euro('grant', 132600, '132 600 eurų'), euro('cofinancing', 23400, '23 400 eurų')],
    },
  },
  {
    file: generic('variant-et-school-news-rahastab-euroga'),
    about: 'Estonian school news: "Projekti rahastab X 4 500 euroga" is a grant; "2019/2020. õppeaastal" gives no dates',
    expected: { title: 'Kiusamisest vaba kool', promoter: 'Tallinna Mustamäe Gümnaasium', startDate: null, endDate: null, amounts: [euro('grant', 4500, '4 500 euroga')] },
  },
  {
    file: generic('variant-lt-municipal-news-bendradarbiaudama-su'),
    about: 'Lithuanian municipal news: "X, bendradarbiaudama su Y, pradeda įgyvendinti projektą" (a participle between commas) names the promoter and its partner; "bus vykdomas A – B" the period',
    expected: {
      title: 'Stiprūs kartu',
      promoter: 'Vilniaus miesto savivaldybė',
      partners: [{ name: 'VšĮ „Vilniaus priklausomybės ligų centras“', country: 'LT' }],
      startDate: '2021-09-06',
      endDate: '2022-05-31',
    },
  },
  {
    file: generic('variant-lt-ntakd-news-future-verb-name-with-commas'),
    about: 'Lithuanian news dated above its headline about a signed contract: "Projektą įgyvendins X kartu su Y" (future) names the promoter, whose name lists words with commas ("Narkotikų, tabako ir alkoholio kontrolės departamentas"), and the partner, not the agency that signed; "bus įgyvendinamas iki …" the end; no place named: no country',
    expected: {
      title: 'Žalos mažinimo paslaugų plėtra regionuose',
      promoter: 'Narkotikų, tabako ir alkoholio kontrolės departamentas',
      partners: [{ name: 'Respublikiniu priklausomybės ligų centru' }],
      country: null,
      startDate: null,
      endDate: '2024-04-30',
    },
  },
  {
    file: generic('variant-et-norway-2014-2021-donor-partner-kaimas'),
    about: 'an Estonian municipal Norway Grants 2014–2021 page: "Doonorriigi partner: X (Norra)" is a partner in Norway; "Projekti tegevused on käimas." ongoing',
    expected: {
      projectNumber: 'EE-LOCALDEV-0012',
      partners: [{ name: 'Narva Noorte Omaalgatuskeskus' }, { name: 'Bergeni kommuun', country: 'NO' }],
      status: 'ongoing',
    },
  },
  {
    file: generic('variant-lt-news-lead-two-partners-with-subject'),
    about: 'hard-wrapped Lithuanian news: "X kartu su A ir B pradėjo įgyvendinti projektą" names two partners with the promoter',
    expected: {
      promoter: 'Jaunimo reikalų departamentas',
      partners: [{ name: 'Lietuvos policijos mokykla', country: 'LT' }, { name: 'Kauno kolegija', country: 'LT' }],
      startDate: null,
      endDate: '2019-08-31',
    },
  },
  {
    file: generic('variant-et-site-name-over-dated-headline-mtu-ga'),
    about: 'Estonian police news: the site name, then the headline with the date under it (the headline is the news item\'s, not the site name the title); "koostöös A ja MTÜ-ga B" (the legal form takes the ending, the name follows; the partner is the name with its form, without the ending)',
    expected: {
      title: 'Turvaline kodu Pärnumaal',
      promoter: 'Politsei- ja Piirivalveameti Lääne prefektuur',
      publishedDate: '2017-01-12',
      partners: [{ name: 'Pärnu Linnavalitsuse' }, { name: 'MTÜ Pärnu Naiste Tugikeskus' }],
      status: 'completed',
    },
  },
  {
    file: generic('variant-lv-esfondi-stacked-card-amounts'),
    about: 'an ES fondi card with every cell a paragraph: unknown amount labels over bare figures ("ES fondu finansējums" / "180 608,00 EUR") give their roles',
    expected: {
      title: 'Atbalsts atkarību profilaksei Liepājas valstspilsētā',
      status: 'completed',
      amounts: [euro('total_cost', 212480, '212 480,00 EUR'), euro('grant', 180608, '180 608,00 EUR'), euro('cofinancing', 31872, '31 872,00 EUR')],
    },
  },
  {
    file: generic('variant-lv-labelled-title-under-site-name'),
    about: '"Projekta nosaukums:" names the project, not the site name on top; a four-country partnership has no one country',
    expected: { title: 'Vesels jaunietis – vesela pilsēta', projectNumber: '2020-1-LV01-KA229-077431', country: null, startDate: '2020-09-01', endDate: '2022-08-31' },
  },
  {
    file: generic('variant-lv-news-bullet-menu-future-verb'),
    about: 'a menu parted by bullets is chrome; "X no … līdz … īstenos projektu „…”" names the promoter; "Projektā piedalās arī A un B" the partners',
    expected: {
      title: 'Brīvs no atkarībām',
      promoter: 'Ventspils valstspilsētas pašvaldības iestāde „Ventspils Jauniešu māja”',
      partners: [{ name: 'Ventspils novada Sociālais dienests', country: 'LV' }, { name: 'Kuldīgas jauniešu centrs „Bāka”', country: 'LV' }],
      publishedDate: '2019-02-12',
    },
  },
  {
    file: generic('variant-lv-relative-clause-period-before-verb'),
    about: '"projekts „…”, kuru no 2019. gada marta līdz 2020. gada decembrim īstenoja X": the promoter; a period of months gives no dates',
    expected: { title: 'Atkarību profilakse vispārizglītojošās skolās', promoter: 'Slimību profilakses un kontroles centrs', status: 'completed', startDate: null, endDate: null },
  },
  {
    file: generic('variant-lv-ngo-contract-number'),
    about: '"Projekta līguma Nr. 2015.EEZ/PP/2/MAC/038": the contract number is the project number',
    expected: { projectNumber: '2015.EEZ/PP/2/MAC/038', promoter: 'Biedrība „Centrs Dardedze”' },
  },
  {
    file: generic('variant-en-esf-funding-label'),
    about: '"ESF funding:" is the fund\'s grant and "State budget funding:" the co-financing, beside "Total eligible costs:"',
    expected: { amounts: [euro('total_cost', 33178006, 'EUR 33 178 006'), euro('grant', 28201305, 'EUR 28 201 305'), euro('cofinancing', 4976701, 'EUR 4 976 701')] },
  },
  {
    file: generic('variant-lv-news-completed-on-day-since'),
    about: '"X 2016. gada 30. aprīlī noslēdza … projektu „…”, kas tika īstenots kopš 2013. gada 1. jūlija": the end, the start and the status; the headline\'s "noslēdzis"',
    expected: { title: 'Alternatīvu brīvības atņemšanai sodu izpildes pilnveide', promoter: 'Valsts probācijas dienests', status: 'completed', startDate: '2013-07-01', endDate: '2016-04-30', country: null },
  },
  {
    file: generic('variant-lv-lynx-site-name-over-dated-headline'),
    about: 'a lynx dump: the site name over a dated headline is chrome; "X noslēgusi projektu" names the promoter; "Projekta partneri: A un B" inside a paragraph',
    expected: {
      title: 'Drošs pagalms',
      promoter: 'Jelgavas valstspilsētas pašvaldības policija',
      partners: [{ name: 'Valsts policijas Zemgales reģiona pārvalde', country: 'LV' }, { name: 'biedrība „Jelgavas pilsētas iedzīvotāju padome”', country: 'LV' }],
      publishedDate: '2014-11-28',
      status: 'completed',
    },
  },
  {
    file: generic('variant-lv-news-support-before-subject'),
    about: '"Ar EEZ finanšu instrumenta atbalstu X no … līdz … īstenoja projektu „…”": the means said first are no part of the promoter; the lats\' euro equivalent in brackets is the same money',
    expected: {
      title: 'Jaunieši pret vardarbību',
      promoter: 'Liepājas pilsētas Sociālais dienests',
      status: 'completed',
      startDate: '2011-05-01',
      endDate: '2013-04-30',
      amounts: [legacy('total_cost', 64230, 'LVL', 91391.06, 'Ls 64 230'), legacy('grant', 54595, 'LVL', 77681.69, 'Ls 54 595')],
    },
  },
  {
    file: eea('variant-text-browser-wrapped-label-cells'),
    about: 'a w3m facts table with a narrow label column: labels wrap onto a second line ("Initial project" / "cost", "Donor project" / "partners"), values wrap in their column',
    expected: {
      promoter: 'Ministry of Justice of the Republic of Lithuania',
      amounts: [euro('initial_cost', 1164705.88, '€ 1 164 705,88'), euro('grant', 990000, '€ 990 000,00')],
      partners: [
        { name: 'Norwegian Correctional Service', country: 'NO' },
        { name: 'Lithuanian Probation Service', country: 'LT' },
      ],
    },
  },
  {
    file: unodc('variant-text-browser-table-wrapped-labels'),
    about: 'a w3m two-column table: "Implementing" / "organization" and "Partner" / "organization" wrap, the promoter\'s value wraps in its column',
    expected: {
      promoter: 'Public Institution Panevėžys Centre for Addictive Disorders',
      partners: [{ name: 'Panevėžys City Municipality Public Health Bureau', country: 'LT' }],
    },
  },
  {
    file: unodc('variant-printed-page-break-status-wrapped'),
    about: 'PDF-to-text of a printed page: "Printed:" line, page header and footer with a form feed inside the indicator list; "carried out by NGO X together with Y"; the status sentence broken over two lines',
    expected: {
      promoter: 'NGO Narva Youth Centre',
      partners: [{ name: 'Narva Social Work Centre', country: 'EE' }],
      status: 'completed',
      indicators: [
        { label: 'Number of contacts with young people in the street', value: 1284, unit: null },
        { label: 'Number of young people referred to services', value: 96, unit: null },
        { label: 'Number of volunteers trained', value: 12, unit: null },
      ],
    },
  },
  {
    file: unodc('variant-period-then-by-ngo-in-cooperation'),
    about: 'no Duration line and no implementing organisation: "carried out from A until B by NGO "X" in cooperation with Y" gives the period, the promoter and the partner',
    expected: {
      promoter: 'NGO "Ģimenes atbalsta centrs"',
      partners: [{ name: 'Liepāja City Social Service', country: 'LV' }],
      startDate: '2009-04-01',
      endDate: '2009-12-31',
    },
  },
  {
    file: eea('variant-archive-grant-fact-cost-in-prose-shall-cooperate'),
    about: 'legal-style 2004-2009 description: the facts give only the grant, the description the total eligible cost of the project; "The Project Promoter shall cooperate with X and Y" names the partners',
    expected: {
      promoter: 'State Probation Service of Latvia',
      amounts: [euro('grant', 1436250, '€ 1,436,250'), euro('total_cost', 1689706, 'EUR 1 689 706')],
      partners: [
        { name: 'Norwegian Correctional Service (Kriminalomsorgen)', country: 'NO' },
        { name: 'Latvian Ministry of Justice', country: 'LV' },
      ],
      startDate: '2008-03-01',
      endDate: '2011-04-30',
    },
  },
  {
    file: eea('variant-printed-pdf-no-heading-wrapped-title'),
    about: 'a 2009-2014 page printed to PDF and saved as text: no "Project facts" heading, "Label:   value" columns, the site\'s address only in the page footer; the title broken after "in"; the partner\'s name broken over two lines of prose',
    expected: {
      title: 'Safer schools: prevention of bullying and psychoactive substance use in Šiauliai district',
      projectNumber: 'LT11-0031',
      promoter: 'Šiauliai District Municipality Public Health Bureau',
      status: 'completed',
      partners: [{ name: 'Norwegian Centre for Learning Environment and Behavioural Research in Education (University of Stavanger)', country: 'NO' }],
    },
  },
  {
    file: eea('variant-database-lynx-title-in-facts-comma-country'),
    about: 'lynx dump of the 2004-2009 database: "Project:" among the facts under "Beneficiary state:", its title wrapped; the description in short lines below a blank line; a partner "Name, Norway"',
    expected: {
      title: 'Development of youth-friendly health services and prevention of addictions in Vilnius County',
      projectNumber: 'LT0057',
      status: 'completed',
      partners: [{ name: 'Oslo University Hospital', country: 'NO' }],
      amounts: [euro('grant', 1050000, 'EUR 1.05 million')],
    },
  },
  {
    file: generic('variant-coordinator-body-and-coordinator-person'),
    about: 'English page of a programme operator: "Coordinator: Zemgale Planning Region" names the body that carries out the project (the promoter); "Project coordinator: <person>, phone, e-mail" below is a contact',
    expected: {
      promoter: 'Zemgale Planning Region',
      projectNumber: '2012.EEZ/PP/1/MAC/026',
      partners: [
        { name: 'Jelgava City Council', country: 'LV' },
        { name: 'Bauska Youth Centre', country: 'LV' },
      ],
      startDate: '2013-05-01',
      endDate: '2015-04-30',
    },
  },
  {
    file: generic('variant-agency-news-2014-2021-code-in-brackets'),
    about: 'an agency\'s English news page: the 2014-2021 code in brackets in prose ("(EE-INTERNAL-0002)") gives the number and so the country; the page never names Estonia',
    expected: {
      projectNumber: 'EE-INTERNAL-0002',
      country: 'EE',
      promoter: 'Police and Border Guard Board',
      startDate: '2021-01-01',
      endDate: '2024-04-30',
    },
  },
  {
    file: generic('variant-spaced-dates-in-project-duration'),
    about: 'English page of a Lithuanian state body: "Project duration: 2014 03 01 – 2016 04 30" (dates with spaced parts under a period label), LTL with the euro in brackets',
    expected: {
      projectNumber: 'LT13-0002',
      promoter: 'Drug, Tobacco and Alcohol Control Department',
      startDate: '2014-03-01',
      endDate: '2016-04-30',
      amounts: [legacy('total_cost', 1726400, 'LTL', 500000, '1 726 400 LTL')],
    },
  },
  {
    file: unodc('variant-printed-partners-sentence-broken-after-and'),
    about: 'printed page: "implemented by MTÜ X in cooperation with A and" / "the B." — the partner list goes on over the line broken after "and"',
    expected: {
      promoter: 'MTÜ Perekeskus Sina ja Mina',
      partners: [
        { name: "Tallinn Children's Hospital", country: 'EE' },
        { name: 'Tallinn Education Department', country: 'EE' },
      ],
      startDate: '2009-06-01',
      endDate: '2009-11-30',
    },
  },
  {
    file: generic('variant-programme-page-lists-project-codes'),
    about: 'a programme\'s page that lists the codes of its projects ("• LT-HOME-0001 …", "• LT-HOME-0002 …"): none of them is the page\'s own project number',
    expected: { projectNumber: null },
  },
  {
    file: generic('variant-en-keep-lynx-bracketed-partner-list'),
    about: 'keep.eu lynx dump: "Project partners" as one comma list of names each closed by a country in brackets, wrapped inside a name ("Region⏎Gotland (SE)")',
    expected: {
      promoter: 'Tallinn Youth Work Centre',
      partners: [
        { name: 'Liepāja City Municipal Police', country: 'LV' },
        { name: 'Turku Youth Services', country: 'FI' },
        { name: 'Region Gotland', country: 'SE' },
      ],
      startDate: '2017-03-01',
      endDate: '2019-02-28',
    },
  },
  {
    file: generic('variant-en-southbaltic-pdf-running-head'),
    about: 'a factsheet saved from PDF: the running head with its page number far right ("… Project factsheet      1/2") is no title',
    expected: { title: 'ReSoBa – Restorative Justice in the South Baltic', projectNumber: 'STHB.04.01.00-LT-0121/17', promoter: 'Klaipėda University' },
  },
  {
    file: generic('variant-en-ncm-office-news-date-over-headline'),
    about: 'Nordic Council of Ministers office news: a bare date over the headline dates a news item (the headline is no title; the project quoted in the lead is), "the project "X", implemented by Y in partnership with …", money "awarded" to the project',
    expected: {
      title: 'Nordic-Baltic Network against Domestic Violence',
      publishedDate: '2016-04-12',
      promoter: "Vilnius Women's House",
      amounts: [euro('grant', 30000, 'EUR 30,000')],
      startDate: '2016-05-01',
      endDate: '2017-04-30',
    },
  },
  {
    file: generic('variant-en-agency-projects-section-over-title'),
    about: 'an agency\'s English page: "Projects financed by EU structural funds" (the section) over the project\'s heading, facts in a tab table',
    expected: { title: 'Family Ties: Strengthening Family Relations of Convicted Persons', projectNumber: '10.1.2-ESFA-V-916-01-0007', promoter: 'Lithuanian Prison Service', status: 'completed' },
  },
  {
    file: generic('variant-en-ngo-annual-report-it-runs'),
    about: 'an NGO annual report saved from PDF: running head with the page number, the period in a sentence opening with "It runs from …" after the project is named',
    expected: { title: 'STRONGER TOGETHER: PEER MENTORING FOR YOUTH LEAVING CARE', promoter: 'Estonian Union for Child Welfare', startDate: '2018-04-01', endDate: '2020-03-31' },
  },
  {
    file: generic('variant-en-interreg-news-come-to-an-end'),
    about: 'programme news: "The project LLI-312 "X" (SOS), implemented from March 2017 to February 2019, has come to an end" (completed; a month gives no date)',
    expected: { title: 'Safe Online, Safe at School', projectNumber: 'LLI-312', status: 'completed', startDate: null, endDate: null },
  },
  {
    file: generic('variant-en-cb-role-column-partner-rows'),
    about: 'Central Baltic page: under "Partners", rows of role, name and country in columns parted by wide gaps, no bars or heading; "Lead partner" names the promoter',
    expected: {
      promoter: 'Estonian Academy of Security Sciences',
      partners: [
        { name: 'University of Turku', country: 'FI' },
        { name: 'State Police College', country: 'LV' },
        { name: 'Stockholm University, Department of Criminology', country: 'SE' },
      ],
      startDate: '2018-09-01',
      endDate: '2021-08-31',
    },
  },
  {
    file: generic('variant-en-esf-implementation-period-months-from'),
    about: 'Latvian ministry ESF card: "Project implementation period: 36 months (from 01.07.2019)" gives the start and the length, no end',
    expected: { startDate: '2019-07-01', endDate: null, durationMonths: 36, projectNumber: '9.2.6.0/17/I/003' },
  },
  {
    file: generic('variant-en-ngo-project-dates-us-format'),
    about: 'NGO page: "Project dates: January 15, 2019 – December 31, 2020" (American dates under their label), a USD grant',
    expected: { startDate: '2019-01-15', endDate: '2020-12-31', status: 'ongoing', promoter: "Women's Issues Information Centre" },
  },
  {
    file: generic('variant-en-southbaltic-news-worth-millions'),
    about: 'South Baltic news: "Posted on D by X" dates it (the headline is no title), the code in brackets (STHB.…, a cross-border code: no one country), "The project, worth €1.2 million, of which €1.02 million comes from the ERDF"',
    expected: { publishedDate: '2017-03-14', title: null, projectNumber: 'STHB.03.01.00-PL-0054/16', country: null, promoter: 'Port of Gdynia Authority', amounts: [euro('total_cost', 1200000, '€1.2 million'), euro('grant', 1020000, '€1.02 million')] },
  },
  {
    file: generic('variant-currency-in-label-bare-figures'),
    about: 'w3m dump of a cpva.lt project card: the currency only in the label ("Projekto vertė, Lt", "Skirtas finansavimas, Lt") over bare figures; "Projekto būklė Baigtas"; an Icelandic partner on a wrapped line',
    expected: {
      projectNumber: 'LT11-0012',
      status: 'completed',
      amounts: [legacy('total_cost', 2482310, 'LTL', 718926.67, '2 482 310,00'), legacy('grant', 2109963.5, 'LTL', 611087.67, '2 109 963,50')],
      partners: [
        { name: 'Kauno vaikų ir moksleivių laisvalaikio rūmai', country: 'LT' },
        { name: 'Reykjavíko miesto gerovės departamentas', country: 'IS' },
      ],
    },
  },
  {
    file: generic('variant-skip-link-stacked-menu-above-breadcrumb'),
    about: 'browser "save as text" of an eeagrants.lv page: a skip link ("Pāriet uz saturu"), a cookie notice and a menu one item per line above the breadcrumb trail are all chrome; labels and values alternate line by line',
    expected: {
      title: 'Ieslodzīto resocializācijas un probācijas uzraudzības pilnveide',
      projectNumber: 'LV-JUSTICE-0003',
      promoter: 'Valsts probācijas dienests',
      startDate: '2020-07-01',
      endDate: '2024-04-30',
    },
  },
  {
    file: generic('variant-news-facts-as-dash-bullets'),
    about: 'a ministry news item lists the project\'s facts as en-dash bullets under "Pagrindiniai projekto faktai:" ("– įgyvendinimo laikotarpis: …;", "– partneris: …;"): each bullet is a labelled fact',
    expected: {
      projectNumber: 'LT10-0021',
      startDate: '2013-02-01',
      endDate: '2014-04-30',
      partners: [{ name: 'Lichtenšteino socialinių paslaugų tarnyba (Amt für Soziale Dienste)', country: 'LI' }],
    },
  },
  {
    file: generic('variant-pdf-sheet-partner-city-after-acronym'),
    about: 'PDF-to-text of a norvegijasgranti.lv 2004-2009 sheet: the partner value wraps to "(SIRUS), Oslo" (the city is where the partner is, no partner); "Ls" before the figures; "Projekts ir sekmīgi pabeigts"',
    expected: {
      projectNumber: 'LV0052',
      promoter: 'Daugavpils pilsētas dome',
      status: 'completed',
      startDate: '2008-02-01',
      endDate: '2010-04-30',
      partners: [{ name: 'Norvēģijas Narkotiku un alkohola pētījumu institūts (SIRUS)', country: 'NO' }],
      amounts: [legacy('total_cost', 612480, 'LVL', 871480.53, 'Ls 612 480'), legacy('grant', 520608, 'LVL', 740758.45, 'Ls 520 608')],
    },
  },
  {
    file: generic('variant-estonian-news-early-code-in-brackets-algas-loppes'),
    about: 'Estonian ministry news on a 2004-2009 project: its code in brackets after the quoted title ("„…” (EE0031)"), the period as "Projekt algas 1. märtsil 2008 ja lõppes 30. aprillil 2010", kroons, "Projekti Norra partner oli X"',
    expected: {
      title: 'Sõltuvusprobleemidega kinnipeetavate rehabilitatsioon Tartu vanglas',
      projectNumber: 'EE0031',
      promoter: 'Justiitsministeerium',
      startDate: '2008-03-01',
      endDate: '2010-04-30',
      amounts: [legacy('total_cost', 9874500, 'EEK', 631095.57, '9 874 500 krooni'), legacy('grant', 8393325, 'EEK', 536431.24, '8 393 325 krooni')],
      partners: [
        { name: 'Tartu Vanglaga', country: 'EE' },
        { name: 'Norra Vanglateenistus (Kriminalomsorgen)', country: 'NO' },
      ],
    },
  },
  {
    file: table('variant-pipe-table-unquoted-heading-under-breadcrumb'),
    about: 'an eeagrants.lv project page copied as a pipe table: the project\'s name is the one unquoted heading line between the breadcrumb trail and the table',
    expected: {
      title: 'Atbalsts vardarbībā cietušām sievietēm Kurzemē',
      projectNumber: 'LV03-0087',
      promoter: 'Biedrība „Kurzemes krīzes centrs”',
      status: 'completed',
      amounts: [euro('total_cost', 98420, 'EUR 98 420,00'), euro('grant', 88578, 'EUR 88 578,00')],
    },
  },
  {
    file: generic('variant-ministry-name-over-project-heading-lats'),
    about: 'a ministry\'s name and a programme line over the heading "Projekts LV0071 „…”": the heading, not the body\'s name, gives the title and the 2004-2009 code; lats with the euro in brackets',
    expected: {
      title: 'Sociālās rehabilitācijas centrs atkarīgajiem jauniešiem Rīgā',
      projectNumber: 'LV0071',
      promoter: 'Rīgas domes Labklājības departaments',
      status: 'completed',
      startDate: '2008-06-01',
      endDate: '2011-04-30',
    },
  },
  {
    file: generic('variant-estonian-news-alustas-programme-projektiga'),
    about: 'rtk.ee news: "X alustas 1. jaanuaril 2021 EMP ja Norra toetuste … programmi projektiga „…” (EE-INTERNAL-0003)" (the programme named between the day and the project), "Projekt kestab 30. aprillini 2024", millions of euro',
    expected: {
      title: 'Lähisuhtevägivalla varajane tuvastamine',
      projectNumber: 'EE-INTERNAL-0003',
      startDate: '2021-01-01',
      endDate: '2024-04-30',
      amounts: [euro('budget', 2100000, '2,1 miljonit eurot'), euro('grant', 1785000, '1,785 miljonit eurot')],
    },
  },
  {
    file: generic('variant-lithuanian-news-kartu-su-partneriu-dash'),
    about: 'eeagrants.lt news: "Projektas įgyvendinamas kartu su partneriu – Norvegijos nacionaline kriminaline policija (Kripos)": the partner after the dash; "pradėjo įgyvendinti" gives no day',
    expected: {
      projectNumber: 'LT-HOME-0003',
      promoter: 'Policijos departamentas',
      startDate: null,
      endDate: '2024-04-30',
      partners: [{ name: 'Norvegijos nacionaline kriminaline policija (Kripos)', country: 'NO' }],
    },
  },
  {
    file: generic('variant-booklet-code-line-over-wrapped-quoted-title'),
    about: 'PDF-to-text page of a ministry booklet of 2004-2009 projects: a running header (ministry, programme, page number) over "Projekto Nr. LT0043" and the quoted name wrapped over two lines; partners on a wrapped ";" list; spaced dates in brackets',
    expected: {
      title: 'Vaikų ir jaunimo apsauga nuo prekybos žmonėmis ir seksualinio išnaudojimo',
      projectNumber: 'LT0043',
      promoter: 'Viešoji įstaiga „Paramos vaikams centras“',
      startDate: '2008-09-01',
      endDate: '2010-08-31',
      amounts: [legacy('total_cost', 1986540, 'LTL', 575341.75, '1 986 540 Lt'), legacy('grant', 1688559, 'LTL', 489040.49, '1 688 559 Lt')],
    },
  },
  {
    file: generic('variant-et-pipe-table-label-column'),
    about: 'an Estonian fact table saved as a Markdown pipe table of two columns: the labelled title wins over the short heading; promoter, partners, period, status and money read cell by cell',
    expected: {
      title: 'Turvaline kool – kiusamise ja uimastite ennetus Tartu koolides',
      promoter: 'Tartu Linnavalitsuse haridusosakond',
      partners: [{ name: 'MTÜ Noorte Tugila' }, { name: 'Tartu politseijaoskond' }],
      status: 'completed',
      startDate: '2019-09-01',
      endDate: '2021-08-31',
      // "sh Euroopa Sotsiaalfondi toetus | 41 225 eurot (85%)": a share in brackets after the sum leaves it a bare figure.
      amounts: [euro('budget', 48500, '48 500 eurot'), euro('grant', 41225, '41 225 eurot'), euro('cofinancing', 7275, '7 275 eurot')],
    },
  },
  {
    file: generic('variant-et-w3m-bordered-table'),
    about: 'a text browser\'s dump of a bordered table (│ cells between ├──┼──┤ rules): read as the tab table it was, not joined into one paragraph',
    expected: {
      title: 'Kaine pilk – alkoholiennetus Pärnu koolides',
      promoter: 'Pärnu Linnavalitsuse sotsiaalosakond',
      startDate: '2015-01-01',
      endDate: '2016-12-31',
      amounts: [euro('budget', 23480, '23 480 €'), euro('grant', 20000, '20 000 €'), euro('cofinancing', 3480, '3 480 €')],
    },
  },
  {
    file: table('variant-empty-cells-colon-labels'),
    about: 'label cells with colons and empty value cells ("Projekta beigas:<TAB>"): an empty cell stays empty and the money rows under it are read',
    expected: {
      endDate: null,
      status: 'ongoing',
      amounts: [euro('total_cost', 318745.6, '318 745,60 EUR'), euro('grant', 270933.76, '270 933,76 EUR'), euro('cofinancing', 47811.84, '47 811,84 EUR')],
    },
  },
  {
    file: generic('variant-et-stacked-card-day-dates-kroons'),
    about: 'an Estonian card of label lines over value lines: "1. jaanuar 2009 – …" under "Periood" is a period, not an item "1."; "Eelarve" is the budget; an unknown label straight over a bare figure ("sh Euroopa Sotsiaalfondi osalus" / "1 062 500 krooni") gives its role',
    expected: {
      startDate: '2009-01-01',
      endDate: '2010-12-31',
      amounts: [legacy('budget', 1250000, 'EEK', 79889.56, '1 250 000 krooni'), legacy('grant', 1062500, 'EEK', 67906.13, '1 062 500 krooni')],
    },
  },
  {
    file: generic('variant-en-card-lead-sentence-ends-in-promoter'),
    about: '"Beneficiary: State Police" over a paragraph "The project equipped regional units of the State Police …": a sentence opening with an article is no fuller name of the promoter',
    expected: {
      promoter: 'State Police',
      startDate: '2017-03-15',
      endDate: '2019-03-14',
      // "ISF co-financing (75 %)": co-financing named after a fund (the Internal Security Fund) is its grant.
      amounts: [euro('total_cost', 412000, 'EUR 412,000.00'), euro('grant', 309000, 'EUR 309,000.00'), euro('cofinancing', 103000, 'EUR 103,000.00')],
    },
  },
  {
    file: generic('variant-et-struktuurifondid-toetuse-saaja'),
    about: 'struktuurifondid.ee data in two space-aligned columns: "Toetuse saaja" (the grant\'s recipient) is the promoter',
    expected: { promoter: 'Ida-Viru Maavalitsus', projectNumber: '2014-2020.2.05.16-0012', status: 'completed' },
  },
  {
    file: generic('variant-lv-header-row-over-one-project'),
    about: 'one project\'s facts laid out across: a header row of field labels (Nosaukums, Numurs, Īstenotājs, …) over ONE row of cells, each cell read under its label',
    expected: {
      title: 'Atkarību profilakse Ogres novada skolās',
      projectNumber: '9.2.4.2/16/I/044',
      promoter: 'Ogres novada pašvaldība',
      startDate: '2017-03-01',
      endDate: '2022-12-31',
      amounts: [euro('total_cost', 96310, '96 310,00 EUR'), euro('grant', 81863.5, '81 863,50 EUR')],
    },
  },
  {
    file: generic('variant-lt-pdf-report-page-running-header'),
    about: 'an annual report\'s page about one project, saved from PDF: the running header (two parts far apart) over the page number is chrome, the numbered heading "3.2. Projektas „…“" names the project; a period in months gives no dates',
    expected: {
      title: 'Sveika gyvensena – be narkotikų',
      promoter: 'Kauno miesto savivaldybės visuomenės sveikatos biuras',
      startDate: null,
      endDate: null,
      amounts: [legacy('total_cost', 345600, 'LTL', 100092.68, '345 600 Lt'), legacy('grant', 293760, 'LTL', 85078.78, '293 760 Lt')],
    },
  },
  {
    file: generic('variant-lv-funding-sources-table-currency-in-header'),
    about: 'the money as a table of its sources with the currency in the header ("Summa, EUR") and a share column: each row\'s figure in euro, a fund\'s a grant, the state\'s and the town\'s co-financing, "Kopā" the total cost',
    expected: {
      amounts: [euro('grant', 42500, '42 500,00'), euro('cofinancing', 2500, '2 500,00'), euro('cofinancing', 5000, '5 000,00'), euro('total_cost', 50000, '50 000,00')],
    },
  },
  {
    file: generic('variant-lt-esinvesticijos-stacked-status-over-footer'),
    about: 'a stacked card whose last fact is the status ("Projekto būsena" / "Įgyvendintas") over a cookie line, not over another label: a status word is the value',
    expected: { status: 'completed', partners: [{ name: 'Alytaus psichikos sveikatos centras' }, { name: 'VšĮ „Jaunimo linija“' }] },
  },
  {
    file: generic('variant-lt-tab-table-financial-mechanism-share'),
    about: 'litai with euro in brackets; "Iš jų EEE finansinio mechanizmo lėšos" (a financial mechanism\'s money) is the grant, the municipality\'s contribution co-financing',
    expected: {
      status: 'completed',
      startDate: '2009-10-01',
      endDate: '2011-03-31',
      amounts: [legacy('total_cost', 245300, 'LTL', 71043.79, '245 300 Lt'), legacy('grant', 208505, 'LTL', 60387.22, '208 505 Lt'), legacy('cofinancing', 36795, 'LTL', 10656.57, '36 795 Lt')],
    },
  },
  {
    file: generic('variant-lt-header-row-one-cell-per-line'),
    about: 'a header row over one row copied one cell per line (five labels, then five values in their order): each value read under the label of its place; "Finansavimo šaltinis" names a funder, not a fact',
    expected: {
      title: 'Stiprios šeimos – saugūs vaikai',
      promoter: 'Utenos rajono savivaldybės administracija',
      startDate: '2021-06-01',
      endDate: '2023-04-30',
      amounts: [euro('total_cost', 87500, '87 500 EUR')],
    },
  },
  {
    file: unodc('variant-lithuanian-translation'),
    about: 'the grant page translated into Lithuanian: "Projekto informacija", "Projekto pavadinimas" over a „quoted“ title, "Trukmė" with Lithuanian dates, "Projekto vykdytojas", "Projekto uždaviniai:", "UNODC biudžetas"',
    expected: {
      layout: 'unodc-baltic-grant',
      language: 'lt',
      title: 'Narkotikų vartojimo prevencija Utenos rajono mokyklose',
      promoter: 'Utenos rajono savivaldybės visuomenės sveikatos biuras',
      startDate: '2009-04-01',
      endDate: '2009-11-30',
      objectives: ['Parengti prevencinę programą 7–10 klasių moksleiviams', 'Apmokyti mokytojus ir socialinius pedagogus', 'Suorganizuoti renginius moksleiviams ir jų tėvams'],
      amounts: [legacy('budget', 20000, 'LTL', 5792.4, '20 000,00 LTL')],
    },
  },
  {
    file: unodc('variant-lithuanian-translation-no-title'),
    about: 'Lithuanian translation whose "Projekto pavadinimas" heading has no title under it: the "Trukmė" line that follows is the period, not the title',
    expected: {
      layout: 'unodc-baltic-grant',
      title: null,
      startDate: '2007-06-01',
      endDate: '2007-12-31',
    },
    warnings: ['missing-title'],
  },
  {
    file: unodc('variant-latvian-translation-partners-in-prose'),
    about: 'the grant page translated into Latvian: "Projekta informācija", "Projekta nosaukums", "Ilgums" with Latvian dates, "Projekta īstenotājs" (biedrība „X”), "Projekta mērķis un uzdevumi", "UNODC budžets"',
    expected: {
      layout: 'unodc-baltic-grant',
      language: 'lv',
      title: 'Ielu sociālais darbs ar riska jauniešiem Liepājā',
      promoter: 'biedrība „Liepājas jauniešu centrs”',
      startDate: '2010-03-01',
      endDate: '2010-12-31',
      amounts: [legacy('budget', 7500, 'LVL', 10671.54, '7 500,00 LVL')],
    },
  },
  {
    file: unodc('variant-estonian-translation'),
    about: 'the grant page translated into Estonian: "Projekti info", "Projekti nimetus", "Kestus" with dotted dates, "Projekti elluviija", "Projekti eesmärk ja ülesanded", "UNODC eelarve"',
    expected: {
      layout: 'unodc-baltic-grant',
      language: 'et',
      title: 'Kahjude vähendamise teenuste laiendamine Kohtla-Järvel',
      promoter: 'MTÜ Eesti HIV-positiivsete Võrgustik',
      startDate: '2007-05-01',
      endDate: '2007-12-31',
      amounts: [legacy('budget', 250000, 'EEK', 15977.91, '250 000,00 EEK')],
    },
  },
  {
    file: unodc('variant-lynx-dump-wrapped-partners-and-status'),
    about: 'lynx dump: link numbers, indented body, "*" bullets, a References list; the prose breaks "in⏎   cooperation with", "and⏎   the" and "has⏎   been completed" over indented lines',
    expected: {
      promoter: 'Marijampolė Public Health Bureau',
      partners: [
        { name: 'Marijampolė Municipality Education Department', country: 'LT' },
        { name: 'Lithuanian Red Cross Society Marijampolė branch', country: 'LT' },
      ],
      status: 'completed',
      amounts: [legacy('budget', 45000, 'LTL', 13032.9, 'LTL 45,000.00')],
    },
  },
  {
    file: unodc('variant-pdf-print-society-quoted-promoter'),
    about: 'PDF print: running head and footer, a form feed inside the page; "carried out by the society "X" together with the⏎Y": the quoted name without the English word for its kind, the partner on the next line',
    expected: {
      title: 'Support groups for families of drug users in Jelgava and Jelgava district',
      promoter: 'Atbalsts ģimenēm',
      partners: [{ name: 'Jelgava City Council Social Affairs Department', country: 'LV' }],
      status: 'ongoing',
      amounts: [legacy('budget', 3500, 'LVL', 4980.05, '3,500.00 LVL')],
    },
  },
  {
    file: unodc('variant-grant-period-from-to'),
    about: 'inline "Grantee:" and "Grant period: from A to B"; the budget with the code first and continental separators',
    expected: {
      promoter: 'Ventspils City Council Social Service',
      startDate: '2009-06-01',
      endDate: '2009-08-31',
      amounts: [legacy('budget', 9800, 'LVL', 13944.14, 'LVL 9.800,00')],
    },
  },
  {
    file: unodc('variant-latvian-translation-inline-labels'),
    about: 'Latvian translation giving the facts inline under the site\'s translated name ("UNODC Baltijas valstīs"): "Projekta nosaukums: „X”", "Ilgums: 01.04.2008.–31.12.2008.", "UNODC budžets: 6 000 LVL"',
    expected: {
      layout: 'unodc-baltic-grant',
      title: 'Atbalsts narkotiku lietotāju ģimenēm Daugavpilī',
      promoter: 'Daugavpils pilsētas domes Sociālo lietu pārvalde',
      startDate: '2008-04-01',
      endDate: '2008-12-31',
      amounts: [legacy('budget', 6000, 'LVL', 8537.23, '6 000 LVL')],
    },
  },
  {
    file: unodc('variant-estonian-translation-partner-name-ending-in-ga'),
    about: 'Estonian translation: "Projekti viis ellu MTÜ X koostöös Valga Maavalitsusega": the comitative ends the partner\'s name at its last word, not at "Valga"; "Projekt on lõppenud."',
    expected: {
      layout: 'unodc-baltic-grant',
      promoter: 'MTÜ Valgamaa Noorteühendus',
      partners: [{ name: 'Valga Maavalitsusega', country: 'EE' }],
      status: 'completed',
      startDate: '2011-03-01',
      endDate: '2011-11-30',
      amounts: [euro('budget', 5000, '5 000,00 EUR')],
    },
  },
  {
    file: unodc('variant-lynx-latvian-translation-partner-wrapped-in-name'),
    about: 'lynx dump of the Latvian translation: "sadarbībā ar A un Nodarbinātības⏎   valsts aģentūras … filiāli" — the prose is read with its wrapped lines joined, so the second partner\'s name goes on over the indented line',
    expected: {
      layout: 'unodc-baltic-grant',
      title: 'Sociālā rehabilitācija narkotiku lietotājiem pēc ārstēšanas Jūrmalā',
      promoter: 'biedrība „Jūrmalas atbalsta centrs”',
      partners: [
        { name: 'Jūrmalas pilsētas domes Sociālo dienestu', country: 'LV' },
        { name: 'Nodarbinātības valsts aģentūras Jūrmalas filiāli', country: 'LV' },
      ],
      startDate: '2010-04-15',
      endDate: '2011-01-15',
    },
  },
  {
    file: unodc('variant-project-duration-without-colon-under-title'),
    about: 'the quoted title, then "Project duration 01 May 2009 - …" on the next line without a colon or a blank line: the period ends the title',
    expected: {
      title: 'Harm reduction services in Ogre',
      startDate: '2009-05-01',
      endDate: '2009-12-31',
    },
  },
  {
    file: unodc('variant-no-title-implementation-period-without-colon'),
    about: 'no title under "Project title": the "Implementation period 01.02.2010 - …" line under it is the period, not the title',
    expected: {
      title: null,
      startDate: '2010-02-01',
      endDate: '2010-09-30',
    },
    warnings: ['missing-title'],
  },
  {
    file: unodc('variant-jointly-with-partners-project-ended'),
    about: '"implemented by the society "X" jointly with A and B": the quoted promoter without the English word for its kind, the partners after "jointly with"; "The project ended in November 2008"',
    expected: {
      promoter: 'Liepājas HIV centrs',
      partners: [
        { name: 'Liepāja City Social Service', country: 'LV' },
        { name: 'State Police Kurzeme Region Board', country: 'LV' },
      ],
      status: 'completed',
    },
  },
  {
    file: unodc('variant-grantee-organisation-heading'),
    about: '"Grantee organisation" heading, the name under it after a blank line (also "Recipient organization", "Executing organization", "Implementing NGO", "Name of the organization")',
    expected: {
      promoter: 'Tartu Child Support Centre',
      amounts: [legacy('budget', 96000, 'EEK', 6135.52, '96,000.00 EEK')],
    },
  },
  {
    file: generic('variant-lv-vm-news-turpina-istenot-erdf'),
    about: 'Latvian ministry news whose headline says the ministry goes on carrying out the project ("turpina īstenot projektu": no status stated), co-financed by the European Regional Development Fund named in the genitive',
    expected: {
      title: 'Atkarību profilakse Kurzemes skolās',
      promoter: 'Veselības ministrija',
      status: null,
      funders: ['European Regional Development Fund'],
      startDate: '2019-04-01',
      endDate: '2021-12-31',
    },
  },
  {
    file: generic('variant-et-municipal-news-toimus-mtu-ga'),
    about: 'Estonian rural municipality news: "Projekt toimus … kuni …" (took place: completed), a partner "koostöös MTÜ-ga X" (the legal form without its case ending)',
    expected: {
      title: 'Turvaline koolitee',
      promoter: 'Harku Vallavalitsus',
      status: 'completed',
      partners: [{ name: 'MTÜ Lastekaitse Liit', country: null }],
      startDate: '2016-09-01',
      endDate: '2018-08-31',
    },
  },
  {
    file: generic('variant-en-keep-partners-heading-over-party-table'),
    about: 'keep.eu page with a "Partners" heading over a "Name | Country | Role" table: the rows are read as cells (lead partner the promoter), not as names',
    expected: {
      promoter: 'Valga Municipality Government',
      partners: [
        { name: 'Valka Municipality Council', country: 'LV' },
        { name: 'Police and Border Guard Board, South Prefecture', country: 'EE' },
      ],
      status: 'completed',
    },
  },
  {
    file: generic('variant-lt-municipal-news-posted-time-short-headline-subject'),
    about: 'Lithuanian city news: "Paskelbta 2021-03-15 10:24" (a publication date with the time of day), a headline whose subject is one word ("Savivaldybė pradeda …") over a lead naming the body in full before the same verb; launching says nothing of the status',
    expected: {
      publishedDate: '2021-03-15',
      promoter: 'Klaipėdos miesto savivaldybės administracija',
      status: null,
      startDate: '2021-03-15',
      endDate: '2023-06-30',
    },
  },
  {
    file: generic('variant-lv-pdf-report-numbered-project-section-planned'),
    about: 'a municipal report saved from PDF: running head, page number and rule over a numbered section "3. Projekts „…”" (the title), "Plānotais īstenošanas laiks:" (the planned period), a status saying work will start (planned)',
    expected: {
      title: 'Atbalsts ģimenēm atkarību mazināšanai',
      projectNumber: 'LV-SAM-2024/03',
      status: 'planned',
      startDate: '2024-09-01',
      endDate: '2026-08-31',
    },
  },
  {
    file: generic('variant-lt-city-news-adverb-before-verb'),
    about: 'Lithuanian city news whose lead puts an adverb between the body and its verb ("X sėkmingai užbaigė projektą"): the promoter is the body without it',
    expected: { promoter: 'Vilniaus miesto savivaldybės administracija', status: 'completed' },
  },
  {
    file: generic('variant-en-ee-ministry-carries-out-together-with'),
    about: 'English page of an Estonian ministry: "The Ministry … carries out the project … together with A and B" (promoter and partners from the lead)',
    expected: {
      promoter: 'Ministry of Social Affairs',
      partners: [
        { name: 'National Institute for Health Development', country: null },
        { name: 'Tartu City Government', country: 'EE' },
      ],
      status: 'ongoing',
    },
  },
  {
    file: generic('variant-en-keep-code-dash-title-acronym'),
    about: 'keep.eu heading "LLI-315 — Title (ACRONYM)": the code is the number, the dash after it no part of the title, the acronym another title',
    expected: {
      title: 'Youth without Borders: Joint Prevention of Risky Behaviour',
      alternativeTitles: ['YouthPrevent'],
      projectNumber: 'LLI-315',
      promoter: 'Rokiškis District Municipality Administration',
    },
  },
  {
    file: generic('variant-et-city-news-jatkab-place-headline-kroons'),
    about: 'Estonian city news: a headline whose subject is the city ("Tallinn jätkab … projekti") over a lead naming the city\'s department before the same verb; "jätkab projekti … elluviimist" (goes on: no status stated); kroons with euro in brackets',
    expected: {
      promoter: 'Tallinna Sotsiaal- ja Tervishoiuamet',
      status: null,
      amounts: [
        legacy('total_cost', 1250000, 'EEK', 79889.56, '1 250 000 krooni'),
        legacy('grant', 1062500, 'EEK', 67906.13, '1 062 500 krooni'),
      ],
    },
  },
  {
    file: generic('variant-en-police-news-continues-to-implement'),
    about: 'English police news: "The State Police continues to implement the project" in the headline and the lead (promoter without the article; going on states no status)',
    expected: { promoter: 'State Police', status: null, projectNumber: 'VP/2018/07' },
  },
  {
    file: unodc('variant-printed-partners-of-the-project-were'),
    about: 'a browser print (print time before the page title in the header, the address and page count in the footer); promoter "implemented by X"; "Partners of the project were A and B"; an indicator with an en dash',
    expected: {
      title: 'Prevention of HIV and hepatitis among drug using inmates of Šiauliai Remand Prison',
      promoter: 'Public Institution Šiauliai Centre for Addictive Disorders',
      partners: [{ name: 'Šiauliai Remand Prison', country: 'LT' }, { name: 'Šiauliai City Municipality Public Health Bureau', country: 'LT' }],
      startDate: '2009-06-15',
      endDate: '2009-12-15',
      amounts: [legacy('budget', 45500, 'LTL', 13177.71, '45,500.00 LTL')],
      indicators: [
        { label: 'Number of inmates who participated in peer education sessions', value: 142, unit: null },
        { label: 'Number of prison staff trained', value: 27, unit: null },
        { label: 'Number of individual consultations provided', value: 318, unit: null },
        { label: 'Number of released inmates referred to community services', value: 39, unit: null },
      ],
      source: { url: 'http://www.unodc.org/balticstates/en/grants/lithuania/2009/siauliai_proj.html', retrievedAt: '2010-03-12T14:22' },
    },
  },
  {
    file: unodc('variant-lynx-wrapped-title-space-thousands'),
    about: 'lynx dump: the quoted title wrapped over two lines, "*" bullets, an indicator "38 560" with a space for thousands; the References list gives no page address',
    expected: {
      title: 'Development of low threshold services for injecting drug users and their families in Daugavpils',
      promoter: null,
      country: 'LV',
      locations: ['Daugavpils'],
      amounts: [legacy('budget', 8750, 'LVL', 12450.13, '8,750.00 LVL')],
      indicators: [
        { label: 'Number of clients registered in the programme', value: 412, unit: null },
        { label: 'Number of syringes exchanged', value: 38560, unit: null },
        { label: 'Number of HIV rapid tests performed', value: 205, unit: null },
        { label: 'Number of support group meetings', value: 24, unit: null },
      ],
      source: { url: null },
    },
  },
  {
    file: unodc('variant-eek-with-eur-promoter-native-name-in-brackets'),
    about: '"During the project NGO X (MTÜ Y) organised …": the promoter with its Estonian name in brackets; EEK with its euro equivalent in brackets (one sum, listed once)',
    expected: {
      promoter: 'NGO Narva Hope Centre (MTÜ Narva Lootuse Keskus)',
      partners: [],
      country: 'EE',
      locations: ['Narva', 'Sillamäe'],
      amounts: [legacy('budget', 156466, 'EEK', 10000, '156,466.00 EEK')],
      indicators: [],
    },
  },
  {
    file: unodc('variant-lithuanian-translation-indicators-litai'),
    about: 'Lithuanian translation: Lithuanian dates in "Trukmė", "Projektą įgyvendino X", "Pagrindiniai rodikliai" with en dashes and "12 450", budget "20 000,00 Lt"',
    expected: {
      language: 'lt',
      title: 'Žalos mažinimo paslaugų plėtra Panevėžio mieste',
      promoter: 'Panevėžio miesto savivaldybės visuomenės sveikatos biuras',
      startDate: '2010-04-01',
      endDate: '2010-10-31',
      amounts: [legacy('budget', 20000, 'LTL', 5792.4, '20 000,00 Lt')],
      indicators: [
        { label: 'Pasiektų naujų klientų skaičius', value: 87, unit: null },
        { label: 'Išdalintų švirkštų skaičius', value: 12450, unit: null },
        { label: 'Suteiktų konsultacijų skaičius', value: 326, unit: null },
      ],
    },
  },
  {
    file: unodc('variant-latvian-translation-ls-first-partner-sadarbiba'),
    about: 'Latvian translation: "Ilgums 2009. gada 1. aprīlis - …", "Projektu īstenoja X sadarbībā ar biedrību „Y”", budget "Ls 4 500,00"; result bullets with numbers in prose are no indicators',
    expected: {
      language: 'lv',
      promoter: 'Liepājas pilsētas Sociālais dienests',
      partners: [{ name: 'Ģimeņu atbalsta centrs' }],
      startDate: '2009-04-01',
      endDate: '2009-12-31',
      amounts: [legacy('budget', 4500, 'LVL', 6402.92, 'Ls 4 500,00')],
      indicators: [],
    },
  },
  {
    file: unodc('variant-estonian-translation-viis-labi-krooni'),
    about: 'Estonian translation: "Kestus 01.09.2006 - 31.05.2007", "Projekti viis läbi MTÜ X koostöös Y-ga" (promoter X, partner Y), "Peamised näitajad", budget "95 000 krooni"',
    expected: {
      language: 'et',
      promoter: 'MTÜ Tartu Noorte Tervisekeskus',
      partners: [{ name: 'Tartu Linnavalitsuse haridusosakonnaga', country: 'EE' }],
      startDate: '2006-09-01',
      endDate: '2007-05-31',
      amounts: [legacy('budget', 95000, 'EEK', 6071.61, '95 000 krooni')],
      indicators: [
        { label: 'Koolitatud õpetajate arv', value: 46, unit: null },
        { label: 'Ennetustundides osalenud õpilaste arv', value: 1230, unit: null },
        { label: 'Osalenud koolide arv', value: 12, unit: null },
      ],
    },
  },
  {
    file: unodc('variant-reader-view-unmarked-indicators-usd'),
    about: 'reader view: inline facts (implementing organisation, partners parted by ";", status), list items as indented lines without marks (the indicators read from them), a USD budget',
    expected: {
      title: 'HIV testing and counselling for drug users in Vilnius',
      promoter: 'Public Institution Vilnius Centre for Addictive Disorders',
      partners: [{ name: 'Vilnius City Municipality Public Health Bureau' }, { name: 'Lithuanian AIDS Centre' }],
      status: 'completed',
      startDate: '2012-03-01',
      endDate: '2012-09-30',
      amounts: [{ role: 'budget', amount: 15000, currency: 'USD', eur: null, rate: null, rateSource: null, text: 'USD 15,000' }],
      indicators: [
        { label: 'Number of rapid HIV tests performed', value: 214, unit: null },
        { label: 'Number of positive results', value: 9, unit: null },
        { label: 'Number of clients referred to treatment', value: 9, unit: null },
        { label: 'Number of counselling sessions', value: 388, unit: null },
      ],
    },
    warnings: ['unknown-currency'],
  },
  {
    file: unodc('variant-pdf-facts-as-headings-no-title-finished'),
    about: 'PDF text of a booklet: running heads with page numbers, facts as headings with the value on the next line ("Implementing organisation", "Location", "Duration" with dotted dates, "Status" "Finished"), no title under "Project title", "LVL 6,000.00"',
    expected: {
      title: null,
      promoter: 'Jelgava City Council Social Affairs Department',
      locations: ['Jelgava', 'Jelgava district'],
      status: 'completed',
      startDate: '2005-11-01',
      endDate: '2006-04-30',
      amounts: [legacy('budget', 6000, 'LVL', 8537.23, 'LVL 6,000.00')],
      indicators: [],
    },
    warnings: ['missing-title'],
  },
  {
    file: generic('variant-lt-print-header-time-beside-headline'),
    about: 'Lithuanian municipal news printed from a browser: print time beside the page title on the header line, address beside the page count in the footer, a date line naming its section; the project named in quotes in the lead; labelled facts in long Lithuanian dates; Lt',
    expected: {
      title: 'Nusikalstamumo ir priklausomybių prevencija Panevėžio rajono mokyklose',
      projectNumber: 'LT10-0021',
      promoter: 'Panevėžio rajono savivaldybės administracija',
      status: null,
      startDate: '2014-09-01',
      endDate: '2016-04-30',
      publishedDate: '2014-09-05',
      amounts: [
        legacy('total_cost', 412870, 'LTL', 119575.42, '412 870 Lt'),
        legacy('grant', 350939, 'LTL', 101638.96, '350 939 Lt'),
        legacy('cofinancing', 61931, 'LTL', 17936.46, '61 931 Lt'),
      ],
      source: { url: 'https://www.panrs.lt/naujienos/pradetas-igyvendinti-prevencijos-projektas-mokyklose', retrievedAt: '2014-09-08T09:41' },
    },
  },
  {
    file: generic('variant-et-reader-view-domain-byline-krooni'),
    about: 'Estonian city news in a reader view: the site address, byline and reading time ("3–4 minutit") around the headline; the lead names the project in quotes; "Projekti elluviija"; the EEA and Norway mechanisms spelled out; kroons',
    expected: {
      title: 'Koos turvalisema kogukonna poole',
      promoter: 'Tartu Linnavalitsuse sotsiaalabi osakond',
      funders: ['EEA Grants', 'Norway Grants'],
      startDate: '2010-03-01',
      endDate: '2011-08-31',
      publishedDate: '2010-03-02',
      status: null,
      amounts: [
        legacy('budget', 1245600, 'EEK', 79608.35, '1 245 600 krooni'),
        legacy('grant', 1058760, 'EEK', 67667.1, '1 058 760 krooni'),
        legacy('cofinancing', 186840, 'EEK', 11941.25, '186 840 krooni'),
      ],
    },
  },
  {
    file: table('variant-lynx-wrapped-columns-catchword-heading'),
    about: 'Latvian municipal table dumped by lynx (both columns wrap), a "Projekta nosaukums" row with the full name under a heading with a catchword name in quotes (an alternative title); ESF and state shares',
    expected: {
      title: 'Pasākumi vietējās sabiedrības veselības veicināšanai un slimību profilaksei Krāslavas novadā',
      alternativeTitles: ['Esi vesels Krāslavas novadā!'],
      projectNumber: '9.2.4.2/16/I/052',
      promoter: 'Krāslavas novada dome',
      status: 'completed',
      startDate: '2017-03-01',
      endDate: '2019-12-31',
      amounts: [euro('total_cost', 99964, 'EUR 99 964,00'), euro('grant', 84969.4, 'EUR 84 969,40'), euro('cofinancing', 14994.6, 'EUR 14 994,60')],
    },
  },
  {
    file: lvng('variant-w3m-instrument-banner-wrapped-heading-ls'),
    about: 'Latvian Norway Grants 2004–2009 page saved with w3m: a logo in brackets, the "Norvēģijas finanšu instruments" banner over a menu tree, the heading wrapped at 80 columns; lats written "Ls 612 480"',
    expected: {
      title: 'Narkotiku lietošanas profilakse un rehabilitācija ieslodzījuma vietās',
      projectNumber: 'LV 0057',
      promoter: 'Ieslodzījuma vietu pārvalde',
      status: 'completed',
      startDate: '2008-09-01',
      endDate: '2010-08-31',
      publishedDate: '2011-02-14',
      amounts: [
        legacy('total_cost', 612480, 'LVL', 871480.53, 'Ls 612 480'),
        legacy('grant', 520608, 'LVL', 740758.45, 'Ls 520 608'),
        legacy('cofinancing', 91872, 'LVL', 130722.08, 'Ls 91 872'),
      ],
    },
  },
  {
    file: generic('variant-en-lt-agency-firefox-print-footer-url'),
    about: 'English page of a Lithuanian agency printed from Firefox: the page title beside the print time on top, the address beside "1 of 2" in the footer; a long 2014–2021 code after "No."; comma thousands',
    expected: {
      title: 'Early Intervention for Young People Experimenting with Psychoactive Substances',
      projectNumber: 'LT04-1-NTAKD-K02-003',
      promoter: 'Drug, Tobacco and Alcohol Control Department',
      funders: ['EEA Grants', 'Norway Grants'],
      startDate: '2020-06-01',
      endDate: '2024-04-30',
      amounts: [euro('total_cost', 1176470.59, 'EUR 1,176,470.59'), euro('grant', 1000000, 'EUR 1,000,000.00'), euro('cofinancing', 176470.59, 'EUR 176,470.59')],
      source: { url: 'https://ntakd.lrv.lt/en/activities/international-projects/early-intervention-project', retrievedAt: '2022-05-12T14:37' },
    },
  },
  {
    file: generic('variant-lv-agency-news-copied-nosledzies-euro'),
    about: 'Latvian agency news copied from the browser: "Noslēdzies projekts „…”" headline (completed), a programme in quotes in the lead that is not the title, labelled facts with nominative long dates, "euro" after the figures',
    expected: {
      title: 'Atkarību mazināšanas programmu ieviešana probācijas darbā',
      promoter: 'Valsts probācijas dienests',
      status: 'completed',
      startDate: '2014-06-02',
      endDate: '2016-04-30',
      amounts: [euro('total_cost', 712350, '712 350,00 euro'), euro('grant', 605497.5, '605 497,50 euro'), euro('cofinancing', 106852.5, '106 852,50 euro')],
    },
  },
  {
    file: generic('variant-lt-pdf-summary-hyphenated-title-dot-thousands'),
    about: 'Lithuanian project summary PDF: a labelled title hyphenated at a line\'s end ("interven-" / "cijos"), the EEA mechanism spelled out, "Paramos suma" and "Projekto vykdytojo įnašas", litas with dot thousands, result bullets',
    expected: {
      title: 'Priklausomybių prevencijos ir ankstyvosios intervencijos paslaugų plėtra Klaipėdos regione',
      promoter: 'Klaipėdos priklausomybės ligų centras',
      funders: ['EEA Grants'],
      startDate: '2009-05-04',
      endDate: '2011-04-30',
      amounts: [
        legacy('total_cost', 1245678, 'LTL', 360773.29, '1.245.678,00 Lt'),
        legacy('grant', 1058826.3, 'LTL', 306657.29, '1.058.826,30 Lt'),
        legacy('cofinancing', 186851.7, 'LTL', 54115.99, '186.851,70 Lt'),
      ],
      indicators: [
        { label: 'Apmokytų specialistų skaičius', value: 120, unit: null },
        { label: 'Konsultuotų jaunuolių skaičius', value: 415, unit: null },
        { label: 'Parengtų metodinių leidinių skaičius', value: 3, unit: null },
      ],
    },
  },
  {
    file: generic('variant-et-ministry-w3m-image-logo-eurot'),
    about: 'Estonian ministry project page saved with w3m: the logo in brackets beside language links, a menu tree, a wrapped trail; "Projekti elluviija", partners as bullets, long Estonian dates, "Projekt on lõppenud"',
    expected: {
      title: 'Noorte õigusrikkumiste ennetamine kogukonnas',
      projectNumber: 'EE-JUSTICE-0004',
      promoter: 'Sotsiaalkindlustusamet',
      status: 'completed',
      startDate: '2021-09-01',
      endDate: '2024-04-30',
      partners: [
        { name: 'Politsei- ja Piirivalveamet' },
        { name: 'Tartu Ülikool' },
        { name: 'Norra Politseidirektoraat (Politidirektoratet)', country: 'NO' },
      ],
    },
  },
  {
    file: unodc('variant-print-implementing-organization-heading-space-thousands'),
    about: 'browser print: the address beside the page count in the footer, an "Implementing organization" heading over its value, indicator values with a space between thousands ("1 120")',
    expected: {
      title: 'Drug use prevention among pupils of Šiauliai district general schools',
      promoter: 'Šiauliai District Municipality Public Health Bureau',
      source: { url: 'https://www.unodc.org/balticstates/en/grants/lithuania/2006/siauliaiVSB_proj.html' },
      startDate: '2006-05-15',
      endDate: '2006-12-15',
      amounts: [legacy('budget', 24800, 'LTL', 7182.58, '24,800.00 LTL')],
      indicators: [
        { label: 'Number of trained teachers and social pedagogues', value: 38, unit: null },
        { label: 'Number of trained peer educators', value: 46, unit: null },
        { label: 'Number of pupils participated in peer education sessions', value: 1120, unit: null },
        { label: "Number of parents' meetings", value: 12, unit: null },
        { label: 'Number of printed leaflets for parents', value: 2000, unit: null },
      ],
    },
  },
  {
    file: unodc('variant-lynx-association-quoted-promoter-cooperation-partners'),
    about: 'lynx dump: a wrapped title, "implemented by the association "X" in cooperation with A and B" (promoter X without its kind word, partners A and B), indicators under "Results:"',
    expected: {
      title: 'Reduction of HIV infection and drug use related harm among inmates of Liepaja Prison and persons released from it',
      promoter: 'Sociālās palīdzības centrs Liepāja',
      partners: [{ name: 'Liepaja Prison' }, { name: 'Liepaja City Social Service' }],
      country: 'LV',
      amounts: [legacy('budget', 6450, 'LVL', 9177.52, '6,450.00 LVL')],
      indicators: [
        { label: 'Number of inmates participated in group sessions', value: 112, unit: null },
        { label: 'Number of individual consultations', value: 247, unit: null },
        { label: 'Number of HIV tests performed', value: 86, unit: null },
        { label: 'Number of released persons referred to services', value: 19, unit: null },
      ],
    },
  },
  {
    file: unodc('variant-copy-no-blank-lines-eek-cofinancing'),
    about: 'a copy without blank lines: the objectives list ends where the prose after it starts, "carried out by NGO X" (promoter), "Co-financing by Narva City Government" under the UNODC budget',
    expected: {
      promoter: 'NGO Narva Noorteklubi Ahhaa',
      country: 'EE',
      objectives: [
        'To continue needle and syringe exchange in the streets of Narva and to start it in Sillamäe',
        'To train 6 new outreach workers among former drug users',
        'To refer clients to HIV testing, substitution treatment and social services',
      ],
      amounts: [legacy('budget', 236000, 'EEK', 15083.15, '236,000.00 EEK'), legacy('cofinancing', 60000, 'EEK', 3834.7, '60,000.00 EEK')],
    },
  },
  {
    file: unodc('variant-reader-view-margin-indicators-public-institution'),
    about: 'reader view: list items as paragraphs at the margin parted by blank lines (the indicators read from them), "implemented by the public institution X together with Y" (promoter X, partner Y), "Seminars were held in A, B and C" (places), a USD budget',
    expected: {
      title: 'Training of police officers of Panevėžys County on HIV prevention and referral of drug users to health services',
      promoter: 'Panevėžys Centre for Addictive Disorders',
      partners: [{ name: 'Panevėžys County Police Headquarters' }],
      locations: ['Panevėžys County', 'Biržai', 'Rokiškis'],
      startDate: '2012-02-01',
      endDate: '2012-08-31',
      amounts: [{ role: 'budget', amount: 9850, currency: 'USD', eur: null, rate: null, rateSource: null, text: 'USD 9,850.00' }],
      indicators: [
        { label: 'Number of trained police officers', value: 94, unit: null },
        { label: 'Number of seminars', value: 7, unit: null },
        { label: 'Number of detainees consulted', value: 58, unit: null },
        { label: 'Number of detainees referred to services', value: 21, unit: null },
      ],
    },
    warnings: ['unknown-currency'],
  },
  {
    file: unodc('variant-partners-bullets-colon-indicators-decimal-comma'),
    about: 'no promoter named; a "Project partners:" bullet list; indicators "Number of X: 183" under "Results:"; a budget with a decimal comma ("8 900,00 LVL")',
    expected: {
      promoter: null,
      partners: [{ name: 'Daugavpils City Council Social Service' }, { name: 'Daugavpils Psychoneurological Hospital' }, { name: 'Latvian Red Cross Daugavpils branch' }],
      amounts: [legacy('budget', 8900, 'LVL', 12663.56, '8 900,00 LVL')],
      indicators: [
        { label: 'Number of young drug users reached', value: 183, unit: null },
        { label: 'Number of syringes distributed', value: 21460, unit: null },
        { label: 'Number of rapid HIV tests', value: 97, unit: null },
        { label: 'Number of rapid hepatitis C tests', value: 64, unit: null },
        { label: 'Number of support group meetings for relatives', value: 18, unit: null },
      ],
    },
  },
  {
    file: unodc('variant-w3m-organisation-label-eur-total-budget'),
    about: 'w3m dump: a wrapped title with a spaced hyphen, an "Organisation:" line, "organised together with the X" (partner), a euro UNODC budget and a "Total project budget" heading',
    expected: {
      title: 'Healthy choices - drug and HIV prevention programme for vocational school students in Tartu County',
      promoter: 'NGO Tartu Noorte Tervisekeskus',
      partners: [{ name: 'Tartu AIDS Prevention Centre' }],
      country: 'EE',
      amounts: [euro('budget', 6390, '6,390.00 EUR'), euro('total_cost', 9120, '9,120.00 EUR')],
    },
  },
  {
    file: unodc('variant-pdf-minus-bullets-litas-spaced-dates'),
    about: 'PDF text: minus signs as list marks, list items wrapped at the margin with a hyphen ("treat-" / "ment"), a partner list wrapped mid-name, dates "2009 06 01", budget "45 000 Lt"',
    expected: {
      title: 'Methadone treatment continuity for drug users released from Lukiškės Remand Prison',
      promoter: 'Vilnius Centre for Addictive Disorders',
      partners: [{ name: 'Lukiškės Remand Prison' }, { name: 'Prison Department under the Ministry of Justice of the Republic of Lithuania' }, { name: 'NGO „Demetra“' }],
      startDate: '2009-06-01',
      endDate: '2009-12-31',
      objectives: [
        'To identify opioid dependent detainees who are willing to continue the treatment after release',
        'To provide pre-release counselling and case management',
        'To ensure the start of methadone treatment on the first day after release',
      ],
      amounts: [legacy('budget', 45000, 'LTL', 13032.9, '45 000 Lt')],
      indicators: [
        { label: 'Number of detainees consulted', value: 132, unit: null },
        { label: 'Number of case management plans prepared', value: 74, unit: null },
        { label: 'Number of released persons who started methadone treatment', value: 41, unit: null },
      ],
    },
  },
  {
    file: unodc('variant-inline-labels-dotted-dates-lvl-cofunding'),
    about: 'inline labels ("Project title:", "Duration: 01.10.2005 - 30.06.2006", "Implementing organisation:"), a target groups list, "Co-funding from X: LVL 1,200.00" (co-financing, not a grant)',
    expected: {
      title: 'Peer education on drugs and HIV for young people of Ventspils',
      promoter: 'Youth centre "Ventspils Jauniešu māja"',
      startDate: '2005-10-01',
      endDate: '2006-06-30',
      targetGroups: ['pupils of secondary schools and vocational school of Ventspils', 'young people attending youth clubs'],
      amounts: [legacy('budget', 4750, 'LVL', 6758.64, 'LVL 4,750.00'), legacy('cofinancing', 1200, 'LVL', 1707.45, 'LVL 1,200.00')],
    },
  },
  {
    file: eea('variant-printed-2014-2021-beneficiary-partners-tab-title'),
    about: 'a 2014-2021 page printed from a browser: the tab title "… | EEA Grants" in the print header names no funder (the description says Norway Grants); "Project grant" with space thousands; "Donor project partners" and "Beneficiary project partners"; "Project period: dd.mm.yyyy - dd.mm.yyyy"',
    expected: {
      title: 'Electronic monitoring and social reintegration of probationers',
      projectNumber: 'LT-JUSTICE-0003',
      funders: ['Norway Grants'],
      status: 'completed',
      startDate: '2020-05-04',
      endDate: '2024-04-30',
      partners: [
        { name: 'Norwegian Correctional Service', country: 'NO' },
        { name: 'Prison Department under the Ministry of Justice of the Republic of Lithuania', country: 'LT' },
      ],
      locations: ['Vilniaus apskritis'],
      amounts: [euro('initial_cost', 1476470, '€ 1 476 470'), euro('final_cost', 1402118, '€ 1 402 118'), euro('grant', 1191800, '€ 1 191 800')],
    },
  },
  {
    file: eea('variant-database-lynx-title-label-wrapped-cofinancing'),
    about: 'lynx dump of the 2004-2009 database: the site heading "EEA Grants - Project database" and a breadcrumb above "Beneficiary state:"; "Title:" among the facts, wrapped; the co-financing in LVL in a sentence the dump breaks over two lines; the title\'s regions as locations',
    expected: {
      title: 'Prevention of violence against children in families in Kurzeme and Vidzeme regions',
      projectNumber: 'LV0052',
      funders: ['Norway Grants'],
      country: 'LV',
      startDate: '2008-03-01',
      endDate: '2011-04-30',
      locations: ['Kurzeme', 'Vidzeme regions'],
      amounts: [euro('grant', 1262574, 'EUR 1,262,574'), euro('total_cost', 1485381, 'EUR 1,485,381'), legacy('cofinancing', 156500, 'LVL', 222679.44, 'LVL 156 500')],
    },
  },
  {
    file: eea('variant-reader-view-blank-lines-between-facts'),
    about: 'a reader view saved as text: site name and reading time above the title, a blank line between every label and value, the target groups one a line with blank lines between; the partner only in the description',
    expected: {
      title: 'Mobile youth work for young people at risk in Ida-Viru County',
      projectNumber: 'EE11-0017',
      funders: ['EEA Grants'],
      targetGroups: ['Children and youth at risk', 'Youth workers'],
      locations: ['Ida-Virumaa'],
      partners: [{ name: 'Hitt Húsið – the Youth Centre of Reykjavík', country: 'IS' }],
    },
  },
  {
    file: eea('variant-w3m-aligned-facts-copyright-footer'),
    about: 'a w3m dump: the logos as names, "Label:   value" aligned, the title wrapped, target groups on an indented line; the footer "Contact us  Privacy  Cookies   © EEA Grants 2024" names no funder',
    expected: {
      title: 'Improving prison staff training and the social reintegration of inmates in Romanian prisons',
      projectNumber: 'RO23-0008',
      funders: ['Norway Grants'],
      country: 'RO',
      targetGroups: ['Prisoners', 'Prison staff'],
      locations: ['Gorj'],
    },
  },
  {
    file: eea('variant-archive-legal-prose-ltl-state-budget'),
    about: '2004-2009 archive page with empty "Project Number:" and "Final project cost:": the legal-style description gives the total eligible cost in EUR and the State budget\'s share in LTL; the application date is no project date',
    expected: {
      projectNumber: null,
      startDate: null,
      endDate: null,
      amounts: [euro('grant', 1583220, '€ 1,583,220'), euro('total_cost', 1862612, 'EUR 1,862,612'), legacy('cofinancing', 965000, 'LTL', 279483.32, 'LTL 965 000')],
      partners: [
        { name: 'Norwegian Directorate of Correctional Services (Kriminalomsorgens sentrale forvaltning)', country: 'NO' },
        { name: 'Bergen Prison', country: 'NO' },
      ],
    },
  },
  {
    file: eea('variant-2014-2021-copy-labels-without-colons-dotted-euros'),
    about: 'a 2014-2021 page copied as text: labels without colons ("Project code", "Project grant", "Total project cost", "Start date"), euro amounts with dots for thousands, partners one a line with their country after a comma, the status only in a sentence, the title\'s region as the location',
    expected: {
      projectNumber: 'LV-HOME-0004',
      promoter: 'State Police of Latvia',
      status: 'ongoing',
      startDate: '2021-09-01',
      endDate: '2024-04-30',
      locations: ['Latgale'],
      amounts: [euro('grant', 1245310, '€ 1.245.310'), euro('total_cost', 1465071, '€ 1.465.071')],
    },
  },
  {
    file: eea('variant-database-copy-project-title-kroon-budget'),
    about: 'a 2004-2009 database entry copied from its first line "Beneficiary state: Estonia": "Project title:", partners "Name, Country" parted by ";", the budget and the State budget\'s share in kroons in a sentence of the description',
    expected: {
      title: 'Establishing support services for victims of domestic violence in Estonia',
      country: 'EE',
      funders: ['EEA Grants'],
      durationMonths: 24,
      locations: [],
      amounts: [euro('grant', 1312368, '€ 1 312 368'), legacy('budget', 20534100, 'EEK', 1312368.18, 'EEK 20 534 100'), legacy('cofinancing', 3185900, 'EEK', 203616.12, 'EEK 3 185 900')],
    },
  },
  {
    file: eea('variant-printed-pdf-partner-from-norway-dash'),
    about: 'a 2009-2014 page printed to PDF: the tab title "… | EEA Grants" on every page names no funder; no Status line, "The project was completed in 2016"; "the partner from Norway - Stavanger Police District"; indicators "- Number of X - N"',
    expected: {
      funders: ['Norway Grants'],
      status: 'completed',
      partners: [{ name: 'Stavanger Police District', country: 'NO' }],
      indicators: [
        { label: 'Number of police officers trained', value: 86, unit: null },
        { label: 'Number of teachers trained', value: 312, unit: null },
        { label: 'Number of schools that introduced the prevention programme', value: 27, unit: null },
        { label: 'Number of pupils who took part in prevention activities', value: 5640, unit: null },
      ],
    },
  },
  {
    file: eea('variant-database-start-completion-labels'),
    about: 'a 2004-2009 database entry with the period as "Start:" and "Completion:" lines; the description restates the cost in LTL (the facts give it in EUR), its co-financing is new',
    expected: {
      title: 'Drug prevention among schoolchildren of Alytus county',
      startDate: '2008-09-01',
      endDate: '2010-08-31',
      status: 'completed',
      amounts: [euro('grant', 402360, '€ 402 360'), euro('total_cost', 473365, '€ 473 365'), legacy('cofinancing', 245165, 'LTL', 71004.69, 'LTL 245 165')],
    },
  },

  // Blind round 8, Latvian batch 2 ---------------------------------------------------------------
  {
    file: lvng('variant-lv-2004-print-lvl-labelled-period'),
    about: 'a printed 2004-2009 project page: promoter, partner and period as "Label: value" lines (the period in the nominative), "Projekts noslēdzās …", LVL money with space thousands',
    expected: {
      projectNumber: 'LV0093',
      promoter: 'Valsts probācijas dienests',
      partners: [{ name: 'Norvēģijas Kriminālsodu izpildes dienests (Kriminalomsorgen)', country: 'NO' }],
      startDate: '2008-09-01',
      endDate: '2011-05-31',
      status: 'completed',
      amounts: [legacy('total_cost', 817853, 'LVL', 1163699.98, '817 853 LVL'), legacy('grant', 695175, 'LVL', 989144.91, '695 175 LVL'), legacy('cofinancing', 122678, 'LVL', 174555.07, '122 678 LVL')],
    },
  },
  {
    file: lvng('variant-en-bilingual-banner-facts'),
    about: 'an English page of the 2004-2009 site saved without its address: the banner names the site in both languages ("Norway Grants in Latvia | Norvēģijas finanšu instruments")',
    expected: {
      title: 'Prevention of juvenile delinquency in Latgale region',
      projectNumber: 'LV0071',
      promoter: 'Rēzekne City Council',
      durationMonths: 24,
      startDate: null,
      status: 'completed',
      amounts: [euro('total_cost', 612480, 'EUR 612 480'), euro('grant', 520608, 'EUR 520 608')],
    },
  },
  {
    file: generic('variant-lv-reader-view-programme-frame-lead'),
    about: 'a ministry\'s news in reader view: "Programmas „…” ietvaros biedrība „X” <day> uzsākusi īstenot projektu „…” (Nr. …)" (promoter after the frame, start), "plānots īstenot līdz …" (end), a partner described as "Norvēģijas organizāciju „…”", places listed in the locative',
    expected: {
      title: 'Stipras ģimenes – droša bērnība',
      projectNumber: 'LV-LOCALDEV-0021',
      promoter: 'biedrība „Kurzemes ģimeņu atbalsta centrs”',
      startDate: '2021-02-01',
      endDate: '2023-04-30',
      status: null,
      locations: ['Kuldīgas', 'Saldus', 'Talsu'],
      funders: ['EEA Grants', 'Norway Grants'],
    },
  },
  {
    file: generic('variant-lv-lynx-indented-wrapped-money'),
    about: 'a lynx dump of a ministry\'s news: every line indented, so the joined paragraph\'s indents are no cell gaps ("Ls 132 406,50, no tām … finansējums - Ls …"); a stated period after the lead\'s end day gives the start',
    expected: {
      title: 'Drošs ceļš uz skolu',
      promoter: 'Valsts policija',
      startDate: '2010-10-01',
      endDate: '2011-09-30',
      status: 'completed',
      locations: ['Rīgā', 'Jelgavā', 'Daugavpilī', 'Rēzeknē'],
      amounts: [legacy('total_cost', 132406.5, 'LVL', 188397.48, 'Ls 132 406,50'), legacy('grant', 92684.55, 'LVL', 131878.23, 'Ls 92 684,55'), legacy('cofinancing', 39721.95, 'LVL', 56519.24, 'Ls 39 721,95')],
    },
  },
  {
    file: generic('variant-lv-pdf-letterhead-press-release'),
    about: 'a press release PDF: the right-aligned letterhead, "PRESES RELĪZE" and the dateline ("Rīgā, 2015. gada 12. maijā") are chrome; "projektu LV08/1 „…”" gives number and title',
    expected: {
      title: 'Ieslodzījuma vietu personāla mācību sistēmas pilnveide',
      projectNumber: 'LV08/1',
      promoter: 'Ieslodzījuma vietu pārvalde (IeVP)',
      publishedDate: '2015-05-12',
      startDate: '2013-09-02',
      endDate: '2015-04-30',
      status: 'completed',
      locations: [],
    },
  },
  {
    file: generic('variant-lv-menu-copy-ministry-partner-places'),
    about: 'a 2006 ministry press release copied with its menu: partners after "sadarbībā ar" ("Izglītības un zinātnes ministriju" one name), genitive places before a locative noun, month-only period',
    expected: {
      title: 'Skola bez narkotikām',
      promoter: 'Sabiedrības veselības aģentūra',
      partners: [{ name: 'Izglītības un zinātnes ministriju' }, { name: 'Rīgas Narkoloģijas centru' }],
      locations: ['Rīgas', 'Liepājas', 'Daugavpils'],
      startDate: null,
      endDate: null,
    },
  },
  {
    file: table('variant-tsv-location-row-site-heading'),
    about: 'a tab table under the site\'s name: the "Projekta īstenošanas vieta" row gives the places, not the site\'s name ("Ogres novada pašvaldība") above it',
    expected: {
      title: 'Izvēlies dzīvi bez atkarībām!',
      locations: ['Ogres pilsēta', 'Madlienas pagasts', 'Suntažu pagasts'],
      status: 'completed',
      startDate: '2012-09-01',
      endDate: '2013-08-31',
      durationMonths: 12,
    },
  },
  {
    file: table('variant-markdown-esf-cofinancing-parts'),
    about: 'a Markdown table with an empty header row: ESF, state and municipal shares, "Sadarbības partneris", "Īstenošanā"',
    expected: {
      projectNumber: '9.2.4.2/16/I/041',
      partners: [{ name: 'Slimību profilakses un kontroles centrs' }],
      status: 'ongoing',
      amounts: [euro('total_cost', 185220, '185 220,00 EUR'), euro('grant', 157437, '157 437,00 EUR'), euro('cofinancing', 13891.5, '13 891,50 EUR'), euro('cofinancing', 13891.5, '13 891,50 EUR')],
    },
  },
]

describe('layout variants', () => {
  it('cover every variant file, and every layout with at least five', () => {
    const files = layoutIds.flatMap((layout) =>
      readdirSync(`${root}/fixtures/${layout}`)
        .filter((name) => name.startsWith('variant-') && name.endsWith('.txt'))
        .map((name) => `fixtures/${layout}/${name}`),
    )
    expect(variants.map((variant) => variant.file).sort()).toEqual(files.sort())
    for (const layout of layoutIds) expect(files.filter((file) => file.startsWith(`fixtures/${layout}/`)).length, layout).toBeGreaterThanOrEqual(5)
  })

  for (const { file, about, expected, warnings } of variants) {
    it(`${file.replace(/^fixtures\//, '')}: ${about}`, async () => {
      const { records } = await ingest({ paths: [file], cwd: root, contacts: true })
      expect(records).toHaveLength(1)
      const record = records[0]!
      expect.soft(record.layout).toBe(file.split('/')[1])
      expect.soft(record).toMatchObject(expected)
      if (warnings) {
        const codes = record.diagnostics.filter((diagnostic) => diagnostic.level === 'warning').map((diagnostic) => diagnostic.code)
        expect.soft(codes.sort()).toEqual([...warnings].sort())
      }
    })
  }
})
