import type Database from 'better-sqlite3'
import { recordChange } from '../history'
import { DEFAULT_IMPORT_MAX_BYTES } from './types'

/** The project's file-size limit for imports (setting `importMaxBytes`), 20 MB unless set. */
export function readImportMaxBytes(db: Database.Database): number {
  const row = db.prepare("SELECT value FROM settings WHERE key = 'importMaxBytes'").get() as
    { value: string } | undefined
  const n = row ? Number(JSON.parse(row.value)) : NaN
  return Number.isFinite(n) && n > 0 ? n : DEFAULT_IMPORT_MAX_BYTES
}

export function writeImportMaxBytes(
  db: Database.Database,
  maxBytes: number,
  editor: string,
  at: string
): { maxBytes: number } {
  const before = readImportMaxBytes(db)
  if (before === maxBytes) return { maxBytes }
  db.prepare(
    "INSERT INTO settings (key, value) VALUES ('importMaxBytes', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"
  ).run(JSON.stringify(maxBytes))
  recordChange(db, editor, at, {
    entity: 'settings',
    entityId: null,
    action: 'update',
    field: 'importMaxBytes',
    oldValue: before,
    newValue: maxBytes
  })
  return { maxBytes }
}
