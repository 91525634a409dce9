// `npm run bench`: ingest end to end against franc with its defaults, on one synthetic corpus,
// in one run, so the ratios hold on whatever machine (and load) it runs on.
//
//   node test/bench/bench.js [--docs 10000] [--seed 1] [--runs 3] [--baseline-docs 2000] [--startup-runs 31] [--keep]
//   node test/bench/bench.js --crossover     (where worker threads start to pay: WORKER_THRESHOLD)
//
// 1. Generates a deterministic corpus (test/bench/corpus.js) in a temporary folder.
// 2. Baseline: a fresh `node` that reads every document and runs `franc(text)` (all 187 languages).
// 3. ingest: `node bin/ingest.js CORPUS -f jsonl -o FILE` (all stages) in the automatic layout
//    (median of --runs), then in the other one (--workers 0 where the automatic layout starts
//    workers, else with workers; it must give the same bytes), then -f csv. Each is a fresh process
//    timed from spawn to exit; peak RSS is the process's own (worker threads included).
// 4. Labels: every record's language must be what franc says with our candidate set, on the
//    text the detector was given (read and decoded by the same stages).
// 5. Start-up: `node -e 0`, `ingest --help` and `ingest seeds/`, interleaved, median of --startup-runs.
// --baseline-docs N (default 2000; 0 = all) limits the baseline and the label check to the first
// N documents: franc alone takes ~5 ms a document, and rates are rates. The default corpus is
// 10,000 documents, so the fixed costs (starting Node, loading and warming up the stages on
// each thread) do not decide the ratio as they would with a few hundred. Exits 1 when a target is missed. Needs `npm run build` first (the `bench` script does it).
import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateCorpus } from './corpus.js'
import { automaticWorkers } from '../../dist/pipeline/workers.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const bin = join(root, 'bin', 'ingest.js')

const TARGET_RATIO = 25
const TARGET_RSS_MB = 200
const TARGET_STARTUP_RATIO = 3

const options = parseArguments(process.argv.slice(2))
if (!existsSync(join(root, 'dist', 'cli.js'))) {
  console.error('bench: dist/ is missing; run `npm run build` first (npm run bench does).')
  process.exit(2)
}

async function main() {
  if (options.crossover) return crossover()
  let started = performance.now()
  const generated = generateCorpus({ out: corpus, docs: options.docs, seed: options.seed })
  const files = listFiles(corpus)
  console.log(
    `corpus: ${generated.files} documents, ${mb(generated.bytes)} MB (${Math.round(generated.bytes / generated.files)} bytes on average), ` +
      `seed ${options.seed}, from ${generated.templates} templates, made in ${seconds(performance.now() - started)} s; ` +
      `${availableParallelism()} cores, Node ${process.version}`,
  )

  const baselineFiles = options.baselineDocs ? files.slice(0, options.baselineDocs) : files
  const baselineBytes = sumBytes(baselineFiles)
  const baseline = await measure(process.execPath, ['--input-type=module', '-e', BASELINE, ...baselineListArgs(baselineFiles)])
  if (baseline.code !== 0) throw new Error(`the baseline failed:\n${baseline.stderr}`)
  const baselineRow = row('baseline: franc(text), 187 languages', baselineFiles.length, baselineBytes, baseline)

  // The automatic layout, then the other one: the output must be the same bytes either way.
  const workers = automaticWorkers(files.length, availableParallelism())
  const layout = workers ? `automatic: ${workers} worker${workers > 1 ? 's' : ''} and the main thread` : 'automatic: one thread'
  const otherWorkers = workers ? 0 : Math.max(1, availableParallelism() - 1)
  const jsonlRuns = []
  for (let run = 0; run < options.runs; run++) jsonlRuns.push(await ingest(['-f', 'jsonl'], `auto-${run}.jsonl`))
  const jsonl = median(jsonlRuns, (run) => run.ms)
  const other = await ingest(['-f', 'jsonl', '--workers', String(otherWorkers)], 'other-layout.jsonl')
  const csv = await ingest(['-f', 'csv'], 'auto.csv')

  const rows = [
    baselineRow,
    row(`ingest -f jsonl (${layout}, median of ${options.runs})`, files.length, generated.bytes, jsonl),
    row(`ingest -f jsonl --workers ${otherWorkers}`, files.length, generated.bytes, other),
    row(`ingest -f csv (${layout})`, files.length, generated.bytes, csv),
  ]
  console.log('')
  printTable(['', 'docs/s', 'MB/s', 'peak RSS MB', 'wall s'], rows.map((r) => [r.label, r.docsPerSecond.toFixed(0), r.mbPerSecond.toFixed(2), r.rssMb.toFixed(0), seconds(r.ms)]))
  console.log('')

  const ratio = rows[1].docsPerSecond / baselineRow.docsPerSecond
  check(`end to end: ${ratio.toFixed(1)}x the baseline's documents/s (--workers ${otherWorkers}: ${(rows[2].docsPerSecond / baselineRow.docsPerSecond).toFixed(1)}x)`, ratio >= TARGET_RATIO, `>= ${TARGET_RATIO}x`)

  const identical = digest(jsonl.output) === digest(other.output)
  check(`output of the automatic layout is byte-identical to --workers ${otherWorkers}`, identical, 'identical')

  const labels = await checkLabels(jsonl.output, options.baselineDocs ? new Set(baselineFiles) : null)
  check(`language labels: ${labels.agree}/${labels.checked} records as franc(text, { only: CANDIDATES }) gives${labels.firstDifference ? `; first difference: ${labels.firstDifference}` : ''}`, labels.agree === labels.checked && labels.checked > 0, 'all')

  const rss = Math.max(jsonl.rssMb, other.rssMb, csv.rssMb)
  check(
    `peak RSS at ${files.length} documents: jsonl ${jsonl.rssMb.toFixed(0)} MB, --workers ${otherWorkers} ${other.rssMb.toFixed(0)} MB, csv ${csv.rssMb.toFixed(0)} MB`,
    rss <= TARGET_RSS_MB,
    `<= ${TARGET_RSS_MB} MB, flat in the corpus size`,
  )

  console.log('')
  started = performance.now()
  const startup = timeStartup(options.startupRuns)
  const base = startup[0].median
  for (const entry of startup.slice(1)) entry.ratio = entry.median / base
  printTable(
    ['start-up', 'median ms', 'mean ms', 'sd ms', 'ratio'],
    startup.map((entry) => [entry.label, entry.median.toFixed(0), entry.mean.toFixed(0), entry.sd.toFixed(0), entry.ratio ? `${entry.ratio.toFixed(2)}x` : '1x']),
  )
  console.log('')
  check(`ingest --help starts in ${startup[1].ratio.toFixed(2)}x the time of node -e 0`, startup[1].ratio <= TARGET_STARTUP_RATIO, `<= ${TARGET_STARTUP_RATIO}x`)
  check(`ingest seeds/ runs in ${startup[2].ratio.toFixed(2)}x the time of node -e 0`, startup[2].ratio <= TARGET_STARTUP_RATIO, `<= ${TARGET_STARTUP_RATIO}x`)
}

/**
 * Corpora of growing size, this thread alone against one worker beside it and against one per
 * core but one (best of 2 each, interleaved): the smallest size where workers win is
 * WORKER_THRESHOLD in src/pipeline/workers.ts. Takes ~10 minutes on two cores.
 */
async function crossover() {
  const counts = [...new Set([0, 1, Math.max(1, availableParallelism() - 1)])]
  const rows = []
  for (const docs of [2500, 5000, 10000, 20000, 30000]) {
    const folder = join(work, `crossover-${docs}`)
    generateCorpus({ out: folder, docs, seed: options.seed })
    const best = counts.map(() => Infinity)
    for (let round = 0; round < 2; round++) {
      for (const [at, workers] of counts.entries()) {
        const result = await measure(process.execPath, [bin, folder, '-f', 'jsonl', '-q', '--workers', String(workers), '-o', join(work, 'crossover.jsonl')])
        best[at] = Math.min(best[at], result.ms)
      }
    }
    rmSync(folder, { recursive: true, force: true })
    rows.push([String(docs), ...best.map((ms) => ms.toFixed(0)), `${(best[0] / Math.min(...best.slice(1))).toFixed(2)}x`])
  }
  printTable(['documents', ...counts.map((count) => `--workers ${count} ms`), 'best speed-up'], rows)
}

/** One fresh `ingest` process over the corpus; what it wrote stays in `work`. */
async function ingest(args, outputName) {
  const output = join(work, outputName)
  const result = await measure(process.execPath, [bin, corpus, ...args, '-q', '-o', output])
  // Exit 1 is expected: the corpus holds broken documents on purpose (empty files and the like).
  if (result.code !== 0 && result.code !== 1) throw new Error(`ingest ${args.join(' ')} exited ${result.code}:\n${result.stderr}`)
  return { ...result, output }
}

/** Run a process to its end; wall time from spawn to exit, and its own peak RSS. */
function measure(command, args) {
  const rssFile = join(work, `rss-${createHash('sha1').update(args.join(' ')).digest('hex').slice(0, 8)}-${Math.random().toString(36).slice(2)}`)
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(command, ['--import', RSS_HOOK, ...args], {
      cwd: root,
      env: { ...process.env, INGEST_BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      const ms = performance.now() - started
      const rssKb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : NaN
      resolve({ code, ms, stdout, stderr, rssMb: rssKb / 1024 })
    })
  })
}

/** Loaded before the program: writes the process's peak RSS (kB, threads included) at exit. */
const RSS_HOOK =
  'data:text/javascript,' +
  encodeURIComponent(
    "import { writeFileSync } from 'node:fs';" +
      "process.on('exit', () => { const file = process.env.INGEST_BENCH_RSS_FILE; if (file) writeFileSync(file, String(process.resourceUsage().maxRSS)) })",
  )

/** The baseline program: franc with its defaults over every document, nothing else. */
const BASELINE = `
import { readFileSync } from 'node:fs'
import { franc } from 'franc'
const list = process.argv.indexOf('--files')
const files = readFileSync(process.argv[list + 1], 'utf8').split('\\n').filter(Boolean)
let answered = 0
for (const file of files) if (franc(readFileSync(file, 'utf8'))) answered++
if (answered !== files.length) throw new Error('franc gave no answer')
`

function baselineListArgs(files) {
  const list = join(work, 'baseline-files.txt')
  writeFileSync(list, files.join('\n'))
  return ['--', '--files', list]
}

/**
 * Every record's language against franc with our candidate set, on the text our detector
 * saw: read and decoded by the pipeline's own stages, without the chrome lines the language
 * stage leaves out (menus, cookie notices, labelled translations: src/normalise/main-text.ts).
 */
async function checkLabels(output, only) {
  const load = (module) => import(new URL(`dist/${module}`, `file://${root}`).href)
  const [{ franc }, { CANDIDATES, ISO_639_1 }, { SourceFile }, { read, DEFAULT_MAX_BYTES }, { decode }, { mainText }] = await Promise.all([
    import('franc'),
    load('normalise/language.js'),
    load('pipeline/source-file.js'),
    load('pipeline/read.js'),
    load('pipeline/decode.js'),
    load('normalise/main-text.js'),
  ])
  const candidates = [...CANDIDATES]
  let checked = 0
  let agree = 0
  let firstDifference = null
  for (const line of readFileSync(output, 'utf8').split('\n')) {
    if (!line) continue
    const record = JSON.parse(line)
    const location = resolve(root, record.source.path)
    if (only && !only.has(location)) continue
    const file = new SourceFile(record.source.path, location)
    await read(file, { maxBytes: DEFAULT_MAX_BYTES })
    decode(file, {})
    const expected = ISO_639_1[franc(mainText(file.text), { only: candidates })]
    checked++
    if (expected === record.language) agree++
    else firstDifference ??= `${record.source.path}: ${record.language}, franc ${expected}`
  }
  return { checked, agree, firstDifference }
}

/** Interleaved runs of each command (the machine's load drifts); median, mean, deviation. */
function timeStartup(runs) {
  const commands = [
    { label: 'node -e 0', args: ['-e', '0'] },
    { label: 'node bin/ingest.js --help', args: [bin, '--help'] },
    { label: 'node bin/ingest.js seeds/', args: [bin, 'seeds/'] },
  ]
  const samples = commands.map(() => [])
  for (let run = -2; run < runs; run++) {
    commands.forEach((command, at) => {
      const started = performance.now()
      const result = spawnSync(process.execPath, command.args, { cwd: root, stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } })
      const ms = performance.now() - started
      if (result.status !== 0) throw new Error(`${command.label} exited ${result.status}`)
      if (run >= 0) samples[at].push(ms) // the first two rounds warm the file cache
    })
  }
  return commands.map((command, at) => {
    const values = samples[at]
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length
    const sd = Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length)
    return { label: command.label, median: median(values, (value) => value), mean, sd, ratio: 0 }
  })
}

function row(label, docs, bytes, result) {
  const secondsTaken = result.ms / 1000
  return { label, ms: result.ms, docsPerSecond: docs / secondsTaken, mbPerSecond: bytes / 1e6 / secondsTaken, rssMb: result.rssMb }
}

function check(what, ok, target) {
  if (!ok) failed = true
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${what} (target: ${target})`)
}

function printTable(header, rows) {
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((cells) => String(cells[column]).length)))
  for (const cells of [header, ...rows]) {
    console.log(cells.map((cell, column) => (column === 0 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]))).join('  '))
  }
}

function listFiles(folder) {
  const files = []
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) files.push(...listFiles(path))
    else files.push(path)
  }
  return files
}

function sumBytes(files) {
  return files.reduce((sum, file) => sum + statSync(file).size, 0)
}

function digest(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex')
}

function median(values, key) {
  const sorted = [...values].sort((a, b) => key(a) - key(b))
  return sorted[Math.floor((sorted.length - 1) / 2)]
}

function mb(bytes) {
  return (bytes / 1e6).toFixed(1)
}

function seconds(ms) {
  return (ms / 1000).toFixed(2)
}

function parseArguments(argv) {
  const parsed = { docs: 10000, seed: 1, runs: 3, baselineDocs: 2000, startupRuns: 31, keep: false, crossover: false }
  const numbers = { '--docs': 'docs', '--seed': 'seed', '--runs': 'runs', '--baseline-docs': 'baselineDocs', '--startup-runs': 'startupRuns' }
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i]
    if (name === '--keep' || name === '--crossover') {
      parsed[name.slice(2)] = true
      continue
    }
    const key = numbers[name]
    const value = Number(argv[++i])
    if (!key || !Number.isSafeInteger(value) || value < 0) {
      console.error('usage: bench.js [--docs N] [--seed S] [--runs R] [--baseline-docs N] [--startup-runs R] [--keep] [--crossover]')
      process.exit(2)
    }
    parsed[key] = value
  }
  if (parsed.docs < 1 || parsed.runs < 1 || parsed.startupRuns < 1) {
    console.error('bench: --docs, --runs and --startup-runs take positive numbers')
    process.exit(2)
  }
  return parsed
}

const work = mkdtempSync(join(tmpdir(), 'ingest-bench-'))
const corpus = join(work, 'corpus')
let failed = false
try {
  await main()
} finally {
  if (options.keep) console.log(`kept ${work}`)
  else rmSync(work, { recursive: true, force: true })
}
process.exitCode = failed ? 1 : 0
