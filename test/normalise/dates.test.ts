import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  findDateRange,
  findDates,
  parseDate,
  parseDateTime,
  toIsoDate,
  type DateMatch,
} from '../../src/normalise/dates.js'
import { findDuration } from '../../src/normalise/durations.js'
import { lookupMonth, monthForms, type MonthForm, type MonthLanguage } from '../../src/normalise/months.js'

describe('month lexicon', () => {
  it.each([
    // English, with abbreviations
    ['January', 1], ['Jan', 1], ['Feb', 2], ['March', 3], ['May', 5], ['Sept', 9], ['sep', 9], ['DECEMBER', 12],
    // Latvian, every case, with and without diacritics
    ['janvāris', 1], ['janvāra', 1], ['janvārī', 1], ['janvārim', 1], ['janvāri', 1], ['janvara', 1],
    ['februārī', 2], ['marts', 3], ['martā', 3], ['aprīlis', 4], ['aprīļa', 4], ['aprila', 4], ['maijā', 5],
    ['jūnijs', 6], ['jūlijs', 7], ['jūlija', 7], ['jūlijā', 7], ['jūlijam', 7], ['julija', 7], ['JŪLIJĀ', 7],
    ['augusts', 8], ['augusta', 8], ['augustā', 8], ['augustam', 8], ['septembrī', 9], ['oktobris', 10],
    ['novembrī', 11], ['decembrim', 12],
    // Lithuanian genitives (as in dates), nominatives and ascii-folded spellings
    ['sausio', 1], ['vasario', 2], ['kovo', 3], ['balandžio', 4], ['gegužės', 5], ['birželio', 6], ['liepos', 7],
    ['rugpjūčio', 8], ['rugsėjo', 9], ['spalio', 10], ['lapkričio', 11], ['gruodžio', 12],
    ['sausis', 1], ['vasaris', 2], ['kovas', 3], ['balandis', 4], ['gegužė', 5], ['birželis', 6], ['liepa', 7],
    ['rugpjūtis', 8], ['rugsėjis', 9], ['spalis', 10], ['lapkritis', 11], ['gruodis', 12],
    ['balandzio', 4], ['geguzes', 5], ['birzelio', 6], ['rugpjucio', 8], ['rugsejo', 9], ['lapkricio', 11], ['gruodzio', 12],
    // Estonian with case endings
    ['jaanuar', 1], ['veebruar', 2], ['märts', 3], ['märtsil', 3], ['martsil', 3], ['aprillist', 4], ['mail', 5],
    ['juunini', 6], ['juulil', 7], ['augustis', 8], ['septembril', 9], ['oktoobrist', 10], ['novembrini', 11], ['detsember', 12],
    // French and German
    ['janvier', 1], ['février', 2], ['fevrier', 2], ['mars', 3], ['avril', 4], ['juin', 6], ['juillet', 7], ['août', 8],
    ['aout', 8], ['décembre', 12], ['Januar', 1], ['März', 3], ['Maerz', 3], ['Mai', 5], ['Juni', 6], ['Oktober', 10], ['Dezember', 12],
  ] as const)('%s is month %i', (word, month) => {
    expect(lookupMonth(word)?.month).toBe(month)
  })

  it.each(['the', 'of', 'gada', 'm', 'd', 'mart2', 'julijaa', 'monday', 'year', ''])('%j is no month', (word) => {
    expect(lookupMonth(word)).toBeUndefined()
  })

  it('gives every month forms in every language', () => {
    for (const language of ['en', 'lv', 'lt', 'et', 'fr', 'de'] as const) {
      for (let month = 1; month <= 12; month += 1) {
        expect(monthForms.some((form) => form.language === language && form.month === month)).toBe(true)
      }
    }
  })
})

describe('toIsoDate', () => {
  it.each([
    [2012, 2, 29, '2012-02-29'],
    [2000, 2, 29, '2000-02-29'],
    [2011, 2, 29, null],
    [2100, 2, 28, null],
    [1949, 12, 31, null],
    [1950, 1, 1, '1950-01-01'],
    [2099, 12, 31, '2099-12-31'],
    [2011, 4, 31, null],
    [2011, 4, 30, '2011-04-30'],
    [2011, 13, 1, null],
    [2011, 0, 1, null],
    [2011, 1, 0, null],
  ])('%i-%i-%i -> %s', (year, month, day, expected) => {
    expect(toIsoDate(year, month, day)).toBe(expected)
  })
})

describe('parseDate', () => {
  it.each([
    // English
    ['01 October 2008', '2008-10-01'],
    ['1 September 2008', '2008-09-01'],
    ['October 1, 2008', '2008-10-01'],
    ['October 1 2008', '2008-10-01'],
    ['October 1st, 2008', '2008-10-01'],
    ['Oct. 1, 2008', '2008-10-01'],
    ['Sept. 30, 2011', '2011-09-30'],
    ['Sept 30 2011', '2011-09-30'],
    ['1st of October 2008', '2008-10-01'],
    ['22nd October 2008', '2008-10-22'],
    ['3rd of May, 2010', '2010-05-03'],
    ['1 Feb. 2010', '2010-02-01'],
    ['1 Jan 2010', '2010-01-01'],
    ['01 OCTOBER 2008', '2008-10-01'],
    ['15 march 2011', '2011-03-15'],
    // Latvian
    ['2013. gada 30. jūlijā', '2013-07-30'],
    ['2018.gada 31. augustam', '2018-08-31'],
    ['2018. g. 31. augusts', '2018-08-31'],
    ['2018.g.31.augusts', '2018-08-31'],
    ['2015. gada 1. janvāris', '2015-01-01'],
    ['2015. gada 1. janvāra', '2015-01-01'],
    ['2015. gada 1. janvārī', '2015-01-01'],
    ['2015. gada 1. janvārim', '2015-01-01'],
    ['2012. gada 29. februārī', '2012-02-29'],
    ['2011. gada 15. martā', '2011-03-15'],
    ['2011. gada 30. aprīlī', '2011-04-30'],
    ['2011. gada 30. aprīļa', '2011-04-30'],
    ['2011. gada 5. maijā', '2011-05-05'],
    ['2011. gada 1. jūnijā', '2011-06-01'],
    ['2013. gada 30. julija', '2013-07-30'],
    ['2013. gada 30. jūlijam', '2013-07-30'],
    ['2011. gada 1. septembrī', '2011-09-01'],
    ['2011. gada 1. oktobrī', '2011-10-01'],
    ['2011. gada 30. novembrim', '2011-11-30'],
    ['2011. gada 31. decembris', '2011-12-31'],
    ['2011. g. 3. aug.', '2011-08-03'],
    ['2013. GADA 30. JŪLIJĀ', '2013-07-30'],
    ['30. jūlijā 2013', '2013-07-30'],
    // Lithuanian
    ['2011 m. kovo 15 d.', '2011-03-15'],
    ['2011 m. kovo 15-ąją', '2011-03-15'],
    ['2011 m. kovo 15-osios', '2011-03-15'],
    ['2011 metų kovo mėn. 15 dieną', '2011-03-15'],
    ['2011 m. sausio 1 d.', '2011-01-01'],
    ['2011 m. balandžio 5 d.', '2011-04-05'],
    ['2011 m. balandzio 5 d.', '2011-04-05'],
    ['2011 m. gegužės 5 d.', '2011-05-05'],
    ['2011 m. geguzes 5 d.', '2011-05-05'],
    ['2011 m. rugpjūčio 31 d.', '2011-08-31'],
    ['2011 m. rugpjucio 31 d.', '2011-08-31'],
    ['2012 m. gruodžio 31 d.', '2012-12-31'],
    ['2011 kovo 15 d.', '2011-03-15'],
    ['2011-03-15', '2011-03-15'],
    // Estonian
    ['15. märts 2011', '2011-03-15'],
    ['1. märtsil 2011', '2011-03-01'],
    ['1. martsil 2011', '2011-03-01'],
    ['1. jaanuaril 2012', '2012-01-01'],
    ['31. detsembril 2012', '2012-12-31'],
    ['5. mail 2010', '2010-05-05'],
    ['30. septembrini 2011', '2011-09-30'],
    // French
    ['20 juin 2010', '2010-06-20'],
    ['1er juin 2010', '2010-06-01'],
    ['15 août 2011', '2011-08-15'],
    ['15 aout 2011', '2011-08-15'],
    ['1er décembre 2011', '2011-12-01'],
    ['3 févr. 2011', '2011-02-03'],
    // German
    ['1. März 2011', '2011-03-01'],
    ['1. Maerz 2011', '2011-03-01'],
    ['24. Dezember 2010', '2010-12-24'],
    ['3. Okt. 2010', '2010-10-03'],
    // Numeric: always day first, year-first only with four digits
    ['28.07.2021', '2021-07-28'],
    ['28.07.2021.', '2021-07-28'],
    ['1.3.2011', '2011-03-01'],
    ['31/12/2018', '2018-12-31'],
    ['05/04/2011', '2011-04-05'],
    ['31-12-2018', '2018-12-31'],
    ['2011-03-15', '2011-03-15'],
    ['2011.03.15', '2011-03-15'],
    ['2011/03/15', '2011-03-15'],
    ['  28.07.2021  ', '2021-07-28'],
    // Decomposed diacritics (NFD) read like composed ones
    ['2013. gada 30. jūlijā'.normalize('NFD'), '2013-07-30'],
    ['2011 m. rugpjūčio 15-ąją'.normalize('NFD'), '2011-08-15'],
    // Czech and Slovak: a space after each dot
    ['1. 5. 2020', '2020-05-01'],
    ['30. 4. 2023', '2023-04-30'],
    // Calendar edges
    ['29.02.2012', '2012-02-29'],
    ['29 February 2000', '2000-02-29'],
    ['1 January 1950', '1950-01-01'],
    ['31.12.2099', '2099-12-31'],
  ])('%j -> %s', (text, expected) => {
    expect(parseDate(text)).toBe(expected)
  })

  it.each([
    // No day stated: never guessed
    'October 2008',
    '2010. gada martā',
    '2017.g.novembrī',
    '2011 m. kovo',
    '2011 m. kovo mėn.',
    // No year stated
    '15 March',
    'March 15',
    '15.03.',
    // Not a calendar day, or out of range
    '31 April 2011',
    '31.04.2011',
    '29.02.2011',
    '29 February 1900',
    '2011-02-30',
    '32.01.2011',
    '00.01.2011',
    '15.13.2011',
    '12/31/2018',
    '1 January 1949',
    '1.1.2100',
    // Malformed
    '15 Smarch 2011',
    '15 March 11',
    '15.03.11',
    '15 March2011',
    '15.03-2011',
    '1. 5.2020',
    '1.5. 2020',
    '5 May. 2012',
    '150.3.2011',
    '15.03.20115',
    '1.28.07.2021',
    '2011-3',
    // More than one date, or other words
    '15 March 2011 and more',
    'on 15 March 2011',
    '',
    '   ',
  ])('rejects %j', (text) => {
    expect(parseDate(text)).toBeNull()
  })
})

const summary = (matches: DateMatch[]): Array<[string, string, number]> => matches.map((m) => [m.date, m.text, m.offset])

describe('findDates', () => {
  it.each([
    [
      'Duration 01 October 2008 - 31 May 2009',
      [['2008-10-01', '01 October 2008', 9], ['2009-05-31', '31 May 2009', 27]],
    ],
    ['28.07.2021 18:49\nhttps://example.org/lv/2004-2009/x', [['2021-07-28', '28.07.2021', 0]]],
    ['Projekta ilgums\tLīdz 2018.gada 31. augustam (2 gadi)', [['2018-08-31', '2018.gada 31. augustam', 21]]],
    ['2. Skolu jauniešu dalība maratonā, 2017.g.novembrī. 3. Projekta publicitāte', []],
    ['Sutartis pasirašyta 2011 m. kovo 15 d. Vilniuje.', [['2011-03-15', '2011 m. kovo 15 d.', 20]]],
    ['28.07.2021-31.12.2021', [['2021-07-28', '28.07.2021', 0], ['2021-12-31', '31.12.2021', 11]]],
    ['Termiņš: 28.07.2021.', [['2021-07-28', '28.07.2021', 9]]],
    ['version 1.2.2011.4 and 10.10.2010/5', []],
    ['ID 128.07.2021, LV28.07.2021', []],
    ['October 2008 – May 2009', []],
    ['1st of October 2008, then October 5, 2008', [['2008-10-01', '1st of October 2008', 0], ['2008-10-05', 'October 5, 2008', 26]]],
    ['since 2008 October 1, 2009', [['2009-10-01', 'October 1, 2009', 11]]],
    ['Published 2011-03-15T10:00', [['2011-03-15', '2011-03-15', 10]]],
    [
      'Projekt kestab 1. märtsist 2011 kuni 31. detsembrini 2012.',
      [['2011-03-01', '1. märtsist 2011', 15], ['2012-12-31', '31. detsembrini 2012', 37]],
    ],
    ['31 April 2011, 30 April 2011', [['2011-04-30', '30 April 2011', 15]]],
    ['on 5 May. 2012 was a year', []],
    ['15\nMarch 2011', []],
    ['Budžets 2011 marts 15 000 EUR', []],
  ] as const)('%j', (text, expected) => {
    expect(summary(findDates(text))).toEqual(expected)
  })

  it('gives the same dates, as fresh objects, right after findDateRange read the same text', () => {
    const text = 'Līdz 2018.gada 31. augustam (2 gadi), sākot ar 1 March 2016'
    const fresh = findDates(text)
    expect(findDateRange(text)).toBeNull()
    const again = findDates(text)
    expect(again).toEqual(fresh)
    again[0]!.date = 'changed'
    expect(findDates(text)).toEqual(fresh)
    expect(findDates(`${text} `)).toEqual(fresh)
  })
})

describe('findDateRange: an end that borrows the start\'s year', () => {
  const range = (text: string): [string, string, string] | null => {
    const found = findDateRange(text)
    return found && [found.start.date, found.end.date, found.end.text]
  }

  it.each([
    ['from 2 September 2019 to 30 September.', ['2019-09-02', '2019-09-30', '30 September']],
    ['no 2019. gada 2. septembra līdz 30. septembrim', ['2019-09-02', '2019-09-30', '30. septembrim']],
    ['nuo 2019 m. rugsėjo 2 d. iki rugsėjo 30 d.', ['2019-09-02', '2019-09-30', 'rugsėjo 30 d.']],
    ['2. mai 2012 kuni 31. maini', ['2012-05-02', '2012-05-31', '31. maini']],
    ['1 March 2013 – 15 June, when it ended', ['2013-03-01', '2013-06-15', '15 June']],
  ])('%s', (text, expected) => {
    expect(range(text)).toEqual(expected)
  })

  it.each([
    // An end before the start would need the next year: not guessed.
    '1 December 2019 to 31 March',
    // No month named: a count, not a day.
    'on 4 October 2013 to 200 people',
    'Published 12 March 2014 – 5 minutes',
    // A word after the date that joins no range.
    '1 May 2019 the project started',
  ])('%s gives no range', (text) => {
    expect(findDateRange(text)).toBeNull()
  })
})

describe('findDateRange', () => {
  it.each([
    ['Duration 01 October 2008 - 31 May 2009', ['2008-10-01', '01 October 2008'], ['2009-05-31', '31 May 2009']],
    ['Duration 15 March 2011 - 15 June 2011', ['2011-03-15', '15 March 2011'], ['2011-06-15', '15 June 2011']],
    ['1 March 2011 – 15 June 2011', ['2011-03-01', '1 March 2011'], ['2011-06-15', '15 June 2011']],
    ['1 March 2011 — 15 June 2011', ['2011-03-01', '1 March 2011'], ['2011-06-15', '15 June 2011']],
    ['1 March 2011–15 June 2011', ['2011-03-01', '1 March 2011'], ['2011-06-15', '15 June 2011']],
    ['from 1 March 2011 to 15 June 2011', ['2011-03-01', '1 March 2011'], ['2011-06-15', '15 June 2011']],
    ['1 March 2011 to 15 June 2011', ['2011-03-01', '1 March 2011'], ['2011-06-15', '15 June 2011']],
    ['1 March 2011 until 1 March 2011', ['2011-03-01', '1 March 2011'], ['2011-03-01', '1 March 2011']],
    [
      'no 2013. gada 30. jūlija līdz 2015. gada 30. aprīlim',
      ['2013-07-30', '2013. gada 30. jūlija'],
      ['2015-04-30', '2015. gada 30. aprīlim'],
    ],
    [
      'nuo 2011 m. kovo 15 d. iki 2012 m. gruodžio 31 d.',
      ['2011-03-15', '2011 m. kovo 15 d.'],
      ['2012-12-31', '2012 m. gruodžio 31 d.'],
    ],
    ['28.07.2021–31.12.2021', ['2021-07-28', '28.07.2021'], ['2021-12-31', '31.12.2021']],
    ['28.07.2021. - 31.12.2021.', ['2021-07-28', '28.07.2021'], ['2021-12-31', '31.12.2021']],
    ['1. märtsist 2011 kuni 31. detsembrini 2012', ['2011-03-01', '1. märtsist 2011'], ['2012-12-31', '31. detsembrini 2012']],
    ['1. März 2011 bis 31. Mai 2011', ['2011-03-01', '1. März 2011'], ['2011-05-31', '31. Mai 2011']],
    ['du 1er juin 2010 au 30 juin 2011', ['2010-06-01', '1er juin 2010'], ['2011-06-30', '30 juin 2011']],
    ['2011-03-15 - 2011-06-15', ['2011-03-15', '2011-03-15'], ['2011-06-15', '2011-06-15']],
    // Compressed starts borrow what the end states
    ['1–15 March 2011', ['2011-03-01', '1'], ['2011-03-15', '15 March 2011']],
    ['1-15 March 2011', ['2011-03-01', '1'], ['2011-03-15', '15 March 2011']],
    ['1 March - 15 June 2011', ['2011-03-01', '1 March'], ['2011-06-15', '15 June 2011']],
    ['1st to 15th of March 2011', ['2011-03-01', '1st'], ['2011-03-15', '15th of March 2011']],
    ['10.05.–15.06.2011', ['2011-05-10', '10.05.'], ['2011-06-15', '15.06.2011']],
    ['10–12.05.2011', ['2011-05-10', '10'], ['2011-05-12', '12.05.2011']],
    ['1.–15. märts 2011', ['2011-03-01', '1.'], ['2011-03-15', '15. märts 2011']],
    ['no 1. līdz 15. martam 2011', ['2011-03-01', '1.'], ['2011-03-15', '15. martam 2011']],
    ['March 1 – June 15, 2011', ['2011-03-01', 'March 1'], ['2011-06-15', 'June 15, 2011']],
    // The first range wins; lone dates before it are skipped
    [
      'Published 12 May 2010. Duration 01 October 2008 - 31 May 2009',
      ['2008-10-01', '01 October 2008'],
      ['2009-05-31', '31 May 2009'],
    ],
    ['1–15 March 2011 and 1 May 2011 - 2 May 2011', ['2011-03-01', '1'], ['2011-03-15', '15 March 2011']],
  ] as const)('%j', (text, start, end) => {
    const range = findDateRange(text)
    expect(range && [range.start.date, range.start.text]).toEqual(start)
    expect(range && [range.end.date, range.end.text]).toEqual(end)
    expect(range && text.slice(range.start.offset, range.start.offset + range.start.length)).toBe(range?.start.text)
    expect(range && text.slice(range.end.offset, range.end.offset + range.end.length)).toBe(range?.end.text)
  })

  it.each([
    'Projekta ilgums Līdz 2018.gada 31. augustam (2 gadi)',
    '31 May 2009 - 01 October 2008',
    '15–1 March 2011',
    '1 December - 15 January 2012',
    'Signed 1 May 2010 and 5 June 2010',
    'Chapter 3 - 15 March 2011',
    '30–31 February 2012',
    'October 2008 - May 2009',
    '1 May 2010.\n\n5 June 2010',
    '',
  ])('finds no range in %j', (text) => {
    expect(findDateRange(text)).toBeNull()
  })
})

describe('parseDateTime', () => {
  it.each([
    ['28.07.2021 18:49', '2021-07-28T18:49'],
    ['2021-07-28 18:49:05', '2021-07-28T18:49:05'],
    ['2021-07-28T18:49', '2021-07-28T18:49'],
    ['28.07.2021. 8:05', '2021-07-28T08:05'],
    ['  28.07.2021 00:00  ', '2021-07-28T00:00'],
    ['28 July 2021, 18:49', '2021-07-28T18:49'],
  ])('%j -> %s', (text, expected) => {
    expect(parseDateTime(text)).toBe(expected)
  })

  it.each([
    '28.07.2021',
    '18:49',
    '28.07.2021 24:00',
    '28.07.2021 18:60',
    '28.07.2021 18:49:60',
    '28.07.2021 18:49 Page title',
    '2021-07-28 18:49:05Z',
    '31.04.2021 10:00',
    '',
  ])('rejects %j', (text) => {
    expect(parseDateTime(text)).toBeNull()
  })
})

// ---------------------------------------------------------------------------------------
// Properties

const DAY_MS = 86_400_000
const FIRST_DAY = Date.UTC(1950, 0, 1)
const DAY_COUNT = (Date.UTC(2100, 0, 1) - FIRST_DAY) / DAY_MS

interface Parts {
  year: number
  month: number
  day: number
  iso: string
}

const anyDate = fc.integer({ min: 0, max: DAY_COUNT - 1 }).map((n): Parts => {
  const when = new Date(FIRST_DAY + n * DAY_MS)
  const iso = when.toISOString().slice(0, 10)
  return { year: when.getUTCFullYear(), month: when.getUTCMonth() + 1, day: when.getUTCDate(), iso }
})

const p2 = (n: number): string => String(n).padStart(2, '0')
const englishOrdinal = (day: number): string =>
  day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th'

type Casing = 'lower' | 'capital' | 'upper'
const cased = (word: string, casing: Casing): string =>
  casing === 'upper' ? word.toUpperCase() : casing === 'capital' ? word[0]!.toUpperCase() + word.slice(1) : word

interface Choice {
  pick: number
  casing: Casing
  dot: boolean
}

/** A month word for `month` from the given languages (all when empty), cased, dotted if shortened. */
function monthWord(month: number, languages: readonly MonthLanguage[], choice: Choice, fullOnly = false): string {
  const forms = monthForms.filter(
    (form: MonthForm) =>
      form.month === month && (languages.length === 0 || languages.includes(form.language)) && !(fullOnly && form.abbreviation),
  )
  const form = forms[choice.pick % forms.length]!
  return cased(form.word, choice.casing) + (form.abbreviation && choice.dot ? '.' : '')
}

type Render = (d: Parts, choice: Choice) => string
const formats: ReadonlyArray<readonly [string, Render]> = [
  ['DD.MM.YYYY', (d) => `${p2(d.day)}.${p2(d.month)}.${d.year}`],
  ['D.M.YYYY', (d) => `${d.day}.${d.month}.${d.year}`],
  ['DD/MM/YYYY', (d) => `${p2(d.day)}/${p2(d.month)}/${d.year}`],
  ['DD-MM-YYYY', (d) => `${p2(d.day)}-${p2(d.month)}-${d.year}`],
  ['YYYY-MM-DD', (d) => `${d.year}-${p2(d.month)}-${p2(d.day)}`],
  ['YYYY.MM.DD', (d) => `${d.year}.${p2(d.month)}.${p2(d.day)}`],
  ['YYYY/MM/DD', (d) => `${d.year}/${p2(d.month)}/${p2(d.day)}`],
  ['D Month YYYY', (d, c) => `${c.pick % 2 ? p2(d.day) : d.day} ${monthWord(d.month, [], c)} ${d.year}`],
  ['D. Month YYYY', (d, c) => `${d.day}. ${monthWord(d.month, [], c)} ${d.year}`],
  ['Dth of Month YYYY', (d, c) => `${d.day}${englishOrdinal(d.day)} of ${monthWord(d.month, ['en'], c, true)} ${d.year}`],
  ['Dth Month, YYYY', (d, c) => `${d.day}${englishOrdinal(d.day)} ${monthWord(d.month, ['en'], c)}, ${d.year}`],
  ['Month D, YYYY', (d, c) => `${monthWord(d.month, ['en'], c)} ${d.day}, ${d.year}`],
  ['Month Dth YYYY', (d, c) => `${monthWord(d.month, ['en'], c)} ${d.day}${englishOrdinal(d.day)} ${d.year}`],
  ['French', (d, c) => `${d.day === 1 ? '1er' : d.day} ${monthWord(d.month, ['fr'], c)} ${d.year}`],
  ['German', (d, c) => `${d.day}. ${monthWord(d.month, ['de'], c)} ${d.year}`],
  ['Estonian', (d, c) => `${d.day}. ${monthWord(d.month, ['et'], c)} ${d.year}`],
  ['Latvian gada', (d, c) => `${d.year}. ${cased('gada', c.casing)} ${d.day}. ${monthWord(d.month, ['lv'], c)}`],
  ['Latvian .gada', (d, c) => `${d.year}.gada ${d.day}. ${monthWord(d.month, ['lv'], c)}`],
  ['Latvian g.', (d, c) => `${d.year}. g. ${d.day}. ${monthWord(d.month, ['lv'], c)}`],
  ['Lithuanian d.', (d, c) => `${d.year} m. ${monthWord(d.month, ['lt'], c)} ${d.day} d.`],
  ['Lithuanian -ąją', (d, c) => `${d.year} m. ${monthWord(d.month, ['lt'], c)} ${d.day}-ąją`],
]

const choice: fc.Arbitrary<Choice> = fc.record({
  pick: fc.nat({ max: 1000 }),
  casing: fc.constantFrom<Casing>('lower', 'capital', 'upper'),
  dot: fc.boolean(),
})
const format = fc.constantFrom(...formats)
const fillerWords = ['projekts', 'the', 'and', 'un', 'ir', 'ja', 'et', 'report', 'līdz', 'nuo', 'from', 'Project', 'ilgums', 'trukmė', 'žodis']
const filler = fc.array(fc.constantFrom(...fillerWords), { maxLength: 6 }).map((words) => words.join(' '))
const before = fc.tuple(filler, fc.constantFrom(' ', '\n', ' (', ': ', '\t')).map(([words, gap]) => (words ? words + gap : ''))
const after = fc.tuple(fc.constantFrom('', '.', ',', ')', ';', ' ', '\n'), filler).map(([gap, words]) => (words ? `${gap} ${words}` : gap))

describe('properties', () => {
  it('every supported writing of every date round-trips through parseDate', () => {
    fc.assert(
      fc.property(anyDate, format, choice, (date, [, render], c) => {
        const written = render(date, c)
        expect(parseDate(written), written).toBe(date.iso)
      }),
      { numRuns: 3000 },
    )
  })

  it('findDates finds exactly that date, as written, among other words', () => {
    fc.assert(
      fc.property(anyDate, format, choice, before, after, (date, [, render], c, head, tail) => {
        const written = render(date, c)
        // A dot right after "janv" or "Sept" would be the abbreviation's own dot.
        const text = head + written + (/\p{L}$/u.test(written) && tail.startsWith('.') ? ` ${tail}` : tail)
        expect(findDates(text), text).toEqual([{ date: date.iso, text: written, offset: head.length, length: written.length }])
      }),
      { numRuns: 3000 },
    )
  })

  it('two dates joined by a range separator are found as that range', () => {
    const separator = fc.constantFrom(' - ', ' – ', ' — ', '–', '-', ' to ', ' līdz ', ' iki ', ' until ', ' kuni ')
    fc.assert(
      fc.property(anyDate, anyDate, format, format, choice, separator, before, (a, b, [, renderA], [, renderB], c, sep, head) => {
        const [first, second] = a.iso <= b.iso ? [a, b] : [b, a]
        const start = renderA(first, c)
        const end = renderB(second, c)
        const range = findDateRange(head + start + sep + end)
        expect(range?.start).toEqual({ date: first.iso, text: start, offset: head.length, length: start.length })
        expect(range?.end).toEqual({ date: second.iso, text: end, offset: head.length + start.length + sep.length, length: end.length })
      }),
      { numRuns: 2000 },
    )
  })

  const fragments = [
    '1', '12', '2011', '31', '0', '99999', '.', '. ', '-', '–', '/', ',', ' ', '  ', '\n', ':', 'st', 'er', 'of', 'm.', 'd.',
    'gada', 'g.', 'mėn.', '-ąją', 'March', 'Sept.', 'jūlijā', 'kovo', 'märtsil', 'juin', 'to', 'līdz', 'iki', 'years',
    'gadi', 'mėn', 'ago', 'x', 'ā', '\u0301', '\ud800', '(', ')',
  ]
  const soup = fc.array(fc.constantFrom(...fragments), { maxLength: 40 }).map((parts) => parts.join(''))
  const anyText = fc.oneof(soup, fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ maxLength: 80 }))

  it('never throws on arbitrary text, and what it returns is consistent', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const dates = findDates(text)
        let end = 0
        for (const match of dates) {
          expect(match.offset).toBeGreaterThanOrEqual(end)
          expect(text.slice(match.offset, match.offset + match.length)).toBe(match.text)
          expect(parseDate(match.text)).toBe(match.date)
          end = match.offset + match.length
        }
        const range = findDateRange(text)
        if (range) {
          expect(range.start.date <= range.end.date).toBe(true)
          expect(range.start.offset + range.start.length).toBeLessThanOrEqual(range.end.offset)
          expect(text.slice(range.end.offset, range.end.offset + range.end.length)).toBe(range.end.text)
          expect(text.slice(range.start.offset, range.start.offset + range.start.length)).toBe(range.start.text)
          expect(parseDate(range.end.text)).toBe(range.end.date)
        }
        const duration = findDuration(text)
        if (duration) {
          expect(duration.months).toBeGreaterThanOrEqual(1)
          expect(duration.months).toBeLessThanOrEqual(120)
          expect(text.slice(duration.offset, duration.offset + duration.length)).toBe(duration.text)
        }
        const parsed = parseDate(text)
        if (parsed !== null) expect(parsed).toMatch(/^\d{4}-\d{2}-\d{2}$/)
        const stamp = parseDateTime(text)
        if (stamp !== null) expect(stamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/)
      }),
      { numRuns: 3000 },
    )
  })
})

describe('hostile input', () => {
  const size = 2 * 1024 * 1024
  const fill = (unit: string): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size)

  it.each([
    ['digits', '1'],
    ['digits and dots', '1.'],
    ['two-digit dots', '12.'],
    ['digits and spaces', '1 '],
    ['dashes', '-'],
    ['spaces', ' '],
    ['digit dashes', '1-'],
    ['dots', '.'],
    ['month names', 'March '],
    ['day and month', '15 March '],
    ['day, month, dash', '1 March - '],
    ['year-first Lithuanian', '2011 m. kovo '],
    ['year-first Latvian', '2013. gada 30. '],
    ['numeric almost-dates', '28.07.'],
    ['dates', '28.07.2021 '],
    ['ranges', '1–15 March 2011 '],
    ['years', '2011 '],
    ['durations', '2 gadi '],
    ['letters', 'a'],
    ['diacritics', 'ā'],
    ['ordinals', '1st of '],
  ])('%s: 2 MB is scanned in bounded time', (_name, unit) => {
    const text = fill(unit)
    const started = performance.now()
    findDates(text)
    findDateRange(text)
    findDuration(text)
    parseDate(text)
    parseDateTime(text)
    expect(performance.now() - started).toBeLessThan(8000)
  })
})

describe('findDates, Russian month names', () => {
  it('reads the genitive a date takes ("1 апреля 2010 года")', () => {
    expect(findDates('с 1 апреля 2010 года по 31 марта 2011 года').map((date) => date.date)).toEqual(['2010-04-01', '2011-03-31'])
    expect(parseDate('18 декабря 2009')).toBe('2009-12-18')
  })
})

describe('Russian dates with the word for "year", and periods with "по"', () => {
  it('takes "г." or "года" after the year as part of the date', () => {
    expect(parseDate('28 ноября 2012 г.')).toBe('2012-11-28')
    expect(parseDate('16 октября 2017 года')).toBe('2017-10-16')
    expect(findDates('подвели итоги 28 ноября 2012 г., 16:42').map((date) => date.text)).toEqual(['28 ноября 2012 г.'])
  })

  it('reads "с A по B" as a period, also when A borrows B\'s month and year', () => {
    const range = findDateRange('с 1 июля 2008 г. по 30 июня 2010 г.')
    expect([range?.start.date, range?.end.date]).toEqual(['2008-07-01', '2010-06-30'])
    const compressed = findDateRange('С 2 по 10 октября 2017 года')
    expect([compressed?.start.date, compressed?.end.date]).toEqual(['2017-10-02', '2017-10-10'])
  })
})
