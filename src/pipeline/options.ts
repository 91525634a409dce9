/** What the per-file stages need to know about the run (plain data: it crosses worker threads). */
export interface StageOptions {
  /** Units of a currency per 1 EUR, from `--rates`. */
  rates: ReadonlyMap<string, string>
  /** Keep contact persons (personal data) in the records. */
  contacts: boolean
  /** Decode with this encoding instead of detecting one. */
  encoding: string | undefined
  /** Files larger than this are skipped. */
  maxBytes: number
}
