import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { Collector } from '../../src/pipeline/collect.js'
import { SourceFile } from '../../src/pipeline/source-file.js'
import type { ProjectRecord } from '../../src/schema/record.js'

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

/** A processed file with a record of the given id. */
function processed(path: string, text: string, id: string): SourceFile {
  const file = new SourceFile(path, path)
  file.sha256 = sha256(text)
  file.data.record = { id, projectNumber: null, diagnostics: [] } as unknown as ProjectRecord
  return file
}

describe('Collector', () => {
  it('keeps the first of two files with the same bytes and names it on the second', () => {
    const collector = new Collector()
    const first = processed('a.txt', 'same text', 'x')
    const second = processed('b.txt', 'same text', 'y')
    expect(collector.accept(first)).not.toBeNull()
    expect(collector.accept(second)).toBeNull()
    expect(second.messages.map((m) => [m.code, m.message])).toEqual([['duplicate-document', 'same content as a.txt: one record is kept']])
  })

  it('keeps files with different bytes, and gives a taken id a suffix', () => {
    const collector = new Collector()
    expect(collector.accept(processed('a.txt', 'one', 'x'))?.id).toBe('x')
    const second = processed('b.txt', 'two', 'x')
    expect(collector.accept(second)?.id).toBe('x-2')
    expect(second.messages.map((m) => m.code)).toEqual(['duplicate-id'])
    const third = processed('c.txt', 'three', 'x')
    expect(collector.accept(third)?.id).toBe('x-3')
    // An id that a suffix gave is taken too.
    expect(collector.accept(processed('d.txt', 'four', 'x-2'))?.id).toBe('x-2-2')
  })

  it('names the right first document among many, and keeps every id apart', () => {
    const collector = new Collector()
    const ids = new Set<string>()
    for (let n = 0; n < 5000; n++) ids.add(collector.accept(processed(`f${n}.txt`, `text ${n}`, `id-${n % 1000}`))!.id)
    expect(ids.size).toBe(5000)
    const again = processed('z.txt', 'text 4321', 'other')
    expect(collector.accept(again)).toBeNull()
    expect(again.messages[0]!.message).toBe('same content as f4321.txt: one record is kept')
  })
})
