import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Doc } from '../../../src/extractors/doc.js'
import { asTabRow, tableView } from '../../../src/extractors/read/table-rows.js'

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
