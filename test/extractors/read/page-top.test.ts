import { describe, expect, it } from 'vitest'
import { isBreadcrumb, isCookieNotice } from '../../../src/extractors/read/page-top.js'

describe('isBreadcrumb', () => {
  it('takes short steps between arrows, or a trail from the home page', () => {
    expect(isBreadcrumb('Sākums  >  Aktualitātes  >  Jaunumi')).toBe(true)
    expect(isBreadcrumb('Home » Projects » Approved projects')).toBe(true)
    expect(isBreadcrumb('Home / Knowledge Centre / Good practices')).toBe(true)
    expect(isBreadcrumb('Pradžia › Projektai')).toBe(true)
  })

  it('takes no title, sentence or long step for a trail', () => {
    expect(isBreadcrumb('Drug prevention / Narkotiku profilakse')).toBe(false)
    expect(isBreadcrumb('Estonia - Latvia Programme 2007-2013')).toBe(false)
    expect(isBreadcrumb('Sākums > ' + 'x'.repeat(60))).toBe(false)
    expect(isBreadcrumb('EUCPN  |  European Crime Prevention Network')).toBe(false)
  })
})

describe('isCookieNotice', () => {
  it.each([
    'Šajā vietnē tiek izmantotas sīkdatnes. Uzzināt vairāk   Piekrītu',
    'This website uses cookies to improve your experience. Accept',
    'Svetainėje naudojami slapukai. Sutinku',
    'Sellel veebilehel kasutatakse küpsiseid. Nõustun',
  ])('%j is a cookie notice', (text) => {
    expect(isCookieNotice(text)).toBe(true)
  })
  it('leaves headings and long text alone', () => {
    expect(isCookieNotice('Projekts „Kopienas atbalsta centrs jauniešiem Jūrmalā”')).toBe(false)
    expect(isCookieNotice('cookies '.repeat(50))).toBe(false)
  })
})
