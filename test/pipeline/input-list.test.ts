import { describe, expect, it } from 'vitest'
import { InputList, PackedStrings } from '../../src/pipeline/input-list.js'
import type { FileInput } from '../../src/pipeline/inputs.js'

const names = (count: number): string[] => Array.from({ length: count }, (_, n) => `corpus/${n % 7}/dokuments-${n}${n % 5 === 0 ? '-ā' : ''}.txt`)

describe('PackedStrings', () => {
  it('reads back every string by its index, across packs and in the pack being filled', () => {
    const values = [...names(2500), '', 'x', '']
    const packed = new PackedStrings()
    values.forEach((value, index) => expect(packed.push(value)).toBe(index))
    expect(packed.length).toBe(values.length)
    values.forEach((value, index) => expect(packed.at(index)).toBe(value))
  })

  it('refuses an index it never had', () => {
    const packed = new PackedStrings()
    packed.push('a')
    expect(() => packed.at(1)).toThrow(RangeError)
    expect(() => packed.at(-1)).toThrow(RangeError)
  })

  it('lets go of whole packs only, and says so when one of them is asked for', () => {
    const values = names(3000)
    const packed = new PackedStrings()
    for (const value of values) packed.push(value)
    packed.forgetBefore(1500)
    expect(() => packed.at(0)).toThrow(/let go/)
    expect(() => packed.at(1023)).toThrow(/let go/)
    // 1024-1499 share a pack with strings still needed.
    for (let index = 1024; index < values.length; index++) expect(packed.at(index)).toBe(values[index])
  })
})

describe('InputList', () => {
  it('gives back each input as given: a location equal to its path, another location, standard input', () => {
    const inputs: FileInput[] = names(2100).map((path, n) => ({ path, location: n % 3 === 0 ? path : `/home/me/${path}` }))
    inputs.splice(1500, 0, { path: '-', location: null })
    const list = new InputList(inputs)
    expect(list.length).toBe(inputs.length)
    inputs.forEach((input, index) => {
      expect(list.at(index)).toEqual(input)
      expect(list.isStandardInput(index)).toBe(input.location === null)
    })
  })

  it('keeps the inputs after the ones let go, paths and locations alike', () => {
    const inputs: FileInput[] = names(5000).map((path, n) => ({ path, location: n < 2500 ? path : `/srv/${path}` }))
    const list = new InputList(inputs)
    for (let index = 0; index <= 4000; index += 16) {
      list.forgetBefore(index)
      expect(list.at(index)).toEqual(inputs[index])
    }
    for (let index = 4000; index < inputs.length; index++) expect(list.at(index)).toEqual(inputs[index])
    expect(() => list.at(0)).toThrow(/let go/)
  })
})
