/** indicatorOf's cheap look at the end of an item rejects only items the pattern would reject. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Doc } from '../../../src/extractors/doc.js'
import { figureFirstIndicator, hasTwoLetters, indicatorOf, leaderIndicator, listFrom, listItems, readIndicator } from '../../../src/extractors/read/lists.js'

const piece = fc.constantFrom('Number of clients', 'syringes distributed', ' ', '  ', '\u00a0', '\t', '-', ' – ', ':', '7295', '1 200', '3,5', '%', ' %', ';', '.', 'x', 'of', '12', '\n', 'человек', ' persons', 'чел.')
const item = fc.array(piece, { maxLength: 10 }).map((parts) => parts.join(''))

describe('indicatorOf', () => {
  it('reads the people a figure counts as its unit', () => {
    expect(indicatorOf('Участники групп взаимопомощи – 47 человек')).toEqual({ label: 'Участники групп взаимопомощи', value: 47, unit: 'человек' })
    expect(indicatorOf('Trained volunteers - 24 persons;')).toEqual({ label: 'Trained volunteers', value: 24, unit: 'persons' })
    expect(indicatorOf('Trained volunteers - 24 schools')).toBeNull()
    expect(indicatorOf('число учеников, принявших участие, – 1940')?.label).toBe('число учеников, принявших участие')
  })
  it('reads a label of two words joined by a hyphen ("Учеников-волонтёров – 120"), not a place\'s name', () => {
    expect(indicatorOf('Учеников-волонтёров – 120')).toEqual({ label: 'Учеников-волонтёров', value: 120, unit: null })
    expect(indicatorOf('Школ-участниц – 6')?.value).toBe(6)
    expect(indicatorOf('Narva-Jõesuu – 12')).toBeNull()
    expect(indicatorOf('Tel – 123')).toBeNull()
  })
  it('equals reading every item with the pattern', () => {
    fc.assert(
      fc.property(item, (text) => {
        expect(indicatorOf(text)).toEqual(text.length > 400 ? null : (readIndicator(text) ?? leaderIndicator(text)))
      }),
      { numRuns: 5000 },
    )
  })
  it('reads the usual forms', () => {
    expect(indicatorOf('Number of syringes distributed - 7295;')).toEqual({ label: 'Number of syringes distributed', value: 7295, unit: null })
    expect(indicatorOf('Share of clients tested: 45 % .')).toEqual({ label: 'Share of clients tested', value: 45, unit: '%' })
    // The longest tail the pattern allows: two spaces, "%", two spaces, ";".
    expect(indicatorOf('Share of clients tested - 45 \u00a0% \t;')).toEqual({ label: 'Share of clients tested', value: 45, unit: '%' })
    expect(indicatorOf('Number of new clients: 14    \u00a0')).toBeNull()
  })
  it('reads a count parted from its figure by dot leaders, but not a contents line', () => {
    expect(indicatorOf('Number of syringes distributed ................................. 18 300')).toEqual({ label: 'Number of syringes distributed', value: 18300, unit: null })
    expect(indicatorOf('Number of HIV rapid tests performed.......212')).toEqual({ label: 'Number of HIV rapid tests performed', value: 212, unit: null })
    expect(indicatorOf('apmācīto skolotāju skaits …… 214')).toEqual({ label: 'apmācīto skolotāju skaits', value: 214, unit: null })
    expect(indicatorOf('Project objectives ........................ 3')).toBeNull()
    expect(indicatorOf('2. Implementation of activities .......... 12')).toBeNull()
  })
  it('leaves the comma that closes a clause before the dash out of the label', () => {
    expect(indicatorOf('количество семей, получивших консультации, – 124;')).toEqual({ label: 'количество семей, получивших консультации', value: 124, unit: null })
  })
  it('reads a wrapped item\'s label with one space where the next line\'s indent stood', () => {
    expect(indicatorOf('количество обученных молодёжных работников и социальных        педагогов - 36')).toEqual({
      label: 'количество обученных молодёжных работников и социальных педагогов',
      value: 36,
      unit: null,
    })
  })
  it('takes a figure inside a label, but not at its start or end, nor a year', () => {
    expect(indicatorOf('Number of clients who stayed in treatment for 6 months - 71')).toEqual({ label: 'Number of clients who stayed in treatment for 6 months', value: 71, unit: null })
    expect(indicatorOf('1 st group (17 inmates) - 9')).toBeNull()
    expect(indicatorOf('Results of stage 2 - 45')).toBeNull()
    expect(indicatorOf('Number of clients in 2009 - 45')).toBeNull()
  })
  it('takes one long compound noun in lower case for a label, not a short or capitalised word', () => {
    expect(indicatorOf('nõustamispunkte - 2')).toEqual({ label: 'nõustamispunkte', value: 2, unit: null })
    expect(indicatorOf('Tel - 12345')).toBeNull()
    expect(indicatorOf('kliente - 12')).toBeNull()
    expect(indicatorOf('Nõustamispunkte - 2')).toBeNull()
  })
  it('reads a marked item\'s label and figure parted by a column\'s gap, when asked, but no year', () => {
    expect(indicatorOf('koolitatud õpetajate arv                           28', true)).toEqual({ label: 'koolitatud õpetajate arv', value: 28, unit: null })
    expect(indicatorOf('infoõhtutel osalenud lapsevanemate arv\t115', true)).toEqual({ label: 'infoõhtutel osalenud lapsevanemate arv', value: 115, unit: null })
    expect(indicatorOf('koolitatud õpetajate arv                           28')).toBeNull()
    expect(indicatorOf('Projekti tegevused algasid      2009', true)).toBeNull()
    expect(indicatorOf('koolitatud õpetajate arv 28', true)).toBeNull()
  })
})

describe('indicator figures in groups of three', () => {
  it.each([
    ['Number of outreach contacts: 2 315;', 2315],
    ['Number of syringes distributed - 22,026', 22026],
    // A count is whole: one dot before three digits groups its thousands.
    ['Number of syringes distributed: 14.250', 14250],
    ['Ennetustundides osalenud õpilaste arv - 2.940', 2940],
    ['Izdalīto šļirču skaits – 3.120', 3120],
    ['Syringes distributed in the city - 1.234.567', 1234567],
    // Not a count: one dot is a decimal point.
    ['Average length of stay in months - 1.250', 1.25],
    ['Share of clients retested - 12.5 %', 12.5],
  ])('%s', (text, value) => {
    expect(indicatorOf(text)?.value).toBe(value)
  })
  it('gives no reading for dots mixed with other separators', () => {
    expect(indicatorOf('Number of syringes distributed: 1,234.567')).toBeNull()
  })
})

describe('numbered items', () => {
  it('reads a form\'s sub-points ("7.1. ") as numbered items, not a date\'s day and month', () => {
    expect(listItems(new Doc('7.1. parengti priemonę;\n7.2. apmokyti pedagogus;\n')).map((item) => [item.text, item.numbered])).toEqual([['parengti priemonę;', true], ['apmokyti pedagogus;', true]])
    expect(listItems(new Doc('12.05. seminārs Rīgā\n1.05. Darba svētki\n2.5 miljoni eiro\n'))).toEqual([])
  })

  it('reads lettered points ("a) ") as numbered items, with the lines wrapped under their text', () => {
    const doc = new Doc('   a) To establish a street outreach team working with injecting\n      drug users in Panevėžys;\n   b) To refer IDUs to treatment.\n')
    expect(listItems(doc).map((item) => [item.text, item.numbered])).toEqual([
      ['To establish a street outreach team working with injecting drug users in Panevėžys;', true],
      ['To refer IDUs to treatment.', true],
    ])
    // A capital, two letters or no space after the bracket is no such mark.
    expect(listItems(new Doc('A) heading\nab) x\na)b\nand) so on\n'))).toEqual([])
  })
})

describe('marks in their emoji form', () => {
  it('reads a messenger post\'s "▪️" (the mark and its variation selector) as a bullet, the item without either', () => {
    expect(listItems(new Doc('▪️ вечерних рейдов – 32\n▪️ обученных волонтёров – 18\n')).map((item) => item.text)).toEqual(['вечерних рейдов – 32', 'обученных волонтёров – 18'])
  })
})

describe('wrapped list items', () => {
  const doc = new Doc('Main indicators:\n\n  • Number of HIV rapid tests performed among clients of the\n    exchange point - 128;\n  • Number of new clients - 96.\n\tBudget\tEUR 5\nThe end.')

  it('reads a line under the item text as part of the item', () => {
    expect(listItems(doc).map((item) => [item.text, item.lineIndex, item.lastLineIndex])).toEqual([
      ['Number of HIV rapid tests performed among clients of the exchange point - 128;', 2, 3],
      ['Number of new clients - 96.', 4, 4],
    ])
    expect(listFrom(doc, 2).map((item) => indicatorOf(item.text)?.value)).toEqual([128, 96])
  })

  it('joins a word a PDF\'s text broke at the line\'s end, but keeps a hyphen before a conjunction', () => {
    const pdf = new Doc('    • To provide distribution of disin-\n      fectants and condoms;\n    • To offer pre-\n      and post-test counselling.')
    expect(listItems(pdf).map((item) => item.text)).toEqual(['To provide distribution of disinfectants and condoms;', 'To offer pre- and post-test counselling.'])
  })
})

describe('hasTwoLetters', () => {
  it('agrees with /\\p{L}{2}/u', () => {
    const piece = fc.constantFrom('a', 'Z', 'ā', 'Ω', '1', ' ', '-', '\u0301', '\u{1d400}', '\u{1f600}', '\ud800', '_')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const label = pieces.join('')
        expect(hasTwoLetters(label), label).toBe(/\p{L}{2}/u.test(label))
      }),
      { numRuns: 5000 },
    )
    for (let code = 0; code < 0x80; code++) {
      const char = String.fromCharCode(code)
      for (const label of [char + 'a', 'a' + char, char + char]) if (hasTwoLetters(label) !== /\p{L}{2}/u.test(label)) expect.fail(JSON.stringify(label))
    }
  })
})

describe('figureFirstIndicator', () => {
  it('reads a marked result item with its figure first', () => {
    expect(figureFirstIndicator('* 46 schools took part in the programme')).toEqual({ label: 'schools took part in the programme', value: 46, unit: null })
    expect(figureFirstIndicator('• 9 800 pupils reached')).toEqual({ label: 'pupils reached', value: 9800, unit: null })
  })

  it('reads no unmarked line, one-word label or figure inside the label', () => {
    expect(figureFirstIndicator('46 schools took part')).toBeNull()
    expect(figureFirstIndicator('* 12 months')).toBeNull()
    expect(figureFirstIndicator('* 3 seminars in 2019')).toBeNull()
  })
})

describe('a social network post\'s list marks (round 17)', () => {
  it('reads a line marked with an emoji ("👉 X", "✅ X", "➡️ X") as a list item, not one that opens with an emoji as a word', () => {
    const doc = new Doc('Mūsu partneri:\n👉 Valmieras novada Jauniešu centrs\n✅ Valsts policija\n➡️ Valmieras novada pašvaldība\n💶 Budžets ir 5 740 €\n')
    expect(listItems(doc, 1, 5).map((item) => item.text)).toEqual(['Valmieras novada Jauniešu centrs', 'Valsts policija', 'Valmieras novada pašvaldība'])
  })
})

describe('indicatorOf, a unit in brackets at the label\'s end (round 18)', () => {
  it('takes "(%)" as the unit and leaves it out of the label', () => {
    expect(indicatorOf('Follow-up response rate (%): 78')).toEqual({ label: 'Follow-up response rate', value: 78, unit: '%' })
    expect(indicatorOf('Pupils completing the programme: 1 034')).toEqual({ label: 'Pupils completing the programme', value: 1034, unit: null })
  })
})
