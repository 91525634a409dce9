import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DONOR, DONOR_STEMS, DONOR_WORDS, NATIONAL, NATIONAL_STEMS, NATIONAL_WORDS, OF_WHICH, figuresIn, isEquivalenceGap, namesAnotherProject, namesDonor, namesNational, roleFromContext } from '../../../src/extractors/read/amounts.js'
import { spellBoundaries } from '../../../src/extractors/read/text.js'

describe('roleFromContext', () => {
  it.each([
    ['Total project cost: ', '', 'total_cost'],
    ['Support from the Gambling Tax Council:   ', '', 'grant'],
    ['Support from the City of Riga: ', '', 'cofinancing'],
    // A Russian financing table's sum row.
    ['Всего                    ', '', 'total_cost'],
    ['Итого: ', '', 'total_cost'],
    ['На проект выделено всего ', '', 'grant'],
    ['The Norwegian Ministry of Foreign Affairs contributed ', ' to the project', 'grant'],
    ['The Ministry of Justice of Latvia and the state budget contributed ', '', 'cofinancing'],
    ['the City of Riga contributes ', '', 'cofinancing'],
    ['The Nordic Council of Ministers contributes ', ' to the project', 'grant'],
    // A funder's allocation or addition is a grant, a town's its own share.
    ['The Gambling Tax Council has allocated ', ' to the project', 'grant'],
    ['the city adds ', ' from its budget for youth work', 'cofinancing'],
    ['Tartu City Government allocated ', '', 'cofinancing'],
    // A foundation's grants of a year, in the plural, are no project's money.
    ['The Foundation\'s capital was high. Grants paid in 2012 amounted to ', '. Administrative costs were low.', null],
    ['Grants awarded in 2011: ', '', null],
    ['Grant paid in 2012: ', '', 'grant'],
    ['Initial project cost ', '', 'initial_cost'],
    ['piešķirts ES finansējums ', '', 'grant'],
    ['ESF finansējums ', '', 'grant'],
    ['ESF funding: ', '', 'grant'],
    ['EEA funding ', '', 'grant'],
    ['State budget funding: ', '', 'cofinancing'],
    ['Total funding: ', '', 'total_cost'],
    ['Valsts budžeta finansējums ', '', 'cofinancing'],
    ['Pašvaldības finansējums ', '', 'cofinancing'],
    ['Jõhvi valla eelarvest: ', '', 'cofinancing'],
    ['Tartu linna eelarve ', '', 'cofinancing'],
    // The compound ("vallaeelarve") in a label's bracketed aside: the municipality's own share, not a budget.
    ['Omafinantseering (Saue vallaeelarve):\t', '', 'cofinancing'],
    ['Tallinna linnaeelarvest ', '', 'cofinancing'],
    ['Projekta kopējais finansējums ', '', 'total_cost'],
    ['Valsts policijas projekta kopējais finansējums ir ', '', 'total_cost'],
    ['Latvijas Sarkanā Krusta īstenotā projekta finansējums ir ', '', 'total_cost'],
    ['Projektui įgyvendinti skirta ', ' Europos socialinio fondo ir valstybės biudžeto lėšų.', 'grant'],
    ['Dalyvavo skirtingų ', ' valstybės biudžeto įstaigų', 'cofinancing'],
    ['', ' co-financing from the state budget', 'cofinancing'],
    ['The Norwegian Financial Mechanism supports the project with ', ' (approximately EUR 923 000).', 'grant'],
    ['The project is supported by the EEA Grants with ', '', 'grant'],
    ['EEA Grants co-financing: ', '', 'grant'],
    ['Project budget: 312 500,00 EUR, ERDF co-financing ', '', 'grant'],
    ['State budget co-financing: ', '', 'cofinancing'],
    ['Own funds co-financing: ', '', 'cofinancing'],
    ['The Office has awarded ', ' to the project', 'grant'],
    ['The project, worth ', ', of which', 'total_cost'],
    ['Jaunās nodaļas izveidē ieguldīti ', ', no kuriem 85 % sedz', 'other'],
    ['The municipality invested ', ' in the new centre', 'other'],
    ['Неиспользованный остаток гранта в размере ', ' возвращён Институту развития здоровья', 'other'],
    ['Проект продлится 24 месяца и обойдётся в ', ', 90 процентов этой суммы покрывают Норвежские гранты.', 'total_cost'],
    ['Финансирование проекта – ', ', в т.ч. 85% – средства программы ЕС', 'total_cost'],
    ['Финансирование ЕС: ', '', 'grant'],
    ['The unspent grant balance of ', ' was returned to the donor.', 'other'],
    ['Paramos suma: ', ' (85 proc.)', 'grant'],
    ['Projekto vykdytojo įnašas: ', ' (15 proc.)', 'cofinancing'],
    ['Requested from the Nordic Council of Ministers:\t', '', 'grant'],
    ['The weather was fine, ', '', null],
    // A programme's money is not the project's; money from the programme's budget is.
    ['Total Public Health Programme expenditure in 2004: ', '', null],
    // An organisation's yearly income and a funding instrument's money over many projects are not the project's.
    ["In 2009 the Union's total income was ", ' EEK, of which 61% came from project grants.', null],
    ['In 2016 the PSF supported 18 projects with a total of ', '.', null],
    // The share a municipality or the state covers is co-financing; one a donor covers is its grant.
    ['the remaining ', ' is covered by Šiauliai City Municipality.', 'cofinancing'],
    ['the remaining ', ' is covered by the EEA Grants.', 'grant'],
    ['likusią dalį (', ') skiria Panevėžio rajono savivaldybė.', 'cofinancing'],
    ['likusią dalį (', ') skiria Europos socialinis fondas.', null],
    // A Russian verb of paying after the figure: the payer in its clause (a donor state, the state's or a town's budget) gives the role.
    ['85 процентов этой суммы, ', ', покрывает Швейцария, остальные 180 тыс. литов выделены из государственного бюджета Литвы.', 'grant'],
    ['остальные ', ' выделены из государственного бюджета Литвы.', 'cofinancing'],
    ['Остальные ', ' город добавит из своего бюджета.', 'cofinancing'],
    ['Собственный вклад центра – ', '.', 'cofinancing'],
    // Money spent, or left unspent, is the project's money of no other role.
    ['Panaudota ', ', nepanaudotas likutis', 'other'],
    ['Kasutamata jäi ', ', mis tagastatakse.', 'other'],
    // "Projekti eelarve kokku oli …": the budget in total is the total cost, as "kopā" is in Latvian.
    ['Projekti eelarve kokku oli ', '', 'total_cost'],
    [' nepanaudotas likutis (', ') grąžintas į savivaldybės biudžetą.', 'other'],
    ['Programme budget: ', '', null],
    ['The project receives from the programme budget a grant of ', '', 'grant'],
    // A donor's support to a whole beneficiary state (round 18) is not the project's money.
    ['Norway supports Lithuania through the Norway Grants with ', ' in the period 2009-2014.', null],
    ['Norway supported Latvia with ', '.', null],
    ['The Norway Grants supported the project with ', '.', 'grant'],
    // The payer named after "from", no role before the figure (round 18).
    ['– with ', ' from Ventspils City Council.', 'cofinancing'],
    ['and ', ' from the Norway Grants.', 'grant'],
    ['and ', ' from 2015 on.', null],
    // A state budget programme that awards grants by calls gives a grant, not the state's co-financing (round 18).
    ['was funded by the Society Integration Foundation from the state budget programme "NGO Fund" – ', ' – with ', 'grant'],
    ['The rest came from the state budget: ', '.', 'cofinancing'],
  ] as const)('%j … %j gives %s', (before, after, role) => {
    expect(roleFromContext(before, after)).toBe(role)
  })

  it('does not depend on the figures read before it (in this document or another)', () => {
    const fresh = roleFromContext('The grant is', '')
    expect(fresh).toBe('grant')
    // A figure whose role comes from the words after it; its cue matched far into that text.
    expect(roleFromContext('', ' and then, much later in a long sentence, a grant')).toBe('grant')
    expect(roleFromContext('The grant is', '')).toBe(fresh)
  })

  // The cues spell `\b` out as look-arounds (a speed-up); under /iu `ſ` and the Kelvin sign
  // `K` are word characters, as `s` and `k` are.
  it.each([
    ['The \u212agrant is ', '', null],
    ['The \u017fgrant is ', '', null],
    ['grant\u017f ', '', 'grant'],
    ['grant_ ', '', null],
    ['the_total ', '', null],
    ['9total ', '', null],
    ['TOTAL\u212a ', '', null],
    ['initial cost\u017f ', '', 'total_cost'],
    ['ÉGRANT ', '', 'grant'],
    ['ātotal ', '', 'total_cost'],
    ['grants² ', '', 'grant'],
    ['', ', grants\u212a', null],
    ['', ' GRANTS', 'grant'],
  ] as const)('word boundaries as \\b under /iu: %j … %j gives %s', (before, after, role) => {
    expect(roleFromContext(before, after)).toBe(role)
  })

  it('spells out \\b with the word characters /iu gives it', () => {
    const word = /[0-9A-Za-z_\u017f\u212a]/iu
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code)
      if (/^[\s\S]\b/iu.test(`${char} `) !== word.test(char)) expect.fail(`U+${code.toString(16)}`)
    }
  })
})

describe('OF_WHICH', () => {
  it('holds the two alternatives of the expression it was written as, built from the word lists the prefilter reads', () => {
    const written = spellBoundaries(
      /\b(?:of which|of this|including|incl)\b|(?<![\p{L}])(?:no tiem|no tām|no tā|no kuriem|no kurām|tai skaitā|t\.sk\.|tostarp|iš jų|iš jo|iš to|iš kurių|millest|sealhulgas|из них|из которых|в том числе|в т\.ч\.)(?![\p{L}])/iu,
    )
    expect(OF_WHICH.map(({ pattern }) => pattern.source).join('|')).toBe(written.source)
    for (const { pattern } of OF_WHICH) expect(pattern.flags).toBe(written.flags)
  })
})

describe('isEquivalenceGap', () => {
  it.each([
    [' (', true],
    [' / ', true],
    [' (approx. ', true],
    [' or ', true],
    [' = ', true],
    [', ', false],
    [' - ', false],
    [' ', false],
    [' for materials and ', false],
  ] as const)('%j between two figures: %s', (gap, expected) => {
    expect(isEquivalenceGap(gap)).toBe(expected)
  })

  it('lets brackets and hedges stand alone around a lone figure', () => {
    expect(isEquivalenceGap('approximately ', false)).toBe(true)
    expect(isEquivalenceGap(')', false)).toBe(true)
    expect(isEquivalenceGap('', false)).toBe(true)
    expect(isEquivalenceGap(' for training', false)).toBe(false)
  })

  it('takes every space for a space, as trim() does: a no-break space after a figure is no word', () => {
    expect(isEquivalenceGap('\u00a0', false)).toBe(true)
    expect(isEquivalenceGap('\u00a0(\u2009', true)).toBe(true)
    expect(isEquivalenceGap('\u00a0\u00a0', true)).toBe(false)
  })
})

describe('figuresIn, a sum in two currencies', () => {
  it('lists the same sum given again in another currency once, as first written', () => {
    const roles = (text: string): string[] => figuresIn(text, 0, 'budget').map((f) => `${f.role} ${f.money.text}`)
    expect(roles('45,500.00 LTL (13,177.71 EUR)')).toEqual(['budget 45,500.00 LTL'])
    expect(roles('approximately USD 13,000 (approx. 32,000.00 LTL)')).toEqual(['budget USD 13,000'])
    expect(roles('156,466.00 EEK / 10,000.00 EUR')).toEqual(['budget 156,466.00 EEK'])
    // Two sums listed with a comma are not one sum: the second needs a role of its own.
    expect(roles('10,000 EUR, 2,000 EUR')).toEqual(['budget 10,000 EUR'])
    // Under one amount heading, a figure in another currency on the next line restates the sum;
    // one in the same currency is a figure of its own, with the role its words give.
    expect(roles('70,000.00 LTL\n20,273.40 EUR')).toEqual(['budget 70,000.00 LTL'])
    expect(roles('70,000.00 LTL\n10,000.00 LTL co-financing')).toEqual(['budget 70,000.00 LTL', 'cofinancing 10,000.00 LTL'])
    expect(figuresIn('70,000.00 LTL\n20,273.40 EUR', 0).map((f) => f.role)).toEqual([])
  })

  it('takes a part of a total named co-financing for co-financing, whoever pays it', () => {
    const roles = (text: string): string[] => figuresIn(text, 0).map((f) => `${f.role} ${f.money.text}`)
    expect(roles('Projekta kopējās attiecināmās izmaksas ir EUR 49 870,00, tai skaitā EEZ finanšu instrumenta finansējums EUR 44 883,00 un biedrības līdzfinansējums EUR 4 987,00.')).toEqual([
      'total_cost EUR 49 870,00',
      'grant EUR 44 883,00',
      'cofinancing EUR 4 987,00',
    ])
  })

  it('reads the Russian parts of a total ("из них", "из которых", "в том числе"): the EU\'s or a donor\'s a grant, the state\'s or the promoter\'s own co-financing', () => {
    const roles = (text: string): string[] => figuresIn(text, 0).map((f) => `${f.role} ${f.money.text}`)
    expect(roles('Бюджет проекта – 84 300 евро, из них 75 870 евро – финансирование ЕС.')).toEqual(['budget 84 300 евро', 'grant 75 870 евро'])
    expect(roles('Общая стоимость проекта – 120 000 евро, в том числе 102 000 евро – средства Норвежского финансового механизма и 18 000 евро – государственное софинансирование.')).toEqual([
      'total_cost 120 000 евро',
      'grant 102 000 евро',
      'cofinancing 18 000 евро',
    ])
    expect(roles('Стоимость проекта – 50 000 евро, из которых 5000 евро составляют собственные средства организации.')).toEqual(['total_cost 50 000 евро', 'cofinancing 5000 евро'])
    // A body that allocates the part grants it; the words after the next comma are another part's.
    expect(roles('Бюджет проекта – LTL 186 400, из них 158 440 литов выделило Управление по контролю за наркотиками, остальное – собственные средства центра.')).toEqual([
      'budget LTL 186 400',
      'grant 158 440 литов',
    ])
    expect(roles('Общая стоимость проекта – 312 480 латов, из них 265 608 латов – грант, остальные 46 872 лата – софинансирование городской думы.')).toEqual([
      'total_cost 312 480 латов',
      'grant 265 608 латов',
      'cofinancing 46 872 лата',
    ])
  })

  it('takes an Estonian part "from the state budget" (riigieelarvest) for co-financing', () => {
    const roles = (text: string): string[] => figuresIn(text, 0).map((f) => `${f.role} ${f.money.text}`)
    expect(roles('Projekti eelarve on 145 000 eurot, millest 123 250 eurot tuleb Norra finantsmehhanismist ja 21 750 eurot riigieelarvest.')).toEqual([
      'budget 145 000 eurot',
      'grant 123 250 eurot',
      'cofinancing 21 750 eurot',
    ])
  })

  it('lists a sum alone on its line, or after its year, under the heading of the first', () => {
    const roles = (text: string): string[] => figuresIn(text, 0, 'budget').map((f) => `${f.role} ${f.money.text}`)
    expect(roles('2007: 5,000.00 LVL\n2008: 3,500.00 LVL')).toEqual(['budget 5,000.00 LVL', 'budget 3,500.00 LVL'])
    expect(roles('2009–2010 - 5 000 LVL\n2011 - 2 000 LVL.')).toEqual(['budget 5 000 LVL', 'budget 2 000 LVL'])
    // Words around a figure make it more than an entry of the list: it needs a role of its own.
    expect(roles('5,000.00 LVL\nplus 2,000.00 LVL from partners')).toEqual(['budget 5,000.00 LVL'])
    // Without a heading nothing gives it a role.
    expect(figuresIn('2007: 5,000.00 LVL\n2008: 3,500.00 LVL', 0)).toEqual([])
  })

  it('lists each body\'s sum in brackets after its name under the heading of the first', () => {
    const roles = (text: string): string[] => figuresIn(text, 0, 'grant').map((f) => `${f.role} ${f.money.text}`)
    expect(roles('City Council (EUR 15,000) and the Ministry of the Interior (EUR 3,450)')).toEqual(['grant EUR 15,000', 'grant EUR 3,450'])
    // Without a heading nothing gives the second a role.
    expect(figuresIn('City Council (EUR 15,000) and the Ministry (EUR 3,450)', 0)).toHaveLength(0)
  })

  it('lists a sum in an item of its own, after a semicolon, under the heading of the first', () => {
    const roles = (text: string): string[] => figuresIn(text, 0, 'grant').map((f) => `${f.role} ${f.money.text}`)
    expect(roles('Gambling Tax Council 980.000 EEK;\n   Tallinn City Government 265.800 EEK')).toEqual(['grant 980.000 EEK', 'grant 265.800 EEK'])
    expect(roles('A 5 000 EUR; B 2 000 EUR')).toEqual(['grant 5 000 EUR', 'grant 2 000 EUR'])
    // A comma parts no items of money: the second figure needs a role of its own.
    expect(roles('A 5 000 EUR, B 2 000 EUR')).toEqual(['grant 5 000 EUR'])
  })
})

describe('figuresIn, parts of a total', () => {
  it('takes a part a fund finances for a grant', () => {
    const roles = figuresIn('Projekta kopējās izmaksas ir 85 400 eiro, no tām 64 050 eiro ir Iekšējās drošības fonda finansējums.', 0).map((figure) => figure.role)
    expect(roles).toEqual(['total_cost', 'grant'])
    const english = figuresIn('The total cost is EUR 100 000, of which EUR 75 000 from the Internal Security Fund and EUR 25 000 state budget co-financing.', 0)
    expect(english.map((figure) => figure.role)).toEqual(['total_cost', 'grant', 'cofinancing'])
  })

  it('takes a part a funder "is granted by" for a grant', () => {
    const roles = figuresIn('The total cost of the project is LVL 27 540, of which LVL 21 000 is granted by the Nordic Council of Ministers\' Office in Latvia.', 0).map((figure) => figure.role)
    expect(roles).toEqual(['total_cost', 'grant'])
  })

  it('reads the parts after "incl." as after "including"', () => {
    const roles = figuresIn('Total eligible costs: EUR 785 300.00, incl. ESF funding EUR 667 505.00', 0).map((figure) => figure.role)
    expect(roles).toEqual(['total_cost', 'grant'])
  })

  it('reads a Latvian part named before "ir" and its figure (is, not and)', () => {
    const roles = (text: string): string[] => figuresIn(text, 0).map((figure) => figure.role)
    expect(roles('Projekta kopējais finansējums ir 13 567 000 eiro, no kuriem ESF finansējums ir 11 531 950 eiro un valsts budžeta finansējums – 2 035 050 eiro.')).toEqual(['total_cost', 'grant', 'cofinancing'])
    expect(roles('Projekta kopējais finansējums ir 200 000 eiro, no kuriem Eiropas Sociālā fonda finansējums ir 170 000 eiro.')).toEqual(['total_cost', 'grant'])
  })

  it('reads a part described before its figure', () => {
    const roles = (text: string): string[] => figuresIn(text, 0).map((figure) => figure.role)
    expect(roles('Projekta kopējās izmaksas: LVL 96 480, tai skaitā Eiropas Savienības finansējums LVL 72 360 un valsts budžeta līdzfinansējums LVL 24 120.')).toEqual([
      'total_cost',
      'grant',
      'cofinancing',
    ])
    expect(roles('Projekta kopējās izmaksas: 245 000,00 EUR, t.sk. Iekšējās drošības fonda finansējums 183 750,00 EUR (75%) un valsts budžeta finansējums 61 250,00 EUR (25%).')).toEqual([
      'total_cost',
      'grant',
      'cofinancing',
    ])
    expect(roles('Projekto vertė – 345 280 Lt, iš jų 293 488 Lt sudaro EEE finansinio mechanizmo lėšos.')).toEqual(['total_cost', 'grant'])
  })
})

describe('figuresIn, equivalents', () => {
  it('skips the same money given again in brackets in another currency', () => {
    const read = (text: string): Array<[string, string, string]> => figuresIn(text, 0).map((figure) => [figure.role, figure.money.value, figure.money.currency])
    expect(read('Projekta kopējās izmaksas ir 96 480 lati (137 278,67 eiro), no tām ES finansējums 72 360 lati (apm. 102 959 eiro).')).toEqual([
      ['total_cost', '96480', 'LVL'],
      ['grant', '72360', 'LVL'],
    ])
    // A figure in brackets in the same currency is a figure of its own.
    expect(read('Total cost EUR 100 000 (grant EUR 85 000)').map(([, value]) => value)).toEqual(['100000', '85000'])
  })
})

describe('namesDonor, namesNational', () => {
  /** The alternatives of a `(?<![\p{L}])(?:a|b|c\p{L}*|ds?)(?![\p{L}])` expression. */
  const alternatives = (pattern: RegExp): string[] => /\(\?:(.*)\)\(\?!/.exec(pattern.source)![1]!.split('|')

  it.each([
    ['DONOR', DONOR(), DONOR_WORDS, DONOR_STEMS],
    ['NATIONAL', NATIONAL(), NATIONAL_WORDS, NATIONAL_STEMS],
  ] as const)('%s: its words and stems are the lists of its prefilter', (_name, pattern, words, stems) => {
    const wanted = { words: new Set<string>(), stems: new Set<string>() }
    for (const alternative of alternatives(pattern)) {
      if (alternative.endsWith('\\p{L}*')) wanted.stems.add(alternative.slice(0, -'\\p{L}*'.length))
      else if (alternative.endsWith('s?')) wanted.words.add(alternative.slice(0, -2)).add(alternative.slice(0, -1))
      else wanted.words.add(alternative)
    }
    for (const word of [...wanted.words, ...wanted.stems]) expect(word).toMatch(/^[\p{Ll} ]+$/u)
    expect(new Set(words)).toEqual(wanted.words)
    expect(new Set(stems)).toEqual(wanted.stems)
  })

  it('agree with the expressions, whatever stands around the words', () => {
    const word = fc.constantFrom(...DONOR_WORDS, ...DONOR_STEMS, ...NATIONAL_WORDS, ...NATIONAL_STEMS, 'finansējums', 'resources')
    const cased = fc.constantFrom((w: string) => w, (w: string) => w.toUpperCase(), (w: string) => w.replaceAll('s', '\u017f'), (w: string) => w[0]!.toUpperCase() + w.slice(1))
    const around = fc.constantFrom('', ' ', ', ', 'x', 'S', 'ā', 'Ē', 'İ', 'ſ', '\u0304', '\u212a', '1', '(', '\u{1d400}', 'ы')
    fc.assert(
      fc.property(fc.array(fc.tuple(around, word, cased, around), { maxLength: 3 }), (parts) => {
        const text = parts.map(([head, w, casing, tail]) => head + casing(w) + tail).join('')
        expect(namesDonor(text), text).toBe(DONOR().test(text))
        expect(namesNational(text), text).toBe(NATIONAL().test(text))
      }),
      { numRuns: 3000 },
    )
    for (const text of ['no tiem 85 000 EUR ir Norvēģijas finanšu instrumenta finansējums', 'resources for business estimates', 'Pašvaldības līdzfinansējums', '']) {
      expect(namesDonor(text), text).toBe(DONOR().test(text))
      expect(namesNational(text), text).toBe(NATIONAL().test(text))
    }
    expect(namesDonor('resources for business estimates')).toBe(false)
  })
})

describe('figuresIn, a Russian page', () => {
  it('gives the budget, the grant and the co-financing the words around each figure name', () => {
    const roles = (text: string): string[] => figuresIn(text, 0).map((f) => `${f.role} ${f.money.text}`)
    expect(roles('Общий бюджет проекта составляет 1 565 000 крон (100 021,73 евро). 1 330 250 крон выделяет Норвежский финансовый механизм, 234 750 крон – софинансирование из городского бюджета.')).toEqual([
      'budget 1 565 000 крон',
      'grant 1 330 250 крон',
      'cofinancing 234 750 крон',
    ])
  })

  it('reads the parts after "из них" by the words of each part, its own clause first', () => {
    const roles = (text: string): string[] => figuresIn(text, 0).map((f) => `${f.role} ${f.money.text}`)
    expect(roles('Общая стоимость проекта – 9880 латов, из них 8398 латов (85 %) покрывает финансирование ЕЭЗ, а 1482 лата – софинансирование государственного бюджета.')).toEqual([
      'total_cost 9880 латов',
      'grant 8398 латов',
      'cofinancing 1482 лата',
    ])
    expect(roles('Общая стоимость проекта составила 150 000 крон. Из них 120 000 крон выделил Совет по налогу на азартные игры, софинансирование волостной управы – 30 000 EEK.')).toEqual([
      'total_cost 150 000 крон',
      'grant 120 000 крон',
      'cofinancing 30 000 EEK',
    ])
  })
})

describe('figuresIn, an Estonian town\'s part', () => {
  it('takes the part a town pays for co-financing', () => {
    const roles = figuresIn('Projekti eelarve on 312 480 eurot, millest 90% ehk 281 232 eurot katavad Norra toetused ja 10% ehk 31 248 eurot Tallinna linn.', 0).map((figure) => figure.role)
    expect(roles).toEqual(['budget', 'grant', 'cofinancing'])
  })

  it('takes the part the state budget co-finances, named by the verb, for co-financing', () => {
    const roles = figuresIn('Projekti eelarve on 4 850 000 krooni, millest Norra finantsmehhanismi toetus on 4 122 500 krooni ning riigieelarvest kaasfinantseeritakse 727 500 krooni.', 0).map((figure) => figure.role)
    expect(roles).toEqual(['budget', 'grant', 'cofinancing'])
  })
})

describe('figuresIn, a request and what a minute grants (round 17)', () => {
  it('reads the sum asked for ("prašoma suma", "pieprasītā summa", "taotletav summa") as other money, the sum granted as the grant', () => {
    const roles = (text: string): string[] => figuresIn(text, 0).map((f) => `${f.role} ${f.money.text}`)
    expect(roles('Bendra projekto vertė – 12 450 Lt, iš Savivaldybės prašoma suma – 9 800 Lt, likusią dalį skiria mokykla.')).toEqual(['total_cost 12 450 Lt', 'other 9 800 Lt'])
    expect(roles('NUTARTA. Skirti 8 500 Lt iš Savivaldybės programos lėšų.')).toEqual(['grant 8 500 Lt'])
    expect(roles('Pieprasītā summa – 4 200 EUR.')).toEqual(['other 4 200 EUR'])
    expect(roles('Taotletav summa 60 000 krooni.')).toEqual(['other 60 000 krooni'])
  })
})

describe('figuresIn, a part a town awards (round 17)', () => {
  it('reads a part a town or the state awards ("piešķir pašvaldība", "eraldas linn") as the grant, its own share as co-financing', () => {
    const roles = (text: string): string[] => figuresIn(text, 0).map((f) => `${f.role} ${f.money.text}`)
    expect(roles('Kopējais projekta budžets ir 5 740 €, no tiem 4 900 € piešķir pašvaldība, bet 840 € ir mūsu pašu līdzfinansējums.')).toEqual(['budget 5 740 €', 'grant 4 900 €', 'cofinancing 840 €'])
    expect(roles('Kopējais projekta budžets ir 5 740 EUR, no tiem 4 900 EUR ir pašvaldības līdzfinansējums.')).toEqual(['budget 5 740 EUR', 'cofinancing 4 900 EUR'])
  })
})

describe('Russian money roles (round 18)', () => {
  const roles = (text: string): string[] => figuresIn(text, 0).map((f) => `${f.role} ${f.money.text}`)

  it('reads what Norway pays ("…, выделяет Норвегия") as a grant', () => {
    expect(roles('Общий бюджет проекта – 2,76 млн литов. 90 процентов этой суммы, то есть 2,48 млн литов, выделяет Норвегия.')).toEqual([
      'budget 2,76 млн литов',
      'grant 2,48 млн литов',
    ])
  })

  it('reads the words of a figure whole when an "и" joins two owners in them', () => {
    expect(roles('Грант составил 1 020 000 крон, собственный вклад организации и городской управы – 180 000 EEK.')).toEqual([
      'grant 1 020 000 крон',
      'cofinancing 180 000 EEK',
    ])
  })
})

describe('namesAnotherProject (round 18)', () => {
  const title = 'Atrask save: psichoaktyviųjų medžiagų vartojimo prevencija Skuodo rajono mokyklose'
  it('tells a sentence on another quoted project from one on the page\'s own', () => {
    expect(namesAnotherProject('2011 metais biuras įgyvendino projektą „Sveikas jaunimas – sveika bendruomenė“, kurio vertė buvo 22 000 Lt.', title)).toBe(true)
    expect(namesAnotherProject('Lėšos skirtos projektui „Atrask save: psichoaktyviųjų medžiagų vartojimo prevencija Skuodo rajono mokyklose“ – 41 000 Lt.', title)).toBe(false)
    expect(namesAnotherProject('Projektui „Atrask save“ skirta 41 000 Lt.', title)).toBe(false)
    expect(namesAnotherProject('Projekto vertė – 48 260 Lt.', title)).toBe(false)
    expect(namesAnotherProject('The earlier project "Safe Streets" cost EUR 12 000.', null)).toBe(false)
  })
})

describe('figuresIn, a Lithuanian total and the parts bodies allocate (round 18)', () => {
  it('reads "Iš jų X Lt skyrė <body>" as the grant and the rest the municipality adds as co-financing', () => {
    const text = 'Projekto vertė – 48 260 Lt. Iš jų 41 000 Lt skyrė Valstybinė narkotikų kontrolės tarnyba, o likusius 7 260 litų prisidės Skuodo rajono savivaldybė.'
    expect(figuresIn(text, 0).map((f) => `${f.role} ${f.money.text}`)).toEqual(['total_cost 48 260 Lt', 'grant 41 000 Lt', 'cofinancing 7 260 litų'])
  })
})
