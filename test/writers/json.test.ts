import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { jsonWriter } from '../../src/writers/json.js'
import { jsonlWriter } from '../../src/writers/jsonl.js'
import type { ProjectRecord } from '../../src/schema/record.js'
import { memorySink, sampleRecord, sampleRecords } from './sample.js'

async function writeAll(make: typeof jsonWriter, records: ProjectRecord[]) {
  const sink = memorySink()
  const writer = make(sink)
  for (const record of records) await writer.write(record)
  await writer.end()
  return sink
}

describe('jsonWriter', () => {
  it.each([0, 1, 2, 7])('writes %i records exactly as JSON.stringify(records, null, 2)', async (count) => {
    const records = sampleRecords(count)
    const sink = await writeAll(jsonWriter, records)
    expect(sink.text).toBe(JSON.stringify(records, null, 2) + '\n')
    expect(sink.closed).toBe(true)
  })

  it('writes [] and a newline for no records', async () => {
    expect((await writeAll(jsonWriter, [])).text).toBe('[]\n')
  })

  it('keeps text with newlines, quotes and non-Latin letters byte-identical', async () => {
    const records = [
      sampleRecord(1, { summary: 'Line one\nline "two"\r\n\ttabbed ščž õ ų \u2028 end' }),
      sampleRecord(2, { alternativeTitles: [], partners: [], amounts: [], contacts: [] }),
    ]
    expect((await writeAll(jsonWriter, records)).text).toBe(JSON.stringify(records, null, 2) + '\n')
  })

  it('matches JSON.stringify for any text in the records', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }), { maxLength: 4 }),
        async (texts) => {
          const records = texts.map((text, n) => sampleRecord(n, { summary: text, objectives: [text] }))
          expect((await writeAll(jsonWriter, records)).text).toBe(JSON.stringify(records, null, 2) + '\n')
        },
      ),
      { numRuns: 50 },
    )
  })

  it('streams: each record is handed to the sink when it is written', async () => {
    const sink = memorySink()
    const writer = jsonWriter(sink)
    for (const record of sampleRecords(3)) {
      const before = sink.text.length
      await writer.write(record)
      expect(sink.text.slice(before)).toContain(`"id": "${record.id}"`)
    }
    await writer.end()
  })

  it('refuses records after end and aborts the sink on abort', async () => {
    const sink = memorySink()
    const writer = jsonWriter(sink)
    await writer.end()
    await expect(writer.write(sampleRecord(1))).rejects.toThrow(/after the output was ended/)
    await writer.abort()
    expect(sink.aborted).toBe(true)
  })
})

describe('jsonlWriter', () => {
  it.each([0, 1, 5])('writes %i records as lines that parse back', async (count) => {
    const records = sampleRecords(count)
    const sink = await writeAll(jsonlWriter, records)
    expect(sink.text).toBe(records.map((record) => JSON.stringify(record) + '\n').join(''))
    const lines = sink.text.split('\n')
    expect(lines.pop()).toBe('')
    expect(lines.map((line) => JSON.parse(line))).toEqual(records)
  })

  it('keeps embedded newlines inside their line and writes no BOM', async () => {
    const record = sampleRecord(1, { summary: 'a\nb\r\nc' })
    const sink = await writeAll(jsonlWriter, [record])
    expect(sink.text.charCodeAt(0)).toBe('{'.charCodeAt(0))
    expect(sink.text.split('\n')).toHaveLength(2)
    expect(JSON.parse(sink.text)).toEqual(record)
  })

  it('writes each line as soon as its record arrives', async () => {
    const sink = memorySink()
    const writer = jsonlWriter(sink)
    for (const [index, record] of sampleRecords(3).entries()) {
      await writer.write(record)
      expect(sink.chunks).toHaveLength(index + 1)
      expect(JSON.parse(sink.chunks[index] ?? '')).toEqual(record)
    }
    await writer.end()
  })
})
