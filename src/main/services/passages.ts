import type Database from 'better-sqlite3'
import type { Kind, Passage, Role, TagResult } from '../../shared/domain'
import { defaultRole, rolesForKind } from '../../shared/domain'
import { FactdeskError } from '../../shared/result'
import { createClaim, getClaim } from './claims'
import { recordChange } from './history'
import { quoteSelector } from './text'
import type { ParsedInputOf } from '../../shared/contract'

interface PassageRow {
  id: number
  article_id: number
  start: number
  end: number
  exact: string
  prefix: string
  suffix: string
  kind: Kind
  note: string
  orphaned: number
  editor: string
  created_at: string
  updated_at: string
  claim_id: number | null
  role: Role | null
}

const SELECT = `SELECT p.*, l.claim_id, l.role FROM passages p LEFT JOIN links l ON l.passage_id = p.id`

const toPassage = (r: PassageRow): Passage => ({
  id: r.id,
  articleId: r.article_id,
  start: r.start,
  end: r.end,
  exact: r.exact,
  prefix: r.prefix,
  suffix: r.suffix,
  kind: r.kind,
  note: r.note,
  claimId: r.claim_id,
  role: r.role,
  orphaned: r.orphaned === 1,
  editor: r.editor,
  createdAt: r.created_at,
  updatedAt: r.updated_at
})

export function getPassage(db: Database.Database, id: number): Passage {
  const row = db.prepare(`${SELECT} WHERE p.id = ?`).get(id) as PassageRow | undefined
  if (!row) throw new FactdeskError('not_found', `passage ${id} does not exist`)
  return toPassage(row)
}

export function listClaimPassages(db: Database.Database, claimId: number): Passage[] {
  const rows = db.prepare(`${SELECT} WHERE l.claim_id = ? ORDER BY p.article_id, p.start, p.id`).all(claimId)
  return (rows as PassageRow[]).map(toPassage)
}

export function listPassages(db: Database.Database, articleId?: number): Passage[] {
  const rows = (
    articleId === undefined
      ? db.prepare(`${SELECT} ORDER BY p.article_id, p.start, p.id`).all()
      : db.prepare(`${SELECT} WHERE p.article_id = ? ORDER BY p.start, p.id`).all(articleId)
  ) as PassageRow[]
  return rows.map(toPassage)
}

/** The tag request as the contract parses it. */
export type TagInput = ParsedInputOf<'passages.tag'>

export function tagPassage(db: Database.Database, input: TagInput, editor: string, at: string): TagResult {
  const article = db.prepare('SELECT body FROM articles WHERE id = ?').get(input.articleId) as
    { body: string } | undefined
  if (!article) throw new FactdeskError('not_found', `article ${input.articleId} does not exist`)
  if (input.end > article.body.length) {
    throw new FactdeskError(
      'invalid_input',
      `the passage ends at ${input.end}, past the article's end (${article.body.length})`
    )
  }
  const sel = quoteSelector(article.body, input.start, input.end)
  if (sel.exact.trim().length === 0) throw new FactdeskError('invalid_input', 'the selection holds no text')

  const role = input.role ?? defaultRole(input.kind)
  if (!rolesForKind(input.kind).includes(role)) {
    throw new FactdeskError('invalid_input', `a ${input.kind} passage cannot have the role "${role}"`)
  }
  let claim = null
  if (input.claimId !== undefined) claim = getClaim(db, input.claimId)
  else if (input.newClaimText !== undefined) claim = createClaim(db, input.newClaimText, editor, at)

  const info = db
    .prepare(
      `INSERT INTO passages (article_id, start, "end", exact, prefix, suffix, kind, note, editor, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    )
    .run(
      input.articleId,
      input.start,
      input.end,
      sel.exact,
      sel.prefix,
      sel.suffix,
      input.kind,
      input.note ?? '',
      editor,
      at,
      at
    )
  const id = Number(info.lastInsertRowid)
  recordChange(db, editor, at, {
    entity: 'passage',
    entityId: id,
    action: 'create',
    newValue: { articleId: input.articleId, start: input.start, end: input.end, kind: input.kind, exact: sel.exact }
  })
  if (claim) {
    db.prepare('INSERT INTO links (passage_id, claim_id, role, editor, created_at) VALUES (?, ?, ?, ?, ?)').run(
      id,
      claim.id,
      role,
      editor,
      at
    )
    recordChange(db, editor, at, {
      entity: 'passage',
      entityId: id,
      action: 'link',
      field: 'claim',
      newValue: { claimId: claim.id, role }
    })
  }
  return { passage: getPassage(db, id), claim }
}

export function deletePassage(db: Database.Database, id: number, editor: string, at: string): Passage {
  const before = getPassage(db, id)
  db.prepare('DELETE FROM passages WHERE id = ?').run(id)
  recordChange(db, editor, at, { entity: 'passage', entityId: id, action: 'delete', oldValue: before })
  return before
}
