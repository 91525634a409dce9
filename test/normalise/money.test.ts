import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  currencyOf,
  findMoney,
  IRREVOCABLE_RATES,
  ISO_4217_CODES,
  parseNumber,
  parseRates,
  toEur,
} from '../../src/normalise/money.js'

describe('parseNumber', () => {
  it.each([
    ['70,000.00', '70000.00', false],
    ['24,587', '24587', true],
    ['15,144', '15144', true],
    ['1.234', '1234', true],
    ['1 234,56', '1234.56', false],
    ['114 883,57', '114883.57', false],
    ['8 277 294', '8277294', false],
    ['354334', '354334', false],
    ['19 700.00', '19700.00', false],
    ['1.234.567,89', '1234567.89', false],
    ['1,234,567', '1234567', false],
    ['12.345.678', '12345678', false],
    ["1'234'567.50", '1234567.50', false],
    ['1’234', '1234', false],
    ['8\u00a0277\u00a0294', '8277294', false],
    ['8\u202f277\u2009294', '8277294', false],
    ['12,5', '12.5', false],
    ['12.50', '12.50', false],
    ['0,5', '0.5', false],
    ['0,500', '0.500', false], // `0,500` cannot be grouping: a first group has no leading zero
    ['1234,567', '1234.567', false], // nor can a first group of four digits
    ['1 234,567', '1234.567', false], // spaces already group, so the comma is a decimal point
    ['1,2345', '1.2345', false],
    ['007', '7', false],
    ['0', '0', false],
    ['0.00', '0.00', false],
    ['  42  ', '42', false],
  ])('reads %j as %s (ambiguous: %s)', (text, value, ambiguous) => {
    expect(parseNumber(text)).toEqual({ value, ambiguous })
  })

  it.each([
    '',
    ' ',
    ',5',
    '5,',
    '1,,000',
    '1 ,000',
    '1,23,456', // groups must be three digits
    '1.234.56',
    '1,234,56',
    '1.234,567.8', // the decimal mark repeats
    '1,234.567,8',
    '1.234 567', // two grouping conventions
    '1 234\'567',
    '1234 567', // first group longer than three
    '0,500,000', // first group starts with zero
    '1,234.56 7',
    '-5',
    '+5',
    '5%',
    '1e3',
    'EUR 5',
    '12 500 EUR',
    '１２',
    '1\t234',
    '1\n234',
  ])('rejects %j', (text) => {
    expect(parseNumber(text)).toBeNull()
  })
})

describe('currencyOf', () => {
  it.each([
    ['EUR', 'EUR'],
    ['€', 'EUR'],
    ['euro', 'EUR'],
    ['Euro', 'EUR'],
    ['EIRO', 'EUR'],
    ['eiro', 'EUR'],
    ['eur.', 'EUR'],
    ['Eur', 'EUR'],
    ['eurų', 'EUR'],
    ['eurai', 'EUR'],
    ['eura', 'EUR'],
    ['eurot', 'EUR'],
    ['LTL', 'LTL'],
    ['Lt', 'LTL'],
    ['litų', 'LTL'],
    ['Litai', 'LTL'],
    ['litas', 'LTL'],
    ['LVL', 'LVL'],
    ['Ls', 'LVL'],
    ['lati', 'LVL'],
    ['latu', 'LVL'],
    ['lats', 'LVL'],
    ['latus', 'LVL'],
    ['latiem', 'LVL'],
    ['litus', 'LTL'],
    ['eurus', 'EUR'],
    ['EEK', 'EEK'],
    ['kroon', 'EEK'],
    ['krooni', 'EEK'],
    ['USD', 'USD'],
    ['$', 'USD'],
    ['US$', 'USD'],
    ['NOK', 'NOK'],
    ['SEK', 'SEK'],
    ['DKK', 'DKK'],
    ['CHF', 'CHF'],
    ['GBP', 'GBP'],
    ['£', 'GBP'],
    ['PLN', 'PLN'],
    ['zł', 'PLN'],
    ['ISK', 'ISK'],
    ['RUB', 'RUB'],
    ['JPY', 'JPY'],
    ['DEM', 'DEM'],
    ['eurų'.normalize('NFD'), 'EUR'], // decomposed diacritics
  ])('%s -> %s', (token, code) => {
    expect(currencyOf(token)).toBe(code)
  })

  it.each(['HIV', 'IDU', 'NGO', 'LT', 'lt', 'LS', 'ALL', 'TOP', 'PHP', 'usd', 'nok', 'Ltd', 'A$', 'EU', ''])(
    'does not read %j as a currency',
    (token) => {
      expect(currencyOf(token)).toBeNull()
    },
  )
})

const figure = (text: string) => findMoney(text).map((m) => [m.text, m.value, m.currency])

describe('findMoney', () => {
  it.each([
    ['€ 15,144', '15144', 'EUR'],
    ['€24,587', '24587', 'EUR'],
    ['70,000.00 LTL', '70000.00', 'LTL'],
    ['354334 EUR', '354334', 'EUR'],
    ['19 700.00 EUR', '19700.00', 'EUR'],
    ['114 883,57 €', '114883.57', 'EUR'],
    ['419 962 eiro', '419962', 'EUR'],
    ['2,8 milj. euro', '2800000', 'EUR'],
    ['8 277 294 EUR', '8277294', 'EUR'],
    ['USD 12,500', '12500', 'USD'],
    ['1 234,56 EUR', '1234.56', 'EUR'],
    ['1\u00a0234,56\u00a0EUR', '1234.56', 'EUR'],
    ['8\u202f277\u202f294 €', '8277294', 'EUR'],
    ['EUR15', '15', 'EUR'],
    ['US$5', '5', 'USD'],
    ['€5', '5', 'EUR'],
    ['2011 EUR', '2011', 'EUR'],
    ['15EUR', '15', 'EUR'],
    ['15€', '15', 'EUR'],
    ['US$ 7,5', '7.5', 'USD'],
    ['$1,250,000', '1250000', 'USD'],
    ['£3.5m', '3500000', 'GBP'],
    ['€2.8M', '2800000', 'EUR'],
    ['EUR 1.2 million', '1200000', 'EUR'],
    ['EUR 2 bn', '2000000000', 'EUR'],
    ['3 billion NOK', '3000000000', 'NOK'],
    ['1,250 million euro', '1250000', 'EUR'], // with a multiplier a lone `,` is a decimal point
    ['12 thousand USD', '12000', 'USD'],
    ['2,5 miljoni eiro', '2500000', 'EUR'],
    ['1 miljons latu', '1000000', 'LVL'],
    ['2 229 latus', '2229', 'LVL'],
    ['12 000 litus', '12000', 'LTL'],
    ['3 miljonu eiro', '3000000', 'EUR'],
    ['15 tūkst. eiro', '15000', 'EUR'],
    ['1,5 mln. eurų', '1500000', 'EUR'],
    ['1,5 mln eurų', '1500000', 'EUR'],
    ['2 milijonai eurų', '2000000', 'EUR'],
    ['7 milijonų litų', '7000000', 'LTL'],
    ['12,3 tūkst. Lt', '12300', 'LTL'],
    // Russian pages of the Baltic states: "тыс." and "млн" before the currency word.
    ['86,4 тыс. евро', '86400', 'EUR'],
    ['1,2 млн литов', '1200000', 'LTL'],
    ['2 миллиона крон', '2000000', 'EEK'],
    ['100 Lt', '100', 'LTL'],
    ['100 litų', '100', 'LTL'],
    ['100 litai', '100', 'LTL'],
    ['100 Ls', '100', 'LVL'],
    ['100 lati', '100', 'LVL'],
    ['429,920.00 EEK', '429920.00', 'EEK'],
    ['5000 krooni', '5000', 'EEK'],
    ['5000 eurot', '5000', 'EUR'],
    ['45 000 Lithuanian litas', '45000', 'LTL'],
    ['100 000 Estonian kroons', '100000', 'EEK'],
    ['3,950 Latvian lats', '3950', 'LVL'],
    ['7.5 million Norwegian kroner', '7500000', 'NOK'],
    ['20,000 US dollars', '20000', 'USD'],
    ['10 000 SEK', '10000', 'SEK'],
    ['DKK 750', '750', 'DKK'],
    ["CHF 1'250.50", '1250.50', 'CHF'],
    ['PLN 99,99', '99.99', 'PLN'],
    ['99,99 zł', '99.99', 'PLN'],
    ['ISK 1.000.000', '1000000', 'ISK'],
    ['RUB 500', '500', 'RUB'],
    ['500 eur.', '500', 'EUR'],
    ['500 Eur.', '500', 'EUR'],
    ['500 EURO', '500', 'EUR'],
    ['JPY 10,000', '10000', 'JPY'],
    ['1.234.567,89 DEM', '1234567.89', 'DEM'],
    ['1,5\u00a0mln\u00a0eurų', '1500000', 'EUR'],
    ['2,8 milj.\u00a0euro', '2800000', 'EUR'],
    ['248 600.- kr', '248600', 'EEK'],
    ['1500,- EUR', '1500', 'EUR'],
    ['5000 kr', '5000', 'EEK'],
  ])('reads %j as %s %s', (text, value, currency) => {
    expect(figure(text)).toEqual([[text, value, currency]])
  })

  it.each([
    ['in 2011 12 500 EUR', [['12 500 EUR', '12500', 'EUR']]],
    ['In 2011 EUR 12 500 was spent', [['EUR 12 500', '12500', 'EUR']]],
    ['Total 2019 354 334 EUR', [['354 334 EUR', '354334', 'EUR']]],
    ['Budget: 500 EUR.', [['500 EUR', '500', 'EUR']]],
    ['354334 EUR, no tiem 301184 EUR Norvēģijas', [
      ['354334 EUR', '354334', 'EUR'],
      ['301184 EUR', '301184', 'EUR'],
    ]],
    ['USD 12,500 EUR 9,000', [
      ['USD 12,500', '12500', 'USD'],
      ['EUR 9,000', '9000', 'EUR'],
    ]],
    ['100 EUR 200 EUR', [
      ['100 EUR', '100', 'EUR'],
      ['200 EUR', '200', 'EUR'],
    ]],
    ['Initial project cost:\n€24,587\nFinal project cost:\n€20,986\n', [
      ['€24,587', '24587', 'EUR'],
      ['€20,986', '20986', 'EUR'],
    ]],
    ['finansējums – 19 700.00 EUR (deviņpadsmit tūkstoši septiņi simti eiro).', [
      ['19 700.00 EUR', '19700.00', 'EUR'],
    ]],
    ['Ltd 100 Lt', [['100 Lt', '100', 'LTL']]],
    ['€ 500 m2', [['€ 500', '500', 'EUR']]],
    ['EUR 500 pupils', [['EUR 500', '500', 'EUR']]],
  ])('finds the figures in %j', (text, expected) => {
    expect(figure(text)).toEqual(expected)
  })

  it.each([
    '85%   90 088,95',
    '85 % EUR',
    'EUR 85%',
    'more than 600 person participated',
    '12,5 litro',
    '28.07.2021',
    '28.07.2021 EUR', // a date is not an amount, even next to a currency word
    'Duration 15 March 2011 - 15 June 2011',
    'HIV 41 tests, IDU 14 clients',
    'ALL 500 pupils',
    'PHP 8 runtime',
    'LT 01103 Vilnius',
    'LV80BANK0000435195001 EUR',
    'Tālr.: +371 65425102',
    'EUR 5km',
    '5km EUR',
    'the 2nd EUR',
    '100 Ltd',
    '100 LT',
    '100 ls',
    'Lts 100',
    'A$ 500',
    'NZ$500',
    '1,23,456 EUR',
    '1.234.56 EUR',
    '2,8 milj.',
    'EUR\n100', // a currency on another line belongs to another cell
    '100\tEUR',
    'EURO2020',
    'Lt5',
    'eiro500',
    '12 Lithuanian schools', // a country word is a currency only with its currency's noun
    '40 Estonian litas',
    '3 US states',
    '',
  ])('finds no money in %j', (text) => {
    expect(findMoney(text)).toEqual([])
  })

  it('reports offsets, lengths and ambiguity', () => {
    const text = 'From Norway Grants:\n€ 15,144 and 70,000.00 LTL'
    expect(findMoney(text)).toEqual([
      { value: '15144', currency: 'EUR', text: '€ 15,144', offset: 20, length: 8, ambiguous: true },
      { value: '70000.00', currency: 'LTL', text: '70,000.00 LTL', offset: 33, length: 13, ambiguous: false },
    ])
  })
})

describe('findMoney across a joined wrap\'s margin', () => {
  it('reads a currency and figure a text browser\'s margin parts (no-break spaces, any number), but not four plain spaces', () => {
    expect(findMoney('co-financing of LVL \u00a0\u00a0\u00a0\u00a0\u00a075 960.').map((m) => [m.value, m.currency])).toEqual([['75960', 'LVL']])
    expect(findMoney('a total of 75 960 \u00a0\u00a0\u00a0EUR.').map((m) => [m.value, m.currency])).toEqual([['75960', 'EUR']])
    expect(findMoney('LVL    75 960')).toEqual([])
  })
})

describe('toEur', () => {
  it.each([
    ['70000.00', 'LTL', 20273.4],
    ['6100.00', 'LTL', 1766.68],
    ['60000.00', 'LTL', 17377.2],
    ['10000.00', 'LTL', 2896.2],
    ['10000.00', 'LVL', 14228.72],
    ['12208.00', 'LVL', 17370.42],
    ['429920.00', 'EEK', 27476.9],
    ['1000', 'DEM', 511.29],
    ['1000000', 'ITL', 516.46],
    ['100', 'HRK', 13.27],
  ])('%s %s = %d EUR (irrevocable)', (value, currency, eur) => {
    expect(toEur(value, currency)).toEqual({
      eur,
      rate: Number(IRREVOCABLE_RATES.get(currency)),
      rateSource: 'irrevocable',
    })
  })

  it.each([
    ['3.470064', 'LTL', 1.01], // exactly 1.005 EUR
    ['3.470063', 'LTL', 1], // just under
    ['0.0878505', 'LVL', 0.13], // exactly 0.125 EUR
    ['36.691277', 'EEK', 2.35], // exactly 2.345 EUR
    ['1.005', 'EUR', 1.01], // floats would give 1.00 here
    ['1.004999', 'EUR', 1],
    ['0.004', 'EUR', 0],
  ])('rounds %s %s half up to %d', (value, currency, eur) => {
    expect(toEur(value, currency).eur).toBe(eur)
  })

  it('is the identity for EUR', () => {
    expect(toEur('15144', 'EUR')).toEqual({ eur: 15144, rate: 1, rateSource: 'identity' })
    // Whole cents take a fast path; more decimals, or none readable, the exact one.
    expect(toEur('007.50', 'EUR')).toEqual({ eur: 7.5, rate: 1, rateSource: 'identity' })
    expect(toEur('12345678901234567890.99', 'EUR').eur).toBe(Number('12345678901234567890.99'))
    expect(toEur('2.345', 'EUR').eur).toBe(2.35)
    expect(toEur('1.', 'EUR').eur).toBeNull()
  })

  it('uses a user rate only where no fixed rate exists', () => {
    const rates = new Map([
      ['USD', '1.0832'],
      ['NOK', '2'],
      ['LTL', '1'],
      ['EUR', '2'],
    ])
    expect(toEur('12500', 'USD', rates)).toEqual({ eur: 11539.88, rate: 1.0832, rateSource: 'user' })
    expect(toEur('0.01', 'NOK', rates)).toEqual({ eur: 0.01, rate: 2, rateSource: 'user' }) // 0.005 up
    expect(toEur('70000.00', 'LTL', rates)).toEqual({ eur: 20273.4, rate: 3.4528, rateSource: 'irrevocable' })
    expect(toEur('10', 'EUR', rates)).toEqual({ eur: 10, rate: 1, rateSource: 'identity' })
  })

  it.each([
    ['100', 'USD', undefined],
    ['100', 'SEK', new Map([['USD', '1.08']])],
    ['100', 'USD', new Map([['USD', '0']])],
    ['100', 'USD', new Map([['USD', 'abc']])],
    ['1,5', 'EUR', undefined],
    ['', 'EUR', undefined],
  ])('gives no conversion for %j %s', (value, currency, rates) => {
    expect(toEur(value, currency, rates)).toEqual({ eur: null, rate: null, rateSource: null })
  })

  it('agrees with an independent computation for random amounts and rates', () => {
    // Reference: scale both to integers and round with integer remainders.
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 14n }), fc.bigInt({ min: 1n, max: 10n ** 9n }), (cents, rateMicros) => {
        const value = `${cents / 100n}.${(cents % 100n).toString().padStart(2, '0')}`
        const rate = `${rateMicros / 1000000n}.${(rateMicros % 1000000n).toString().padStart(6, '0')}`
        // eur cents = cents * 10^6 / rateMicros, half up
        const numerator = cents * 1000000n
        const quotient = numerator / rateMicros
        const up = (numerator % rateMicros) * 2n >= rateMicros ? 1n : 0n
        const eurCents = quotient + up
        const expected = Number(`${eurCents / 100n}.${(eurCents % 100n).toString().padStart(2, '0')}`)
        expect(toEur(value, 'XYZ', new Map([['XYZ', rate]])).eur).toBe(expected)
      }),
    )
  })
})

describe('parseRates', () => {
  it('keeps codes and exact digits', () => {
    expect(parseRates({ USD: 1.0832, NOK: '11.51', SEK: '011.450', JPY: 1e-7 })).toEqual(
      new Map([
        ['USD', '1.0832'],
        ['NOK', '11.51'],
        ['SEK', '11.450'],
        ['JPY', '0.0000001'],
      ]),
    )
  })

  it('reads the numbers of a JSON text as written', () => {
    expect(parseRates(JSON.parse('{"GBP": 0.85815, "CHF": 0.9374}'))).toEqual(
      new Map([
        ['GBP', '0.85815'],
        ['CHF', '0.9374'],
      ]),
    )
  })

  it('accepts an empty object', () => {
    expect(parseRates({})).toEqual(new Map())
  })

  it.each([
    [null, /expected a JSON object/],
    [[], /expected a JSON object/],
    ['{"USD": 1}', /expected a JSON object/],
    [3, /expected a JSON object/],
    [{ usd: 1.08 }, /"usd" is not an ISO 4217 currency code \(write it as "USD"\)/],
    [{ DOLLAR: 1 }, /"DOLLAR" is not an ISO 4217/],
    [{ HIV: 1 }, /"HIV" is not an ISO 4217/],
    [{ USD: 0 }, /rate for "USD" must be a positive number/],
    [{ USD: -1.08 }, /rate for "USD"/],
    [{ USD: '1,08' }, /rate for "USD".*"1,08"/],
    [{ USD: '1e3' }, /rate for "USD"/],
    [{ USD: null }, /rate for "USD".*null/],
    [{ USD: true }, /rate for "USD".*true/],
    [{ USD: [1] }, /rate for "USD".*an array/],
    [{ NOK: 11.5, SEK: {} }, /rate for "SEK".*an object/],
    [{ USD: Number.POSITIVE_INFINITY }, /rate for "USD"/],
  ])('rejects %j', (json, message) => {
    expect(() => parseRates(json)).toThrow(message)
  })
})

// ---------------------------------------------------------------------------
// Properties

interface Convention {
  group: string
  decimal: string
}

const conventions: Convention[] = [
  { group: '', decimal: '.' },
  { group: '', decimal: ',' },
  { group: ',', decimal: '.' },
  { group: '.', decimal: ',' },
  { group: ' ', decimal: ',' },
  { group: ' ', decimal: '.' },
  { group: '\u00a0', decimal: ',' },
  { group: '\u202f', decimal: ',' },
  { group: '\u2009', decimal: '.' },
  { group: "'", decimal: '.' },
  { group: '’', decimal: '.' },
]

const currencyTokens: Array<[string, string]> = [
  ['€', 'EUR'],
  ['EUR', 'EUR'],
  ['euro', 'EUR'],
  ['eiro', 'EUR'],
  ['eurų', 'EUR'],
  ['Eurai', 'EUR'],
  ['LTL', 'LTL'],
  ['Lt', 'LTL'],
  ['litų', 'LTL'],
  ['LVL', 'LVL'],
  ['Ls', 'LVL'],
  ['latu', 'LVL'],
  ['EEK', 'EEK'],
  ['krooni', 'EEK'],
  ['USD', 'USD'],
  ['$', 'USD'],
  ['US$', 'USD'],
  ['£', 'GBP'],
  ['NOK', 'NOK'],
  ['CHF', 'CHF'],
  ['zł', 'PLN'],
]

function group(digits: string, separator: string): string {
  const head = digits.length % 3 || 3
  const groups = [digits.slice(0, head)]
  for (let at = head; at < digits.length; at += 3) groups.push(digits.slice(at, at + 3))
  return groups.join(separator)
}

const amount = fc.record({
  integer: fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }).map(String),
  fraction: fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 2 }),
  convention: fc.constantFrom(...conventions),
})

const written = amount.map(({ integer, fraction, convention }) => ({
  number: group(integer, convention.group) + (fraction ? convention.decimal + fraction : ''),
  value: fraction ? `${integer}.${fraction}` : integer,
}))

describe('properties', () => {
  it('parseNumber reads every supported convention back to the canonical value', () => {
    fc.assert(
      fc.property(written, ({ number, value }) => {
        expect(parseNumber(number)?.value).toBe(value)
      }),
    )
  })

  it('findMoney finds every formatted figure with its currency, placed before or after', () => {
    fc.assert(
      fc.property(
        written,
        fc.constantFrom(...currencyTokens),
        fc.constantFrom('before', 'after'),
        fc.constantFrom('', ' ', '\u00a0'),
        fc.constantFrom(['', ''], ['Budget: ', ' in total.'], ['(', ')'], ['kopā ', '; ']),
        ({ number, value }, [token, code], placement, space, [lead, tail]) => {
          // Only symbols and codes may be glued before a number (`€5`, `EUR5`, but not `eiro5`).
          const glue = placement === 'before' && /\p{L}$/u.test(token) && token !== code ? ' ' : space
          const figureText = placement === 'before' ? token + glue + number : number + space + token
          const text = lead + figureText + tail
          expect(findMoney(text)).toEqual([
            {
              value,
              currency: code,
              text: figureText,
              offset: lead.length,
              length: figureText.length,
              ambiguous: expect.any(Boolean),
            },
          ])
        },
      ),
    )
  })

  const hostile = fc
    .array(
      fc.constantFrom(
        '1', '0', '9', '123', ' ', '\u00a0', ',', '.', "'", '€', 'EUR', 'eur.', 'Lt', 'US$', '$',
        'milj.', 'm', 'mln', '%', '-', '\n', '\t', 'a', 'ū', 'e\u0304',
      ),
      { maxLength: 60 },
    )
    .map((parts) => parts.join(''))

  it('findMoney never throws, and its matches are ordered, disjoint and true to the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), hostile), (text) => {
        let previousEnd = 0
        for (const match of findMoney(text)) {
          expect(match.offset).toBeGreaterThanOrEqual(previousEnd)
          expect(text.slice(match.offset, match.offset + match.length)).toBe(match.text)
          expect(match.value).toMatch(/^(?:0|[1-9]\d*)(?:\.\d+)?$/)
          expect(ISO_4217_CODES.has(match.currency)).toBe(true)
          previousEnd = match.offset + match.length
        }
      }),
      { numRuns: 500 },
    )
  })

  // Deterministic pseudo-random text (no Math.random): a linear congruential generator.
  function noise(alphabet: string[], length: number): string {
    let state = 12345
    let text = ''
    while (text.length < length) {
      state = (state * 1103515245 + 12345) % 2147483648
      text += alphabet[state % alphabet.length]
    }
    return text
  }

  const twoMegabytes = 2 * 1024 * 1024
  const fill = (unit: string) => unit.repeat(Math.ceil(twoMegabytes / unit.length))

  it.each([
    ['digits', fill('1')],
    ['digits and spaces', fill('1 ')],
    ['space groups', fill('123 ')],
    ['comma groups', fill('1,')],
    ['point groups', fill('123.')],
    ['apostrophes', fill("1'")],
    ['separators', fill(', .\u00a0\'')],
    ['euro signs', fill('€')],
    ['figures', fill('€ 1 234,56 ')],
    ['suffix figures', fill('1 EUR ')],
    ['codes', fill('EUR')],
    ['long words', fill('eur'.repeat(10) + ' ')],
    ['noise', noise(['1', '12', '123', ' ', ',', '.', '€', 'EUR', ' EUR ', "'", 'milj.', '\u00a0'], twoMegabytes)],
  ])('findMoney handles 2 MB of %s in bounded time', (_name, text) => {
    // Typically 5–400 ms here; a quadratic scan of 2 MB would take minutes.
    let fastest = Number.POSITIVE_INFINITY
    for (let attempt = 0; attempt < 3 && fastest >= 1000; attempt++) {
      const started = performance.now()
      findMoney(text)
      fastest = Math.min(fastest, performance.now() - started)
    }
    // The bound only catches a super-linear scan, so a loaded CI machine cannot fail it.
    expect(fastest).toBeLessThan(10_000)
  })
})

describe('currencyOf and findMoney, Russian words', () => {
  it('reads the kroon and the euro as Russian pages in Estonia write them', () => {
    expect(currencyOf('крон')).toBe('EEK')
    expect(currencyOf('кроны')).toBe('EEK')
    expect(currencyOf('евро')).toBe('EUR')
    expect(findMoney('1 565 000 крон (100 021,73 евро)').map((money) => [money.value, money.currency])).toEqual([
      ['1565000', 'EEK'],
      ['100021.73', 'EUR'],
    ])
  })
})

describe('currencyOf and findMoney, litas and lats in Russian', () => {
  it('reads "лит." and "латов", "лата" as the Lithuanian litas and the Latvian lats', () => {
    expect(currencyOf('лит.')).toBe('LTL')
    expect(currencyOf('латов')).toBe('LVL')
    expect(currencyOf('лата')).toBe('LVL')
    expect(findMoney('612.000,00 лит., из которых 46 872 лата').map((money) => [money.value, money.currency])).toEqual([
      ['612000.00', 'LTL'],
      ['46872', 'LVL'],
    ])
  })
})

describe('findMoney, Russian scale words and the kroon\'s abbreviation', () => {
  it('reads "тыс.", "тысяч", "млн" before the currency, and "кр." for the kroon', () => {
    const read = (text: string): string[][] => findMoney(text).map((money) => [money.value, money.currency, money.text])
    expect(read('12 тыс. евро')).toEqual([['12000', 'EUR', '12 тыс. евро']])
    expect(read('1,2 млн евро')).toEqual([['1200000', 'EUR', '1,2 млн евро']])
    expect(read('84,3 тыс. латов')).toEqual([['84300', 'LVL', '84,3 тыс. латов']])
    expect(read('150 тысяч крон')).toEqual([['150000', 'EEK', '150 тысяч крон']])
    expect(read('150 000 кр.')).toEqual([['150000', 'EEK', '150 000 кр.']])
  })

  it('reads no money in a count of things', () => {
    expect(findMoney('в 2 тыс. школ, 1,5 млн человек')).toEqual([])
  })
})
