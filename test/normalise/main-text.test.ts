import { describe, expect, it } from 'vitest'
import { mainText } from '../../src/normalise/main-text.js'

describe('mainText', () => {
  it('leaves out menus, cookie notices and footers', () => {
    const page = 'We use cookies. Accept\nHome | About | News\nNoorte sõltuvusennetus Pärnus\n© 2018 Pärnu Linnavalitsus. All rights reserved.'
    expect(mainText(page)).toBe('Noorte sõltuvusennetus Pärnus')
  })
  it('keeps a pipe table and a line with one bar', () => {
    const page = '| Projekta pieteicējs | Jelgavas pašvaldība |\nPolitiet | Norwegian Police Service'
    expect(mainText(page)).toBe(page)
  })
  it('keeps a page of chrome only, and a page without chrome as it is', () => {
    expect(mainText('Home | About | News')).toBe('Home | About | News')
    const plain = 'Projekta mērķis ir mazināt atkarības.'
    expect(mainText(plain)).toBe(plain)
  })
  it('leaves out a paragraph labelled as the page in English', () => {
    expect(mainText('Pētījumā aptaujāti jaunieši.\n\nAbstract: The study surveyed young people.')).toBe('Pētījumā aptaujāti jaunieši.\n')
  })
})
