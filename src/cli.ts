/**
 * The command-line program. argv, cwd, environment and streams are injected, so tests run it
 * in-process; it never calls process.exit and returns the exit code instead.
 *
 * Each command is imported when it runs, not before: `--help` and `ingest seeds/` start in a
 * fraction of the time it takes to load every command's modules (the schema, the extractors).
 */
import { Command, CommanderError, Option } from 'commander'
import type { Format } from './writers/index.js'
import type { Io } from './commands/io.js'
import { useColor } from './commands/io.js'

export type { Io }

/** The writers' formats, named here so that parsing the arguments loads no writer. */
const formats = ['json', 'jsonl', 'csv'] as const satisfies readonly Format[]
// ...and every format is named: adding one to the writers without adding it here fails to compile.
type Named<T extends true> = T
export type EveryFormatNamed = Named<[Exclude<Format, (typeof formats)[number]>] extends [never] ? true : false>

export async function main(io: Io): Promise<number> {
  let code = 0
  const program = new Command('ingest')
    .description('Turn a folder of project pages into one validated dataset (JSON, JSON Lines or CSV).')
    .version(io.version ?? '0.0.0', '-V, --version')
    .argument('[paths...]', 'files and folders to read (folders recursively); - reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(formats).default('json'))
    .option('-o, --output <file>', 'write the dataset to FILE (atomically) instead of standard output')
    .option('--tables <dir>', 'write the relational form (CSV tables + datapackage.json) to DIR instead')
    .option('--report <file>', 'write a Markdown data-quality report to FILE')
    .option('--rates <file>', 'JSON file of euro rates for other currencies: {"USD": 1.08} (units per 1 EUR)')
    .option('--encoding <label>', 'decode every input with this encoding instead of detecting it')
    .option('--max-bytes <n>', 'skip files larger than N bytes (default 10485760)')
    .option('--shard <k/n>', 'only read the K-th of N stable shares of the inputs (for CI matrices)')
    .option('--workers <n>', 'worker threads for the per-file stages beside the main thread, which does its share; 0 runs them all on the main thread (default: one per core but one, from 15,000 files on)')
    .option('--contacts', 'include contact persons (personal data; left out by default)')
    .option('--strict', 'exit 1 when any record has a warning')
    .option('-q, --quiet', 'print only errors on standard error')
    .option('-v, --verbose', 'also print info messages')
    .option('--no-color', 'never colour the messages (NO_COLOR is honoured too)')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
      outputError: (text, write) => write(text),
    })
    .action(async (paths: string[], options) => {
      const { runCommand } = await import('./commands/run.js')
      code = await runCommand(paths, options, io)
    })

  program
    .command('schema')
    .description("print the record's JSON Schema (generated from the zod schema)")
    .action(async () => {
      const { schemaCommand } = await import('./commands/schema.js')
      code = await schemaCommand(io)
    })
  program
    .command('validate')
    .description('check a JSON or JSON Lines dataset against the schema')
    .argument('<file>', 'dataset to check; - reads standard input')
    .action(async (file: string) => {
      const { validateCommand } = await import('./commands/validate.js')
      code = await validateCommand(file, io, useColor(io, program.opts().color !== false))
    })
  program
    .command('explain')
    .description('show how one document was read: layout scores, every field with its source position')
    .argument('<file>', 'the document')
    .option('--encoding <label>', 'decode with this encoding')
    .option('--rates <file>', 'JSON file of euro rates for other currencies')
    .action(async (file: string, options: { encoding?: string; rates?: string }) => {
      const { explainCommand } = await import('./commands/explain.js')
      code = await explainCommand(file, options, io)
    })
  program
    .command('layouts')
    .description('list the layouts ingest knows')
    .action(async () => {
      const { layoutsCommand } = await import('./commands/layouts.js')
      code = await layoutsCommand(io)
    })
  program
    .command('merge')
    .description('join JSON Lines outputs of sharded runs into the bytes one run would have written')
    .argument('<files...>', 'JSON Lines files written by `ingest --format jsonl --shard K/N`')
    .addOption(new Option('-f, --format <format>', 'output format').choices(formats).default('json'))
    .option('-o, --output <file>', 'write to FILE (atomically) instead of standard output')
    .action(async (files: string[], options: { format: (typeof formats)[number]; output?: string }) => {
      const { mergeCommand } = await import('./commands/merge.js')
      code = await mergeCommand(files, options, io)
    })

  try {
    await program.parseAsync(io.argv, { from: 'user' })
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit 0; every other commander error is a usage error.
      return error.exitCode === 0 ? 0 : 2
    }
    throw error
  }
  return code
}
