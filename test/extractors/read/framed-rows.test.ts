import { describe, expect, it } from 'vitest'
import { Doc } from '../../../src/extractors/doc.js'
import { framedRow, framedView } from '../../../src/extractors/read/framed-rows.js'
import { inlineEntries } from '../../../src/extractors/read/labelled.js'

describe('framed two-column rows', () => {
  it('reads a pipe row and a bordered row as a tab row of the same length', () => {
    const pipe = '| Elluviija | Tartu Linnavalitsuse haridusosakond |'
    const box = '│Elluviija          │Pärnu Linnavalitsus   │'
    for (const text of [pipe, box]) {
      const row = framedRow(text)
      expect(row).toHaveLength(text.length)
      expect(inlineEntries(new Doc(row).lines[0]!).map((entry) => [entry.key, entry.lines[0]!.text])).toEqual([['promoter', text.includes('Tartu') ? 'Tartu Linnavalitsuse haridusosakond' : 'Pärnu Linnavalitsus']])
    }
  })

  it('blanks a bordered table\'s rules and leaves rows of three or more cells and other lines alone', () => {
    expect(framedRow('├──────┼──────┤')).toBe(' '.repeat(15))
    expect(framedRow('| Partner | Role | Country |')).toBe('| Partner | Role | Country |')
    expect(framedRow('Tervis | Töö | Kontakt')).toBe('Tervis | Töö | Kontakt')
    expect(framedRow('- 120 pedagogų')).toBe('- 120 pedagogų')
  })

  it('reads an old page\'s ASCII table under its margin: "+---+---+" rules blank, rows as tab rows, a wrapped value joined', () => {
    expect(framedRow('   +------+------+')).toBe(' '.repeat(18))
    expect(framedRow('+ 2 + 2 +')).toBe('+ 2 + 2 +')
    const text = ['   +----------+------------------+', '   | Grantee  | Marijampole PHC  |', '   | Duration | 1 September 2004 |', '   |          | - 30 June 2005   |'].join('\n')
    const view = framedView(new Doc(text))
    expect(view.text).toHaveLength(text.length)
    expect(view.lines.map((line) => line.text.replace(/[\s\u00a0]+/g, ' ').trim())).toEqual(['', 'Grantee Marijampole PHC', 'Duration 1 September 2004 - 30 June 2005'])
  })

  it('returns the document itself when no line is framed', () => {
    const doc = new Doc('Projekti nimi: X\nElluviija: Y')
    expect(framedView(doc)).toBe(doc)
  })

  it('joins a value cell the frame wrapped onto rows with an empty label cell to the value above, keeping every offset', () => {
    const text = [
      '│Finansējums  │1.512.000 EUR, no tiem 1.285.200 EUR   │',
      '│             │Norvēģijas finanšu instrumenta         │',
      '│             │finansējums                            │',
      '│Statuss      │Noslēdzies                             │',
    ].join('\n')
    const view = framedView(new Doc(text))
    expect(view.text).toHaveLength(text.length)
    expect(view.lines.map((line) => line.text.replace(/[\s\u00a0]+/g, ' ').trim())).toEqual([
      'Finansējums 1.512.000 EUR, no tiem 1.285.200 EUR Norvēģijas finanšu instrumenta finansējums',
      'Statuss Noslēdzies',
    ])
    expect(view.text.indexOf('finansējums ')).toBe(text.indexOf('finansējums '))
  })
})
