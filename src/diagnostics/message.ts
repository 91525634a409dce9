/**
 * A positioned message about one input file. `error` means the file gave no record
 * (the later stages skip it); `warning` and `info` travel into the record's diagnostics.
 */
import type { Diagnostic } from '../schema/record.js'
import { compareCodePoints } from '../pipeline/path-order.js'

export type Level = Diagnostic['level']

export interface Message extends Diagnostic {
  /** Display path of the file the message is about. */
  path: string
}

export const levelRank: Record<Level, number> = { error: 0, warning: 1, info: 2 }

/**
 * Sort messages by path, position, then code: reporters print a stable order. Paths compare
 * by code point, as files are read and records written (inputs.ts).
 */
export function compareMessages(a: Message, b: Message): number {
  return (
    compareCodePoints(a.path, b.path) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    levelRank[a.level] - levelRank[b.level] ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  )
}

/** The record-level view of a message (the contract's Diagnostic). */
export function toDiagnostic(message: Message): Diagnostic {
  const { level, code, message: text, line, column } = message
  return { level, code, message: text, line, column }
}
