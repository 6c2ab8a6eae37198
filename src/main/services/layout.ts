import type Database from 'better-sqlite3'
import { paneLayoutSchema, type PaneLayout } from '../../shared/contract/layout'

const KEY = 'paneLayout'

/** The saved layout, or null when none was saved or what was saved no longer reads as one. */
export function readLayout(db: Database.Database): PaneLayout | null {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined
  if (!row) return null
  try {
    const parsed = paneLayoutSchema.safeParse(JSON.parse(row.value))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

export function writeLayout(db: Database.Database, layout: PaneLayout): void {
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'
  ).run(KEY, JSON.stringify(layout))
}
