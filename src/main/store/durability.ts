import type Database from 'better-sqlite3'
import { FactdeskError } from '../../shared/result'

/** README's promise for a project file: a write-ahead log, and every commit synced (FULL = 2). */
export const PROMISED = { journalMode: 'wal', synchronous: 2 } as const

/**
 * Sets the promise on the writing connection and reads it back: SQLite answers a `journal_mode`
 * it cannot use (a file system without shared memory) with the mode it kept, silently.
 */
export function makeDurable(db: Database.Database, path: string): void {
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  const mode = db.pragma('journal_mode', { simple: true })
  const sync = db.pragma('synchronous', { simple: true })
  if (mode !== PROMISED.journalMode || sync !== PROMISED.synchronous) {
    throw new FactdeskError(
      'io',
      `${path} cannot be kept safely here (journal_mode ${String(mode)}, synchronous ${String(sync)}); move it to a local disk`
    )
  }
}

/**
 * Read-only and worker connections write nothing, but they get the same setting, so every
 * connection the code opens says what the README says (tests/unit/connections.test.ts).
 */
export function syncLikeWriter(db: Database.Database): void {
  db.pragma('synchronous = FULL')
}
