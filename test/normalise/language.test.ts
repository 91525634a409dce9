import { readdirSync, readFileSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { franc, francAll } from 'franc'
import { data } from 'franc/data.js'
import { expressions } from 'franc/expressions.js'
import { CANDIDATES, ISO_639_1, detectLanguage, detectLanguageScores } from '../../src/normalise/language.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const only = [...CANDIDATES]

/** Our scores must be franc's: same languages in the same order, scores within 1e-9. */
function expectSameAsFranc(text: string): void {
  const expected = francAll(text, { only })
  const actual = detectLanguageScores(text)
  expect(actual.map(([language]) => language)).toEqual(expected.map(([language]) => language))
  actual.forEach(([, score], index) => {
    expect(Math.abs(score - expected[index]![1])).toBeLessThanOrEqual(1e-9)
  })
  const detected = detectLanguage(text)
  expect(detected.franc).toBe(franc(text, { only }))
  expect(detected.code).toBe(ISO_639_1[detected.franc])
}

function textFiles(directory: string): string[] {
  let names: string[]
  try {
    names = readdirSync(directory, { recursive: true, encoding: 'utf8' })
  } catch {
    return [] // the folder does not exist (yet)
  }
  return names
    .map((name) => join(directory, name))
    .filter((path) => path.endsWith('.txt') && statSync(path).isFile())
}

const documents = [...textFiles(join(root, 'seeds')), ...textFiles(join(root, 'fixtures'))]
  .map((path) => relative(root, path))
  .sort()

describe('candidates', () => {
  it('all have trigram models in franc', () => {
    const known = new Set(Object.values(data).flatMap((languages) => Object.keys(languages)))
    expect(CANDIDATES.filter((code) => !known.has(code))).toEqual([])
  })

  it.each([
    ['eng', 'en'], ['lvs', 'lv'], ['lit', 'lt'], ['ekk', 'et'], ['rus', 'ru'], ['pol', 'pl'],
    ['deu', 'de'], ['fra', 'fr'], ['fin', 'fi'], ['swe', 'sv'], ['nob', 'nb'], ['und', 'und'],
  ])('map %s to %s', (franc3, code) => {
    expect(ISO_639_1[franc3]).toBe(code)
  })

  it('are exactly the mapped codes', () => {
    expect([...CANDIDATES, 'und'].sort()).toEqual(Object.keys(ISO_639_1).sort())
  })
})

describe('detectLanguage', () => {
  it.each([
    [
      'en',
      'The project aims to reduce drug use among young people in the region by training teachers, social workers and police officers, and by offering counselling to families at risk.',
    ],
    [
      'lv',
      'Projekta mērķis ir mazināt narkotiku lietošanu jauniešu vidū, apmācot skolotājus, sociālos darbiniekus un policijas darbiniekus, kā arī piedāvājot konsultācijas ģimenēm, kurām ir paaugstināts risks.',
    ],
    [
      'lt',
      'Projekto tikslas – sumažinti narkotikų vartojimą tarp jaunimo, mokant mokytojus, socialinius darbuotojus ir policijos pareigūnus, taip pat teikiant konsultacijas rizikos grupės šeimoms.',
    ],
    [
      'et',
      'Projekti eesmärk on vähendada uimastite tarvitamist noorte seas, koolitades õpetajaid, sotsiaaltöötajaid ja politseinikke ning pakkudes nõustamist riskirühma peredele.',
    ],
    [
      'ru',
      'Целью проекта является снижение употребления наркотиков среди молодёжи путём обучения учителей, социальных работников и сотрудников полиции, а также консультирования семей.',
    ],
    ['und', 'Hello'],
    ['und', '2011–2014: 15 000 €, 20 986 € (75 %)'],
    ['und', '项目的目标是减少青少年吸毒和犯罪。'],
  ])('labels %s: %s', (code, text) => {
    expect(detectLanguage(text).code).toBe(code)
    expectSameAsFranc(text)
  })
})

// 48 letters from two scripts without Latin models, each beside a Latin letter.
const greekAndArmenian = [...'αβγδεζηθικλμνξοπρστυφχψωԱԲԳԴԵԶԷԸԹԺԻԼԽԾԿՀՁՂՃՄՅՆՇՈՉՊՋՌ'].map((letter) => `a${letter}`).join(' ')

describe('franc parity on edge cases', () => {
  it.each([
    ['final sigma beside its medial form', 'abΣ abΣc and the project of prevention'],
    ['dotted capital I', 'İstanbul İzmir project of prevention İİİ'],
    ['astral capitals beside their lower case', '𐐀𐐀 project 𐐀ab prevention 𐐨ab 𐐨𐐨'],
    ['Han counting for two scripts', '中中中あああabcde'],
    ['an astral pair cut at the sample end', 'a'.repeat(2047) + '𠀀 more'],
    ['only separators', ' !?@#0123456789 \n\t '],
    ['exactly ten characters', 'abcdefghij'],
    ['nine characters', 'abcdefghi'],
    // Letters no Latin model has, more of them than the scorer keeps ids for: in plain
    // text, and with a letter whose lower case needs context (the string-cleaning path).
    ['many letters no model has', `the project of prevention ${greekAndArmenian} and the municipality ${greekAndArmenian}`],
    ['many letters no model has, and İ', `the project of prevention ${greekAndArmenian} İstanbul ${greekAndArmenian}`],
    ['the same letters again, in a later document', `prevention ${[...greekAndArmenian].reverse().join('')} project`],
    ['empty', ''],
  ])('%s', (_, text) => {
    expectSameAsFranc(text)
  })
})

describe('franc parity on documents', () => {
  it('finds documents to compare', () => {
    expect(documents.length).toBeGreaterThan(0)
  })

  it.each(documents)('%s, whole and in windows', (path) => {
    const text = readFileSync(join(root, path), 'utf8')
    expectSameAsFranc(text)
    for (const length of [5, 9, 10, 11, 40, 300, 1000, 2047, 2048, 2049, 4000]) {
      for (const start of [0, 1, 137, 1500]) expectSameAsFranc(text.slice(start, start + length))
    }
  })
})

// Words drawn from the languages our documents are written in.
const words = {
  english: 'project prevention drug young people police municipality the of and in to for with grants health services harm reduction community school family risk support funding'.split(' '),
  latvian: 'projekts narkotiku jauniešu pašvaldība policija un ar kas ir par lai veselības atkarību profilakse sabiedrības ģimenēm riska skolēniem finansējums īstenošana'.split(' '),
  lithuanian: 'projektas narkotikų jaunimo savivaldybė policija ir su kad yra už sveikatos priklausomybės prevencija bendruomenės šeimoms rizikos mokiniams finansavimas įgyvendinimas'.split(' '),
  estonian: 'projekt uimastite noorte omavalitsus politsei ja et on ning tervise sõltuvuse ennetamine kogukonna peredele riskirühma õpilastele rahastamine elluviimine'.split(' '),
  russian: 'проект наркотиков молодёжи муниципалитет полиция и в на что для здоровья зависимости профилактика общества семьям риска учащимся финансирование'.split(' '),
}
const allWords = Object.values(words).flat()
const separators = [' ', ' ', ' ', ', ', '. ', '\n', '\n\n', '\t', ' – ', ' (', ') ', ': ', ' 2015 ', ' €15,144 ', '\u00a0', '  ']

const word = fc.oneof(
  fc.constantFrom(...allWords),
  fc.constantFrom(...allWords).map((w) => w.toUpperCase()),
  fc.constantFrom(...allWords).map((w) => w.charAt(0).toUpperCase() + w.slice(1)),
)
const wordMix = (maxLength: number) =>
  fc.array(fc.tuple(word, fc.constantFrom(...separators)), { maxLength }).map((pairs) => pairs.flat().join(''))

// Characters that stress cleaning, lower-casing and script counting.
const awkward = [
  'İ', 'Σ', 'ς', 'ß', 'ǅ', 'K', '\u0307', '😀', '𠀀', '𝐀', '𐐀', '𞤀', '\ud800', '\udc00', '\ud83c', '\ude00',
  '\u00a0', '\u2028', '\ufeff', '\u3000', 'Ж', 'ą', 'ē', 'ø', 'ا', 'א', 'ก', 'あ', '中', '한', 'α',
  'a', 'e', ' ', '1', '!', '@', '[', '`', '~',
]
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit))
const digitsAndPunctuation = fc.constantFrom(...'0123456789!?.,;:-–()[]{}"\'/@#$%&*+=<>€ \n\t'.split(''))

const parity = (text: string): void => expectSameAsFranc(text)
const settings = (numRuns: number) => ({ numRuns, seed: 20_240_611 })

describe('franc parity on generated text', () => {
  it('random mixes of words from five languages', () => {
    fc.assert(fc.property(wordMix(120), parity), settings(1500))
  })

  it('random unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), parity), settings(600))
    fc.assert(fc.property(fc.string({ unit: codeUnit, maxLength: 300 }), parity), settings(600))
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...awkward), maxLength: 200 }), parity), settings(600))
  })

  it('words interleaved with awkward characters', () => {
    const piece = fc.oneof(word, fc.constantFrom(...awkward), fc.constantFrom(...separators))
    fc.assert(fc.property(fc.array(piece, { maxLength: 200 }).map((parts) => parts.join('')), parity), settings(600))
  })

  it('close races between scripts', () => {
    // Han counts for both `cmn` and `jpn`; astral Han is a surrogate pair.
    const mixed = fc.constantFrom('a', 'b', 'é', 'ž', 'k', '中', '𠀀', 'あ', 'ア', 'Ж', 'ж', 'α', 'ا', ' ', '.', '😀')
    fc.assert(fc.property(fc.string({ unit: mixed, minLength: 8, maxLength: 40 }), parity), settings(600))
  })

  it('words with letters whose lower case needs context', () => {
    // `Σ` lower-cases to `ς` at the end of a word, `İ` to two units, `𐐀` as a pair.
    // Lower-case forms too, so a wrong fold would merge or split trigrams.
    const letter = fc.constantFrom('Σ', 'σ', 'ς', 'İ', 'i\u0307', '𐐀', '𐐨', 'Ǆ', 'ǆ', 'ẞ', 'ß')
    const piece = fc.oneof({ weight: 3, arbitrary: word }, { weight: 2, arbitrary: letter }, { weight: 2, arbitrary: fc.constantFrom(...separators) })
    fc.assert(fc.property(fc.array(piece, { maxLength: 80 }).map((parts) => parts.join('')), parity), settings(600))
  })

  it('very short strings, around the 10-character minimum', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 14 }), parity), settings(400))
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...awkward), maxLength: 14 }), parity), settings(400))
  })

  it('digits and punctuation, alone or with a few words', () => {
    fc.assert(fc.property(fc.string({ unit: digitsAndPunctuation, maxLength: 200 }), parity), settings(300))
    const piece = fc.oneof({ weight: 4, arbitrary: digitsAndPunctuation }, { weight: 1, arbitrary: word })
    fc.assert(fc.property(fc.array(piece, { maxLength: 200 }).map((parts) => parts.join('')), parity), settings(300))
  })

  it('long texts past the 2048-character sample', () => {
    const long = fc
      .tuple(wordMix(500), fc.constantFrom(...allWords), fc.string({ unit: fc.constantFrom(...awkward), maxLength: 8 }))
      .map(([mix, filler, tail]) => {
        // Pad to just under the cut so the last words and the tail straddle it.
        let text = mix
        while (text.length < 2040) text += ' ' + filler
        return text + tail + mix
      })
    fc.assert(fc.property(long, parity), settings(300))
  })
})

describe('assumptions about franc', () => {
  // The scorer memoises a code unit's script hits, which is exact only while every
  // alternative of every expression that can start on a non-surrogate code unit is
  // that one code unit long: longer alternatives must start with a surrogate.
  it('each longer script alternative starts with a surrogate', () => {
    for (const [name, expression] of Object.entries(expressions)) {
      for (const alternative of topLevelAlternatives(expression.source)) {
        const first = firstAtom(alternative)
        if (first.length === alternative.length) continue
        expect(matchesOnlySurrogates(first), `${name}: ${alternative}`).toBe(true)
      }
    }
  })
})

function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = []
  let inClass = false
  let start = 0
  for (let at = 0; at < source.length; at++) {
    const character = source[at]
    if (character === '\\') at++
    else if (character === '[') inClass = true
    else if (character === ']') inClass = false
    else if ('()?*+{'.includes(character!) && !inClass) throw new Error(`unexpected ${character} in ${source}`)
    else if (character === '|' && !inClass) {
      alternatives.push(source.slice(start, at))
      start = at + 1
    }
  }
  alternatives.push(source.slice(start))
  return alternatives
}

function firstAtom(alternative: string): string {
  if (alternative.startsWith('\\u')) return alternative.slice(0, 6)
  if (alternative.startsWith('\\')) return alternative.slice(0, 2)
  if (!alternative.startsWith('[')) return alternative.slice(0, 1)
  for (let at = 1; at < alternative.length; at++) {
    if (alternative[at] === '\\') at++
    else if (alternative[at] === ']') return alternative.slice(0, at + 1)
  }
  throw new Error(`unclosed class in ${alternative}`)
}

function matchesOnlySurrogates(atom: string): boolean {
  const body = atom.startsWith('[') ? atom.slice(1, -1) : atom
  if (body.startsWith('^')) return false
  // Only \\uXXXX escapes and range dashes, all within U+D800–U+DFFF.
  const leftover = body.replace(/\\u[dD][89a-fA-F][0-9a-fA-F]{2}/g, '').replace(/-/g, '')
  return leftover === '' && body.length > 0
}
