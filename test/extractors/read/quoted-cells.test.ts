import { describe, expect, it } from 'vitest'
import { Doc } from '../../../src/extractors/doc.js'
import { csvCellsAsTabs, quotedCellsJoined } from '../../../src/extractors/read/quoted-cells.js'

describe('quotedCellsJoined', () => {
  it('writes a quoted cell that runs over lines as one line, its marks as spaces, every offset kept', () => {
    const text = 'Project number\tEE-0042\t\nTarget groups\t"Children and youth at risk,\nTeachers"\t\nStatus\tCompleted\t\n'
    const joined = quotedCellsJoined(new Doc(text)).text
    expect(joined).toHaveLength(text.length)
    expect(joined).toBe('Project number\tEE-0042\t\nTarget groups\t Children and youth at risk, Teachers \t\nStatus\tCompleted\t\n')
  })

  it('leaves a cell that closes on its line, a quote that closes mid-line below, and a page without such cells', () => {
    const closed = 'Title\t"Safe school"\t\nText "quoted"\n'
    expect(quotedCellsJoined(new Doc(closed)).text).toBe(closed)
    const prose = 'Motto\t"Together\nwe say "no" to drugs, and more.\n'
    expect(quotedCellsJoined(new Doc(prose)).text).toBe(prose)
    const plain = 'A page\nwith "quotes"\nand no tabs.\n'
    expect(quotedCellsJoined(new Doc(plain)).text).toBe(plain)
  })

  it('looks no further than twelve lines for the cell\'s end', () => {
    const text = `Notes\t"Begins here\n${'line\n'.repeat(12)}ends"\t\n`
    expect(quotedCellsJoined(new Doc(text)).text).toBe(text)
  })
})

describe('csvCellsAsTabs', () => {
  it('reads a CSV save as its tab-separated save: separators as tabs, padding, quote marks and breaks in a cell as spaces', () => {
    const text = 'Project facts,,\nProject promoter:,Alytus Social Services Centre,\nTarget groups,"Victims,\nChildren",\n,,\nFrom Norway Grants:,"€ 168,490",\n'
    const cells = csvCellsAsTabs(text)
    expect(cells).toHaveLength(text.length)
    expect(cells).toBe('Project facts  \nProject promoter:\tAlytus Social Services Centre \nTarget groups\t Victims, Children  \n  \nFrom Norway Grants:\t € 168,490  \n')
  })

  it('reads the semicolons of a Latvian, Lithuanian or Estonian Excel, and a doubled quote mark as one', () => {
    const text = 'Projekta apraksts;;\nProjekta pieteicējs;"Biedrība ""Dardedze""";\nIzmaksas;"1 234,56 EUR";\n;;\nStatuss;Noslēgts;\n'
    expect(csvCellsAsTabs(text)).toBe('Projekta apraksts  \nProjekta pieteicējs\t Biedrība  "Dardedze "  \nIzmaksas\t 1 234,56 EUR  \n  \nStatuss\tNoslēgts \n')
  })

  it('leaves prose, rows of unequal width, a short text and an unclosed quote as they are', () => {
    const prose = 'The project, in Riga,\n, as the report says,\nwas completed.\nIt trained 40 staff.\nDone.\n'
    expect(csvCellsAsTabs(prose)).toBe(prose)
    const uneven = 'a,b\n,c\nd,e,f\ng,h\ni,j\n'
    expect(csvCellsAsTabs(uneven)).toBe(uneven)
    const short = 'a,b\n,c\nd,e\n'
    expect(csvCellsAsTabs(short)).toBe(short)
    const open = 'a,b\n,c\nd,"e\nf,g\nh,i\n'
    expect(csvCellsAsTabs(open)).toBe(open)
  })
})
