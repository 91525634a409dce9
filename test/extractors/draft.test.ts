import { describe, expect, it } from 'vitest'
import { Draft } from '../../src/extractors/draft.js'

describe('Draft', () => {
  it('keeps the first reading of a scalar and ignores empty ones', () => {
    const draft = new Draft()
    expect(draft.set('title', '')).toBe(false)
    expect(draft.set('title', 'First')).toBe(true)
    expect(draft.set('title', 'Second')).toBe(false)
    expect(draft.fields.title).toBe('First')
  })

  it('adds no empty string to a list (the schema would reject the whole record)', () => {
    const draft = new Draft()
    draft.add('objectives', '', { offset: 3, length: 0 })
    draft.add('objectives', 'Reduce drug use', { offset: 10, length: 15 })
    expect(draft.fields.objectives).toEqual(['Reduce drug use'])
    expect(draft.positions.get('objectives.0')).toEqual({ offset: 10, length: 15 })
  })
})
