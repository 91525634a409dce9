/** A one-line progress counter on standard error, only on a terminal and only for long runs. */
export class Progress {
  readonly #stream: NodeJS.WritableStream
  readonly #total: number
  readonly #enabled: boolean
  readonly #started = Date.now()
  #done = 0
  #shown = false
  #last = 0

  constructor(stream: NodeJS.WritableStream, total: number, enabled: boolean) {
    this.#stream = stream
    this.#total = total
    this.#enabled = enabled && total > 1
  }

  tick(): void {
    this.#done++
    if (!this.#enabled) return
    const now = Date.now()
    // Quiet for the first second, then at most five updates a second.
    if (now - this.#started < 1000 || now - this.#last < 200) return
    this.#last = now
    this.#shown = true
    this.#stream.write(`\r\x1b[Kingest: ${this.#done}/${this.#total} files`)
  }

  done(): void {
    if (this.#shown) this.#stream.write('\r\x1b[K')
    this.#shown = false
  }
}
