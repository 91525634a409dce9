#!/usr/bin/env node
// Thin: wire argv, streams and the exit code to the program; everything else is in src/
// (run from one minified CommonJS bundle of the compiled modules, through V8's code cache:
// see src/code-cache.ts; `node --enable-source-maps` maps stack traces back). This file is
// CommonJS too (bin/package.json): an ES module entry would start Node's module loader for
// it alone (~20 ms of `ingest seeds/`).
'use strict'
const { readFileSync } = require('node:fs')
const path = require('node:path')
const { requireBundle, writeCodeCache } = require('../dist/bundle/code-cache.cjs')

const { main } = requireBundle(path.join(__dirname, '..', 'dist', 'bundle', 'cli.cjs'))
const { version } = JSON.parse(readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8'))

void run()

async function run() {
  const code = await main({
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    env: process.env,
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    version,
  })
  // Exit as soon as the output is out. Left to itself, Node first waits for V8's background
  // compile jobs, which a short run leaves behind and which no longer serve (~10 ms of `ingest seeds/`).
  await Promise.all([flushed(process.stdout), flushed(process.stderr)])
  // `npm run build` runs `ingest seeds/` once so, to keep what it compiled for the next start.
  if (process.env.INGEST_WRITE_CODE_CACHE) writeCodeCache()
  process.exit(code)
}

/** Resolves once nothing waits to be written to `stream` (or it can take nothing more). */
function flushed(stream) {
  if (stream.writableLength === 0 || stream.destroyed) return undefined
  return new Promise((resolve) => {
    stream.once('drain', resolve)
    stream.once('close', resolve)
    stream.once('error', resolve)
  })
}
