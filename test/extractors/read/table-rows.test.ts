import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Doc } from '../../../src/extractors/doc.js'
import { asTabRow, tableView, wrappedLabelRow, wrappedLabelRows } from '../../../src/extractors/read/table-rows.js'

describe('asTabRow', () => {
  it.each([
    ['| Projekta numurs | LV0134 |', '  Projekta numurs \t LV0134  '],
    ['| **Projekta Nr.** | 9.2.4.2/16/I/078 |', '    Projekta Nr.   \t 9.2.4.2/16/I/078  '],
    ['|:--|:--|', '         '],
    ['| --- | --- |', '             '],
    ['Projekta numurs             LV08-0012', 'Projekta numurs\t            LV08-0012'],
    ['Projekta īstenošanas laiks  01.05.2014.', 'Projekta īstenošanas laiks\t 01.05.2014.'],
    ['Partneri:                     Gulbenes novada Izglītības pārvalde,', 'Partneri:\t                    Gulbenes novada Izglītības pārvalde,'],
  ])('%j -> %j', (line, row) => {
    expect(asTabRow(line)).toBe(row)
  })

  it.each([
    'Projekta numurs\tLV0134',
    'Par novadu   Pašvaldība   Izglītība   Projekti',
    'Projekta numurs LV0134',
    'a | b | c',
    '| only one pipe',
    'Projekta numurs    ',
  ])('leaves %j as it is', (line) => {
    expect(asTabRow(line)).toBe(line)
  })
})

describe('tableView', () => {
  it('puts the cells of a "<br>" in a pipe cell on wrapped lines', () => {
    const doc = new Doc('| Partneri | A dome<br>B centrs<br />C |')
    expect(tableView(doc).text).toBe('  Partneri \t A dome\n\t  B centrs\n\t    C  ')
  })

  it('joins a stacked label and its value into one row', () => {
    const doc = new Doc('Projekta numurs\nLV0152\n\nNorvēģijas finanšu instrumenta finansējums\n47 855 LVL\n\nSome heading\nSome text')
    expect(tableView(doc).lines.map((line) => line.text)).toEqual(['Projekta numurs\tLV0152', '', 'Norvēģijas finanšu instrumenta finansējums\t47 855 LVL', '', 'Some heading', 'Some text'])
  })

  it('leaves a label whose value runs over several lines, or follows text, as it is', () => {
    const doc = new Doc('Projekta apraksts\nline one\nline two\n\nIntro\nProjekta numurs\nLV0152')
    expect(tableView(doc)).toBe(doc)
  })

  it('marks a cell wrapped onto a line indented to the value column', () => {
    const doc = new Doc('Partneri:   A dome,\n            B centrs\nProjekta mērķis:  X')
    expect(tableView(doc).lines.map((line) => line.text)).toEqual(['Partneri:\t  A dome,', '\t           B centrs', 'Projekta mērķis:\t X'])
  })

  it('reads the row whose long label leaves one space only before the value column', () => {
    const doc = new Doc('Projekta numurs            LV0166\nProjekta īstenošanas laiks 2010. gada 1. marts\nKopējās izmaksas           Ls 18 900')
    expect(tableView(doc).lines[1]!.text).toBe('Projekta īstenošanas laiks\t2010. gada 1. marts')
    const first = new Doc('Projekta īstenošanas laiks 2010. gada 1. marts\nProjekta numurs            LV0166')
    expect(tableView(first).lines[0]!.text).toBe('Projekta īstenošanas laiks\t2010. gada 1. marts')
  })

  it('reads the one-space row whose value wraps onto lines indented to the column of the rows below', () => {
    const doc = new Doc('   Projekta nosaukums Programma „Izvēlies dzīvi!” Ogres\n                      novada skolās\n   Pieteicējs         Ogres novada pašvaldība')
    const lines = tableView(doc).lines.map((line) => line.text)
    expect(lines[0]).toBe('   Projekta nosaukums\tProgramma „Izvēlies dzīvi!” Ogres')
    expect(lines[1]!.startsWith('\t')).toBe(true)
    // Lines under it indented elsewhere are no wrapped cell: the row is left as it is.
    const loose = new Doc('   Projekta nosaukums Programma „Izvēlies dzīvi!” Ogres\n     novada skolās\n   Pieteicējs         Ogres novada pašvaldība')
    expect(tableView(loose).lines[0]!.text).toBe('   Projekta nosaukums Programma „Izvēlies dzīvi!” Ogres')
  })

  it('does not take a line indented elsewhere for a wrapped cell', () => {
    const doc = new Doc('Partneri:   A dome,\n  B centrs')
    expect(tableView(doc).lines[1]!.text).toBe('  B centrs')
  })

  it('is the document itself when nothing is a table row', () => {
    const doc = new Doc('Projekta numurs\tLV0134\nplain  text')
    expect(tableView(doc)).toBe(doc)
  })

  it('keeps the length of every line, so offsets stay offsets in the document', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[| *_:\-\tA-Za-zā]{0,30}$/), { maxLength: 8 }), (lines) => {
        const doc = new Doc(lines.join('\n'))
        const view = tableView(doc)
        expect(view.text.length).toBe(doc.text.length)
        expect(view.lines.map((line) => line.offset)).toEqual(doc.lines.map((line) => line.offset))
      }),
    )
  })
})

describe('wrappedLabelRow', () => {
  // A w3m dump: each label wraps inside its column, the value stands beside the label's first line.
  const dump = [
    '   Projekta          Valmieras novada pašvaldība',
    '   īstenotājs',
    '   Projekta          Valmiera, Kocēni',
    '   īstenošanas',
    '   vieta',
    '   Projekta          Valsts policijas Rīgas reģiona pārvalde, biedrība',
    '   partneri          „Ģimenes atbalsta centrs”',
    '   Projekta mērķis   Mazināt vardarbību.',
  ].join('\n')

  it('joins the label over its lines and reads the value beside them, as one text', () => {
    const doc = new Doc(dump)
    expect(wrappedLabelRows(doc).map((row) => [row.key, row.label, row.lines.map((line) => line.text), row.lineIndex])).toEqual([
      ['promoter', 'Projekta īstenotājs', ['Valmieras novada pašvaldība'], 0],
      ['location', 'Projekta īstenošanas vieta', ['Valmiera, Kocēni'], 2],
      ['partners', 'Projekta partneri', ['Valsts policijas Rīgas reģiona pārvalde, biedrība „Ģimenes atbalsta centrs”'], 5],
    ])
    const first = wrappedLabelRow(doc.lines, 0)!
    expect(first.lastLineIndex).toBe(1)
    expect(doc.text.slice(first.lines[0]!.offset, first.lines[0]!.offset + 9)).toBe('Valmieras')
  })

  it('is null for a row whose label fits its cell, and for lines of prose', () => {
    const doc = new Doc(dump)
    expect(wrappedLabelRow(doc.lines, 7)).toBeNull()
    const prose = new Doc('Sākums  Jaunumi  Kontakti\nProjekti\n\nProjekta  mērķis ir mazināt\nvardarbību.')
    expect(wrappedLabelRows(prose)).toEqual([])
  })

  it('is blank in the table view, so that no fragment of the label reads as a label', () => {
    const view = tableView(new Doc(dump))
    expect(view.lines.slice(0, 7).every((line) => line.text.trim() === '')).toBe(true)
    expect(view.lines[7]!.text).toBe('   Projekta mērķis\t  Mazināt vardarbību.')
  })
})
