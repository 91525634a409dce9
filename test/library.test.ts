/** The typed library API: records and messages back, nothing on stdout. */
import { execFileSync } from 'node:child_process'
import { describe, expect, it, vi } from 'vitest'
import { ingest, ingestStream, UsageError } from '../src/index.js'
import { root } from './support/run-cli.js'

describe('ingest()', () => {
  it('returns the records, the messages and the exit code without printing', async () => {
    const write = vi.spyOn(process.stdout, 'write')
    const result = await ingest({ paths: ['seeds/'], cwd: root })
    expect(write).not.toHaveBeenCalled()
    write.mockRestore()
    expect(result.exitCode).toBe(0)
    expect(result.files).toBe(5)
    expect(result.records.map((record) => record.layout)).toEqual(['eea-project-facts', 'unodc-baltic-grant', 'lv-norwaygrants-page', 'unodc-baltic-grant', 'lv-project-table'])
  })

  it('rejects a missing path with a UsageError', async () => {
    await expect(ingest({ paths: ['no-such-folder'], cwd: root })).rejects.toBeInstanceOf(UsageError)
  })

  it('streams outcomes in path order', async () => {
    const stream = await ingestStream({ paths: ['seeds/'], cwd: root })
    const paths: string[] = []
    for await (const outcome of stream.outcomes) paths.push(outcome.file.path)
    expect(paths).toEqual([...paths].sort())
    expect(stream.count).toBe(5)
  })

  it('keeps each file\'s text unless told not to; the records are the same either way', async () => {
    const outcomes = async (keepText?: boolean) => {
      const stream = await ingestStream({ paths: ['seeds/'], cwd: root, ...(keepText === undefined ? {} : { keepText }) })
      const seen: Array<{ text: string; record: string }> = []
      for await (const { file, record } of stream.outcomes) seen.push({ text: file.text, record: JSON.stringify(record) })
      return seen
    }
    const kept = await outcomes()
    const dropped = await outcomes(false)
    expect(kept.every(({ text }) => text.length > 100)).toBe(true)
    expect(dropped.map(({ text }) => text)).toEqual(['', '', '', '', ''])
    expect(dropped.map(({ record }) => record)).toEqual(kept.map(({ record }) => record))
  })

  it('is importable by its package name from the built code', () => {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', "const { ingest } = await import('ingest'); const r = await ingest({ paths: ['seeds/'] }); console.log(r.records.length)"], { cwd: root, encoding: 'utf8' })
    expect(out.trim()).toBe('5')
  })
})

// npx starts npm before the tool: on a loaded machine that alone took over 30 s.
describe('the installed command', { timeout: 120_000 }, () => {
  it('npx ingest seeds/ prints the dataset and exits 0', () => {
    const out = execFileSync('npx', ['--no-install', 'ingest', 'seeds/'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
    const records = JSON.parse(out) as Array<{ id: string }>
    expect(records.map((record) => record.id)).toContain('lv-0080')
  })
})
