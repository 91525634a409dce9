/**
 * Loads the CLI's CommonJS bundle (`dist/bundle/*.cjs`) with V8's code cache, so a start
 * skips parsing and compiling what the last cache write saw run (~35 ms of `ingest seeds/`).
 * `npm run build` writes the cache once (`INGEST_WRITE_CODE_CACHE=1 ingest seeds/`): each
 * chunk's compiled functions go to `<chunk>.cache` beside it. Node 22 has
 * `module.enableCompileCache` for this; Node 20 has only `vm.Script`'s `cachedData`, which
 * needs the chunks to be classic scripts, hence CommonJS.
 *
 * A cache is only a hint: when it is missing, unreadable, or made by another Node (V8 checks
 * its version, flags and the source's hash and rejects it), the chunk compiles as usual.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import Module, { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { Script } from 'node:vm'

/** What the cache did in this process (read by the tests). */
export const codeCacheStats = { accepted: 0, rejected: 0, missing: 0 }

interface Compiled {
  readonly script: Script
  readonly cacheFile: string
}

interface LoadableModule {
  exports: unknown
  _compile(content: string, filename: string): unknown
}

const compiled: Compiled[] = []
let hooked = false

/**
 * `require`s the CommonJS file at the absolute path `file` and the chunks it loads from its
 * folder, each through the code cache. Other modules load as Node loads them.
 */
export function requireBundle<T>(file: string): T {
  // Source maps are registered by Node's own compile step, which this would bypass.
  if (!process.sourceMapsEnabled) hookCompile(dirname(file) + '/')
  return createRequire(file)(file) as T
}

/** Writes the compiled code of every chunk loaded so far beside it, atomically (temp file, rename). */
export function writeCodeCache(): void {
  for (const { script, cacheFile } of compiled) {
    const temporary = `${cacheFile}.${process.pid}.tmp`
    writeFileSync(temporary, script.createCachedData())
    renameSync(temporary, cacheFile)
  }
}

function hookCompile(folder: string): void {
  if (hooked) return
  hooked = true
  const prototype = (Module as unknown as { prototype: LoadableModule }).prototype
  const nodeCompile = prototype._compile
  prototype._compile = function (this: LoadableModule, content: string, filename: string) {
    if (!filename.startsWith(folder) || !filename.endsWith('.cjs')) return nodeCompile.call(this, content, filename)
    return runChunk(this, content, filename)
  }
}

function runChunk(module: LoadableModule, content: string, filename: string): unknown {
  const cacheFile = `${filename}.cache`
  const cachedData = readCache(cacheFile)
  const script = new Script(Module.wrap(content), { filename, cachedData })
  if (cachedData === undefined) codeCacheStats.missing++
  else if (script.cachedDataRejected) codeCacheStats.rejected++
  else codeCacheStats.accepted++
  compiled.push({ script, cacheFile })
  const wrapper = script.runInThisContext() as (...args: unknown[]) => unknown
  return wrapper.call(module.exports, module.exports, createRequire(filename), module, filename, dirname(filename))
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file)
  } catch {
    return undefined
  }
}
