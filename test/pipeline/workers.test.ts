/**
 * Worker threads change where the stages run, never what comes out: the built bin over a
 * generated corpus (with byte-identical copies and shared project numbers) must print the
 * same bytes, on standard output and standard error, with and without workers.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { root } from '../support/run-cli.js'
import { SourceFile } from '../../src/pipeline/source-file.js'
import { processFile } from '../../src/pipeline/process-file.js'
import { stageOptions } from '../../src/ingest.js'
import { absorb, automaticWorkers, processInOrder, toProcessed, workerCount, WORKER_THRESHOLD } from '../../src/pipeline/workers.js'

const bin = path.join(root, 'bin', 'ingest.js')
const DOCS = 300

interface Run {
  status: number | null
  stdout: Buffer
  stderr: string
}

function ingest(args: string[], input?: string): Run {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    input: input ?? '',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 256 * 1024 * 1024,
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.toString('utf8') }
}

describe('ingest with and without worker threads', () => {
  let work = ''
  let corpus = ''

  beforeAll(() => {
    if (!existsSync(path.join(root, 'dist', 'pipeline', 'worker.js'))) throw new Error('run `npm run build` first: the worker threads run the compiled code')
    work = mkdtempSync(path.join(tmpdir(), 'ingest-workers-'))
    corpus = path.join(work, 'corpus')
    execFileSync(process.execPath, [path.join(root, 'test', 'bench', 'corpus.js'), '--out', corpus, '--docs', String(DOCS), '--seed', '7'])
  })
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true })
  })

  it.each([
    { format: 'jsonl', workers: ['0', '1', '3'] },
    { format: 'json', workers: ['0', '2'] },
    { format: 'csv', workers: ['0', '2'] },
  ])('-f $format: the same bytes from --workers $workers', ({ format, workers }) => {
    const runs = workers.map((count) => ingest([corpus, '-f', format, '-v', '--workers', count]))
    const [alone, ...threaded] = runs
    expect(alone!.stdout.length).toBeGreaterThan(0)
    for (const run of threaded) {
      expect(run.status).toBe(alone!.status)
      expect(run.stdout.equals(alone!.stdout)).toBe(true)
      expect(run.stderr).toBe(alone!.stderr)
    }
  }, 120_000)

  it('covers the run-level decisions: duplicate documents and id clashes', () => {
    const run = ingest([corpus, '-f', 'jsonl', '-v', '--workers', '2'])
    expect(run.stderr).toMatch(/duplicate-document/)
    expect(run.stderr).toMatch(/duplicate-id/)
    const records = run.stdout.toString('utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as { id: string; source: { path: string } })
    expect(new Set(records.map((record) => record.id)).size).toBe(records.length)
    const paths = records.map((record) => record.source.path)
    expect(paths).toEqual([...paths].sort())
  }, 60_000)

  it('reads standard input on the main thread, in its place among the files', () => {
    const page = readFileSync(path.join(root, 'seeds', '000_089680543fc1a5e0.txt'), 'utf8')
    const alone = ingest([corpus, '-', '-f', 'jsonl', '--workers', '0'], page)
    const threaded = ingest([corpus, '-', '-f', 'jsonl', '--workers', '2'], page)
    expect(alone.stdout.toString('utf8')).toContain('"path":"-"')
    expect(threaded.stdout.equals(alone.stdout)).toBe(true)
    expect(threaded.stderr).toBe(alone.stderr)
  }, 60_000)

  it('rejects a --workers that is not a whole number', () => {
    const run = ingest([corpus, '--workers', 'many'])
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/--workers takes a whole number/)
  })
})

describe('workerCount', () => {
  it.each([
    { files: 0, requested: undefined, expected: 0 },
    { files: 0, requested: 4, expected: 0 },
    { files: 5, requested: undefined, expected: 0 },
    { files: WORKER_THRESHOLD - 1, requested: undefined, expected: 0 },
    { files: WORKER_THRESHOLD, requested: 0, expected: 0 },
    { files: 5, requested: 0, expected: 0 },
  ])('$files files, --workers $requested -> $expected', ({ files, requested, expected }) => {
    expect(workerCount(files, requested)).toBe(expected)
  })

  it.each([
    { files: WORKER_THRESHOLD - 1, cores: 8, expected: 0 },
    { files: WORKER_THRESHOLD, cores: 2, expected: 1 },
    { files: 100_000, cores: 2, expected: 1 },
    { files: 100_000, cores: 1, expected: 0 },
    { files: WORKER_THRESHOLD, cores: 8, expected: 7 },
    { files: 100_000, cores: 8, expected: 7 },
  ])('automatic: $files files on $cores cores -> $expected workers beside this thread', ({ files, cores, expected }) => {
    expect(automaticWorkers(files, cores)).toBe(expected)
  })

  it('runs on this thread when only the sources are there (no compiled worker next to them)', () => {
    // Under vitest src/pipeline/worker.ts is not compiled: automatic falls back, explicit says why.
    expect(workerCount(100_000)).toBe(0)
    expect(() => workerCount(100_000, 2)).toThrow(/npm run build/)
  })
})

describe('processInOrder', () => {
  it('yields in the order given whatever order the work finishes in, with at most `ahead` at once', async () => {
    const files = Array.from({ length: 40 }, (_, at) => ({ path: `f${String(at).padStart(2, '0')}`, location: null }))
    let running = 0
    let most = 0
    const seen: string[] = []
    const work = async (file: SourceFile): Promise<void> => {
      running++
      most = Math.max(most, running)
      // Later files often finish first.
      await new Promise((resolve) => setTimeout(resolve, (Number(file.path.slice(1)) * 7) % 5))
      running--
    }
    for await (const file of processInOrder(files, 6, work)) seen.push(file.path)
    expect(seen).toEqual(files.map((file) => file.path))
    expect(most).toBeLessThanOrEqual(6)
    expect(most).toBeGreaterThan(1)
  })

  it('passes a failure on at the failing file', async () => {
    const files = ['a', 'b', 'c'].map((name) => ({ path: name, location: null }))
    const seen: string[] = []
    const failing = async (file: SourceFile): Promise<void> => {
      if (file.path === 'b') throw new Error('boom')
    }
    await expect(async () => {
      for await (const file of processInOrder(files, 3, failing)) seen.push(file.path)
    }).rejects.toThrow('boom')
    expect(seen).toEqual(['a'])
  })
})

describe('toProcessed and absorb', () => {
  it.each(['seeds/000_089680543fc1a5e0.txt', 'seeds/004_8a24d0588e4c84fc.txt', 'fixtures/hostile/latvian.windows-1257.txt', 'fixtures/hostile/empty.txt'])(
    '%s crosses a thread boundary (structured clone) with everything the main thread reads',
    async (display) => {
      const here = new SourceFile(display, path.join(root, display))
      await processFile(here, stageOptions({ paths: [] }))
      const there = new SourceFile(display, path.join(root, display))
      absorb(there, structuredClone(toProcessed(here, true)))
      expect(there.sha256).toBe(here.sha256)
      expect(there.encoding).toBe(here.encoding)
      expect(there.text).toBe(here.text)
      expect(there.failed).toBe(here.failed)
      expect(there.messages).toEqual(here.messages)
      expect(there.data.layouts).toEqual(here.data.layouts)
      expect(JSON.stringify(there.data.record)).toBe(JSON.stringify(here.data.record))
    },
  )

  it('leaves the text behind unless asked for it, and the file then keeps the text it had', async () => {
    const display = 'seeds/000_089680543fc1a5e0.txt'
    const here = new SourceFile(display, path.join(root, display))
    await processFile(here, stageOptions({ paths: [] }))
    const processed = toProcessed(here, false)
    expect(processed).not.toHaveProperty('text')
    const there = new SourceFile(display, path.join(root, display))
    absorb(there, structuredClone(processed))
    expect(there.text).toBe('')
    expect(JSON.stringify(there.data.record)).toBe(JSON.stringify(here.data.record))
  })

  it('refuses an answer for another file', () => {
    const file = new SourceFile('a.txt', 'a.txt')
    expect(() => absorb(file, { path: 'b.txt', sha256: '', encoding: '', text: '', messages: [] })).toThrow(/expected a.txt/)
  })
})
