// A deterministic synthetic corpus for the benchmark and the worker test: thousands of varied
// documents built from the real ones in seeds/ and fixtures/ (numbers, dates, place and person
// names, paragraph order and length varied by a seeded PRNG), plus what a real crawl holds:
// byte-identical copies under other names, pages that share a project number, odd encodings.
//
// Library: generateCorpus({ out, docs, seed }) -> { out, files, bytes, templates }
// Command: node test/bench/corpus.js --out DIR [--docs 2000] [--seed 1]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))

/** Shares of the special cases, in per mille. */
const DUPLICATE = 20 // same bytes as an earlier document: `duplicate-document`
const CLASH = 30 // a page with a project number, numbers left as they are: ids collide (`duplicate-id`)
const HOSTILE = 10 // a fixture of fixtures/hostile as it is (legacy encodings, BOMs, empty)
const FOLDERS = 16
/** A funder's project number (`LT10-0015`, `LV03-0103`): pages that share one share an id. */
const PROJECT_NUMBER = /\b[A-Z]{2,3}\d{0,2}-\d{4}\b/
/** Clashing pages come from this many templates, so they do meet. */
const CLASH_TEMPLATES = 3

/** Interchangeable proper nouns, by kind: a document keeps its language, its names change. */
const NAME_POOLS = [
  ['Daugavpils', 'Olaine', 'Jelgava', 'Valmiera', 'Ventspils', 'Rēzekne', 'Tukums', 'Ogre'],
  ['Klaipėda', 'Šiauliai', 'Alytus', 'Utena', 'Plungė', 'Panevėžys', 'Kaunas', 'Marijampolė'],
  ['Tartu', 'Pärnu', 'Narva', 'Viljandi', 'Rakvere', 'Kuressaare', 'Haapsalu', 'Võru'],
  ['Evelīna', 'Jānis', 'Ilze', 'Andris', 'Rasa', 'Tomas', 'Kadri', 'Mart'],
]
const POOL_OF = new Map(NAME_POOLS.flatMap((pool) => pool.map((name) => [name, pool])))

/** sfc32: small, fast, and the same sequence on every machine for the same seed. */
export function createRandom(seed) {
  let a = 0x9e3779b9
  let b = 0x243f6a88
  let c = 0xb7e15162
  let d = seed >>> 0
  const next = () => {
    a >>>= 0
    b >>>= 0
    c >>>= 0
    d >>>= 0
    const t = (((a + b) | 0) + d) | 0
    d = (d + 1) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) | 0
    return (t >>> 0) / 4294967296
  }
  for (let i = 0; i < 12; i++) next()
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (perMille) => next() * 1000 < perMille,
  }
}

/** The real documents, one per distinct content, in a fixed order. */
export function loadTemplates() {
  const paths = [
    ...listTxt(join(root, 'seeds')),
    ...readdirSync(join(root, 'fixtures'))
      .filter((name) => name !== 'hostile' && name !== 'gold')
      .sort()
      .flatMap((name) => listTxt(join(root, 'fixtures', name))),
  ]
  const seen = new Set()
  const templates = []
  for (const path of paths) {
    const text = readFileSync(path, 'utf8')
    const digest = sha256(text)
    if (seen.has(digest) || text.trim().length < 200) continue
    seen.add(digest)
    templates.push({ name: basename(path, '.txt'), text })
  }
  return templates
}

function loadHostile() {
  return listTxt(join(root, 'fixtures', 'hostile')).map((path) => ({ name: basename(path, '.txt'), bytes: readFileSync(path) }))
}

function listTxt(folder) {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(folder, name))
}

function sha256(value) {
  return createHash('sha256').update(value).digest('hex')
}

/** New digits of the same shape: years stay plausible years, days and months stay 1–12. */
function varyNumbers(text, random) {
  return text.replace(/\d{1,12}/g, (digits) => {
    if (digits.length === 4 && (digits.startsWith('19') || digits.startsWith('20'))) return String(random.int(1998, 2024))
    if (digits.length <= 2) return String(random.int(1, 12)).padStart(digits.length, '0')
    let out = String(random.int(1, 9))
    for (let i = 1; i < digits.length; i++) out += String(random.int(0, 9))
    return out
  })
}

function varyNames(text, random) {
  return text.replace(/\p{L}{2,40}/gu, (word) => {
    const pool = POOL_OF.get(word)
    return pool ? random.pick(pool) : word
  })
}

/** Document lengths are drawn from this range (characters): web pages of about 3 KB. */
const LENGTH = { min: 1500, max: 4500 }

/**
 * Paragraph order and length: prose paragraphs (long, with sentences) may swap places, be
 * dropped, repeated or cut at a sentence end, towards a length drawn from LENGTH. Headings
 * and label/value lines stay put, so every layout is still recognisable.
 */
function varyParagraphs(text, random) {
  const blocks = text.split(/(\n[ \t]{0,8}\n)/)
  const prose = []
  for (let i = 0; i < blocks.length; i += 2) if (blocks[i].length >= 200 && blocks[i].includes('. ')) prose.push(i)
  if (prose.length === 0) return text
  if (prose.length >= 2 && random.chance(300)) {
    const x = random.pick(prose)
    const y = random.pick(prose)
    ;[blocks[x], blocks[y]] = [blocks[y], blocks[x]]
  }
  const target = random.int(LENGTH.min, LENGTH.max)
  if (target < text.length) {
    const keep = target / text.length
    for (const at of prose.slice(1)) if (random.next() > keep) blocks[at] = ''
    const first = prose[0]
    const cut = blocks[first].indexOf('. ', Math.floor(blocks[first].length * keep))
    if (cut > 0) blocks[first] = blocks[first].slice(0, cut + 1)
  } else {
    const last = prose[prose.length - 1]
    let extra = ''
    while (text.length + extra.length < target) extra += '\n\n' + varyNumbers(blocks[random.pick(prose)], random)
    blocks[last] += extra
  }
  return blocks.join('')
}

/** Writes the corpus under `out` (created if needed) and says what it wrote. */
export function generateCorpus({ out, docs = 2000, seed = 1 }) {
  const random = createRandom(seed)
  const templates = loadTemplates()
  const hostile = loadHostile()
  const numbered = templates.filter((template) => PROJECT_NUMBER.test(template.text))
  const clashing = (numbered.length > 0 ? numbered : templates).slice(0, CLASH_TEMPLATES)
  const written = []
  let clashes = 0
  let bytes = 0
  for (let folder = 0; folder < FOLDERS; folder++) mkdirSync(join(out, hex(folder, 2)), { recursive: true })
  for (let index = 0; index < docs; index++) {
    let content
    let stem
    if (written.length > 0 && random.chance(DUPLICATE)) {
      const earlier = random.pick(written)
      content = earlier.content
      stem = `${earlier.stem}-copy`
    } else if (random.chance(HOSTILE)) {
      const fixture = random.pick(hostile)
      content = fixture.bytes
      stem = fixture.name
    } else {
      const clash = random.chance(CLASH)
      // Clashing pages come in pairs from one template, so two of them always meet, whatever the
      // number of templates (a new fixture shifts every later draw).
      const template = clash ? clashing[Math.floor(clashes++ / 2) % clashing.length] : random.pick(templates)
      stem = template.name
      let text = template.text
      if (!clash) text = varyNumbers(text, random)
      text = varyParagraphs(varyNames(text, random), random)
      if (random.chance(50)) text = text.replace(/\n/g, '\r\n')
      content = Buffer.from(random.chance(20) ? `\uFEFF${text}` : text, 'utf8')
    }
    // A random prefix, so path order is not generation order.
    const name = `${hex(random.int(0, 0xffffff), 6)}-${stem.slice(0, 40)}-${index}.txt`
    const path = join(out, hex(random.int(0, FOLDERS - 1), 2), name)
    writeFileSync(path, content)
    bytes += content.length
    if (written.length < 5000) written.push({ content, stem })
    else written[random.int(0, written.length - 1)] = { content, stem }
  }
  return { out, files: docs, bytes, templates: templates.length }
}

function hex(value, width) {
  return value.toString(16).padStart(width, '0')
}

function parseArguments(argv) {
  const options = { docs: 2000, seed: 1, out: undefined }
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i]
    const value = argv[i + 1]
    if (name === '--docs') options.docs = Number(value)
    else if (name === '--seed') options.seed = Number(value)
    else if (name === '--out') options.out = value
    else throw new Error(`unknown option ${name}; usage: corpus.js --out DIR [--docs N] [--seed S]`)
    i++
  }
  if (!options.out) throw new Error('usage: corpus.js --out DIR [--docs N] [--seed S]')
  if (!Number.isSafeInteger(options.docs) || options.docs < 1) throw new Error('--docs takes a positive whole number')
  return options
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const summary = generateCorpus(parseArguments(process.argv.slice(2)))
  console.log(`${summary.files} documents, ${summary.bytes} bytes, from ${summary.templates} templates, in ${summary.out}`)
}
