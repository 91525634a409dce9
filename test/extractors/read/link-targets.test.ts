import { describe, expect, it } from 'vitest'
import { Doc } from '../../../src/extractors/doc.js'
import { linkTargetsBlanked } from '../../../src/extractors/read/link-targets.js'

describe('linkTargetsBlanked', () => {
  it('blanks the targets a browser writes after each link, keeping every offset', () => {
    const text = 'Pāriet uz saturu <#content>\n  * Aktualitātes <https://www.iem.gov.lv/lv/aktualitates>\nE-pasts: kanceleja@iem.gov.lv <mailto:kanceleja@iem.gov.lv>'
    const view = linkTargetsBlanked(new Doc(text))
    expect(view.text).toHaveLength(text.length)
    expect(view.lines.map((line) => line.text.trimEnd())).toEqual(['Pāriet uz saturu', '  * Aktualitātes', 'E-pasts: kanceleja@iem.gov.lv'])
  })

  it('leaves angle brackets that hold no link, and returns the document itself when there is none', () => {
    const doc = new Doc('Vecums <18 gadi>, skaits: 3 < 5\nhttps://x.lv')
    expect(linkTargetsBlanked(doc)).toBe(doc)
  })
})
