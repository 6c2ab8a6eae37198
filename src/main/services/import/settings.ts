import type Database from 'better-sqlite3'
import { DEFAULT_IMPORT_MAX_BYTES } from './pipeline'

/** The project's file-size limit for imports (setting `importMaxBytes`), 20 MB unless set. */
export function readImportMaxBytes(db: Database.Database): number {
  const row = db.prepare("SELECT value FROM settings WHERE key = 'importMaxBytes'").get() as
    { value: string } | undefined
  const n = row ? Number(JSON.parse(row.value)) : NaN
  return Number.isFinite(n) && n > 0 ? n : DEFAULT_IMPORT_MAX_BYTES
}
