import type Database from 'better-sqlite3'
import { createHash } from 'node:crypto'

export interface ProjectDigest {
  /** Row count of every table, by name. */
  counts: Record<string, number>
  /** SHA-256 over every row of every table, in a fixed order. */
  sha256: string
}

/**
 * A content fingerprint of a project file: Save As compares the copy's with the original's, so
 * a copy that differs in any row is caught before it takes the target's name.
 */
export function projectDigest(db: Database.Database): ProjectDigest {
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
       AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name`
    )
    .pluck()
    .all() as string[]
  const hash = createHash('sha256')
  const counts: Record<string, number> = {}
  for (const table of tables) {
    const quoted = `"${table.replace(/"/g, '""')}"`
    // Ordered by every column, so WITHOUT ROWID tables (FTS5 shadow tables) sort the same way too.
    const width = (db.prepare(`SELECT * FROM ${quoted} LIMIT 0`).columns() ?? []).length
    const order = Array.from({ length: width }, (_, i) => i + 1).join(', ')
    const rows = db
      .prepare(`SELECT * FROM ${quoted}${order ? ` ORDER BY ${order}` : ''}`)
      .raw()
      .iterate()
    let n = 0
    hash.update(`\u0000table ${table}\u0000`)
    for (const row of rows as Iterable<unknown[]>) {
      n++
      for (const v of row) {
        if (Buffer.isBuffer(v)) hash.update(`b${v.length}:`).update(v)
        else hash.update(`${typeof v}:${String(v)}\u0001`)
      }
      hash.update('\u0002')
    }
    counts[table] = n
  }
  return { counts, sha256: hash.digest('hex') }
}
