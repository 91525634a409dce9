/** Every command and format of the README, end to end against seeds/ and fixtures, in-process. */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli, root } from './support/run-cli.js'
import type { ProjectRecord } from '../src/schema/record.js'

const temp = (): string => mkdtempSync(path.join(tmpdir(), 'ingest-cli-'))
const seedCount = readdirSync(path.join(root, 'seeds')).filter((name) => name.endsWith('.txt')).length

describe('ingest seeds/', () => {
  it('prints the dataset as a JSON array, one record per seed, ordered by path', async () => {
    const { code, stdout, stderr } = await runCli(['seeds/'])
    expect(code).toBe(0)
    const records = JSON.parse(stdout) as ProjectRecord[]
    expect(records).toHaveLength(seedCount)
    expect(records.map((r) => r.source.path)).toEqual([...records.map((r) => r.source.path)].sort())
    expect(records[0]!.source.path).toBe('seeds/000_089680543fc1a5e0.txt')
    expect(stdout.endsWith(']\n')).toBe(true)
    expect(stdout).toBe(JSON.stringify(records, null, 2) + '\n')
    expect(stderr).toMatch(/5 files read, 5 records written, 0 warnings, 0 failed/)
    expect(stderr).toMatch(/layouts: eea-project-facts 1, lv-norwaygrants-page 1, lv-project-table 1, unodc-baltic-grant 2/)
  })

  it('gives byte-identical output on a second run', async () => {
    const first = await runCli(['seeds'])
    const second = await runCli(['seeds/'])
    expect(second.stdout).toBe(first.stdout)
  })

  it('--format jsonl writes one record per line', async () => {
    const { code, stdout } = await runCli(['seeds/', '--format', 'jsonl'])
    expect(code).toBe(0)
    const lines = stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(seedCount)
    expect(lines.map((line) => (JSON.parse(line) as ProjectRecord).id)).toEqual(['lt10-0015', '001-304391f3a1a70092', 'lv-0080', '003-ca64f29f0fb6eb43', '004-8a24d0588e4c84fc'])
  })

  it('--format csv writes a BOM, a header and one row per record', async () => {
    const { code, stdout } = await runCli(['seeds/', '--format', 'csv'])
    expect(code).toBe(0)
    expect(stdout.startsWith('\uFEFFid,title,')).toBe(true)
    const rows = stdout.trimEnd().split('\r\n')
    expect(rows).toHaveLength(seedCount + 1)
    expect(rows[1]).toContain('lt10-0015')
    expect(stdout).toContain('20273.4')
  })

  it('-o writes the file atomically and prints nothing on stdout', async () => {
    const dir = temp()
    const { code, stdout } = await runCli(['seeds/', '-o', path.join(dir, 'out.json')])
    expect(code).toBe(0)
    expect(stdout).toBe('')
    expect((JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8')) as unknown[]).length).toBe(seedCount)
    expect(readdirSync(dir)).toEqual(['out.json'])
  })

  it('--tables writes the four tables and the data package', async () => {
    const dir = temp()
    const { code } = await runCli(['seeds/', '--tables', dir])
    expect(code).toBe(0)
    expect(readdirSync(dir).sort()).toEqual(['amounts.csv', 'datapackage.json', 'indicators.csv', 'partners.csv', 'projects.csv'])
    const projects = readFileSync(path.join(dir, 'projects.csv'), 'utf8').trimEnd().split('\r\n')
    expect(projects).toHaveLength(seedCount + 1)
    const indicators = readFileSync(path.join(dir, 'indicators.csv'), 'utf8').trimEnd().split('\r\n')
    expect(indicators).toHaveLength(1 + 12 + 8)
  })

  it('--contacts keeps contact persons, which are left out by default', async () => {
    const without = JSON.parse((await runCli(['seeds/004_8a24d0588e4c84fc.txt'])).stdout) as ProjectRecord[]
    expect(without[0]!.contacts).toEqual([])
    const withContacts = JSON.parse((await runCli(['seeds/004_8a24d0588e4c84fc.txt', '--contacts'])).stdout) as ProjectRecord[]
    expect(withContacts[0]!.contacts).toEqual([{ name: 'Evelīna Balode', email: 'evelina.balode@inbox.lv', phones: ['+371 65425102', '+371 28336093'] }])
  })

  it('reads standard input for -', async () => {
    const text = readFileSync(path.join(root, 'seeds/001_304391f3a1a70092.txt'))
    const { code, stdout } = await runCli(['-'], { stdin: text })
    expect(code).toBe(0)
    const [record] = JSON.parse(stdout) as ProjectRecord[]
    expect(record!.source.path).toBe('-')
    expect(record!.layout).toBe('unodc-baltic-grant')
  })
})

describe('usage errors', () => {
  it('exits 2 before any work for a missing path', async () => {
    const { code, stdout, stderr } = await runCli(['seeds/', 'no/such/folder'])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain('no/such/folder')
  })

  it('exits 2 with no input, an unknown format, or a bad --shard', async () => {
    expect((await runCli([])).code).toBe(2)
    expect((await runCli(['seeds/', '--format', 'xml'])).code).toBe(2)
    expect((await runCli(['seeds/', '--shard', '3/2'])).code).toBe(2)
    expect((await runCli(['seeds/', '--max-bytes', 'lots'])).code).toBe(2)
  })

  it('prints help and the version', async () => {
    const help = await runCli(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('--format <format>')
    expect((await runCli(['--version'])).stdout.trim()).toBe('0.0.0-test')
  })
})

describe('--strict, --quiet, colour', () => {
  it('--strict fails a run whose records carry warnings', async () => {
    const args = ['fixtures/unodc-baltic-grant/dev-013_unodc-lv-2008-cesis-no-title.txt']
    expect((await runCli(args)).code).toBe(0)
    const strict = await runCli([...args, '--strict'])
    expect(strict.code).toBe(1)
    expect(strict.stderr).toMatch(/warning .*missing-title/)
  })

  it('--quiet prints no summary', async () => {
    expect((await runCli(['seeds/', '--quiet'])).stderr).toBe('')
  })

  it('colours only on a terminal and never with NO_COLOR or --no-color', async () => {
    const args = ['fixtures/unodc-baltic-grant/dev-013_unodc-lv-2008-cesis-no-title.txt']
    expect((await runCli(args, { tty: true })).stderr).toContain('\x1b[')
    expect((await runCli(args, { tty: true, env: { NO_COLOR: '1' } })).stderr).not.toContain('\x1b[')
    expect((await runCli([...args, '--no-color'], { tty: true })).stderr).not.toContain('\x1b[')
    expect((await runCli(args)).stderr).not.toContain('\x1b[')
  })
})

describe('rates', () => {
  it('--rates converts other currencies; without it eur is null with a warning', async () => {
    const dir = temp()
    writeFileSync(path.join(dir, 'page.txt'), 'Some project\n\nTotal project cost: USD 12,500\n\nThe project was carried out in Riga.\n')
    writeFileSync(path.join(dir, 'rates.json'), '{"USD": 1.25}')
    const plain = await runCli(['page.txt'], { cwd: dir })
    const [before] = JSON.parse(plain.stdout) as ProjectRecord[]
    expect(before!.amounts[0]).toMatchObject({ currency: 'USD', amount: 12500, eur: null, rateSource: null })
    expect(plain.stderr).toContain('unknown-currency')
    const converted = await runCli(['page.txt', '--rates', 'rates.json'], { cwd: dir })
    const [after] = JSON.parse(converted.stdout) as ProjectRecord[]
    expect(after!.amounts[0]).toMatchObject({ currency: 'USD', amount: 12500, eur: 10000, rate: 1.25, rateSource: 'user' })
  })

  it('a bad rates file is a usage error', async () => {
    const dir = temp()
    writeFileSync(path.join(dir, 'rates.json'), '{"USD": -1}')
    expect((await runCli(['seeds/', '--rates', path.join(dir, 'rates.json')])).code).toBe(2)
  })
})

describe('ingest schema / layouts / validate / explain', () => {
  it('schema prints a JSON Schema with every contract field', async () => {
    const { code, stdout } = await runCli(['schema'])
    expect(code).toBe(0)
    const schema = JSON.parse(stdout) as { properties: Record<string, unknown>; required: string[] }
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['schemaVersion', 'id', 'title', 'amounts', 'source', 'diagnostics']))
    expect(schema.required).toContain('id')
  })

  it('layouts lists every extractor with a description', async () => {
    const { stdout } = await runCli(['layouts'])
    const ids = stdout.trimEnd().split('\n').map((line) => line.split(/\s+/)[0])
    expect(ids).toEqual(['eea-project-facts', 'unodc-baltic-grant', 'lv-norwaygrants-page', 'lv-project-table', 'generic'])
  })

  it('validate accepts a dataset ingest wrote and names each bad record by index and path', async () => {
    const dir = temp()
    const good = path.join(dir, 'good.jsonl')
    await runCli(['seeds/', '--format', 'jsonl', '-o', good])
    expect((await runCli(['validate', good])).code).toBe(0)
    const lines = readFileSync(good, 'utf8').trimEnd().split('\n')
    const broken = JSON.parse(lines[2]!) as Record<string, unknown>
    broken.language = 'Latvian'
    lines[2] = JSON.stringify(broken)
    writeFileSync(path.join(dir, 'bad.jsonl'), lines.join('\n') + '\n')
    const bad = await runCli(['validate', path.join(dir, 'bad.jsonl')])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('record 2 at language')
    expect(bad.stderr).toContain('bad.jsonl:3')
  })

  it('explain shows the layout scores and each field with its source position', async () => {
    const { code, stdout } = await runCli(['explain', 'seeds/000_089680543fc1a5e0.txt'])
    expect(code).toBe(0)
    expect(stdout).toContain('layout: eea-project-facts')
    expect(stdout).toMatch(/scores: eea-project-facts 1\.00, /)
    expect(stdout).toContain('projectNumber  "LT10-0015"\n    at seeds/000_089680543fc1a5e0.txt:8:1  "LT10-0015"')
    expect(stdout).toContain('amounts.2  {"role":"grant","amount":15144,"currency":"EUR","eur":15144,"rate":1,"rateSource":"identity","text":"€ 15,144"}\n    at seeds/000_089680543fc1a5e0.txt:18:1')
  })
})

describe('--report', () => {
  it('writes a Markdown data-quality report, and a compact one to GITHUB_STEP_SUMMARY', async () => {
    const dir = temp()
    const summary = path.join(dir, 'summary.md')
    const { code } = await runCli(['seeds/', '--report', path.join(dir, 'report.md')], { env: { GITHUB_STEP_SUMMARY: summary } })
    expect(code).toBe(0)
    const report = readFileSync(path.join(dir, 'report.md'), 'utf8')
    expect(report).toContain('# ingest data-quality report')
    expect(report).toContain('| unodc-baltic-grant | 2 |')
    expect(report).toMatch(/\| title \| 5 \| 100\.0% \|/)
    expect(report).toMatch(/\| LTL \| 2 \| 22,040\.08 \| 0 \|/)
    expect(existsSync(summary)).toBe(true)
    expect(readFileSync(summary, 'utf8')).toContain('## Field coverage')
  })
})

describe('--shard and merge', () => {
  it('merging the shards of a run gives the bytes of one run', async () => {
    const dir = temp()
    const whole = await runCli(['seeds/', 'fixtures/generic'])
    const parts: string[] = []
    for (const k of [1, 2, 3]) {
      const file = path.join(dir, `part-${k}.jsonl`)
      await runCli(['seeds/', 'fixtures/generic', '--format', 'jsonl', '--shard', `${k}/3`, '-o', file])
      parts.push(file)
    }
    const counts = parts.map((file) => readFileSync(file, 'utf8').split('\n').filter(Boolean).length)
    expect(counts.reduce((a, b) => a + b, 0)).toBe((JSON.parse(whole.stdout) as unknown[]).length)
    const merged = await runCli(['merge', ...parts])
    expect(merged.code).toBe(0)
    expect(merged.stdout).toBe(whole.stdout)
  })
})
