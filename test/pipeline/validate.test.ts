import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { SourceFile } from '../../src/pipeline/source-file.js'
import { analyse } from '../../src/pipeline/process-file.js'
import { validate } from '../../src/pipeline/validate.js'
import { root } from '../support/run-cli.js'

async function analysed(path: string): Promise<SourceFile> {
  const bytes = readFileSync(`${root}/${path}`)
  const file = new SourceFile(path, null)
  file.bytes = bytes
  file.sha256 = createHash('sha256').update(bytes).digest('hex')
  file.encoding = 'utf-8'
  file.setText(bytes.toString('utf8'))
  await analyse(file, { rates: new Map(), contacts: false, encoding: undefined, maxBytes: 1e9 })
  return file
}

describe('validate', () => {
  it('keeps a record the schema accepts', async () => {
    const file = await analysed('seeds/000_089680543fc1a5e0.txt')
    expect(file.data.record).toBeDefined()
    expect(file.messages).toEqual([])
  })

  it('drops a record the schema rejects and names the field and the source position of its value', async () => {
    const file = await analysed('seeds/000_089680543fc1a5e0.txt')
    const record = file.data.record!
    // A value no extractor should produce: the currency of the third amount (line 18 of the seed).
    file.data.record = { ...record, amounts: record.amounts.map((amount, i) => (i === 2 ? { ...amount, currency: 'euro' } : amount)) }
    await validate(file)
    expect(file.data.record).toBeUndefined()
    expect(file.failed).toBe(true)
    expect(file.messages).toEqual([
      expect.objectContaining({ level: 'error', code: 'invalid-record', line: 18, column: 1, message: expect.stringMatching(/^amounts\.2\.currency: /) }),
    ])
  })

  it('reports a field with no kept position without a place', async () => {
    const file = await analysed('seeds/000_089680543fc1a5e0.txt')
    file.data.record = { ...file.data.record!, language: 'Latvian' }
    await validate(file)
    expect(file.messages).toEqual([expect.objectContaining({ code: 'invalid-record', line: null, column: null, message: expect.stringMatching(/^language: /) })])
  })
})
