/**
 * The built CLI starts from V8's code cache (src/code-cache.ts). A copy of the build in a
 * temporary folder is run as users run it; a cache that is missing, made for other code or
 * damaged must never change what the run prints.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { root } from './support/run-cli.js'

let build: string

beforeAll(() => {
  build = mkdtempSync(path.join(tmpdir(), 'ingest-code-cache-'))
  cpSync(path.join(root, 'bin'), path.join(build, 'bin'), { recursive: true })
  cpSync(path.join(root, 'dist', 'bundle'), path.join(build, 'dist', 'bundle'), { recursive: true })
  cpSync(path.join(root, 'package.json'), path.join(build, 'package.json'))
  // Run what the bin runs, then tell what the cache did.
  writeFileSync(
    path.join(build, 'probe.cjs'),
    [
      "const { codeCacheStats, requireBundle } = require('./dist/bundle/code-cache.cjs')",
      "const { main } = requireBundle(require('node:path').join(__dirname, 'dist', 'bundle', 'cli.cjs'))",
      "main({ argv: process.argv.slice(2), cwd: process.cwd(), env: {}, stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, version: '0' }).then((code) => {",
      "  process.stderr.write('\\nstats ' + JSON.stringify(codeCacheStats) + '\\n', () => process.exit(code))",
      '})',
    ].join('\n'),
  )
})

afterAll(() => rmSync(build, { recursive: true, force: true }))

const seeds = path.join(root, 'seeds')

function runBin(env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [path.join(build, 'bin', 'ingest.js'), seeds], { env: { PATH: process.env.PATH, ...env }, encoding: 'utf8', timeout: 60_000 })
}

function probe(): { stdout: string; stats: { accepted: number; rejected: number; missing: number } } {
  const result = spawnSync(process.execPath, [path.join(build, 'probe.cjs'), seeds, '-q'], { env: { PATH: process.env.PATH }, encoding: 'utf8', timeout: 60_000 })
  expect(result.status).toBe(0)
  const stats = /stats (\{.*\})/.exec(result.stderr)
  return { stdout: result.stdout, stats: JSON.parse(stats![1]!) }
}

function cacheFiles(): string[] {
  const folder = path.join(build, 'dist', 'bundle')
  return readdirSync(folder).filter((name) => name.endsWith('.cjs.cache')).map((name) => path.join(folder, name))
}

describe('the code cache', () => {
  it('is written by the build for the chunks `ingest seeds/` runs, and taken on the next start', () => {
    expect(cacheFiles().length).toBeGreaterThan(3)
    const { stats } = probe()
    expect(stats).toEqual({ accepted: cacheFiles().length, rejected: 0, missing: 0 })
  })

  it('changes nothing the run prints when it is missing, damaged or made for other code', () => {
    const expected = runBin()
    expect(expected.status).toBe(0)
    const valid = cacheFiles().map((file) => [file, readFileSync(file)] as const)
    const damage: Array<[string, (file: string, bytes: Buffer) => void]> = [
      ['missing', (file) => rmSync(file)],
      ['truncated', (file, bytes) => truncateSync(file, bytes.length >> 1)],
      ['noise', (file, bytes) => writeFileSync(file, Buffer.from(bytes.map((_, at) => (at * 131 + 7) & 0xff)))],
      ['empty', (file) => writeFileSync(file, '')],
      // A valid cache of another chunk: V8 checks the source's hash.
      ['swapped', (file) => writeFileSync(file, valid.find(([other]) => other !== file)![1])],
    ]
    for (const [name, spoil] of damage) {
      for (const [file, bytes] of valid) spoil(file, bytes)
      const result = runBin()
      expect({ name, status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({ name, status: 0, stdout: expected.stdout, stderr: expected.stderr })
      for (const [file, bytes] of valid) writeFileSync(file, bytes)
    }
  })

  it('is left aside under --enable-source-maps, which needs the compile step of Node itself', () => {
    const expected = runBin()
    const mapped = spawnSync(process.execPath, ['--enable-source-maps', path.join(build, 'bin', 'ingest.js'), seeds], { env: { PATH: process.env.PATH }, encoding: 'utf8', timeout: 60_000 })
    expect({ status: mapped.status, stdout: mapped.stdout }).toEqual({ status: 0, stdout: expected.stdout })
  })

  it('tells rejected caches from taken ones, and is rewritten by INGEST_WRITE_CODE_CACHE', () => {
    for (const file of cacheFiles()) writeFileSync(file, 'not a code cache')
    const spoiled = probe()
    expect(spoiled.stats.accepted).toBe(0)
    expect(spoiled.stats.rejected).toBe(cacheFiles().length)

    expect(runBin({ INGEST_WRITE_CODE_CACHE: '1' }).status).toBe(0)
    const mended = probe()
    expect(mended.stats).toEqual({ accepted: cacheFiles().length, rejected: 0, missing: 0 })
    expect(mended.stdout).toBe(spoiled.stdout)
    expect(readdirSync(path.join(build, 'dist', 'bundle')).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })
})
