import type Database from 'better-sqlite3'
import type { Passage, UpdateTextResult } from '../../shared/domain'
import { defaultRole, rolesForKind } from '../../shared/domain'
import { FactdeskError } from '../../shared/result'
import { reanchor } from './anchoring'
import { getArticle } from './articles'
import { createClaim, getClaim } from './claims'
import { recordChange } from './history'
import { getPassage, listPassages } from './passages'
import { contentHash, normaliseBody, quoteSelector } from './text'
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

/** Deletes a claim; its passages stay, unlinked, so nobody's tagging is lost with it. */
export function deleteClaim(db: Database.Database, id: number, editor: string, at: string): void {
  const before = getClaim(db, id)
  db.prepare('DELETE FROM claims WHERE id = ?').run(id)
  recordChange(db, editor, at, { entity: 'claim', entityId: id, action: 'delete', oldValue: before })
}

/**
 * Replaces an article's text and re-anchors each of its passages: by position, then exact quote,
 * then fuzzy quote; what cannot be placed becomes an orphan, keeping its old selectors.
 */
export function updateArticleText(
  db: Database.Database,
  articleId: number,
  text: string,
  editor: string,
  at: string
): UpdateTextResult {
  const article = getArticle(db, articleId)
  const body = normaliseBody(text)
  if (!body) throw new FactdeskError('invalid_input', 'the article text cannot be empty')
  if (body === article.body) return { article, placed: 0, orphaned: [], passages: listPassages(db, articleId) }
  const hash = contentHash(body)
  const clash = db.prepare('SELECT id FROM articles WHERE content_hash = ? AND id <> ?').get(hash, articleId)
  if (clash) throw new FactdeskError('conflict', 'another article in this project already has exactly this text')
  db.prepare('UPDATE articles SET body = ?, content_hash = ? WHERE id = ?').run(body, hash, articleId)
  recordChange(db, editor, at, {
    entity: 'article',
    entityId: articleId,
    action: 'update',
    field: 'body',
    oldValue: { chars: article.body.length, hash: article.contentHash },
    newValue: { chars: body.length, hash }
  })

  let placed = 0
  const orphaned: number[] = []
  const setSpan = db.prepare(
    'UPDATE passages SET start = ?, "end" = ?, exact = ?, prefix = ?, suffix = ?, orphaned = 0 WHERE id = ?'
  )
  for (const p of listPassages(db, articleId)) {
    if (p.orphaned) {
      orphaned.push(p.id)
      continue
    }
    const where = reanchor(article.body, body, p)
    if (!where) {
      db.prepare('UPDATE passages SET orphaned = 1 WHERE id = ?').run(p.id)
      recordChange(db, editor, at, { entity: 'passage', entityId: p.id, action: 'orphan', oldValue: p.exact })
      orphaned.push(p.id)
      continue
    }
    placed++
    const sel = quoteSelector(body, where.start, where.end)
    const same = where.start === p.start && where.end === p.end
    if (same && sel.exact === p.exact && sel.prefix === p.prefix && sel.suffix === p.suffix) continue
    setSpan.run(where.start, where.end, sel.exact, sel.prefix, sel.suffix, p.id)
    recordChange(db, editor, at, {
      entity: 'passage',
      entityId: p.id,
      action: 'reanchor',
      field: 'span',
      oldValue: { start: p.start, end: p.end },
      newValue: { start: where.start, end: where.end, how: where.how }
    })
  }
  return { article: getArticle(db, articleId), placed, orphaned, passages: listPassages(db, articleId) }
}
