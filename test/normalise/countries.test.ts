import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { countryFromProjectNumber, countryNameIndex, countryOfName, findCountryMentions, inferCountry, type CountryEvidence, isCrossBorderNumber } from '../../src/normalise/countries.js'

describe('findCountryMentions', () => {
  it.each([
    ['Lithuania', 'LT', 'Lithuania'],
    ['Lithuanian experts', 'LT', 'Lithuanian'],
    ['(MoI, Republic of Lithuania)', 'LT', 'Lithuania'],
    ['Lietuva', 'LT', 'Lietuva'],
    ['Lietuvos Respublikos', 'LT', 'Lietuvos'],
    ['gyvena Lietuvoje', 'LT', 'Lietuvoje'],
    ['sadarbība ar Lietuvas policiju', 'LT', 'Lietuvas'],
    ['Lituanie', 'LT', 'Lituanie'],
    ['lietuvių kalba', 'LT', 'lietuvių'],
    ['Latvia', 'LV', 'Latvia'],
    ['Latvian', 'LV', 'Latvian'],
    ['Latvija', 'LV', 'Latvija'],
    ['Latvijas skolās', 'LV', 'Latvijas'],
    ['Latvijā', 'LV', 'Latvijā'],
    ['iš Latvijos', 'LV', 'Latvijos'],
    ['Estonia', 'EE', 'Estonia'],
    ['Estonian', 'EE', 'Estonian'],
    ['Eestis', 'EE', 'Eestis'],
    ['Igaunijā', 'EE', 'Igaunijā'],
    ['Estijoje', 'EE', 'Estijoje'],
    ['Norwegian experts', 'NO', 'Norwegian'],
    ['Norvēģijas valdības', 'NO', 'Norvēģijas'],
    ['Norvegijos', 'NO', 'Norvegijos'],
    ['Norras', 'NO', 'Norras'],
    ['Kingdom of Norway', 'NO', 'Norway'],
    ['Iceland', 'IS', 'Iceland'],
    ['Liechtenstein', 'LI', 'Liechtenstein'],
    ['Bulgarian State budget', 'BG', 'Bulgarian'],
    ['Poland', 'PL', 'Poland'],
    ['Finland', 'FI', 'Finland'],
    ['Sweden', 'SE', 'Sweden'],
    ['Germany', 'DE', 'Germany'],
    ['Russia', 'RU', 'Russia'],
    ['the Russian Federation', 'RU', 'Russian Federation'],
    ['Belarus', 'BY', 'Belarus'],
    ['Turkey', 'TR', 'Turkey'],
    ['(Turcija)', 'TR', 'Turcija'],
    ['Turkija', 'TR', 'Turkija'],
    ['(Itālija)', 'IT', 'Itālija'],
    ['Italija', 'IT', 'Italija'],
    ['Portugāle', 'PT', 'Portugāle'],
    ['Portugalija', 'PT', 'Portugalija'],
    ['Spain', 'ES', 'Spain'],
    ['France', 'FR', 'France'],
    ['the Czech Republic', 'CZ', 'Czech Republic'],
    ['Didžiosios Britanijos', 'GB', 'Didžiosios Britanijos'],
    ['LATVIJAS REPUBLIKA', 'LV', 'LATVIJAS'],
  ])('%j -> %s', (text, country, written) => {
    const [mention] = findCountryMentions(text)
    expect(mention).toEqual({ country, text: written, offset: text.indexOf(written), length: written.length })
  })

  it.each([
    'a turkey sandwich',
    'polish the floor',
    'malta kafija', // ground coffee
    'an island off the coast',
    'Lithuaniana',
    'https://latvia.example.com/norway/',
  ])('finds nothing in %j', (text) => {
    expect(findCountryMentions(text)).toEqual([])
  })

  it('lists mentions in document order', () => {
    const text = 'Latvia-Lithuania (LV-LT) programme; partners in Estonia and Norway.'
    expect(findCountryMentions(text).map((m) => m.country)).toEqual(['LV', 'LT', 'EE', 'NO'])
  })

  it('gives every folded name one country only', () => {
    expect(countryNameIndex().conflicts).toEqual([])
  })
})

describe('countryOfName', () => {
  it.each([
    ['(Itālija)', 'IT'],
    ['Turcija', 'TR'],
    [' (Portugāle) ', 'PT'],
    ['Republic of Lithuania', 'LT'],
    ['Lietuvos Respublika', 'LT'],
    ['Lithuania / Lietuva', 'LT'],
    ['(Oslo)', 'NO'],
    ['Bjerkreim municipality', 'NO'],
    ['Latvia-Lithuania', null],
    ['Skandiano pašvaldība', null],
    ['the municipality of Oslo', null],
    ['Norwegian Police University College', null],
    ['', null],
    ['()', null],
  ])('%j -> %s', (text, country) => {
    expect(countryOfName(text)).toBe(country)
  })
})

describe('countryFromProjectNumber', () => {
  it.each([
    ['LT10-0015', 'LT'],
    ['LV03-0103', 'LV'],
    ['LV 0080', 'LV'],
    ['LV08/2', 'LV'],
    ['BG0011', 'BG'],
    ['EE05-0012', 'EE'],
    ['PL0123', 'PL'],
    ['GR07-0001', 'GR'],
    ['  lt10-0015', 'LT'],
    ['RO-JUSTICE-0004', 'RO'], // 2014-2021: state, programme, number
    ['LT-CHILDREN-0007', 'LT'],
    ['LV-LOCALDEV-0012', 'LV'],
    ['NO-JUSTICE-0001', null],
    ['LT-JUSTICE', null],
    ['NO-0001', null], // a donor, not a beneficiary
    ['DE0012', null],
    ['XX12', null],
    ['LVL 100', null],
    ['2004-LV-1', null],
    ['LT', null],
    ['EEA-2009', null],
    ['', null],
  ])('%j -> %s', (code, country) => {
    expect(countryFromProjectNumber(code)).toBe(country)
  })
})

describe('inferCountry', () => {
  const evidence = (text: string, extra: Partial<CountryEvidence> = {}): CountryEvidence => ({
    projectNumber: null,
    currencies: [],
    text,
    ...extra,
  })

  it.each<[string, CountryEvidence, string | null]>([
    [
      'Lithuanian towns and an LTL budget',
      evidence(
        'Harm reduction services were provided near Vilnius Roma Community, in Visaginas City and in Marijampolė Correction House. Budget: 120 000 LTL.',
        { currencies: ['LTL'] },
      ),
      'LT',
    ],
    [
      'Riga three times, Jūrmala, one exchange with Tallinn, LVL',
      evidence(
        'Youth centres in Riga ran evening programmes. Volunteers from Riga and Jūrmala joined, and an exchange with Tallinn followed. Riga hosted the closing conference.',
        { currencies: ['LVL'] },
      ),
      'LV',
    ],
    [
      'a cross-border project',
      evidence(
        'Latvia-Lithuania (LV-LT) cross-border cooperation: prevention work in Utena, Kaunas and Zarasai and in Latgale, chiefly Daugavpils.',
      ),
      null,
    ],
    [
      'the donor is not the country',
      evidence('In Lithuania there was a need for training; Norwegian experts shared their experience in Norway and Lithuania.', {
        donors: ['NO'],
      }),
      'LT',
    ],
    [
      'a Bulgarian project with an Oslo partner',
      evidence('Co-financing from the Bulgarian State budget. Activities in Sofia. Partner: City of Oslo.', {
        donors: ['NO', 'IS', 'LI'],
      }),
      'BG',
    ],
    [
      'a ministry of the Republic of Lithuania',
      evidence('Project promoter: Police Department (MoI, Republic of Lithuania). Trainings took place in Šiauliai.'),
      'LT',
    ],
    [
      'a Latvian text without names',
      evidence('Projekta mērķis ir mazināt jauniešu noziedzību un veicināt sadarbību starp pašvaldībām un skolām.'),
      null,
    ],
    [
      'the project number decides',
      evidence('Study visits to Vilnius, Kaunas and Klaipėda.', { projectNumber: 'LV 0080', currencies: ['LTL'] }),
      'LV',
    ],
    ['a legacy currency alone', evidence('Budžets: 12 000 Ls.', { currencies: ['LVL', 'EUR'] }), 'LV'],
    ['the euro names no country', evidence('Budget: 12 000 EUR.', { currencies: ['EUR'] }), null],
    ['donors only', evidence('Experts from Norway and Iceland, in Oslo.', { donors: ['NO', 'IS', 'LI'] }), null],
    [
      'the places of a study visit abroad are not where the project is carried out',
      evidence('A drop-in centre in Daugavpils. Staff from Daugavpils made a study visit to Vilnius and Kaunas; the Lithuanian colleagues showed their work. Daugavpils', {}),
      'LV',
    ],
    [
      'a Latvian experience-exchange trip to Lithuania',
      evidence('Bauskas novada skolās. Policisti dosies pieredzes apmaiņas braucienā uz Pasvali un Panevēžu Lietuvā. Bauska.'),
      'LV',
    ],
    ['a tie', evidence('Exchanges between Tallinn and Rīga.'), null],
    ['just under twice the runner-up', evidence('Rīga, Jelgava and Liepāja; Vilnius and Kaunas.'), null],
    ['exactly twice the runner-up', evidence('Rīga, Jelgava, Liepāja and Valmiera; Vilnius and Kaunas.'), 'LV'],
    [
      'an unknown project-number prefix falls through to the text',
      evidence('Activities in Tartu and Narva.', { projectNumber: 'NO-0015' }),
      'EE',
    ],
  ])('%s', (_label, input, country) => {
    const result = inferCountry(input)
    expect(result.country).toBe(country)
    expect(result.reason).not.toBe('')
  })

  it('explains its reading', () => {
    expect(inferCountry(evidence('', { projectNumber: 'LT10-0015' })).reason).toMatch(/project number LT10-0015/)
    const { reason } = inferCountry(evidence('Rīga and Rīga, Tallinn.', { currencies: ['LVL'] }))
    expect(reason).toMatch(/^LV 5 \(LVL, Rīga ×2\) vs EE 1 \(Tallinn\)$/)
    expect(inferCountry(evidence('nothing here')).reason).toBe('no country evidence')
  })

  it('never throws and only answers with a two-letter code', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.option(fc.string({ maxLength: 12 })),
        fc.array(fc.constantFrom('LTL', 'LVL', 'EEK', 'EUR', 'NOK', 'BGN'), { maxLength: 3 }),
        (text, projectNumber, currencies) => {
          const { country } = inferCountry({ projectNumber, currencies, text, donors: ['NO'] })
          expect(country === null || /^[A-Z]{2}$/.test(country)).toBe(true)
          expect(country).not.toBe('NO')
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('isCrossBorderNumber', () => {
  it.each(['LT-PL-4R-211', 'EE-LV 12', 'LV-LT-123', 'LLI-338', 'LLIV-318', 'Est-Lat62', 'EstLat-87', 'STHB.03.01.00-PL-0054/16'])('%s is a cross-border code', (code) => {
    expect(isCrossBorderNumber(code)).toBe(true)
  })
  it.each(['LT10-0015', 'LV 0080', 'RO-JUSTICE-0004', 'LT-LT-1', 'AB-CD 12', 'LLIX'])('%s is not', (code) => {
    expect(isCrossBorderNumber(code)).toBe(false)
  })
  it('gives no country to a cross-border project, whatever its text names', () => {
    expect(inferCountry({ projectNumber: 'LT-PL-4R-211', currencies: [], text: 'Marijampolė, Marijampolė, Lithuania' }).country).toBeNull()
  })
})
