import { describe, expect, it } from 'vitest'
import { roleFromContext } from '../../../src/extractors/read/amounts.js'

describe('roleFromContext', () => {
  it.each([
    ['Total project cost: ', '', 'total_cost'],
    ['Initial project cost ', '', 'initial_cost'],
    ['piešķirts ES finansējums ', '', 'grant'],
    ['', ' co-financing from the state budget', 'cofinancing'],
    ['The weather was fine, ', '', null],
  ] as const)('%j … %j gives %s', (before, after, role) => {
    expect(roleFromContext(before, after)).toBe(role)
  })

  it('does not depend on the figures read before it (in this document or another)', () => {
    const fresh = roleFromContext('The grant is', '')
    expect(fresh).toBe('grant')
    // A figure whose role comes from the words after it; its cue matched far into that text.
    expect(roleFromContext('', ' and then, much later in a long sentence, a grant')).toBe('grant')
    expect(roleFromContext('The grant is', '')).toBe(fresh)
  })
})
