import type Database from 'better-sqlite3'
import type { HistoryEntry } from '../../shared/domain'
import { statement } from '../store/statements'

export interface Change {
  entity: HistoryEntry['entity']
  entityId: number | null
  action: string
  field?: string | null
  oldValue?: unknown
  newValue?: unknown
}

const asText = (v: unknown): string | null =>
  v === undefined || v === null ? null : typeof v === 'string' ? v : JSON.stringify(v)

export function recordChange(db: Database.Database, editor: string, at: string, c: Change): void {
  statement(
    db,
    `INSERT INTO history (at, editor, entity, entity_id, action, field, old_value, new_value)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
  ).run(at, editor, c.entity, c.entityId, c.action, c.field ?? null, asText(c.oldValue), asText(c.newValue))
}

export interface HistoryRow {
  id: number
  at: string
  editor: string
  entity: HistoryEntry['entity']
  entity_id: number | null
  action: string
  field: string | null
  old_value: string | null
  new_value: string | null
}

export function listHistory(
  db: Database.Database,
  q: { entity?: HistoryEntry['entity']; entityId?: number; limit?: number }
): HistoryEntry[] {
  const rows = db
    .prepare(
      `SELECT * FROM history
       WHERE (@entity IS NULL OR entity = @entity) AND (@entityId IS NULL OR entity_id = @entityId)
       ORDER BY id DESC LIMIT @limit`
    )
    .all({ entity: q.entity ?? null, entityId: q.entityId ?? null, limit: q.limit ?? 500 }) as HistoryRow[]
  return rows.map(toHistoryEntry)
}

export const toHistoryEntry = (r: HistoryRow): HistoryEntry => ({
  id: r.id,
  at: r.at,
  editor: r.editor,
  entity: r.entity,
  entityId: r.entity_id,
  action: r.action,
  field: r.field,
  oldValue: r.old_value,
  newValue: r.new_value
})
