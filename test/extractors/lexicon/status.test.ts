import { describe, expect, it } from 'vitest'
import { statusOf, statusPhraseIn } from '../../../src/extractors/lexicon/status.js'

describe('statusOf', () => {
  it('maps status words onto the four values', () => {
    expect(['Completed', 'Įgyvendinamas projektas', 'plānots', 'Atcelts', 'whatever'].map(statusOf)).toEqual(['completed', 'ongoing', 'planned', 'cancelled', null])
  })
})

describe('statusPhraseIn', () => {
  it('finds a status phrase with the project word before or after it', () => {
    expect(statusPhraseIn('PROJET TERMINÉ')).toEqual({ status: 'completed', index: 0, length: 14 })
    expect(statusPhraseIn('Project completed 2020')).toEqual({ status: 'completed', index: 0, length: 17 })
    expect(statusPhraseIn('About the ongoing project')).toEqual({ status: 'ongoing', index: 10, length: 15 })
    // The longest status word, three spaces before the project word: the farthest a phrase starts.
    expect(statusPhraseIn('Įgyvendinamas   projektas')).toEqual({ status: 'ongoing', index: 0, length: 25 })
  })

  it('finds a phrase after many project words', () => {
    expect(statusPhraseIn('projektas x '.repeat(100) + ' Project completed')).toEqual({ status: 'completed', index: 1201, length: 17 })
  })

  it('finds no phrase inside a word', () => {
    expect(statusPhraseIn('Xcompleted project')).toBeNull()
    expect(statusPhraseIn('Projects completed')).toBeNull()
    expect(statusPhraseIn('A line with no status at all')).toBeNull()
  })
})
