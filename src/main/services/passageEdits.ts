import type Database from 'better-sqlite3'
import type { Passage } from '../../shared/domain'
import { defaultRole, rolesForKind } from '../../shared/domain'
import { FactdeskError } from '../../shared/result'
import { getArticle } from './articles'
import { createClaim, getClaim } from './claims'
import { recordChange } from './history'
import { getPassage } from './passages'
import { quoteSelector } from './text'
import type { ParsedInputOf } from '../../shared/contract'

/** A passage update as the contract parses it, less the id; claimId null unlinks it. */
export type PassagePatch = Omit<ParsedInputOf<'passages.update'>, 'id'>

/** Changes a passage's kind, role, span, claim or note; each changed field is one history entry. */
export function updatePassage(
  db: Database.Database,
  id: number,
  patch: PassagePatch,
  editor: string,
  at: string
): Passage {
  const before = getPassage(db, id)
  const log = (field: string, oldValue: unknown, newValue: unknown) =>
    recordChange(db, editor, at, { entity: 'passage', entityId: id, action: 'update', field, oldValue, newValue })
  const touch = () => db.prepare('UPDATE passages SET updated_at = ?, editor = ? WHERE id = ?').run(at, editor, id)

  if (patch.start !== undefined || patch.end !== undefined) {
    const start = patch.start ?? before.start
    const end = patch.end ?? before.end
    const { body } = getArticle(db, before.articleId)
    if (start < 0 || end <= start || end > body.length) {
      throw new FactdeskError('invalid_input', `the span ${start}–${end} does not fit the article (0–${body.length})`)
    }
    const sel = quoteSelector(body, start, end)
    if (sel.exact.trim().length === 0) throw new FactdeskError('invalid_input', 'the span holds no text')
    if (start !== before.start || end !== before.end || before.orphaned) {
      db.prepare(
        'UPDATE passages SET start = ?, "end" = ?, exact = ?, prefix = ?, suffix = ?, orphaned = 0 WHERE id = ?'
      ).run(start, end, sel.exact, sel.prefix, sel.suffix, id)
      log('span', { start: before.start, end: before.end, exact: before.exact }, { start, end, exact: sel.exact })
      touch()
    }
  }

  const kind = patch.kind ?? before.kind
  if (kind !== before.kind) {
    db.prepare('UPDATE passages SET kind = ? WHERE id = ?').run(kind, id)
    log('kind', before.kind, kind)
    touch()
  }

  let claimId = before.claimId
  if (patch.newClaimText !== undefined) claimId = createClaim(db, patch.newClaimText, editor, at).id
  else if (patch.claimId !== undefined) {
    if (patch.claimId !== null) getClaim(db, patch.claimId)
    claimId = patch.claimId
  }
  let role = patch.role ?? before.role ?? defaultRole(kind)
  if (!rolesForKind(kind).includes(role)) {
    if (patch.role !== undefined) {
      throw new FactdeskError('invalid_input', `a ${kind} passage cannot have the role "${patch.role}"`)
    }
    role = defaultRole(kind)
  }
  if (claimId !== before.claimId) {
    db.prepare('DELETE FROM links WHERE passage_id = ?').run(id)
    if (claimId !== null) {
      db.prepare('INSERT INTO links (passage_id, claim_id, role, editor, created_at) VALUES (?, ?, ?, ?, ?)').run(
        id,
        claimId,
        role,
        editor,
        at
      )
    }
    log('claim', before.claimId, claimId)
    touch()
  }
  if (claimId !== null && role !== before.role) {
    db.prepare('UPDATE links SET role = ? WHERE passage_id = ?').run(role, id)
    log('role', before.role, role)
    touch()
  }

  if (patch.note !== undefined && patch.note.normalize('NFC') !== before.note) {
    const note = patch.note.normalize('NFC')
    db.prepare('UPDATE passages SET note = ? WHERE id = ?').run(note, id)
    log('note', before.note, note)
    touch()
  }
  return getPassage(db, id)
}
