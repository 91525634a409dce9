/**
 * CSV (formula) injection defence, after OWASP's "CSV Injection" advice: a spreadsheet
 * that opens the file runs any cell starting with a formula trigger, and the text we
 * write comes from untrusted web pages. Such a cell gets a leading `'`, which
 * spreadsheets read as "this is text" and hide.
 *
 * Only text is touched: a number cell is data the consumer needs intact, and a
 * negative number (`-12`) is not a formula.
 */

/** Characters that make a spreadsheet treat a cell as a formula (or start one). */
const formulaTriggers = new Set([
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  // Full-width forms: Apple Numbers normalises them to the ASCII triggers.
  '\uFF1D',
  '\uFF0B',
  '\uFF0D',
  '\uFF20',
])

/** True when a spreadsheet could run `text` as a formula. */
export function isFormulaLike(text: string): boolean {
  const first = text[0]
  return first !== undefined && formulaTriggers.has(first)
}

/** `text` made inert for spreadsheets: prefixed with `'` when it starts with a trigger. */
export function neutraliseFormula(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text
}

/** A cell made safe: text is neutralised, numbers and empty cells pass unchanged. */
export function safeCell<T extends string | number | null>(cell: T): T {
  return (typeof cell === 'string' ? neutraliseFormula(cell) : cell) as T
}
