import { readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { compareMessages, type Message } from '../../src/diagnostics/message.js'
import { MessageSpool } from '../../src/commands/message-spool.js'

// writeSync can be made to fail, to stand for a full disk.
const writeFailure = vi.hoisted(() => ({ after: Infinity }))
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>()
  const writeSync = ((...args: Parameters<typeof real.writeSync>) => {
    if (writeFailure.after-- <= 0) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
    return real.writeSync(...args)
  }) as typeof real.writeSync
  return { ...real, default: { ...real, writeSync }, writeSync }
})

afterEach(() => {
  writeFailure.after = Infinity
  vi.unstubAllEnvs()
})

const message = (path: string, line: number | null, code = 'missing-title', level: Message['level'] = 'warning'): Message => ({
  path,
  level,
  code,
  message: `a message about ${path} with some words, "quoted" and ā-ž`,
  line,
  column: line === null ? null : 1,
})

/** Files in path order, each with its messages out of order, and walk messages between them. */
function run(files: number): { walk: Message[]; perFile: Message[][] } {
  const perFile: Message[][] = []
  for (let n = 0; n < files; n++) {
    const path = `docs/${String(n).padStart(5, '0')}.txt`
    perFile.push([message(path, 9), message(path, null, 'no-project-facts'), message(path, 2, 'amount-unclear', 'info')])
  }
  const walk = [message('docs/00003.txt', null, 'symlink-loop'), message('docs/00010.bin', null, 'not-a-text-file', 'info'), message('zz', null, 'not-a-file'), message('a', null, 'broken-symlink')]
  return { walk, perFile }
}

async function collect(spool: MessageSpool): Promise<Message[]> {
  const out: Message[] = []
  for await (const m of spool.messages()) out.push(m)
  return out
}

function spoolFolders(): string[] {
  return readdirSync(tmpdir()).filter((name) => name.startsWith('ingest-messages-'))
}

describe('MessageSpool', () => {
  it.each([
    ['all held', Infinity],
    ['nearly all in a temporary file', 300],
  ])('gives every message in the order one sort of them all gives (%s)', async (_, held) => {
    const { walk, perFile } = run(2000)
    const before = spoolFolders()
    const spool = new MessageSpool([...walk].reverse(), held)
    for (const messages of perFile) spool.add(messages)
    if (held !== Infinity) expect(spool.spilled).toBeGreaterThan(5000)
    const expected = [...walk, ...perFile.flat()].sort(compareMessages)
    expect(await collect(spool)).toEqual(expected)
    // It can be read again, and the temporary file goes with close().
    expect((await collect(spool)).length).toBe(expected.length)
    spool.close()
    expect(spoolFolders()).toEqual(before)
  })

  it('puts the walk message first where it and a file message sort alike', async () => {
    const spool = new MessageSpool([{ ...message('x.txt', null, 'same'), message: 'from the walk' }], 0)
    spool.add([{ ...message('x.txt', null, 'same'), message: 'from the file' }])
    const out = await collect(spool)
    spool.close()
    expect(out.map((m) => m.message)).toEqual(['from the walk', 'from the file'])
  })

  it('keeps the messages in memory when no temporary file can be made', async () => {
    vi.stubEnv('TMPDIR', '/nonexistent/ingest-test')
    const { walk, perFile } = run(200)
    const spool = new MessageSpool(walk, 0)
    for (const messages of perFile) spool.add(messages)
    expect(spool.spilled).toBe(0)
    expect(await collect(spool)).toEqual([...walk, ...perFile.flat()].sort(compareMessages))
    spool.close()
  })

  it('loses nothing when a write to the temporary file fails half-way (a full disk)', async () => {
    const { walk, perFile } = run(3000)
    const before = spoolFolders()
    writeFailure.after = 2
    const spool = new MessageSpool(walk, 0)
    for (const messages of perFile) spool.add(messages)
    expect(await collect(spool)).toEqual([...walk, ...perFile.flat()].sort(compareMessages))
    spool.close()
    expect(spoolFolders()).toEqual(before)
  })
})
