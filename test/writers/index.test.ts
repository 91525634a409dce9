import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { atomicFileSink, formats, writers } from '../../src/writers/index.js'
import { memorySink, sampleRecords } from './sample.js'

describe('writers registry', () => {
  let folder: string
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'ingest-writers-'))
  })
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true })
  })

  it('offers json, jsonl and csv', () => {
    expect(Object.keys(writers).sort()).toEqual([...formats].sort())
  })

  it.each(formats)('%s writes the same bytes to a file as to memory, replacing the old file', async (format) => {
    const records = sampleRecords(4)
    const target = path.join(folder, `out.${format}`)
    await writeFile(target, 'old')

    const memory = memorySink()
    const toMemory = writers[format](memory)
    const toFile = writers[format](atomicFileSink(target))
    for (const record of records) {
      await toMemory.write(record)
      await toFile.write(record)
    }
    await toMemory.end()
    await toFile.end()

    expect(await readFile(target, 'utf8')).toBe(memory.text)
    expect((await readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it.each(formats)('%s keeps the old file when the run is aborted', async (format) => {
    const target = path.join(folder, `kept.${format}`)
    await writeFile(target, 'old')
    const writer = writers[format](atomicFileSink(target))
    for (const record of sampleRecords(3)) await writer.write(record)
    await writer.abort()
    expect(await readFile(target, 'utf8')).toBe('old')
    expect((await readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })
})
