/**
 * Turn command-line paths into the list of inputs: files as they are, folders
 * walked recursively, `-` as standard input.
 *
 * The result never depends on the order the filesystem lists entries: folder
 * entries are visited in code-point order and the final list is sorted by
 * display path. Problems with one path become messages; the walk goes on.
 */
import { promises as fs, type BigIntStats, type Dirent } from 'node:fs'
import path from 'node:path'
import type { Level, Message } from '../diagnostics/message.js'
import { compareCodePoints } from './path-order.js'
import { osReason } from './read.js'

export interface ExpandOptions {
  /** Folder that relative paths are resolved against. */
  cwd: string
}

/**
 * One input to read: all a run keeps per file until the file's turn comes. Plain and small,
 * so a run over 100,000 files holds 100,000 of these, not 100,000 SourceFile objects.
 */
export interface FileInput {
  /** Path as shown to the user and stored in `source.path`, with `/` separators. */
  readonly path: string
  /** Where to read it from: a filesystem path, or null for standard input. */
  readonly location: string | null
}

export interface ExpandResult {
  /** Regular files (and standard input), one per display path, sorted by display path. */
  files: FileInput[]
  /** Problems met while walking (`symlink-loop`, `unreadable`, `not-a-file`, …). */
  messages: Message[]
  /** Paths, as given, that do not exist: the caller stops before any work. */
  missing: string[]
}

/** The display path of standard input. */
export const STDIN_PATH = '-'

export async function expandInputs(paths: string[], options: ExpandOptions): Promise<ExpandResult> {
  const found = new Map<string, string | null>()
  const messages: Message[] = []
  const missing: string[] = []
  const add = (display: string, location: string | null): void => {
    if (!found.has(display)) found.set(display, location)
  }
  const say = (display: string, level: Level, code: string, reason: string): void => {
    messages.push({ path: display, level, code, message: reason, line: null, column: null })
  }

  for (const given of paths) {
    if (given === STDIN_PATH) {
      add(STDIN_PATH, null)
      continue
    }
    if (given === '') {
      missing.push(given)
      continue
    }
    const display = displayPath(given)
    const location = path.resolve(options.cwd, given)
    let stats: BigIntStats
    try {
      stats = await fs.stat(location, { bigint: true })
    } catch (error) {
      const code = errorCode(error)
      if (code === 'ENOENT' || code === 'ENOTDIR') missing.push(given)
      else if (code === 'ELOOP') say(display, 'warning', 'symlink-loop', 'skipped: the symbolic link points back to itself')
      else say(display, 'error', 'unreadable', `cannot open: ${osReason(error)}`)
      continue
    }
    if (stats.isDirectory()) {
      await walk(display, location, stats, { add, say, ancestors: new Set(), entered: new Set() })
    } else if (stats.isFile()) {
      add(display, location)
    } else {
      say(display, 'warning', 'not-a-file', `skipped: ${describeKind(stats)}, not a regular file`)
    }
  }

  const files: FileInput[] = []
  // One string, not two equal ones, when a folder was named by its absolute path.
  for (const [display, location] of found) files.push({ path: display, location: location === display ? display : location })
  found.clear()
  files.sort((a, b) => compareCodePoints(a.path, b.path))
  return { files, messages, missing }
}

interface Walk {
  add(display: string, location: string): void
  say(display: string, level: Level, code: string, reason: string): void
  /** Folders on the way from the top of this walk down to the current one. */
  ancestors: Set<string>
  /** Every folder entered so far in this walk. */
  entered: Set<string>
}

/**
 * Walk one folder. A folder reached again through a symbolic link is not
 * entered twice: when it is one of its own ancestors that is a loop (warning);
 * otherwise it was already walked under another name (info). That keeps the
 * walk linear even for links that fan out to the same folders.
 */
async function walk(display: string, location: string, stats: BigIntStats, state: Walk): Promise<void> {
  const id = identity(stats)
  state.ancestors.add(id)
  state.entered.add(id)
  try {
    let entries: Dirent[]
    try {
      entries = await fs.readdir(location, { withFileTypes: true })
    } catch (error) {
      state.say(display, 'error', 'unreadable', `cannot list the folder: ${osReason(error)}`)
      return
    }
    // Hidden entries (`.git`, `.DS_Store`, editor swap files) are never inputs.
    const names = entries.filter((entry) => !entry.name.startsWith('.'))
    names.sort((a, b) => compareCodePoints(a.name, b.name))
    for (const entry of names) {
      await visit(entry, joinDisplay(display, entry.name), path.join(location, entry.name), state)
    }
  } finally {
    state.ancestors.delete(id)
  }
}

/**
 * Folders hold more than documents (gold labels, images, outputs of earlier runs): a walk
 * reads text files only. A file named on the command line is always read.
 */
export const TEXT_EXTENSIONS: ReadonlySet<string> = new Set(['', '.txt', '.text', '.md'])

function addFound(display: string, location: string, state: Walk): void {
  const extension = path.extname(display.slice(display.lastIndexOf('/') + 1)).toLowerCase()
  if (TEXT_EXTENSIONS.has(extension)) state.add(display, location)
  else state.say(display, 'info', 'not-a-text-file', `skipped: folders are read for .txt, .text, .md and extension-less files; name the file to read it anyway`)
}

async function visit(entry: Dirent, display: string, location: string, state: Walk): Promise<void> {
  // Most entries are plain files and folders: the listing already says so, no stat needed.
  if (entry.isFile()) {
    addFound(display, location, state)
    return
  }
  const viaLink = entry.isSymbolicLink()
  let stats: BigIntStats
  try {
    stats = await fs.stat(location, { bigint: true })
  } catch (error) {
    const code = errorCode(error)
    if (viaLink && code === 'ELOOP') {
      state.say(display, 'warning', 'symlink-loop', 'skipped: the symbolic link points back to itself')
    } else if (viaLink && code === 'ENOENT') {
      state.say(display, 'warning', 'broken-symlink', 'skipped: the symbolic link points to nothing')
    } else {
      state.say(display, 'error', 'unreadable', `cannot open: ${osReason(error)}`)
    }
    return
  }
  if (stats.isFile()) {
    addFound(display, location, state)
  } else if (stats.isDirectory()) {
    const id = identity(stats)
    if (state.ancestors.has(id)) {
      state.say(display, 'warning', 'symlink-loop', 'skipped: the folder is already being walked (the link leads back to a folder above it)')
    } else if (viaLink && state.entered.has(id)) {
      state.say(display, 'info', 'symlink-duplicate', 'skipped: the link leads to a folder that was already walked')
    } else {
      await walk(display, location, stats, state)
    }
  } else {
    state.say(display, 'warning', 'not-a-file', `skipped: ${describeKind(stats)}, not a regular file`)
  }
}

/**
 * The path as given, with `/` separators, `.` and `..` steps folded and no
 * trailing slash, so `seeds`, `seeds/` and `./seeds` name their files alike.
 */
export function displayPath(given: string): string {
  const slashed = path.sep === '/' ? given : given.split(path.sep).join('/')
  const normal = path.posix.normalize(slashed)
  const trimmed = normal.length > 1 && normal.endsWith('/') ? normal.slice(0, -1) : normal
  // A file literally named `-` must not be mistaken for standard input.
  return trimmed === STDIN_PATH ? `./${STDIN_PATH}` : trimmed
}

function joinDisplay(folder: string, name: string): string {
  if (folder === '.') return name === STDIN_PATH ? `./${name}` : name
  return folder.endsWith('/') ? `${folder}${name}` : `${folder}/${name}`
}

function identity(stats: BigIntStats): string {
  return `${stats.dev}:${stats.ino}`
}

function describeKind(stats: BigIntStats): string {
  if (stats.isFIFO()) return 'a named pipe'
  if (stats.isSocket()) return 'a socket'
  if (stats.isCharacterDevice()) return 'a character device'
  if (stats.isBlockDevice()) return 'a block device'
  return 'a special file'
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code
}
