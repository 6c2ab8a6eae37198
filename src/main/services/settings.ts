import type Database from 'better-sqlite3'
import type { Settings, StatusDef } from '../../shared/domain'
import { FactdeskError } from '../../shared/result'
import { recordChange } from './history'

type ScalarKey =
  'title' | 'editorName' | 'publisherName' | 'publisherUrl' | 'reviewTitle' | 'reviewUrl' | 'introduction'
const SCALAR_KEYS: ScalarKey[] = [
  'title',
  'editorName',
  'publisherName',
  'publisherUrl',
  'reviewTitle',
  'reviewUrl',
  'introduction'
]

export function readSetting(db: Database.Database, key: ScalarKey): string {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined
  return row ? (JSON.parse(row.value) as string) : ''
}

/** The stored claim order; a missing or damaged value is no order at all rather than an error. */
export function readClaimOrder(db: Database.Database): number[] {
  const row = db.prepare("SELECT value FROM settings WHERE key = 'claimOrder'").get() as { value: string } | undefined
  const v: unknown = row ? JSON.parse(row.value) : []
  return Array.isArray(v) ? v.filter((n): n is number => Number.isInteger(n) && n > 0) : []
}

function writeSetting(db: Database.Database, key: ScalarKey | 'claimOrder', value: string | number[]): void {
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'
  ).run(key, JSON.stringify(value))
}

export function readStatuses(db: Database.Database): StatusDef[] {
  const rows = db.prepare('SELECT key, label, rating, retired FROM statuses ORDER BY position').all() as {
    key: string
    label: string
    rating: number | null
    retired: number
  }[]
  return rows.map((r) => ({ key: r.key, label: r.label, rating: r.rating, retired: r.retired === 1 }))
}

export function getSettings(db: Database.Database): Settings {
  return {
    title: readSetting(db, 'title'),
    editorName: readSetting(db, 'editorName'),
    publisherName: readSetting(db, 'publisherName'),
    publisherUrl: readSetting(db, 'publisherUrl'),
    reviewTitle: readSetting(db, 'reviewTitle'),
    reviewUrl: readSetting(db, 'reviewUrl'),
    introduction: readSetting(db, 'introduction'),
    claimOrder: readClaimOrder(db),
    statuses: readStatuses(db)
  }
}

export function initSettings(db: Database.Database, title: string, editorName: string): void {
  writeSetting(db, 'title', title)
  writeSetting(db, 'editorName', editorName)
  writeSetting(db, 'publisherName', '')
  writeSetting(db, 'publisherUrl', '')
}

export function updateSettings(db: Database.Database, patch: Partial<Settings>, editor: string, at: string): void {
  const before = getSettings(db)
  for (const key of SCALAR_KEYS) {
    const value = patch[key]
    if (value === undefined || value === before[key]) continue
    writeSetting(db, key, value)
    recordChange(db, key === 'editorName' ? value : editor, at, {
      entity: 'settings',
      entityId: null,
      action: 'update',
      field: key,
      oldValue: before[key],
      newValue: value
    })
  }
  if (patch.claimOrder && JSON.stringify(patch.claimOrder) !== JSON.stringify(before.claimOrder)) {
    // Ids of deleted claims are kept harmlessly: the report skips what no longer exists.
    writeSetting(db, 'claimOrder', patch.claimOrder)
    recordChange(db, editor, at, {
      entity: 'settings',
      entityId: null,
      action: 'update',
      field: 'claimOrder',
      oldValue: before.claimOrder,
      newValue: patch.claimOrder
    })
  }
  if (patch.statuses) replaceStatuses(db, before.statuses, patch.statuses, editor, at)
}

/**
 * Statuses in use can be renamed, reordered or retired but never removed, so no claim is ever
 * left pointing at a status the project no longer knows.
 */
function replaceStatuses(
  db: Database.Database,
  before: StatusDef[],
  next: StatusDef[],
  editor: string,
  at: string
): void {
  const keys = new Set<string>()
  for (const s of next) {
    if (keys.has(s.key)) throw new FactdeskError('invalid_input', `status "${s.key}" appears twice`)
    keys.add(s.key)
  }
  const inUse = db.prepare('SELECT DISTINCT status FROM claims').pluck().all() as string[]
  for (const key of inUse) {
    if (!keys.has(key)) {
      throw new FactdeskError('conflict', `status "${key}" is used by claims; retire it instead of removing it`)
    }
  }
  if (!next.some((s) => !s.retired)) throw new FactdeskError('invalid_input', 'keep at least one active status')
  db.prepare(`DELETE FROM statuses WHERE key NOT IN (SELECT value FROM json_each(?))`).run(JSON.stringify([...keys]))
  const upsert = db.prepare(
    `INSERT INTO statuses (key, label, rating, position, retired) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(key) DO UPDATE SET label = excluded.label, rating = excluded.rating,
       position = excluded.position, retired = excluded.retired`
  )
  next.forEach((s, i) => upsert.run(s.key, s.label, s.rating, i, s.retired ? 1 : 0))
  recordChange(db, editor, at, {
    entity: 'settings',
    entityId: null,
    action: 'update',
    field: 'statuses',
    oldValue: before,
    newValue: next
  })
}
