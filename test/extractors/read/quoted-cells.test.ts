import { describe, expect, it } from 'vitest'
import { Doc } from '../../../src/extractors/doc.js'
import { quotedCellsJoined } from '../../../src/extractors/read/quoted-cells.js'

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
