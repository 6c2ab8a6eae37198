import type Database from 'better-sqlite3'
import type { Claim, ClaimSummary } from '../../shared/domain'
import { FactdeskError } from '../../shared/result'
import { INITIAL_STATUS } from '../../shared/statusScale'
import { recordChange } from './history'
import { readStatuses } from './settings'

export interface ClaimRow {
  id: number
  text: string
  claimant: string
  status: string
  rationale: string
  note: string
  /** Absent in a row read from a file older than migration 4 (a dump's restore never reads one). */
  review_url?: string
  created_at: string
  updated_at: string
}

export const toClaim = (r: ClaimRow): Claim => ({
  id: r.id,
  text: r.text,
  claimant: r.claimant,
  status: r.status,
  rationale: r.rationale,
  note: r.note,
  reviewUrl: r.review_url ?? '',
  createdAt: r.created_at,
  updatedAt: r.updated_at
})

export function getClaim(db: Database.Database, id: number): Claim {
  const row = db.prepare('SELECT * FROM claims WHERE id = ?').get(id) as ClaimRow | undefined
  if (!row) throw new FactdeskError('not_found', `claim ${id} does not exist`)
  return toClaim(row)
}

export function listClaims(db: Database.Database): ClaimSummary[] {
  const rows = db
    .prepare(
      `SELECT c.*,
         (SELECT count(*) FROM links l WHERE l.claim_id = c.id AND l.role = 'states') AS states_count,
         (SELECT count(*) FROM links l WHERE l.claim_id = c.id AND l.role = 'denies') AS denies_count,
         (SELECT count(*) FROM links l WHERE l.claim_id = c.id AND l.role IN ('supports', 'refutes', 'context')) AS evidence_count
       FROM claims c ORDER BY c.id`
    )
    .all() as (ClaimRow & { states_count: number; denies_count: number; evidence_count: number })[]
  return rows.map((r) => ({
    ...toClaim(r),
    counts: { states: r.states_count, denies: r.denies_count, evidence: r.evidence_count }
  }))
}

export function createClaim(db: Database.Database, text: string, editor: string, at: string): Claim {
  const info = db
    .prepare(
      `INSERT INTO claims (text, status, created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?)`
    )
    .run(text.trim().normalize('NFC'), firstActiveStatus(db), at, at, editor, editor)
  const id = Number(info.lastInsertRowid)
  recordChange(db, editor, at, { entity: 'claim', entityId: id, action: 'create', newValue: text })
  return getClaim(db, id)
}

function firstActiveStatus(db: Database.Database): string {
  const statuses = readStatuses(db).filter((s) => !s.retired)
  return statuses.find((s) => s.key === INITIAL_STATUS)?.key ?? statuses[0]?.key ?? INITIAL_STATUS
}

type ClaimPatch = Partial<Pick<Claim, 'text' | 'claimant' | 'status' | 'rationale' | 'note' | 'reviewUrl'>>
/** Patch field → column; column names come from this fixed map, never from input. */
const COLUMNS: Record<keyof ClaimPatch, string> = {
  text: 'text',
  claimant: 'claimant',
  status: 'status',
  rationale: 'rationale',
  note: 'note',
  reviewUrl: 'review_url'
}

export function updateClaim(db: Database.Database, id: number, patch: ClaimPatch, editor: string, at: string): Claim {
  const before = getClaim(db, id)
  if (patch.status !== undefined && patch.status !== before.status) {
    const status = readStatuses(db).find((s) => s.key === patch.status)
    if (!status) throw new FactdeskError('invalid_input', `"${patch.status}" is not a status of this project`)
    if (status.retired) throw new FactdeskError('invalid_input', `status "${status.label}" is retired`)
  }
  let changed = false
  for (const col of Object.keys(COLUMNS) as (keyof ClaimPatch)[]) {
    const value = patch[col]
    if (value === undefined || value === before[col]) continue
    const v = value.normalize('NFC')
    db.prepare(`UPDATE claims SET ${COLUMNS[col]} = ?, updated_at = ?, updated_by = ? WHERE id = ?`).run(
      v,
      at,
      editor,
      id
    )
    recordChange(db, editor, at, {
      entity: 'claim',
      entityId: id,
      action: 'update',
      field: col,
      oldValue: before[col],
      newValue: v
    })
    changed = true
  }
  return changed ? getClaim(db, id) : before
}

/** Deletes a claim; its passages stay, unlinked, so nobody's tagging is lost with it. */
export function deleteClaim(db: Database.Database, id: number, editor: string, at: string): void {
  const before = getClaim(db, id)
  db.prepare('DELETE FROM claims WHERE id = ?').run(id)
  recordChange(db, editor, at, { entity: 'claim', entityId: id, action: 'delete', oldValue: before })
}
