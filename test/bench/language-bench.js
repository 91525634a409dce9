// Micro-benchmark: franc with all 187 languages, franc restricted to our candidates,
// and our scorer (compiled: run `npm run build` first), over the seed documents.
// Usage: node test/bench/language-bench.js [rounds]
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'

const root = fileURLToPath(new URL('../../', import.meta.url))
const rounds = Number(process.argv[2] ?? 100)

// Import ours first, so its own start-up cost (including franc's data module) is measured alone.
let started = performance.now()
let ours
try {
  ours = await import(new URL('dist/normalise/language.js', `file://${root}`).href)
} catch (error) {
  console.error('Cannot load dist/normalise/language.js; run `npm run build` first.\n', error.message)
  process.exit(1)
}
const oursImport = performance.now() - started

started = performance.now()
const { franc, francAll } = await import('franc')
const francImport = performance.now() - started

const seeds = join(root, 'seeds')
const documents = readdirSync(seeds)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(seeds, name), 'utf8'))
if (documents.length === 0) throw new Error('no seeds to time')

const only = [...ours.CANDIDATES]

started = performance.now()
ours.detectLanguage(documents[0])
const firstCall = performance.now() - started

// Ours must give franc's scores before its time means anything.
for (const text of documents) {
  const expected = JSON.stringify(francAll(text, { only }))
  if (JSON.stringify(ours.detectLanguageScores(text)) !== expected) throw new Error('scores differ from franc')
}

let sink = 0
function run(detect, times) {
  const start = performance.now()
  for (let round = 0; round < times; round++) for (const text of documents) sink += detect(text).length
  return ((performance.now() - start) * 1000) / (times * documents.length)
}

// Interleaved trials and their median, as the machine may be shared.
const trials = 5
const methods = [
  { label: 'franc (187 languages)', detect: (text) => franc(text), times: Math.max(1, Math.round(rounds / 20)) },
  { label: 'franc { only: CANDIDATES }', detect: (text) => franc(text, { only }), times: Math.max(1, Math.round(rounds / 5)) },
  { label: 'detectLanguage (ours)', detect: (text) => ours.detectLanguage(text).code, times: rounds * 2 },
]
for (const method of methods) run(method.detect, Math.min(method.times, 20)) // warm up
const samples = methods.map(() => [])
for (let trial = 0; trial < trials; trial++) methods.forEach((method, at) => samples[at].push(run(method.detect, method.times)))
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

const averageLength = documents.reduce((sum, text) => sum + text.length, 0) / documents.length
console.log(`${documents.length} seeds, ${Math.round(averageLength)} characters on average, median of ${trials} trials`)
console.log(`import: ours ${oursImport.toFixed(1)} ms, franc ${francImport.toFixed(1)} ms; our first call (builds the tables and index) ${firstCall.toFixed(2)} ms`)
const [all, restricted, fast] = samples.map(median)
methods.forEach((method, at) => {
  const micros = median(samples[at])
  console.log(`${method.label.padEnd(28)} ${micros.toFixed(1).padStart(9)} µs/document`)
})
console.log(`ours is ${(all / fast).toFixed(0)}x faster than franc default, ${(restricted / fast).toFixed(0)}x faster than franc with only`)
if (sink === 0) throw new Error('nothing was detected')
