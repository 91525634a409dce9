/** Run the CLI in-process with injected streams, as the bin does, and capture what it prints. */
import { PassThrough, Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { main } from '../../src/cli.js'

export const root = fileURLToPath(new URL('../..', import.meta.url))

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

export async function runCli(
  argv: string[],
  options: { cwd?: string; env?: Record<string, string | undefined>; stdin?: string | Buffer; tty?: boolean } = {},
): Promise<CliResult> {
  const stdout = new PassThrough()
  const stderr = Object.assign(new PassThrough(), { isTTY: options.tty === true })
  const out: Buffer[] = []
  const err: Buffer[] = []
  stdout.on('data', (chunk: Buffer) => out.push(chunk))
  stderr.on('data', (chunk: Buffer) => err.push(chunk))
  const code = await main({
    argv,
    cwd: options.cwd ?? root,
    env: options.env ?? {},
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    stdout,
    stderr,
    version: '0.0.0-test',
  })
  await new Promise((resolve) => setImmediate(resolve))
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }
}
