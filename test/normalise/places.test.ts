import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { GAZETTEER } from '../../src/normalise/gazetteer.js'
import { expandSpelling, findPlaces, findPlacesInTokens, foldName, tokenize } from '../../src/normalise/places.js'
import { isSpaceCode } from '../../src/normalise/code-units.js'
import { findCountryMentions } from '../../src/normalise/countries.js'

describe('foldName', () => {
  it.each([
    ['Šiaulių', 'siauliu'],
    ['Rīgā', 'riga'],
    ['Jēkabpilī', 'jekabpili'],
    ['Tromsø', 'tromso'],
    ['Białystok', 'bialystok'],
    ['KĖDAINIAI', 'kedainiai'],
    ['Ri\u0304ga', 'riga'],
  ])('%s -> %s', (word, folded) => {
    expect(foldName(word)).toBe(folded)
  })
})

describe('expandSpelling', () => {
  it.each([
    ['lv:Rīg|a', ['riga', 'rigas', 'rigai', 'rigu']],
    ['lv.f6:Daugavpil|s', ['daugavpils', 'daugavpili', 'daugavpilij']],
    ['lv:Cēs|is', ['cesis', 'cesu', 'cesim']],
    ['lt:Vilni|us', ['vilnius', 'vilniaus', 'vilniuje', 'vilniu']],
    ['lt:Šiauli|ai', ['siauliai', 'siauliu', 'siauliuose']],
    ['lt.pl:Švenčion|ys', ['svencionys', 'svencioniu', 'svencionyse']],
    ['lt:Kazlų Rūd|a', ['kazlu ruda', 'kazlu rudos', 'kazlu rudoje']],
    ['et:Tallinn>Tallinna', ['tallinn', 'tallinna', 'tallinnas', 'tallinnast']],
    ['et:Kohtla-Järve', ['kohtla jarve', 'kohtla jarvel']],
  ])('%s', (spec, forms) => {
    expect(expandSpelling(spec).forms).toEqual(expect.arrayContaining(forms))
  })

  it.each([
    ['lv:Rīg|a', true, false],
    ['lt:Klaipėd|a', false, false],
    ['^lt:Plung|ė', true, false],
    ['!et:Harju', false, true],
  ])('%s: capital %s, needs area word %s', (spec, capital, needsAreaWord) => {
    expect(expandSpelling(spec)).toMatchObject({ capital, needsAreaWord })
  })

  it.each(['lv:Rīga', 'lt:Vilni|xx', 'xx:Foo', 'lv.zz:Rīg|a', ''])('rejects the malformed spelling %j', (spec) => {
    expect(() => expandSpelling(spec)).toThrow(/gazetteer/)
  })
})

describe('gazetteer', () => {
  it('has the 10 Lithuanian counties', () => {
    const counties = GAZETTEER.filter((e) => e.country === 'LT' && e.county).map((e) => e.name)
    expect(counties.sort()).toEqual(
      ['Alytus', 'Kaunas', 'Klaipėda', 'Marijampolė', 'Panevėžys', 'Šiauliai', 'Tauragė', 'Telšiai', 'Utena', 'Vilnius'].sort(),
    )
  })

  it('has the Latvian planning regions and the 15 Estonian counties', () => {
    const lvRegions = GAZETTEER.filter((e) => e.country === 'LV' && (e.kind === 'region' || e.region)).map((e) => e.name)
    expect(lvRegions).toEqual(expect.arrayContaining(['Kurzeme', 'Zemgale', 'Vidzeme', 'Latgale', 'Rīga', 'Pierīga']))
    expect(GAZETTEER.filter((e) => e.country === 'EE' && e.kind === 'county')).toHaveLength(15)
  })

  it.each(GAZETTEER.map((e) => [e.name, e.country] as const))('finds %s (%s) by its canonical name', (name, country) => {
    // `County` also satisfies names that only count before an area word (`Harju`).
    const [match] = findPlaces(`Work in ${name} County started.`)
    expect(match).toMatchObject({ name, country })
  })
})

describe('findPlaces', () => {
  it.each([
    // text, canonical, written, kind, country
    ['Preventīvi pasākumi jauniešu noziedzības mazināšanai Zemgalē', 'Zemgale', 'Zemgalē', 'region', 'LV'],
    ['Konference notiks Rīgā.', 'Rīga', 'Rīgā', 'city', 'LV'],
    ['Renginys vyko Vilniuje', 'Vilnius', 'Vilniuje', 'city', 'LT'],
    ['Klaipėdos uoste', 'Klaipėda', 'Klaipėdos', 'city', 'LT'],
    ['The project is carried out in:\nTelšių apskritis\n', 'Telšiai', 'Telšių apskritis', 'county', 'LT'],
    ['Kėdainių savivaldybės gydytojai', 'Kėdainiai', 'Kėdainių savivaldybės', 'town', 'LT'],
    ['Kėdainių ligoninė', 'Kėdainiai', 'Kėdainių', 'town', 'LT'],
    ['Kėdainių rajonas', 'Kėdainiai', 'Kėdainių rajonas', 'town', 'LT'],
    ['Daugavpils pilsētas Izglītības pārvalde', 'Daugavpils', 'Daugavpils pilsētas', 'city', 'LV'],
    ['kameras Jēkabpilī', 'Jēkabpils', 'Jēkabpilī', 'city', 'LV'],
    ['dzīvo Cēsīs', 'Cēsis', 'Cēsīs', 'town', 'LV'],
    ['skolās Talsos', 'Talsi', 'Talsos', 'town', 'LV'],
    ['Ogres novadā', 'Ogre', 'Ogres novadā', 'city', 'LV'],
    ['Zemgales plānošanas reģions', 'Zemgale', 'Zemgales plānošanas reģions', 'region', 'LV'],
    ['Rīgas plānošanas reģions', 'Rīga', 'Rīgas plānošanas reģions', 'region', 'LV'],
    ['Šiaulių mieste', 'Šiauliai', 'Šiaulių mieste', 'city', 'LT'],
    ['koolides Tabasalus', 'Tabasalu', 'Tabasalus', 'town', 'EE'],
    ['Harku vallas', 'Harku', 'Harku vallas', 'town', 'EE'],
    ['Viimsi vallas', 'Viimsi', 'Viimsi vallas', 'town', 'EE'],
    ['Panevėžyje', 'Panevėžys', 'Panevėžyje', 'city', 'LT'],
    // Rīga's district named after Moscow is no Moscow.
    ['street work in Maskavas Forštate', 'Maskavas forštate', 'Maskavas Forštate', 'town', 'LV'],
    ['Maskavas forštatē', 'Maskavas forštate', 'Maskavas forštatē', 'town', 'LV'],
    ['Kaune ir Alytuje', 'Kaunas', 'Kaune', 'city', 'LT'],
    ['Kazlų Rūdos savivaldybė', 'Kazlų Rūda', 'Kazlų Rūdos savivaldybė', 'town', 'LT'],
    ['Vilniaus miesto savivaldybė', 'Vilnius', 'Vilniaus miesto', 'city', 'LT'],
    ['Vilnius County', 'Vilnius', 'Vilnius County', 'county', 'LT'],
    ['Klaipeda County Police Headquarter', 'Klaipėda', 'Klaipeda County', 'county', 'LT'],
    ['Tallinnas ja Tartus', 'Tallinn', 'Tallinnas', 'city', 'EE'],
    // A town named after another ("Нарва-Йыэсуу", Narva-Jõesuu) is itself, not the first town of its name.
    ['молодёжи Силламяэ и Нарва-Йыэсуу', 'Sillamäe', 'Силламяэ', 'town', 'EE'],
    ['Tartu maakonnas', 'Tartu', 'Tartu maakonnas', 'county', 'EE'],
    ['Harju maakond', 'Harju', 'Harju maakond', 'county', 'EE'],
    ['Ida-Virumaal', 'Ida-Viru', 'Ida-Virumaal', 'county', 'EE'],
    ['Kohtla-Järvel', 'Kohtla-Järve', 'Kohtla-Järvel', 'city', 'EE'],
    ['Narva-Jõesuu', 'Narva-Jõesuu', 'Narva-Jõesuu', 'town', 'EE'],
    // without diacritics
    ['a youth club in Riga', 'Rīga', 'Riga', 'city', 'LV'],
    ['Kedainiai district municipality', 'Kėdainiai', 'Kedainiai district municipality', 'town', 'LT'],
    ['schools of Siauliai', 'Šiauliai', 'Siauliai', 'city', 'LT'],
    ['summer camp near Cesis', 'Cēsis', 'Cesis', 'town', 'LV'],
    ['Jurmala City Council', 'Jūrmala', 'Jurmala City', 'city', 'LV'],
    ['Marijampole Correction House', 'Marijampolė', 'Marijampole', 'city', 'LT'],
    ['in klaipeda', 'Klaipėda', 'klaipeda', 'city', 'LT'],
    ['RĪGAS DOME', 'Rīga', 'RĪGAS', 'city', 'LV'],
    // neighbours and donors
    ['partners from Bjerkreim municipality', 'Bjerkreim', 'Bjerkreim municipality', 'town', 'NO'],
    ['Padome (Oslo).', 'Oslo', 'Oslo', 'city', 'NO'],
    ['Stavanger', 'Stavanger', 'Stavanger', 'city', 'NO'],
    ['a visit to Reykjavik', 'Reykjavík', 'Reykjavik', 'city', 'IS'],
    ['activities in Sofia', 'Sofia', 'Sofia', 'city', 'BG'],
    ['Varšuvoje', 'Warsaw', 'Varšuvoje', 'city', 'PL'],
    ['Helsinkos', 'Helsinki', 'Helsinkos', 'city', 'FI'],
    ['Stokholmā', 'Stockholm', 'Stokholmā', 'city', 'SE'],
    ['Minske', 'Minsk', 'Minske', 'city', 'BY'],
    ['Valmierā un Kocēnos', 'Valmiera', 'Valmierā', 'city', 'LV'],
    ['ielu darbs Kocēnos', 'Kocēni', 'Kocēnos', 'town', 'LV'],
  ])('%j -> %s', (text, name, written, kind, country) => {
    const [match] = findPlaces(text)
    expect(match).toEqual({ name, written, kind, country, offset: text.indexOf(written), length: written.length })
  })

  it.each([
    'Ogreness is not a place.',
    'the ogres came at night',
    'Rīgaland and Vilniusville',
    'a plunge into cold water', // Plungė
    'vilnas džemperis', // `wool`, Latvian Viļņa
    'kauna sajūta', // `shame`, Latvian Kauņa
    'pastaiga jūrmalā', // `seaside`, Jūrmala
    'saldus ābolus', // `sweet`, Saldus
    'Harju talu', // Harju alone is no place
    'Lääne suunas', // `west`
    'riga', // short names need a capital
    'www.riga.lv',
    'info@vilnius.lt',
    'https://example.com/kaunas/news',
    'see example.org/tartu/index for more',
    'LT10-0015 and Riga2020',
    'Vilniusas',
  ])('finds nothing in %j', (text) => {
    expect(findPlaces(text)).toEqual([])
  })

  it('lists places in document order with exact spans', () => {
    const text =
      'Harm reduction near Vilnius Roma Community and in Visaginas City; inmates in Marijampolė. Exchange with Tallinn.'
    const found = findPlaces(text)
    expect(found.map((m) => m.written)).toEqual(['Vilnius', 'Visaginas City', 'Marijampolė', 'Tallinn'])
    for (const m of found) expect(text.slice(m.offset, m.offset + m.length)).toBe(m.written)
  })

  it('prefers the longer name', () => {
    expect(findPlaces('Naujoji Akmenė').map((m) => m.name)).toEqual(['Naujoji Akmenė'])
    expect(findPlaces('Narva-Jõesuu ja Narva').map((m) => m.name)).toEqual(['Narva-Jõesuu', 'Narva'])
  })

  it('treats each of two names joined by a hyphen on its own', () => {
    expect(findPlaces('Rīga-Tallinn').map((m) => m.name)).toEqual(['Rīga', 'Tallinn'])
  })
})

describe('findPlaces, a hyphenated Russian town name', () => {
  it('reads "Нарва-Йыэсуу" as Narva-Jõesuu, not Narva', () => {
    expect(findPlaces('в Нарва-Йыэсуу').map((place) => [place.name, place.written])).toEqual([['Narva-Jõesuu', 'Нарва-Йыэсуу']])
  })

  it('knows more Baltic towns and regions in Russian, in their cases', () => {
    expect(findPlaces('в Резекне, Лудзе и Краславе').map((place) => place.name)).toEqual(['Rēzekne', 'Ludza', 'Krāslava'])
    expect(findPlaces('полиция Латгалии, школы Кулдиги и Бауски').map((place) => place.name)).toEqual(['Latgale', 'Kuldīga', 'Bauska'])
    expect(findPlaces('в Ида-Вирумаа и Раквере').map((place) => place.name)).toEqual(['Ida-Viru', 'Rakvere'])
    expect(findPlaces('в Йонаве и Мариямполе').map((place) => place.name)).toEqual(['Jonava', 'Marijampolė'])
    expect(findPlaces('в Клайпеде, Кретинге и Паланге').map((place) => place.name)).toEqual(['Klaipėda', 'Kretinga', 'Palanga'])
  })
})

describe('tokenize', () => {
  it('marks words of links', () => {
    const tokens = tokenize('Rīga www.riga.lv Rīga')
    expect(tokens.map((t) => t.inLink)).toEqual([false, true, true, true, false])
  })

  it('cuts where the word regex does, surrogates and all', () => {
    const unit = fc.oneof(
      fc.constantFrom('a', 'Ā', '\u0304', '1', ' ', '.', '/', '@', '-', '\u{1d400}', '\u{1f600}', '\ud800', '\udc00', 'ß', 'Σ', 'İ'),
      fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
      fc.integer({ min: 0x80, max: 0x24f }).map((code) => String.fromCharCode(code)),
    )
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const text = units.join('')
        const expected = [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => ({
          start: m.index,
          end: m.index + m[0].length,
          folded: foldName(m[0]),
          capital: m[0].charAt(0) !== m[0].charAt(0).toLowerCase(),
        }))
        expect(tokenize(text).map(({ start, end, folded, capital }) => ({ start, end, folded, capital }))).toEqual(expected)
      }),
      { numRuns: 300 },
    )
  })

  it('knows the whitespace of regular expressions', () => {
    const differing: string[] = []
    for (let code = 0; code < 0x10000; code++) {
      if (isSpaceCode(code) !== /\s/.test(String.fromCharCode(code))) differing.push(code.toString(16))
    }
    expect(differing).toEqual([])
  })
})

describe('folding letter by letter', () => {
  // The word scanner hashes folds one character at a time for these ranges (places.ts):
  // that is only sound while a word folds to the concatenation of its characters' folds.
  const latin = fc.integer({ min: 0, max: 0x24f + 0x70 + 0x100 }).map((n) => {
    const code = n <= 0x24f ? n : n <= 0x24f + 0x70 ? 0x300 + n - 0x250 : 0x1e00 + n - 0x2c0
    return String.fromCharCode(code)
  })

  it('folds Latin words to the folds of their letters', () => {
    fc.assert(
      fc.property(fc.array(latin, { minLength: 1, maxLength: 8 }), (letters) => {
        expect(foldName(letters.join(''))).toBe(letters.map(foldName).join(''))
      }),
      { numRuns: 2000 },
    )
  })

  it('finds names however their diacritics are written', () => {
    expect(findPlaces('Ri\u0304ga\u0304 un RĪGA, Šiaulių').map((m) => m.name)).toEqual(['Rīga', 'Rīga', 'Šiauliai'])
    expect(findPlaces('Tromsø og TROMSØ').map((m) => m.name)).toEqual(['Tromsø', 'Tromsø'])
  })
})

// ---------------------------------------------------------------------------------------
// Hostile text

const VOCABULARY = [
  'Rīga', 'Rīgā', 'Vilniuje', 'Kazlų', 'Rūda', 'Kohtla', '-', 'Järve', 'apskritis', 'plānošanas',
  'reģions', 'County', 'Harju', 'Ogre', 'Ogreness', 'Latvia', 'Lithuania', 'Republic', 'of', 'www.x.lv/',
  'a@b.c', '(', ')', '.', ',', '\n', 'Šiaulių', 'the', 'un', 'ir', 'ja', 'novads', 'Ida', 'Viru', 'Narva',
]

const word = fc.oneof(
  fc.constantFrom(...VOCABULARY),
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }).map((w) => w.charAt(0).toUpperCase() + w.slice(1)),
)

describe('properties', () => {
  it('never throws and reports exact, ordered, disjoint spans', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), fc.constantFrom(' ', '', '-', '  '), (words, glue) => {
        const text = words.join(glue)
        let end = 0
        for (const m of findPlaces(text)) {
          expect(m.offset).toBeGreaterThanOrEqual(end)
          expect(text.slice(m.offset, m.offset + m.length)).toBe(m.written)
          end = m.offset + m.length
        }
        end = 0
        for (const m of findCountryMentions(text)) {
          expect(m.offset).toBeGreaterThanOrEqual(end)
          expect(text.slice(m.offset, m.offset + m.length)).toBe(m.text)
          end = m.offset + m.length
        }
      }),
      { numRuns: 300 },
    )
  })

  it('finds the same places from the words it keeps as from every word', () => {
    // Up to 200 words: long, name-heavy texts make the scan keep every word after all.
    fc.assert(
      fc.property(fc.array(word, { maxLength: 200 }), fc.constantFrom(' ', '', '-', '  ', '/', '.'), (words, glue) => {
        const text = words.join(glue)
        expect(findPlaces(text)).toEqual(findPlacesInTokens(text, tokenize(text)))
      }),
      { numRuns: 300 },
    )
  })

  it('scans 2 MB of random words and capitalised tokens quickly', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 200, maxLength: 400 }), (words) => {
        // The full stop and line break keep names and area words from running across copies.
        const block = `${words.join(' ')} .\n`
        const text = block.repeat(Math.ceil((2 * 1024 * 1024) / block.length))
        const started = performance.now()
        const places = findPlaces(text)
        const countries = findCountryMentions(text)
        const elapsed = performance.now() - started
        // Every copy of the block yields the same matches.
        const copies = text.length / block.length
        expect(places.length % copies).toBe(0)
        expect(countries.length % copies).toBe(0)
        expect(elapsed).toBeLessThan(5_000)
      }),
      // Shrinking 2 MB inputs would take minutes: report the first failure as is.
      { numRuns: 3, endOnFailure: true },
    )
  })

  it('is linear on one enormous word and on a run without spaces', () => {
    for (const text of ['a'.repeat(2_000_000), 'Rīga.'.repeat(400_000), 'Rīga/'.repeat(400_000)]) {
      const started = performance.now()
      findPlaces(text)
      findCountryMentions(text)
      expect(performance.now() - started).toBeLessThan(5_000)
    }
  })
})
