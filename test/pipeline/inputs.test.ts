import { execFileSync } from 'node:child_process'
import { promises as fs } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { displayPath, expandInputs } from '../../src/pipeline/inputs.js'
import { compareCodePoints } from '../../src/pipeline/path-order.js'

const isRoot = process.getuid?.() === 0
const posixOnly = process.platform === 'win32'

let root: string
beforeAll(async () => {
  root = await fs.mkdtemp(path.join(tmpdir(), 'ingest-inputs-'))
})
afterAll(async () => {
  await fs.chmod(path.join(root, 'locked', 'closed'), 0o755).catch(() => undefined)
  await fs.rm(root, { recursive: true, force: true })
})
afterEach(() => {
  vi.restoreAllMocks()
})

/** Make a fresh folder under the test root with the given files (`name/` makes a folder). */
async function tree(name: string, entries: string[]): Promise<string> {
  const base = path.join(root, name)
  await fs.mkdir(base, { recursive: true })
  for (const entry of entries) {
    const location = path.join(base, entry)
    if (entry.endsWith('/')) await fs.mkdir(location, { recursive: true })
    else {
      await fs.mkdir(path.dirname(location), { recursive: true })
      await fs.writeFile(location, `contents of ${entry}\n`)
    }
  }
  return base
}

const paths = (result: { files: { path: string }[] }): string[] => result.files.map((file) => file.path)
const codes = (result: { messages: { code: string }[] }): string[] => result.messages.map((m) => m.code)

describe('expandInputs: folders', () => {
  it('walks recursively, skips hidden entries, and names files after the path as given', async () => {
    await tree('walk/seeds', ['b.txt', 'a.txt', 'sub/c.txt', 'sub/deeper/d.txt', '.hidden.txt', '.git/HEAD', 'sub/.cache/e.txt'])
    const cwd = path.join(root, 'walk')
    for (const given of ['seeds', 'seeds/', './seeds', 'seeds//']) {
      const result = await expandInputs([given], { cwd })
      expect(paths(result)).toEqual(['seeds/a.txt', 'seeds/b.txt', 'seeds/sub/c.txt', 'seeds/sub/deeper/d.txt'])
      expect(result.messages).toEqual([])
      expect(result.missing).toEqual([])
    }
  })

  it('gives each file its absolute location and keeps an absolute path absolute', async () => {
    const base = await tree('absolute', ['x.txt'])
    const result = await expandInputs([base], { cwd: '/' })
    const slashed = base.split(path.sep).join('/')
    expect(paths(result)).toEqual([`${slashed}/x.txt`])
    expect(result.files[0]!.location).toBe(path.join(base, 'x.txt'))
  })

  it('walks the current folder as `.` without a ./ prefix', async () => {
    const base = await tree('dot', ['x.txt', 'sub/y.txt'])
    expect(paths(await expandInputs(['.'], { cwd: base }))).toEqual(['sub/y.txt', 'x.txt'])
  })

  it('takes a hidden file or folder that is named explicitly', async () => {
    const base = await tree('explicit-hidden', ['.notes/a.txt', '.b.txt'])
    expect(paths(await expandInputs(['.notes', '.b.txt'], { cwd: base }))).toEqual(['.b.txt', '.notes/a.txt'])
  })

  it('sorts by code point, whatever order the filesystem lists entries in', async () => {
    const names = ['b.txt', 'B.txt', 'a.txt', '10.txt', '9.txt', 'ā.txt', 'z/a.txt', 'z.txt', '\u{1F600}.txt', '\uFF01.txt']
    const base = await tree('order', [...names].reverse())
    const expected = ['10.txt', '9.txt', 'B.txt', 'a.txt', 'b.txt', 'z.txt', 'z/a.txt', 'ā.txt', '\uFF01.txt', '\u{1F600}.txt']
    const honest = await expandInputs(['.'], { cwd: base })
    expect(paths(honest)).toEqual(expected)

    const readdir = fs.readdir.bind(fs)
    for (const reorder of [(list: unknown[]) => list.reverse(), (list: unknown[]) => [...list.slice(3), ...list.slice(0, 3)]]) {
      vi.spyOn(fs, 'readdir').mockImplementation((async (...args: Parameters<typeof fs.readdir>) =>
        reorder((await readdir(...args)) as unknown[])) as typeof fs.readdir)
      expect(paths(await expandInputs(['.'], { cwd: base }))).toEqual(expected)
      vi.restoreAllMocks()
    }
  })

  it('does not depend on the order the paths are given in', async () => {
    const base = await tree('args', ['one/a.txt', 'two/b.txt', 'c.txt'])
    const forward = await expandInputs(['one', 'two', 'c.txt', '-'], { cwd: base })
    const backward = await expandInputs(['-', 'c.txt', 'two', 'one'], { cwd: base })
    expect(paths(forward)).toEqual(['-', 'c.txt', 'one/a.txt', 'two/b.txt'])
    expect(paths(backward)).toEqual(paths(forward))
  })

  it('lists the same file once when it is given twice', async () => {
    const base = await tree('twice', ['docs/a.txt', 'docs/b.txt'])
    const result = await expandInputs(['docs', 'docs/a.txt', './docs/a.txt', 'docs/'], { cwd: base })
    expect(paths(result)).toEqual(['docs/a.txt', 'docs/b.txt'])
  })

  it('reports an unreadable folder and goes on (simulated, so it also runs as root)', async () => {
    const base = await tree('simulated-lock', ['open/a.txt', 'shut/b.txt'])
    const readdir = fs.readdir.bind(fs)
    vi.spyOn(fs, 'readdir').mockImplementation((async (...args: Parameters<typeof fs.readdir>) => {
      if (String(args[0]).endsWith('shut')) {
        throw Object.assign(new Error(`EACCES: permission denied, scandir '${String(args[0])}'`), { code: 'EACCES', syscall: 'scandir' })
      }
      return readdir(...args)
    }) as typeof fs.readdir)
    const result = await expandInputs(['.'], { cwd: base })
    expect(paths(result)).toEqual(['open/a.txt'])
    expect(result.messages).toEqual([
      { path: 'shut', level: 'error', code: 'unreadable', message: 'cannot list the folder: EACCES: permission denied', line: null, column: null },
    ])
  })

  it.skipIf(isRoot || posixOnly)('reports a folder without permissions as unreadable', async () => {
    const base = await tree('locked', ['closed/a.txt', 'open.txt'])
    await fs.chmod(path.join(base, 'closed'), 0o000)
    const result = await expandInputs(['.'], { cwd: base })
    expect(paths(result)).toEqual(['open.txt'])
    expect(codes(result)).toEqual(['unreadable'])
    expect(result.messages[0]!.path).toBe('closed')
  })
})

describe.skipIf(posixOnly)('expandInputs: symbolic links and special files', () => {
  it('follows links to files and folders', async () => {
    const base = await tree('links', ['real/a.txt', 'elsewhere/b.txt'])
    await fs.symlink(path.join(base, 'elsewhere'), path.join(base, 'real', 'linked'))
    await fs.symlink(path.join(base, 'elsewhere', 'b.txt'), path.join(base, 'real', 'c.txt'))
    const result = await expandInputs(['real'], { cwd: base })
    expect(paths(result)).toEqual(['real/a.txt', 'real/c.txt', 'real/linked/b.txt'])
    expect(result.messages).toEqual([])
  })

  it('does not enter a folder that is already being walked', async () => {
    const base = await tree('loop', ['top/a.txt', 'top/inner/b.txt'])
    await fs.symlink('..', path.join(base, 'top', 'inner', 'up'))
    await fs.symlink('.', path.join(base, 'top', 'self'))
    const result = await expandInputs(['top'], { cwd: base })
    expect(paths(result)).toEqual(['top/a.txt', 'top/inner/b.txt'])
    expect(result.messages.map((m) => [m.path, m.level, m.code])).toEqual([
      ['top/inner/up', 'warning', 'symlink-loop'],
      ['top/self', 'warning', 'symlink-loop'],
    ])
  })

  it('reports a link to itself as a loop and a dangling link as broken', async () => {
    const base = await tree('bad-links', ['ok.txt'])
    await fs.symlink('me', path.join(base, 'me'))
    await fs.symlink('nowhere.txt', path.join(base, 'dangling'))
    const result = await expandInputs(['.'], { cwd: base })
    expect(paths(result)).toEqual(['ok.txt'])
    expect(result.messages.map((m) => [m.path, m.code])).toEqual([
      ['dangling', 'broken-symlink'],
      ['me', 'symlink-loop'],
    ])
  })

  it('stays linear when links fan out to the same folders', async () => {
    // Each level links twice to the next one: following every path would visit 2^12 folders.
    const base = await tree('fan', ['l12/leaf.txt'])
    for (let level = 0; level < 12; level++) {
      const folder = path.join(base, `l${level}`)
      await fs.mkdir(folder, { recursive: true })
      await fs.symlink(path.join(base, `l${level + 1}`), path.join(folder, 'x'))
      await fs.symlink(path.join(base, `l${level + 1}`), path.join(folder, 'y'))
    }
    const result = await expandInputs(['l0'], { cwd: base })
    expect(paths(result)).toEqual([`l0/${'x/'.repeat(12)}leaf.txt`])
    expect(new Set(codes(result))).toEqual(new Set(['symlink-duplicate']))
    expect(result.messages.length).toBe(12)
  })

  it('skips named pipes with a not-a-file warning, in a folder and when given directly', async () => {
    const base = await tree('special', ['a.txt'])
    execFileSync('mkfifo', [path.join(base, 'pipe')])
    const walked = await expandInputs(['.'], { cwd: base })
    expect(paths(walked)).toEqual(['a.txt'])
    expect(walked.messages.map((m) => [m.path, m.level, m.code])).toEqual([['pipe', 'warning', 'not-a-file']])
    const direct = await expandInputs(['pipe'], { cwd: base })
    expect(paths(direct)).toEqual([])
    expect(codes(direct)).toEqual(['not-a-file'])
  })
})

describe('expandInputs: standard input and missing paths', () => {
  it('makes `-` standard input, once', async () => {
    const result = await expandInputs(['-', '-'], { cwd: root })
    expect(result.files).toHaveLength(1)
    expect(result.files[0]!.path).toBe('-')
    expect(result.files[0]!.location).toBeNull()
  })

  it('collects paths that do not exist, as given', async () => {
    const base = await tree('missing', ['here.txt'])
    const result = await expandInputs(['here.txt', 'not-here.txt', 'here.txt/child', 'gone/', ''], { cwd: base })
    expect(result.missing).toEqual(['not-here.txt', 'here.txt/child', 'gone/', ''])
    expect(paths(result)).toEqual(['here.txt'])
  })

  it('does not mistake a file named `-` in a folder for standard input', async () => {
    const base = await tree('dash', ['-'])
    const result = await expandInputs(['.', './-'], { cwd: base })
    expect(paths(result)).toEqual(['./-'])
    expect(result.files[0]!.location).toBe(path.join(base, '-'))
  })
})

describe('displayPath', () => {
  it.each([
    ['seeds', 'seeds'],
    ['seeds/', 'seeds'],
    ['./seeds/', 'seeds'],
    ['seeds//sub/../x.txt', 'seeds/x.txt'],
    ['../data', '../data'],
    ['/abs/folder/', '/abs/folder'],
    ['/', '/'],
    ['.', '.'],
    ['./-', './-'],
  ])('%j -> %j', (given, shown) => {
    expect(displayPath(given)).toBe(shown)
  })
})

describe('compareCodePoints', () => {
  it.each([
    ['a', 'b', -1],
    ['b', 'a', 1],
    ['a', 'a', 0],
    ['a', 'ab', -1],
    ['Z', 'a', -1],
    ['\uFF01', '\u{1F600}', -1],
    ['\u{1F600}', '\uFF01', 1],
    ['\u{1F600}', '\u{1F601}', -1],
  ])('%j vs %j', (a, b, sign) => {
    expect(Math.sign(compareCodePoints(a, b))).toBe(sign)
  })

  it('agrees with comparing arrays of code points', () => {
    const byCodePoints = (a: string, b: string): number => {
      const x = Array.from(a, (c) => c.codePointAt(0)!)
      const y = Array.from(b, (c) => c.codePointAt(0)!)
      for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!
      return x.length - y.length
    }
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        expect(Math.sign(compareCodePoints(a, b))).toBe(Math.sign(byCodePoints(a, b)))
      }),
    )
  })
})
