import type Database from 'better-sqlite3'

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>()

/**
 * A prepared statement kept for the life of its connection. Preparing costs more than running
 * a small insert, and bulk paths (import, tagging at scale) run the same few statements
 * thousands of times.
 */
export function statement(db: Database.Database, sql: string): Database.Statement {
  let forDb = cache.get(db)
  if (!forDb) cache.set(db, (forDb = new Map()))
  let s = forDb.get(sql)
  if (!s) forDb.set(sql, (s = db.prepare(sql)))
  return s
}
