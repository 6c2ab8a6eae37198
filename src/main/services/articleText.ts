import type Database from 'better-sqlite3'
import type { UpdateTextResult } from '../../shared/domain'
import { FactdeskError } from '../../shared/result'
import { reanchor } from './anchoring'
import { getArticle } from './articles'
import { recordChange } from './history'
import { listPassages } from './passages'
import { contentHash, normaliseBody, quoteSelector } from './text'

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
