/**
 * The trie walks in labelOf and inlineLabelOf give what the plain definitions give:
 * normalise the whole line and look it up; try every phrase, longest first, as a prefix.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { inlineLabelOf, labelOf, labels, normaliseLabel, type LabelKey } from '../../../src/extractors/lexicon/labels.js'

const byPhrase = new Map<string, LabelKey>()
for (const [key, phrases] of labels) for (const phrase of phrases) byPhrase.set(phrase, key)
const phrasesByLength = [...byPhrase.keys()].sort((a, b) => b.length - a.length)

function referenceLabelOf(text: string): LabelKey | null {
  if (text.length > 80) return null
  return byPhrase.get(normaliseLabel(text)) ?? null
}

function referenceInlineLabelOf(text: string, bare: ReadonlySet<LabelKey> = new Set()): { key: LabelKey; valueStart: number } | null {
  const lower = text.slice(0, 90).toLowerCase()
  for (const phrase of phrasesByLength) {
    if (!lower.startsWith(phrase)) continue
    const key = byPhrase.get(phrase)!
    const rest = text.slice(phrase.length)
    const separator = /^\s*(?::|：|\t|\s[-–—]\s)\s*/.exec(rest) ?? (bare.has(key) ? /^ +/.exec(rest) : null)
    if (!separator) continue
    const valueStart = phrase.length + separator[0].length
    if (valueStart >= text.length) continue
    return { key, valueStart }
  }
  return null
}

const phrases = [...byPhrase.keys()]
// Phrases in odd cases and spacing, with colons, dashes, tabs and characters whose lower case is special.
const piece = fc.oneof(
  fc.constantFrom(...phrases),
  fc.constantFrom(...phrases).map((p) => p.toUpperCase()),
  fc.constantFrom(...phrases).map((p) => p.replace(/ /g, '  ')),
  fc.constantFrom(' ', '\t', '\u00a0', ':', '：', ' - ', ' – ', 'x', '1', 'İ', 'Σ', '\u212a', 'ſ', '\ud801\udc00', 'Ē', 'Į', 'a'.repeat(80)),
)
const line = fc.array(piece, { maxLength: 5 }).map((parts) => parts.join(''))

describe('labelOf', () => {
  it('reads a project form\'s English labels: reference number, applicant organisation, partners in the plural form, the total cost of the project', () => {
    expect(labelOf('Reference no.:')).toBe('projectNumber')
    expect(labelOf('Applicant organisation:')).toBe('promoter')
    expect(labelOf('Nordic partner(s):')).toBe('partners')
    expect(labelOf('Other partner(s):')).toBe('partners')
    expect(labelOf('Total cost of the project:')).toBe('amount:total_cost')
  })

  it('reads the promoter\'s or the municipality\'s own share as co-financing and allocated funds as the grant', () => {
    expect(labelOf('Vykdytojo indėlis:')).toBe('amount:cofinancing')
    expect(labelOf('Valla omaosalus:')).toBe('amount:cofinancing')
    expect(labelOf('Eelarve kokku:')).toBe('amount:total_cost')
    expect(labelOf('Projekti eelarve kokku:')).toBe('amount:total_cost')
    expect(labelOf('Skirta valstybės biudžeto lėšų:')).toBe('amount:grant')
  })

  it("reads the grants site's facts as a translation tool gives them", () => {
    expect(labelOf('Pradinė projekto kaina')).toBe('amount:initial_cost')
    expect(labelOf('Galīgās projekta izmaksas')).toBe('amount:final_cost')
    expect(labelOf('Projekto dotacija')).toBe('amount:grant')
    expect(labelOf('Donorų projekto partneriai')).toBe('partners')
    expect(labelOf('Projektas vykdomas')).toBe('location')
    expect(labelOf('Programa')).toBe('measure')
  })

  it('reads esparama.lt\'s place row ("Projekto vykdymo vieta") as the places', () => {
    expect(labelOf('Projekto vykdymo vieta')).toBe('location')
    expect(labelOf('Veiklų vykdymo vieta')).toBe('location')
  })

  it('reads the donor\'s money a Russian release labels by its giver ("Финансирование Норвегии:") as the grant', () => {
    expect(['Финансирование Норвегии:', 'Финансирование ЕЭЗ:', 'Финансирование ЕС:', 'Выделенная поддержка:'].map(labelOf)).toEqual(['amount:grant', 'amount:grant', 'amount:grant', 'amount:grant'])
    expect(labelOf('Финансирование:')).not.toBe('amount:grant')
  })

  it('reads a label over the share it states in brackets ("Грант (85%):")', () => {
    expect(labelOf('Финансирование Норвежского финансового механизма (85%):')).toBe('amount:grant')
    expect(labelOf('Государственное софинансирование (15 %):')).toBe('amount:cofinancing')
    expect(labelOf('Общие расходы проекта:')).toBe('amount:total_cost')
    expect(labelOf('Получатель финансирования:')).toBe('promoter')
    expect(labelOf('Собственный вклад:')).toBe('amount:cofinancing')
    expect(labelOf('Grant (2009):')).toBeNull()
    expect(inlineLabelOf('Grant (85%): 937.499,00 EUR')).toEqual({ key: 'amount:grant', valueStart: 13 })
    expect(inlineLabelOf('Grant (EEA): 100 EUR')).toBeNull()
  })

  it('reads a planned period as the period ("Plānotais īstenošanas laiks:")', () => {
    expect(labelOf('Plānotais īstenošanas laiks:')).toBe('duration')
    expect(labelOf('Planned implementation period')).toBe('duration')
    expect(labelOf('Abikõlblikkuse periood:')).toBe('duration')
    expect(labelOf('Projekti elluviimise periood:')).toBe('duration')
  })

  it('reads an Estonian report form\'s "Projekti elluviimise aeg" (the period) and "Projekti toimumise koht" (the place)', () => {
    expect(labelOf('Projekti elluviimise aeg')).toBe('duration')
    expect(labelOf('Projekti toimumise koht:')).toBe('location')
  })

  it('reads the sum an application requests as the grant, in Latvian, Lithuanian and Estonian', () => {
    expect(['Pieprasītais finansējums:', 'Prašoma suma:', 'Taotletav summa'].map(labelOf)).toEqual(['amount:grant', 'amount:grant', 'amount:grant'])
  })

  it('reads a project\'s tasks and the Estonian aims under their headings as objectives', () => {
    expect(['Projekto uždaviniai:', 'Uzdevumi', 'Eesmärgid', 'Projekti ülesanded:'].map(labelOf)).toEqual(['objective', 'objective', 'objective', 'objective'])
  })

  it("reads a procurement notice's estimated contract value as other money, not the project's cost", () => {
    expect(labelOf('Hanke eeldatav maksumus:')).toBe('amount:other')
    expect(labelOf('Numatoma pirkimo vertė:')).toBe('amount:other')
    expect(labelOf('Projekti kogumaksumus:')).toBe('amount:total_cost')
  })

  it("reads a grant's own facts and the Estonian co-funding", () => {
    expect(labelOf('Grant agreement period:')).toBe('duration')
    expect(labelOf('Amount of the grant:')).toBe('amount:grant')
    expect(labelOf('Kaasrahastus:')).toBe('amount:cofinancing')
    expect(inlineLabelOf('Kaasrahastus: Ida-Viru Maavalitsus 48 500 krooni')).toEqual({ key: 'amount:cofinancing', valueStart: 14 })
  })

  it('reads the Latvian grants sites\' programme and instrument funding as the grant', () => {
    expect(labelOf('Programmas finansējums:')).toBe('amount:grant')
    expect(labelOf('Norvēģijas finanšu instrumenta finansējums')).toBe('amount:grant')
    expect(labelOf('EEZ un Norvēģijas finanšu instrumentu finansējums:')).toBe('amount:grant')
  })

  it('reads a municipal table\'s short cost label and the Lithuanian EU-and-state funds as the grant', () => {
    expect(labelOf('Izmaksas')).toBe('amount:total_cost')
    expect(labelOf('ES ir Lietuvos Respublikos biudžeto lėšos:')).toBe('amount:grant')
    expect(labelOf('ES ir LR biudžeto lėšos')).toBe('amount:grant')
    expect(labelOf('Valstybės biudžeto lėšos')).toBe('amount:cofinancing')
  })

  it('reads an EU results platform\'s "Project Identifier" as the project number', () => {
    expect(labelOf('Project Identifier:')).toBe('projectNumber')
    expect(inlineLabelOf('Project Identifier: 2019-2-EE01-KA205-051244')?.key).toBe('projectNumber')
  })

  it('equals the lookup of the normalised line', () => {
    fc.assert(
      fc.property(line, (text) => {
        expect(labelOf(text)).toBe(referenceLabelOf(text))
      }),
      { numRuns: 5000 },
    )
  })
  it('reads every phrase, in upper case, with a colon', () => {
    for (const [phrase, key] of byPhrase) {
      expect(labelOf(phrase)).toBe(key)
      expect(labelOf(` ${phrase.toUpperCase()} : `)).toBe(referenceLabelOf(` ${phrase.toUpperCase()} : `))
    }
  })
})

describe('inlineLabelOf', () => {
  it('equals trying every phrase, longest first', () => {
    const bare = new Set<LabelKey>(['duration', 'title'])
    fc.assert(
      fc.property(line, (text) => {
        expect(inlineLabelOf(text)).toEqual(referenceInlineLabelOf(text))
        expect(inlineLabelOf(text, bare)).toEqual(referenceInlineLabelOf(text, bare))
      }),
      { numRuns: 5000 },
    )
  })
})

describe('labelOf, the Baltic states\' Russian pages', () => {
  it('knows the labels of a project page in Russian', () => {
    expect(labelOf('Название проекта:')).toBe('title')
    expect(labelOf('Номер проекта:')).toBe('projectNumber')
    expect(labelOf('Исполнитель проекта:')).toBe('promoter')
    expect(labelOf('Партнёры проекта:')).toBe('partners')
    expect(labelOf('Срок реализации:')).toBe('duration')
    expect(labelOf('Общий бюджет проекта:')).toBe('amount:total_cost')
    expect(labelOf('Софинансирование:')).toBe('amount:cofinancing')
    expect(labelOf('Статус:')).toBe('status')
  })

  it('knows a final report\'s money rows: the organisation\'s own contribution, the actual costs', () => {
    expect(labelOf('Собственный вклад организации')).toBe('amount:cofinancing')
    expect(labelOf('Собственные средства:')).toBe('amount:cofinancing')
    expect(labelOf('Фактические расходы')).toBe('amount:final_cost')
    expect(labelOf('Фактическая стоимость проекта:')).toBe('amount:final_cost')
    expect(labelOf('Первоначальная стоимость проекта:')).toBe('amount:initial_cost')
    expect(labelOf('Actual costs:')).toBe('amount:final_cost')
  })

  it('knows a Word project card\'s promoter, leader and dates in Russian', () => {
    expect(labelOf('Организация-исполнитель:')).toBe('promoter')
    expect(labelOf('Заявитель проекта:')).toBe('promoter')
    expect(labelOf('Руководитель проекта:')).toBe('coordinator')
    expect(labelOf('Дата начала проекта:')).toBe('startDate')
    expect(labelOf('Дата окончания проекта:')).toBe('endDate')
    expect(labelOf('Сумма финансирования:')).toBe('amount:grant')
  })

  it("knows a final report's agreement number and the financing received", () => {
    expect(labelOf('Договор №:')).toBe('projectNumber')
    expect(labelOf('Номер договора:')).toBe('projectNumber')
    expect(labelOf('Līguma Nr.:')).toBe('projectNumber')
    expect(labelOf('Получено финансирования:')).toBe('amount:grant')
    expect(labelOf('Saņemtais finansējums:')).toBe('amount:grant')
    expect(labelOf('Funding received:')).toBe('amount:grant')
  })
})

describe("labelOf, a university's research report", () => {
  it('reads the host institution as the promoter and total funding as the total cost', () => {
    expect(labelOf('Host institution')).toBe('promoter')
    expect(labelOf('Host organisation:')).toBe('promoter')
    expect(labelOf('Total funding')).toBe('amount:total_cost')
  })
})

describe("labelOf, a donor foundation's grants database", () => {
  it('reads a bare "Amount" as the grant, "Term" as the duration and research sites as places', () => {
    expect(labelOf('Amount')).toBe('amount:grant')
    expect(labelOf('Amount awarded:')).toBe('amount:grant')
    expect(labelOf('Amount paid')).toBe('amount:other')
    expect(labelOf('Term')).toBe('duration')
    expect(labelOf('Grant term:')).toBe('duration')
    expect(labelOf('Research sites:')).toBe('location')
    expect(labelOf('Purpose')).toBe('objective')
    expect(labelOf('Purpose of the grant:')).toBe('objective')
  })
})

describe("labelOf, a service club's project page", () => {
  it('reads the host club as the promoter, partner clubs and cooperating bodies as partners, club money as co-financing', () => {
    expect(labelOf('Host club:')).toBe('promoter')
    expect(labelOf('International partner club:')).toBe('partners')
    expect(labelOf('Cooperating organization:')).toBe('partners')
    expect(labelOf('Club contributions (cash):')).toBe('amount:cofinancing')
    expect(labelOf('Local co-financing:')).toBe('amount:cofinancing')
  })
})

describe('labelOf, a post that introduces its partners (round 17)', () => {
  it('reads "Mūsu partneri šajā projektā:" and its kin in each language as the partners\' label', () => {
    for (const label of ['Mūsu partneri šajā projektā:', 'Mūsų partneriai šiame projekte:', 'Meie partnerid selles projektis:', 'Our partners in this project:', 'Наши партнёры в проекте:']) expect(labelOf(label)).toBe('partners')
  })
})

describe("labelOf, a research information system's project record (round 18)", () => {
  it('reads the registration number as the project number and the institution as the promoter', () => {
    expect(labelOf('Registration number')).toBe('projectNumber')
    expect(labelOf('Registration no.:')).toBe('projectNumber')
    expect(labelOf('Institution')).toBe('promoter')
    expect(labelOf('Lead institution:')).toBe('promoter')
  })
})

describe('labelOf, an Estonian final report (round 18)', () => {
  it('reads "Projekti seis" and "Projekti olek" (where the project stands) as the status', () => {
    expect(labelOf('Projekti seis:')).toBe('status')
    expect(inlineLabelOf('Projekti seis:\tlõpetatud')).toEqual({ key: 'status', valueStart: 15 })
    expect(labelOf('Projekti olek:')).toBe('status')
  })
})
