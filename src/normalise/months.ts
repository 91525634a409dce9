/**
 * Month names in every form a date may write them: Latvian and Lithuanian decline them,
 * Estonian adds case endings, abbreviations may take a dot, and pages typed without
 * diacritics ("julija", "balandzio") still mean the month. Lookup is case-insensitive.
 */
import { isNfcStable } from './nfc.js'

export type MonthLanguage = 'en' | 'lv' | 'lt' | 'et' | 'fr' | 'de' | 'ru'

export interface MonthForm {
  /** Lower case, NFC. */
  word: string
  /** 1–12. */
  month: number
  language: MonthLanguage
  /** A shortened name: a dot right after it belongs to the date ("Sept. 1, 2008"). */
  abbreviation: boolean
}

/** Per month (January first): full forms, then abbreviations. */
type Table = ReadonlyArray<readonly [full: readonly string[], abbreviations: readonly string[]]>

const english: Table = [
  [['january'], ['jan']],
  [['february'], ['feb']],
  [['march'], ['mar']],
  [['april'], ['apr']],
  [['may'], []],
  [['june'], ['jun']],
  [['july'], ['jul']],
  [['august'], ['aug']],
  [['september'], ['sep', 'sept']],
  [['october'], ['oct']],
  [['november'], ['nov']],
  [['december'], ['dec']],
]

/** Latvian masculine -is nouns: nominative, genitive, dative, accusative, locative. */
function latvianIs(stem: string, genitiveStem = stem): string[] {
  return [`${stem}is`, `${genitiveStem}a`, `${stem}im`, `${stem}i`, `${stem}ī`]
}

/** Latvian masculine -s nouns: nominative, genitive, dative, accusative, locative. */
function latvianS(stem: string): string[] {
  return [`${stem}s`, `${stem}a`, `${stem}am`, `${stem}u`, `${stem}ā`]
}

const latvian: Table = [
  [latvianIs('janvār'), ['janv']],
  [latvianIs('februār'), ['febr']],
  [latvianS('mart'), []],
  [latvianIs('aprīl', 'aprīļ'), ['apr']],
  [latvianS('maij'), []],
  [latvianS('jūnij'), ['jūn']],
  [latvianS('jūlij'), ['jūl']],
  [latvianS('august'), ['aug']],
  [latvianIs('septembr'), ['sept']],
  [latvianIs('oktobr'), ['okt']],
  [latvianIs('novembr'), ['nov']],
  [latvianIs('decembr'), ['dec']],
]

/** Lithuanian: nominative, genitive (the form dates use), dative, accusative, instrumental, locative. */
const lithuanian: Table = [
  [['sausis', 'sausio', 'sausiui', 'sausį', 'sausiu', 'sausyje'], ['saus']],
  [['vasaris', 'vasario', 'vasariui', 'vasarį', 'vasariu', 'vasaryje'], ['vas']],
  [['kovas', 'kovo', 'kovui', 'kovą', 'kovu', 'kove'], ['kov']],
  [['balandis', 'balandžio', 'balandžiui', 'balandį', 'balandžiu', 'balandyje'], ['bal']],
  [['gegužė', 'gegužės', 'gegužei', 'gegužę', 'gegužėje'], ['geg']],
  [['birželis', 'birželio', 'birželiui', 'birželį', 'birželiu', 'birželyje'], ['birž']],
  [['liepa', 'liepos', 'liepai', 'liepą', 'liepoje'], ['liep']],
  [['rugpjūtis', 'rugpjūčio', 'rugpjūčiui', 'rugpjūtį', 'rugpjūčiu', 'rugpjūtyje'], ['rugp']],
  [['rugsėjis', 'rugsėjo', 'rugsėjui', 'rugsėjį', 'rugsėju', 'rugsėjyje'], ['rugs']],
  [['spalis', 'spalio', 'spaliui', 'spalį', 'spaliu', 'spalyje'], ['spal']],
  [['lapkritis', 'lapkričio', 'lapkričiui', 'lapkritį', 'lapkričiu', 'lapkrityje'], ['lapkr']],
  [['gruodis', 'gruodžio', 'gruodžiui', 'gruodį', 'gruodžiu', 'gruodyje'], ['gruod']],
]

/**
 * Estonian case endings on the genitive stem: adessive "märtsil" (on), elative "märtsist"
 * (from), terminative "märtsini" (until), inessive, illative, allative, ablative, translative,
 * comitative, partitive.
 */
const estonianEndings = ['', 'l', 'st', 'ni', 's', 'sse', 'le', 'lt', 'ks', 'ga', 't']

function estonianForms(nominative: string, genitive: string): string[] {
  return [nominative, ...estonianEndings.map((ending) => genitive + ending)]
}

const estonian: Table = [
  [estonianForms('jaanuar', 'jaanuari'), ['jaan']],
  [estonianForms('veebruar', 'veebruari'), ['veebr']],
  [estonianForms('märts', 'märtsi'), []],
  [estonianForms('aprill', 'aprilli'), ['apr']],
  [estonianForms('mai', 'mai'), []],
  [estonianForms('juuni', 'juuni'), []],
  [estonianForms('juuli', 'juuli'), []],
  [estonianForms('august', 'augusti'), ['aug']],
  [estonianForms('september', 'septembri'), ['sept']],
  [estonianForms('oktoober', 'oktoobri'), ['okt']],
  [estonianForms('november', 'novembri'), ['nov']],
  [estonianForms('detsember', 'detsembri'), ['dets']],
]

const french: Table = [
  [['janvier'], ['janv']],
  [['février'], ['févr', 'fév']],
  [['mars'], []],
  [['avril'], ['avr']],
  [['mai'], []],
  [['juin'], []],
  [['juillet'], ['juil']],
  [['août'], []],
  [['septembre'], ['sept']],
  [['octobre'], ['oct']],
  [['novembre'], ['nov']],
  [['décembre'], ['déc']],
]

const german: Table = [
  [['januar', 'jänner'], ['jan']],
  [['februar', 'feber'], ['feb']],
  [['märz', 'maerz'], ['mär', 'mrz']],
  [['april'], ['apr']],
  [['mai'], []],
  [['juni'], ['jun']],
  [['juli'], ['jul']],
  [['august'], ['aug']],
  [['september'], ['sep', 'sept']],
  [['oktober'], ['okt']],
  [['november'], ['nov']],
  [['dezember'], ['dez']],
]

// Russian, as the Baltic states' Russian pages write dates ("с 1 апреля 2010 года"): nominative,
// genitive (the form of a date) and prepositional ("в апреле").
const russian: Table = [
  [['январь', 'января', 'январе'], ['янв']],
  [['февраль', 'февраля', 'феврале'], ['февр']],
  [['март', 'марта', 'марте'], []],
  [['апрель', 'апреля', 'апреле'], ['апр']],
  [['май', 'мая', 'мае'], []],
  [['июнь', 'июня', 'июне'], []],
  [['июль', 'июля', 'июле'], []],
  [['август', 'августа', 'августе'], ['авг']],
  [['сентябрь', 'сентября', 'сентябре'], ['сент']],
  [['октябрь', 'октября', 'октябре'], ['окт']],
  [['ноябрь', 'ноября', 'ноябре'], ['нояб']],
  [['декабрь', 'декабря', 'декабре'], ['дек']],
]

const tables: ReadonlyArray<readonly [MonthLanguage, Table]> = [
  ['en', english],
  ['lv', latvian],
  ['lt', lithuanian],
  ['et', estonian],
  ['fr', french],
  ['de', german],
  ['ru', russian],
]

/** The same word with its diacritics taken off: "jūlijā" -> "julija", "rugpjūčio" -> "rugpjucio". */
export function foldDiacritics(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC')
}

function buildForms(): MonthForm[] {
  const forms: MonthForm[] = []
  for (const [language, table] of tables) {
    table.forEach(([full, abbreviations], index) => {
      const add = (word: string, abbreviation: boolean): void => {
        const variants = new Set([word, foldDiacritics(word)])
        for (const variant of variants) forms.push({ word: variant, month: index + 1, language, abbreviation })
      }
      for (const word of full) add(word, false)
      for (const word of abbreviations) add(word, true)
    })
  }
  return forms
}

/** Every form, language by language; a word shared by languages appears once per language. */
export const monthForms: readonly MonthForm[] = buildForms()

const byWord = new Map<string, MonthForm>()
for (const form of monthForms) {
  const known = byWord.get(form.word)
  // A word naming two different months would make dates silently wrong: refuse to load.
  if (known && known.month !== form.month) {
    throw new Error(`month lexicon: "${form.word}" is both month ${known.month} and ${form.month}`)
  }
  if (!known || (form.abbreviation && !known.abbreviation)) byWord.set(form.word, form)
}

/** Longest word in the lexicon: longer letter runs need no lookup. */
export const longestMonthWord = Math.max(...monthForms.map((form) => form.word.length))

/** The month a word names, in any case, or undefined. */
export function lookupMonth(word: string): MonthForm | undefined {
  if (word.length === 0 || word.length > longestMonthWord * 2) return undefined
  const lower = word.toLowerCase()
  const known = byWord.get(lower)
  // Most words are no month: skip `normalize` when it would hand back the same word.
  if (known !== undefined || isNfcStable(lower)) return known
  return byWord.get(lower.normalize('NFC'))
}

/** Shortest word in the lexicon. */
const shortestMonthWord = Math.min(...monthForms.map((form) => form.word.length))

/**
 * Code units below U+0230 other than U+0130 ("İ") lower-case to one code unit below U+0300:
 * a run of them lower-cases unit by unit and NFC leaves it as it is (checked when loaded).
 */
export const SIMPLE_LETTERS_BELOW = 0x230
const lowerUnit = new Uint16Array(SIMPLE_LETTERS_BELOW)
for (let code = 0; code < SIMPLE_LETTERS_BELOW; code++) {
  const lower = String.fromCharCode(code).toLowerCase()
  if (code !== 0x130 && (lower.length !== 1 || lower.charCodeAt(0) >= 0x300)) {
    throw new Error(`month lexicon: U+${code.toString(16)} does not lower-case to one simple unit`)
  }
  lowerUnit[code] = lower.charCodeAt(0)
}

/** The first three code units of a lower-case word, 10 bits each (0 past its end). */
const packOpening = (word: string): number => {
  let packed = 0
  for (let at = 0; at < 3; at++) packed = packed * 0x400 + (at < word.length ? word.charCodeAt(at) : 0)
  return packed
}
const monthOpenings = new Set([...byWord.keys()].filter((word) => isNfcStable(word.slice(0, 3))).map(packOpening))

/**
 * False when the letters `text[start, end)`, all simple (below U+0230, no U+0130), cannot
 * name a month, without making a string: such a run keeps its length and its units through
 * lower-casing and NFC, so it must be as long as some month word and open as one does.
 * True means "look it up" (`lookupMonth`).
 */
export function maySimpleRunBeMonth(text: string, start: number, end: number): boolean {
  const length = end - start
  if (length < shortestMonthWord || length > longestMonthWord) return false
  let packed = 0
  for (let at = start; at < start + 3; at++) packed = packed * 0x400 + (at < end ? lowerUnit[text.charCodeAt(at)]! : 0)
  return monthOpenings.has(packed)
}
