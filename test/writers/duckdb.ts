/** A real CSV consumer for the writer tests: an in-memory DuckDB. */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api'

export interface Duck {
  rows(sql: string): Promise<Record<string, unknown>[]>
  /** The single value of a one-row, one-column query, as a JS number when it is a count. */
  value(sql: string): Promise<unknown>
  close(): void
}

export async function openDuck(): Promise<Duck> {
  const instance = await DuckDBInstance.create(':memory:')
  const connection: DuckDBConnection = await instance.connect()
  const rows = async (sql: string) => (await connection.runAndReadAll(sql)).getRowObjectsJS()
  return {
    rows,
    async value(sql) {
      const [row] = await rows(sql)
      const value = row === undefined ? undefined : Object.values(row)[0]
      return typeof value === 'bigint' ? Number(value) : value
    },
    close() {
      connection.closeSync()
      instance.closeSync()
    },
  }
}

/** A string as an SQL literal. */
export const literal = (text: string): string => `'${text.replaceAll("'", "''")}'`
