import { describe, expect, it } from 'vitest'
import { Doc } from '../../../src/extractors/doc.js'
import { spokenRolesBlanked, withoutRoles } from '../../../src/extractors/read/spoken-roles.js'

describe('spokenRolesBlanked', () => {
  it('blanks a screen reader\'s roles and announcements, keeping every offset and the list marks', () => {
    const text = 'main landmark\nheading level 3 Project title\nlist of 2 items\nbullet To train social workers;\nlink, image, UNODC\nlist end'
    const view = spokenRolesBlanked(new Doc(text))
    expect(view.text).toHaveLength(text.length)
    expect(view.lines.map((line) => line.text.trim())).toEqual(['', 'Project title', '', '•      To train social workers;', 'UNODC', ''])
  })

  it('returns the document itself when it announces no landmark or heading level', () => {
    const doc = new Doc('Link to the project\nbullet points below')
    expect(spokenRolesBlanked(doc)).toBe(doc)
  })

  it('leaves lines that start with no role', () => {
    expect(withoutRoles('Main indicators:')).toBe('Main indicators:')
    expect(withoutRoles('Linked projects')).toBe('Linked projects')
  })
})
