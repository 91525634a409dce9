/** The hand-written space test and squash fast path agree with `\s`, `trim()` and the regex squash. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { commasOutsideParentheses, findQuoted, firstNonSpace, isChromeLine, isSpaceCode, isSquashed, joinLines, joinParagraphLines, mayHoldCaseBlind, mayMatchCaseBlind, mayStartWith, mayStartWithWord, lastNonSpace, mendBrokenWords, saysNone, spellBoundaries, squash, startsWithAsciiLetter, withoutItemNumber, withoutLinkNumbers, withoutMargin, wrappedHeading } from '../../../src/extractors/read/text.js'
import { mayStartWithPastTense, PAST_TENSE } from '../../../src/extractors/unodc-baltic-grant.js'
import { COMPLETION_WORDS, PROJECT_WORDS, statusPatterns } from '../../../src/extractors/lexicon/status.js'
import { DONOR_STEMS, DONOR_WORDS, NATIONAL_STEMS, NATIONAL_WORDS, OF_WHICH } from '../../../src/extractors/read/amounts.js'

describe('isSpaceCode', () => {
  it('is \\s and what trim() removes, for every code unit', () => {
    const disagree: string[] = []
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code)
      if (isSpaceCode(code) !== /\s/.test(char) || isSpaceCode(code) !== (char.trim() === '')) disagree.push(code.toString(16))
    }
    expect(disagree).toEqual([])
  })
})

const spacey = fc.string({ unit: fc.constantFrom('a', 'B', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', ':', 'ē', '\ufeff'), maxLength: 12 })

describe('squash', () => {
  it('equals the replace-and-trim it stands for', () => {
    fc.assert(
      fc.property(spacey, (text) => {
        expect(squash(text)).toBe(text.replace(/\s+/g, ' ').trim())
        expect(isSquashed(text)).toBe(text.replace(/\s+/g, ' ').trim() === text)
      }),
      { numRuns: 3000 },
    )
  })
})

describe('firstNonSpace and lastNonSpace', () => {
  it('give the code unit a /^\\s*(.)/ or /(.)\\s*$/ pattern captures, or -1 for a blank text', () => {
    fc.assert(
      fc.property(spacey, (text) => {
        expect(firstNonSpace(text)).toBe(/^\s*(\S)/.exec(text)?.[1]!.charCodeAt(0) ?? -1)
        expect(lastNonSpace(text)).toBe(/(\S)\s*$/.exec(text)?.[1]!.charCodeAt(0) ?? -1)
      }),
      { numRuns: 3000 },
    )
  })
})

describe('startsWithAsciiLetter', () => {
  it('is what a /^\\s*[letters]/i pattern (without u) says', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('p', 'P', 'd', 'x', ' ', '\t', '\u00a0', 'K', '\u212a', 'ſ', 'S', 'ē'), maxLength: 5 }), (text) => {
        for (const letters of ['p', 'pd', 'ks', 'x']) {
          expect(startsWithAsciiLetter(text, letters)).toBe(new RegExp(String.raw`^\s*[${letters}]`, 'i').test(text))
        }
      }),
      { numRuns: 3000 },
    )
  })
})

describe('findQuoted', () => {
  it('pairs any opening mark with any closing mark', () => {
    for (const open of '„“"«‘‚') {
      for (const close of '”“"»’‘') expect(findQuoted(`x ${open}Ab${close} y`)).toEqual([{ text: 'Ab', offset: 3, end: 6 }])
    }
    expect(findQuoted('x „Ab\n” y „Cd» z')).toEqual([{ text: 'Cd', offset: 11, end: 14 }])
  })
})

describe('mayStartWith', () => {
  it('never rules out a line a /^\\s*letter/i pattern matches', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('p', 'P', 'd', 'x', ' ', '\t', '\u00a0', 'K', '\u212a', 'ſ', 'S'), maxLength: 5 }), (text) => {
        for (const letters of ['p', 'pd', 'ks', 'x']) {
          const pattern = new RegExp(String.raw`^\s*[${letters}]`, 'iu')
          if (pattern.test(text)) expect(mayStartWith(text, letters)).toBe(true)
          const ascii = new RegExp(String.raw`^\s*[${letters}]`, 'i')
          if (ascii.test(text)) expect(mayStartWith(text, letters)).toBe(true)
        }
      }),
      { numRuns: 3000 },
    )
  })
})

describe('commasOutsideParentheses', () => {
  it.each([
    ['a, b, c', [1, 4]],
    ['a, b (x, y), c', [1, 11]],
    ['(a, b), c', [6]],
    ['a, b), c', [5]],
    ['a, (b, c', [1, 5]],
    ['no commas', []],
  ])('%j splits at %j', (text, cuts) => {
    expect(commasOutsideParentheses(text)).toEqual(cuts)
  })

  it('finds the commas the look-ahead /,(?![^(]*\\)/ finds (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', ' ', ',', '(', ')', ';'), { maxLength: 40 }).map((chars) => chars.join('')), (text) => {
        expect(commasOutsideParentheses(text)).toEqual([...text.matchAll(/,(?![^(]*\))/g)].map((match) => match.index))
      }),
      { numRuns: 3000 },
    )
  })

  it('is linear: a line of 200,000 commas takes well under a second', () => {
    const started = performance.now()
    expect(commasOutsideParentheses('youth, '.repeat(200_000))).toHaveLength(200_000)
    expect(performance.now() - started).toBeLessThan(1000)
  })
})

describe('mayMatchCaseBlind', () => {
  it('never rules out a code unit that /iu matches to an ASCII character, for every code unit', () => {
    const missed: string[] = []
    for (const wanted of 'abcdefghijklmnopqrstuvwxyz ABZ_-.0') {
      const pattern = new RegExp(`^\\${wanted === ' ' ? 'x20' : `x${wanted.charCodeAt(0).toString(16)}`}$`, 'iu')
      for (let code = 0; code < 0x10000; code++) {
        if (pattern.test(String.fromCharCode(code)) && !mayMatchCaseBlind(code, wanted.charCodeAt(0))) missed.push(`${wanted}:${code.toString(16)}`)
      }
    }
    expect(missed).toEqual([])
  })

  it('never rules out a code unit that /iu matches to a non-ASCII letter of a word, for every code unit', () => {
    const missed: string[] = []
    for (const wanted of 'нНёЁžŽšāĀõ\u212a\u017f') {
      const pattern = new RegExp(`^\\u{${wanted.charCodeAt(0).toString(16)}}$`, 'iu')
      for (let code = 0; code < 0x10000; code++) {
        if (pattern.test(String.fromCharCode(code)) && !mayMatchCaseBlind(code, wanted.charCodeAt(0))) missed.push(`${wanted}:${code.toString(16)}`)
      }
    }
    expect(missed).toEqual([])
  })

  it('rules out an ASCII letter against a Cyrillic one, but not k against the Kelvin sign', () => {
    expect(mayMatchCaseBlind('N'.charCodeAt(0), 'Н'.charCodeAt(0))).toBe(false)
    expect(mayMatchCaseBlind('Н'.charCodeAt(0), 'n'.charCodeAt(0))).toBe(false)
    expect(mayMatchCaseBlind('K'.charCodeAt(0), 0x212a)).toBe(true)
    expect(mayMatchCaseBlind(0x17f, 'S'.charCodeAt(0))).toBe(true)
  })

  it('rules out different ASCII letters', () => {
    expect(mayMatchCaseBlind('x'.charCodeAt(0), 'p'.charCodeAt(0))).toBe(false)
    expect(mayMatchCaseBlind('X'.charCodeAt(0), 'x'.charCodeAt(0))).toBe(true)
  })
})

// Characters around the words below: their cases, the ASCII letters /iu matches beyond them, others.
const caseBlindUnits = fc.constantFrom(...'sSeEaArRcChHfFiInNdDmMkKtTlLjJoOuUpPbBgGvV ēĒšŠſ\u212aéx-1\t'.split(''))

describe('mayStartWithWord', () => {
  it('never rules out a text a /^(?:word|…)/iu pattern matches', () => {
    const words = ['search', 'find', 'meklēt', 'ieškoti', 'set up', 'ed']
    const pattern = new RegExp(`^(?:${words.join('|')})`, 'iu')
    const near = fc.oneof(fc.string({ unit: caseBlindUnits, maxLength: 8 }), fc.constantFrom(...words).chain((word) => fc.string({ unit: caseBlindUnits, maxLength: 3 }).map((tail) => word.toUpperCase() + tail)))
    fc.assert(
      fc.property(near, (text) => {
        if (pattern.test(text)) expect(mayStartWithWord(text, words)).toBe(true)
      }),
      { numRuns: 5000 },
    )
    expect(mayStartWithWord('Searching', words)).toBe(true)
    expect(mayStartWithWord('\u017fEARCH', words)).toBe(true)
    expect(mayStartWithWord('Setup', words)).toBe(false)
  })

  it('keeps isChromeLine saying what its patterns say, tried in any order', () => {
    const patterns = [
      /^https?:\/\/\S+$/i,
      /^\d{1,2}[./]\d{1,2}[./]\d{4}(?:\.?\s+\d{1,2}:\d{2}(?::\d{2})?)?\.?$/,
      /^\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/,
      /^(?:search|find|rechercher|suchen|meklēt|ieškoti|otsi)\s(?:\p{L}{1,12}\s){0,2}(?:projects?|projets?|projekte|projektus|projektų|projekti|projektid)(?![\p{L}])/iu,
      /^(?:home|menu|print|drukāt|spausdinti|imprimer|search|paieška|ieškoti|meklēt|otsi|otsing|suchen)$/iu,
      /^(?:\p{L}{1,14}\s)?(?:projects?|projets?|projekte|projektų|projektu|projektide|projektien)\s(?:\p{L}{1,12}\s){0,1}(?:search|suchen|recherche|paieška|meklēšana|meklētājs|otsing|haku)$/iu,
      /^\d{1,2}(?:\s?[–-]\s?\d{1,2})?\s(?:minutes?|min)(?: read|(?<=min)\.)?$/i,
    ]
    const piece = fc.constantFrom('https://x.lv', 'http://a b', 'H', '12.03.2020', '1/2/2019 10:30', '2020-01-02', '2020-01-02T9:30', 'Search', 'find', 'projects', 'Projektų', 'paieška', 'ſuchen', 'Europäische', 'SEARCH', 'ſpausdinti', 'SPAUSDINTI', 'home', 'Menu', 'drukāt', ' ', '\t', 'x', '.', '7', '–', 'minutes', 'min', ' read')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 4 }), (pieces) => {
        const text = pieces.join('')
        expect(isChromeLine(text)).toBe(patterns.some((pattern) => pattern.test(text.trim())))
      }),
      { numRuns: 3000 },
    )
    // A case the random pieces reach only now and then: the abbreviation's dot ("7 min.").
    expect(isChromeLine('7\tmin.')).toBe(true)
    expect(isChromeLine('7 minutes.')).toBe(false)
  })

  it('takes a search box copied as its label alone for chrome, not a heading that starts with the word', () => {
    expect(isChromeLine('Paieška')).toBe(true)
    expect(isChromeLine('Otsi')).toBe(true)
    expect(isChromeLine('  Meklēt ')).toBe(true)
    expect(isChromeLine('Paieškos sistema')).toBe(false)
    expect(isChromeLine('Otsingumootor noortele')).toBe(false)
  })

  it('takes a horizontal rule of one drawing character for chrome, not a line of mixed marks', () => {
    expect(isChromeLine('━━━━━━━━━━━━━━━━━━━━')).toBe(true)
    expect(isChromeLine('  ------------  ')).toBe(true)
    expect(isChromeLine('=====')).toBe(true)
    expect(isChromeLine('--')).toBe(false)
    expect(isChromeLine('-+-+-+-')).toBe(false)
    expect(isChromeLine('— Ministry of Justice')).toBe(false)
  })

  it('takes a reader view\'s reading time for chrome, not a sentence about minutes', () => {
    expect(isChromeLine('4–5 minutes')).toBe(true)
    expect(isChromeLine('3 min read')).toBe(true)
    expect(isChromeLine('45 minutes of counselling')).toBe(false)
  })

  it('takes a news site\'s labelled reading time for chrome ("Время чтения: 4–5 минут", "Reading time: 3 min.")', () => {
    expect(isChromeLine('Время чтения: 4–5 минут')).toBe(true)
    expect(isChromeLine('Reading time: 3 min.')).toBe(true)
    expect(isChromeLine('Lugemisaeg: 3 min')).toBe(true)
    expect(isChromeLine('Время чтения: неделя')).toBe(false)
    expect(isChromeLine('Reading time: 45 minutes of counselling')).toBe(false)
  })

  it('takes a bar of the page\'s tools for chrome, not a line naming anything else', () => {
    expect(isChromeLine('Print | Share | Download as PDF')).toBe(true)
    expect(isChromeLine('  Drukāt |  Dalīties ')).toBe(true)
    expect(isChromeLine('EEA Grants | Norway Grants')).toBe(false)
    expect(isChromeLine('Print | Safer schools in Riga')).toBe(false)
  })

  it('keeps isChromeLine finding search headings', () => {
    expect(isChromeLine('Search for projects')).toBe(true)
    expect(isChromeLine('MEKLĒT projektus')).toBe(true)
    expect(isChromeLine('Searched projects')).toBe(false)
  })

  it('keeps isChromeLine finding search headings that put the noun first', () => {
    expect(isChromeLine('Projekte suchen')).toBe(true)
    expect(isChromeLine('Projektų paieška')).toBe(true)
    expect(isChromeLine('Projektu meklēšana')).toBe(true)
    expect(isChromeLine('Europäische Projekte suchen')).toBe(true)
    expect(isChromeLine('Projektų paieškos sistemos kūrimas')).toBe(false)
  })
})

describe('mayStartWithPastTense', () => {
  it('never rules out a text PAST_TENSE matches', () => {
    const piece = fc.oneof(
      fc.string({ unit: caseBlindUnits, maxLength: 6 }),
      fc.constantFrom('ed', 'ED', 'eD', 'made', 'Held', 'set up', 'carried out', 'ſent', 'taught', 'Trained', 'é', '\u0345', '𐐀', '1', ' '),
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 5 }).map((parts) => parts.join('')), (text) => {
        if (PAST_TENSE().test(text)) expect(mayStartWithPastTense(text)).toBe(true)
      }),
      { numRuns: 5000 },
    )
    expect(mayStartWithPastTense('Trained 40 teachers')).toBe(true)
    expect(mayStartWithPastTense('To train 40 teachers')).toBe(false)
  })
})

describe('mayHoldCaseBlind', () => {
  const wordLists = [...[...statusPatterns(), ...OF_WHICH].map(({ words }) => words), PROJECT_WORDS, COMPLETION_WORDS, DONOR_WORDS, DONOR_STEMS, NATIONAL_WORDS, NATIONAL_STEMS]
  const escape = (char: string): string => char.replace(/[-\\^\]]/g, '\\$&')

  it('has callers that pass lower-case words', () => {
    for (const words of wordLists) for (const word of words) expect(word).toBe(word.toLowerCase())
  })

  it('holds for their characters: under /iu only what lower-cases to one, and ſ, matches it', () => {
    const chars = [...new Set(wordLists.flat().flatMap((word) => [...word]))]
    const any = new RegExp(`^[${chars.map(escape).join('')}]$`, 'iu')
    for (let point = 0; point <= 0x10ffff; point++) {
      const char = String.fromCodePoint(point)
      // ſ and the old Cyrillic forms U+1C80–U+1C88 make lowerMayHold true by themselves.
      if (!any.test(char) || /[\u017f\u1c80-\u1c88]/.test(char)) continue
      for (const wanted of chars) if (new RegExp(`^[${escape(wanted)}]$`, 'iu').test(char) && char.toLowerCase() !== wanted) expect.fail(`U+${point.toString(16)} ~ ${wanted}`)
    }
  })

  it('is true whenever a case-blind pattern of the words matches', () => {
    for (const words of wordLists) {
      const pattern = new RegExp(words.map((word) => word.replaceAll('.', '\\.')).join('|'), 'iu')
      const word = fc.constantFrom(...words)
      const cased = fc.constantFrom((w: string) => w, (w: string) => w.toUpperCase(), (w: string) => w.replaceAll('s', '\u017f').replaceAll('k', '\u212a'), (w: string) => w.slice(0, -1))
      const around = fc.constantFrom('', ' ', 'x', 'İ', 'ſ', 'Σ', '\u{1d400}')
      fc.assert(
        fc.property(around, word, cased, around, (head, w, casing, tail) => {
          const text = head + casing(w) + tail
          if (pattern.test(text)) expect(mayHoldCaseBlind(text, words), text).toBe(true)
        }),
        { numRuns: 1000 },
      )
    }
    expect(mayHoldCaseBlind('A line about nothing', ['completed'])).toBe(false)
  })
})

describe('spellBoundaries', () => {
  it('spells the same source as the two replacements it stands for', () => {
    const word = '[0-9A-Za-z_\\u017f\\u212a]'
    const exact = (source: string): string => source.replace(/\\b(?=[\p{L}(])/gu, `(?<!${word})`).replaceAll('\\b', `(?!${word})`)
    const piece = fc.constantFrom('\\b', '\\', 'b', '(', ')', 'a', 'Z', '1', '|', ' ', 'ā', 'Ω', '\u0301', '\u{1d400}', '\u{1f600}', '\u212a', '?', '[', ']')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        let input: RegExp
        try {
          input = new RegExp(pieces.join(''), 'u')
        } catch {
          return // not an expression
        }
        const expected = ((): string => {
          try {
            return new RegExp(exact(input.source), 'u').source
          } catch {
            return 'invalid'
          }
        })()
        const spelled = ((): string => {
          try {
            return spellBoundaries(input).source
          } catch {
            return 'invalid'
          }
        })()
        expect(spelled, input.source).toBe(expected)
      }),
      { numRuns: 5000 },
    )
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code)
      if (code >= 0xd800 && code <= 0xdfff) continue
      let source: string
      try {
        source = new RegExp(`\\b${char}x\\b`, 'u').source
      } catch {
        continue
      }
      if (spellBoundaries(new RegExp(source, 'u')).source !== new RegExp(exact(source), 'u').source) expect.fail(`U+${code.toString(16)}`)
    }
  })

  const patterns = [/\bgrants?\b|\btotal\b/giu, /\b(?:of which|including)\b/iu, /\bfrom (?:the )?(?:norway|eea)\b/giu]
  const texts = ['Total: 5 grants', 'the_total', 'subtotals', 'grantſ', 'ſgrant', 'GRANTK', 'of which', 'ofwhich', 'from the Norway fund', 'from EEA9', 'from eea']

  it('spells each \\b as a look-around and matches what the \\b pattern matches', () => {
    for (const pattern of patterns) {
      const spelled = spellBoundaries(pattern)
      expect(spelled.source).not.toContain('\\b')
      expect(spelled.flags).toBe(pattern.flags)
      for (const text of texts) expect([...text.matchAll(new RegExp(spelled.source, 'g' + spelled.flags.replace('g', '')))].map((m) => [m.index, m[0]])).toEqual(
        [...text.matchAll(new RegExp(pattern.source, 'g' + pattern.flags.replace('g', '')))].map((m) => [m.index, m[0]]),
      )
    }
  })
})

describe('saysNone', () => {
  it('knows a value that says there is none, in the sites\' languages', () => {
    for (const none of ['Nav', 'nav.', ' Nėra ', 'None', 'n/a', 'Puudub', '—', '-']) expect(saysNone(none)).toBe(true)
  })

  it('does not take a name for none', () => {
    for (const name of ['Navarra', 'Nava biedrība', 'Valsts policija', '']) expect(saysNone(name)).toBe(false)
  })
})

describe('withoutItemNumber', () => {
  it.each([
    ['1) Liepājas pašvaldības policija', 'Liepājas pašvaldības policija'],
    ['(2) Tieslietu ministrija', 'Tieslietu ministrija'],
    ['Rīgas 1. vidusskola', 'Rīgas 1. vidusskola'],
    ['112 Latvia', '112 Latvia'],
  ])('%j -> %j', (text, name) => {
    expect(withoutItemNumber(text)).toBe(name)
  })
})

describe('mendBrokenWords', () => {
  it('joins a word hyphenated at a line\'s end once the lines are joined', () => {
    expect(mendBrokenWords('ankstyvosios interven- cijos paslaugų')).toBe('ankstyvosios intervencijos paslaugų')
    expect(mendBrokenWords('Tekstas be brūkšnio')).toBe('Tekstas be brūkšnio')
  })

  it('keeps a hyphen that shortens a compound before a conjunction, and one before a capital', () => {
    expect(mendBrokenWords('Politsei- ja Piirivalveamet')).toBe('Politsei- ja Piirivalveamet')
    expect(mendBrokenWords('pre- and post-test')).toBe('pre- and post-test')
    expect(mendBrokenWords('Tartu- Valga')).toBe('Tartu- Valga')
  })

  it('keeps the hyphen of a compound broken at it, unless a suffix follows', () => {
    expect(mendBrokenWords('opened low- threshold services')).toBe('opened low-threshold services')
    expect(mendBrokenWords('a drug- free life and self- help groups')).toBe('a drug-free life and self-help groups')
    expect(mendBrokenWords('a low- er number, high- ly trained staff')).toBe('a lower number, highly trained staff')
    expect(mendBrokenWords('a yellow- ish wall, fol- low-up')).toBe('a yellowish wall, follow-up')
  })
})

describe('joinLines', () => {
  it.each([
    ['distribution of disin-', 'fectants and condoms', 'distribution of disinfectants and condoms'],
    ['Number of needles', 'distributed - 21', 'Number of needles distributed - 21'],
    ['pre-', 'and post-test', 'pre- and post-test'],
    ['Tartu-', 'Valga', 'Tartu- Valga'],
    ['HIV-', 'positive', 'HIV- positive'],
    ['opened two low-', 'threshold centres', 'opened two low-threshold centres'],
    ['a low-', 'er rate', 'a lower rate'],
  ])('%j + %j -> %j', (head, tail, joined) => {
    expect(joinLines(head, tail)).toBe(joined)
  })
})

describe('joinParagraphLines', () => {
  it('writes a line break inside a paragraph as a space, so a wrapped quoted name is found', () => {
    const heading = 'Liepājas pilsētas projekta „Drošs mājās –\n  vardarbības mazināšana” apraksts'
    const joined = joinParagraphLines(heading)
    expect(joined.length).toBe(heading.length)
    expect(findQuoted(heading)).toEqual([])
    expect(squash(findQuoted(joined)[0]!.text)).toBe('Drošs mājās – vardarbības mazināšana')
  })

  it('keeps the breaks around a blank line, so a quote never spans two paragraphs', () => {
    expect(joinParagraphLines('Sākums „A\n\nB” beigas')).toBe('Sākums „A\n\nB” beigas')
    expect(joinParagraphLines('a\n  \nb\nc')).toBe('a\n  \nb c')
    expect(joinParagraphLines('one line')).toBe('one line')
  })
})

describe('withoutMargin', () => {
  it('drops the no-break spaces that stand for a joined wrap\'s margin', () => {
    expect(withoutMargin('LVL \u00a0\u00a0\u00a075 960')).toBe('LVL 75 960')
    expect(withoutMargin('EUR 75 960')).toBe('EUR 75 960')
  })
})

describe('wrappedHeading', () => {
  const lines = (text: string) => {
    let offset = 0
    return text.split('\n').map((line, index) => {
      const out = { index, offset, text: line }
      offset += line.length + 1
      return out
    })
  }

  it('goes on to the next line where the quote closes', () => {
    const page = lines('   Projekts „Kompleksi veselības veicināšanas un\n    slimību profilakses pasākumi”\n')
    expect(wrappedHeading(page, page[0]!).text).toBe('   Projekts „Kompleksi veselības veicināšanas un     slimību profilakses pasākumi”')
  })

  it('keeps a heading whose quote closes on its line, or whose next line closes none', () => {
    const closed = lines('Projekts „Drošā skola”\ntext”\n')
    expect(wrappedHeading(closed, closed[0]!)).toBe(closed[0])
    const open = lines('Projekts „Drošā skola\n\ntext”\n')
    expect(wrappedHeading(open, open[0]!)).toBe(open[0])
  })
})

describe('withoutLinkNumbers', () => {
  it('drops every lynx link number in a line, and leaves other brackets', () => {
    expect(withoutLinkNumbers('[9]Sākums / [10]Aktualitātes / [11]Preses relīzes')).toBe('Sākums / Aktualitātes / Preses relīzes')
    expect(withoutLinkNumbers('Projekts [LV0082]')).toBe('Projekts [LV0082]')
    expect(withoutLinkNumbers('No brackets')).toBe('No brackets')
  })
})
