import { describe, expect, it } from 'vitest'
import { isTranslationHeading, mainText } from '../../src/normalise/main-text.js'

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
  it('leaves out the page said again below a heading of its own ("In English")', () => {
    const latvian = 'Projekta mērķis ir sniegt psiholoģisku un sociālu atbalstu pusaudžiem, kuri piedzīvojuši vardarbību ģimenē vai skolā, un apmācīt Vidzemes skolu pedagogus un sociālos darbiniekus vardarbības atpazīšanā un novēršanā.\n'
    expect(mainText(`${latvian}\nIn English\n\nThe project supports teenagers.\nTotal costs: EUR 118 000.`)).toBe(latvian)
  })
  it('keeps a page whose language link ("In English") stands above its text', () => {
    const page = 'Sākums\nIn English\n\nThe project supports teenagers who have experienced violence at home or at school.'
    expect(mainText(page)).toBe(page)
  })
})

describe('isTranslationHeading', () => {
  it('takes a heading alone on its line, not a menu item or a sentence naming the language', () => {
    expect(['In English', '  English version:', 'ANGLISKI', 'Summary in English'].map(isTranslationHeading)).toEqual([true, true, true, true])
    expect(['English', 'LV | English', 'The report is in English.'].map(isTranslationHeading)).toEqual([false, false, false])
  })
})
