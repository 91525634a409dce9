/** applyPeriod's look at the last letter before a date skips only texts its patterns would not match. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addMoreInformationContacts, addSignatureContact, applyEntries, applyPeriod, cleanOrganisation, FROM, periodEndBefore, UNTIL } from '../../../src/extractors/read/entries.js'
import { readLabelled } from '../../../src/extractors/read/labelled.js'
import { Doc } from '../../../src/extractors/doc.js'
import { Draft } from '../../../src/extractors/draft.js'

const word = fc.constantFrom('līdz', 'LĪDZ', 'until', 'UNTIL', 'till', 'iki', 'to', 'TO', 'by', 'up to', 'kuni', 'no', 'NO', 'from', 'since', 'ſince', 'SINCE', 'nuo', 'starting', 'alates', 'ALATEſ', 'project', 'x')
const piece = fc.oneof(word, fc.constantFrom(' ', '  ', '\u00a0', '\t', ', ', '12 March 2010', '2010-03-12', '31.12.2012', '2 years', '(', 'Σ'))
const value = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''))

describe('applyPeriod', () => {
  it('equals trying both patterns on every text before a date', () => {
    fc.assert(
      fc.property(value, (text) => {
        expect(periodEndBefore(text)).toBe(UNTIL.test(text) ? 'endDate' : FROM.test(text) ? 'startDate' : null)
      }),
      { numRuns: 3000 },
    )
  })
  it('reads the word before a lone date as /iu does (ſ is s)', () => {
    for (const [text, field] of [['alateſ 12 March 2010', 'startDate'], ['UNTIL\u00a012 March 2010', 'endDate'], ['ſINCE 12 March 2010', 'startDate']] as const) {
      const draft = new Draft()
      applyPeriod(draft, text, 0)
      expect(draft.fields[field]).toBe('2010-03-12')
    }
  })

  it.each([
    ['01 May 2009 -', 'startDate'],
    ['01 May 2009 –', 'startDate'],
    ['- 31 December 2009', 'endDate'],
    ['— 31 December 2009', 'endDate'],
  ] as const)('reads a lone date beside a dash that leaves the other end open: "%s" gives %s', (text, field) => {
    const draft = new Draft()
    applyPeriod(draft, text, 0)
    expect(Object.entries(draft.fields).filter(([key, value]) => key.endsWith('Date') && value != null).map(([key]) => key)).toEqual([field])
  })

  it('reads no end from a lone date with nothing about it, or with words after the dash', () => {
    for (const text of ['01 May 2009', '01 May 2009 - ongoing work', '01 May 2009 - - ']) {
      const draft = new Draft()
      applyPeriod(draft, text, 0)
      expect(draft.fields.startDate ?? draft.fields.endDate ?? null).toBeNull()
    }
  })

  it('reads dates whose parts are parted by spaces ("2014 03 01 – 2016 04 30"), at their own offsets', () => {
    const draft = new Draft()
    applyPeriod(draft, '2014 03 01 – 2016 04 30', 10)
    expect([draft.fields.startDate, draft.fields.endDate]).toEqual(['2014-03-01', '2016-04-30'])
    expect(draft.positions.get('endDate')?.offset).toBe(23)
  })
})

describe('applyEntries', () => {
  it('reads a status note in brackets after the years of implementation, and no dates from years alone', () => {
    const draft = new Draft()
    applyEntries(draft, readLabelled(new Doc('   Country: Lithuania\n   Years of implementation: 2012-2014 (no longer running)\n')))
    expect(draft.fields.status).toBe('completed')
    expect([draft.fields.startDate, draft.fields.endDate]).toEqual([null, null])
  })

  it('leaves a lynx link number out of the promoter\'s name, and its position on the name', () => {
    const text = '   Project number:      LV0091\n   Project promoter:    [10]Liepaja City Council Social Service\n'
    const draft = new Draft()
    applyEntries(draft, readLabelled(new Doc(text)))
    expect(draft.fields.promoter).toBe('Liepaja City Council Social Service')
    expect(draft.positions.get('promoter')?.offset).toBe(text.indexOf('Liepaja'))
  })
  it('reads a contact\'s name after the role said before it, and a phone with its area code in brackets', () => {
    const draft = new Draft()
    applyEntries(draft, readLabelled(new Doc('Kontaktinis asmuo: projekto koordinatorė Rasa Jankauskienė, tel. (8 45) 50 12 34, el. p. rasa@panrs.lt\n')))
    expect(draft.fields.contacts).toEqual([{ name: 'Rasa Jankauskienė', email: 'rasa@panrs.lt', phones: ['(8 45) 50 12 34'] }])
  })
  it('reads the contact a news page\'s line for more information names, when it gives a person and a phone or an e-mail', () => {
    const contacts = (text: string) => {
      const draft = new Draft()
      addMoreInformationContacts(draft, text)
      return draft.fields.contacts
    }
    expect(contacts('Tekstas.\nDaugiau informacijos: projekto koordinatorė Rasa Jankauskienė, tel. (8 45) 50 12 34, el. p. rasa@panrs.lt\n')).toEqual([{ name: 'Rasa Jankauskienė', email: 'rasa@panrs.lt', phones: ['(8 45) 50 12 34'] }])
    expect(contacts('Lisainfo: Katri Abel, katri.abel@tai.ee')).toEqual([{ name: 'Katri Abel', email: 'katri.abel@tai.ee', phones: [] }])
    // A site's address or a department is no contact person.
    expect(contacts('Plašāka informācija: www.vp.gov.lv')).toEqual([])
    expect(contacts('Lisainfo: Ieslodzījuma vietu pārvaldes Komunikācijas nodaļa, tālr. 67290251')).toEqual([])
  })
  it('reads the person who signs a letter as its contact, when the signature gives a phone or an e-mail', () => {
    const contacts = (text: string) => {
      const draft = new Draft()
      addSignatureContact(draft, text)
      return draft.fields.contacts
    }
    expect(contacts('Tekstas.\n\nPagarbiai\nLaura Petrauskaitė\nProjekto vadovė\nVšĮ „Pozityvios permainos“\nTel. +370 611 22 334\nwww.pozityviospermainos.lt\n')).toEqual([{ name: 'Laura Petrauskaitė', email: null, phones: ['+370 611 22 334'] }])
    expect(contacts('Ar cieņu\nAnna Bērziņa\ne-pasts: anna@ogre.lv\n')).toEqual([{ name: 'Anna Bērziņa', email: 'anna@ogre.lv', phones: [] }])
    // A first name alone, an organisation, or a signature with no phone or e-mail gives no contact.
    expect(contacts('Best regards,\nMaria\n\nMaria Ivanova\nTel. +359 2 987 14 20\n')).toEqual([])
    expect(contacts('Lugupidamisega\nTervise Arengu Instituut\nTel 659 3900\n')).toEqual([])
    expect(contacts('Pagarbiai\nLaura Petrauskaitė\nProjekto vadovė\n')).toEqual([])
  })
  it('leaves the contact lines a signature stacks under a name out of it', () => {
    expect(cleanOrganisation('VšĮ „Pozityvios permainos“ Tel. +370 611 22 334 www.pozityviospermainos.lt')).toBe('VšĮ „Pozityvios permainos“')
    expect(cleanOrganisation('Biedrība „Dardedze” tālr. 67 223 344, e-pasts: info@x.lv')).toBe('Biedrība „Dardedze”')
    expect(cleanOrganisation('MTÜ Noorte Tugikeskus +372 392 4455')).toBe('MTÜ Noorte Tugikeskus')
    expect(cleanOrganisation('MTÜ Valga Noortekeskus Tel 766 1234 www.valganoored.ee')).toBe('MTÜ Valga Noortekeskus')
    expect(cleanOrganisation('Telšių rajono savivaldybė')).toBe('Telšių rajono savivaldybė')
    expect(cleanOrganisation('Centre for Telematics')).toBe('Centre for Telematics')
  })
})

describe('applyEntries, the Union\'s share of a figure above', () => {
  const roles = (text: string): string[] => {
    const draft = new Draft()
    applyEntries(draft, readLabelled(new Doc(text)))
    return draft.fields.amounts.map((amount) => `${amount.role} ${amount.text}`)
  }

  it('lists a new share of a grant or a payment as other money, not as a second grant', () => {
    expect(roles('Bendra projekto vertė:\n298 415,60 Lt\nProjektui skirtas finansavimas:\n283 494,82 Lt\nProjektui išmokėta lėšų:\n276 102,14 Lt\nIš jo ES dalis:\n240 970,60 Lt\n')).toEqual([
      'total_cost 298 415,60 Lt',
      'grant 283 494,82 Lt',
      'other 276 102,14 Lt',
      'other 240 970,60 Lt',
    ])
  })

  it('lists a share of a total as the grant, and a share that repeats a figure not at all', () => {
    expect(roles('Bendra projekto vertė:\n298 415,60 Lt\nIš jo ES dalis:\n240 970,60 Lt\n')).toEqual(['total_cost 298 415,60 Lt', 'grant 240 970,60 Lt'])
    expect(roles('Projektui skirtas finansavimas:\n283 494,82 Lt\nIš jo ES dalis:\n283 494,82 Lt\n')).toEqual(['grant 283 494,82 Lt'])
  })
})

describe('applyEntries, a project leader named twice', () => {
  it('keeps one contact for a leader named over a report and again where it is signed', () => {
    const draft = new Draft()
    applyEntries(draft, readLabelled(new Doc('Руководитель проекта:      Светлана Кузьмина\n\nТекст отчёта.\n\nРуководитель проекта:      Светлана Кузьмина\n')))
    expect(draft.fields.contacts).toEqual([{ name: 'Светлана Кузьмина', email: null, phones: [] }])
  })
})

describe('applyEntries, a labelled title with its acronym in brackets (round 18)', () => {
  it('keeps the title without the acronym, which is another title', () => {
    const draft = new Draft()
    applyEntries(draft, readLabelled(new Doc('Title: Peer-led prevention of drug use in Ida-Viru County (PEERS-IV)\n')))
    expect(draft.fields.title).toBe('Peer-led prevention of drug use in Ida-Viru County')
    expect(draft.fields.alternativeTitles).toEqual(['PEERS-IV'])
  })

  it('keeps words in brackets that are no acronym', () => {
    const draft = new Draft()
    applyEntries(draft, readLabelled(new Doc('Title: Safe streets for youth (phase II)\n')))
    expect(draft.fields.title).toBe('Safe streets for youth (phase II)')
  })
})
