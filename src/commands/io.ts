/** What a command may touch: injected so tests run the program in-process. */
export interface Io {
  argv: string[]
  cwd: string
  env: Readonly<Record<string, string | undefined>>
  stdin: NodeJS.ReadableStream
  stdout: NodeJS.WritableStream & { isTTY?: boolean }
  stderr: NodeJS.WritableStream & { isTTY?: boolean }
  version?: string
}

/** Colour only on a terminal, never with NO_COLOR or --no-color. */
export function useColor(io: Io, allowed: boolean): boolean {
  if (!allowed) return false
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false
  return io.stderr.isTTY === true
}

export function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolve()))
  })
}
