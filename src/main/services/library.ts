import type Database from 'better-sqlite3'
import type { Article, ArticleMeta, Passage } from '../../shared/domain'
import { getArticle } from './articles'
import { recordChange } from './history'
import { listPassages } from './passages'

const COLUMNS: Record<keyof ArticleMeta, string> = {
  title: 'title',
  outlet: 'outlet',
  author: 'author',
  url: 'url',
  publishedAt: 'published_at',
  language: 'language'
}

/** Edits an article's metadata, one history entry per changed field. */
export function updateArticleMeta(
  db: Database.Database,
  id: number,
  patch: Partial<ArticleMeta>,
  editor: string,
  at: string
): Article {
  const before = getArticle(db, id)
  for (const key of Object.keys(COLUMNS) as (keyof ArticleMeta)[]) {
    if (!(key in patch) || patch[key] === undefined) continue
    const raw = patch[key]
    const value = raw && raw.trim() ? raw.trim().normalize('NFC') : key === 'title' ? before.title : null
    if (value === before[key]) continue
    db.prepare(`UPDATE articles SET ${COLUMNS[key]} = ?, updated_at = ? WHERE id = ?`).run(value, at, id)
    recordChange(db, editor, at, {
      entity: 'article',
      entityId: id,
      action: 'update',
      field: key,
      oldValue: before[key],
      newValue: value
    })
  }
  return getArticle(db, id)
}

/** What goes with an article: its passages, their links, and claims left with no passage at all. */
export function deleteImpact(db: Database.Database, id: number): { passages: number; links: number; claims: number } {
  getArticle(db, id)
  const passages = db.prepare('SELECT count(*) FROM passages WHERE article_id = ?').pluck().get(id) as number
  const links = db
    .prepare('SELECT count(*) FROM links l JOIN passages p ON p.id = l.passage_id WHERE p.article_id = ?')
    .pluck()
    .get(id) as number
  const claims = db
    .prepare(
      `SELECT count(DISTINCT l.claim_id) FROM links l JOIN passages p ON p.id = l.passage_id
       WHERE p.article_id = ? AND NOT EXISTS (
         SELECT 1 FROM links l2 JOIN passages p2 ON p2.id = l2.passage_id
         WHERE l2.claim_id = l.claim_id AND p2.article_id <> ?)`
    )
    .pluck()
    .get(id, id) as number
  return { passages, links, claims }
}

/** Deletes an article with its passages and links (cascade); claims stay, as the editor's work. */
export function deleteArticle(
  db: Database.Database,
  id: number,
  editor: string,
  at: string
): { id: number; passages: Passage[] } {
  const a = getArticle(db, id)
  const impact = deleteImpact(db, id)
  const passages = listPassages(db, id)
  db.prepare('DELETE FROM articles WHERE id = ?').run(id)
  recordChange(db, editor, at, {
    entity: 'article',
    entityId: id,
    action: 'delete',
    oldValue: { title: a.title, passages: impact.passages, links: impact.links }
  })
  return { id, passages }
}
