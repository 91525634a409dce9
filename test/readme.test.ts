/**
 * Examples that run: every `ingest …` command shown in README.md is run here (in a scratch
 * folder holding the files the examples name) and must succeed and produce its output.
 */
import { cpSync, existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { allExtractors } from '../src/extractors/index.js'
import { root, runCli } from './support/run-cli.js'

const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
const examples = [...new Set([...readme.matchAll(/`((?:npx )?ingest(?: [^`]*)?)`/g)].map((match) => match[1]!))]
  .map((command) => command.replace(/\\\|/g, '|'))
  // Synopses with placeholders (`ingest validate FILE`) are not examples.
  .filter((command) => /^(?:npx )?ingest [a-z.-]/.test(command) && !/(?:^|\s)[A-Z]{3,}/.test(command))

/** The words of a command line up to a pipe or a redirection, with globs expanded. */
function argvOf(command: string, cwd: string): string[] {
  const words = command.split(/\s+(?:\||>).*$/)[0]!.split(/\s+/).slice(command.startsWith('npx ') ? 2 : 1)
  return words.flatMap((word) => {
    if (!word.includes('*')) return [word]
    const pattern = new RegExp(`^${word.replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`)
    return readdirSync(cwd).filter((name) => pattern.test(name)).sort()
  })
}

describe('README examples', () => {
  const cwd = mkdtempSync(path.join(tmpdir(), 'ingest-readme-'))

  beforeAll(async () => {
    cpSync(path.join(root, 'seeds'), path.join(cwd, 'seeds'), { recursive: true })
    cpSync(path.join(root, 'seeds'), path.join(cwd, 'pages'), { recursive: true })
    mkdirSync(path.join(cwd, 'old'))
    cpSync(path.join(root, 'fixtures/hostile/latvian.windows-1257.txt'), path.join(cwd, 'old/latvian.windows-1257.txt'))
    writeFileSync(path.join(cwd, 'rates.json'), '{ "USD": 1.0832, "NOK": "11.51" }\n')
    await runCli(['seeds/', '-f', 'jsonl', '-o', 'projects.jsonl'], { cwd })
    for (const k of [1, 2]) await runCli(['seeds/', '-f', 'jsonl', '--shard', `${k}/2`, '-o', `part${k}.jsonl`], { cwd })
  })

  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThan(15)
  })

  it.each(examples)('%s', async (command) => {
    const argv = argvOf(command, cwd)
    const { code, stdout, stderr } = await runCli(argv, { cwd })
    expect(code, stderr).toBe(0)
    const output = argv[argv.indexOf('-o') + 1] ?? argv[argv.indexOf('--tables') + 1] ?? argv[argv.indexOf('--report') + 1]
    const writesFile = ['-o', '--tables', '--report'].some((flag) => argv.includes(flag) && !(flag === '--report' && !argv.includes('-o')))
    if (argv.includes('-o') || argv.includes('--tables')) expect(existsSync(path.join(cwd, output!))).toBe(true)
    else if (!writesFile && argv[0] !== 'validate') expect(stdout.length).toBeGreaterThan(0)
  })
})

describe('layout documentation', () => {
  const layouts = readFileSync(path.join(root, 'src', 'extractors', 'LAYOUTS.md'), 'utf8')

  it.each(allExtractors.map((extractor) => extractor.id))('%s has a row in the README and a section in LAYOUTS.md', (id) => {
    expect(readme).toContain(`\n| \`${id}\` | `)
    expect(layouts).toContain(`\n## \`${id}\`\n`)
  })
})
