import type Database from 'better-sqlite3'
import type { SpanMatch, Suggestion, UnlinkedArticle } from '../../../shared/contract/matching'
import { FactdeskError } from '../../../shared/result'
import { statement } from '../../store/statements'
import type { Workspace } from '../workspace'
import { indexArticle, indexNeedsSync, indexVersion, SlicedIndexer, syncIndex } from './index'
import { loadLexicon } from './lexicon'
import { matchSpan } from './match'
import { suggestForText } from './suggest'

/**
 * Indexes what is missing before a lookup. A writable project stores the index (outside undo:
 * it is derived data); a read-only one is left untouched and matchSpan segments the missing
 * articles in memory instead.
 */
export function ensureIndexed(ws: Workspace): void {
  const info = ws.requireInfo()
  const lex = loadLexicon()
  if (info.readOnly || !ws.read((db) => indexNeedsSync(db, lex))) return
  ws.write(({ db }) => syncIndex(db, lex), { undoable: false })
}

/** Called by addArticle inside its transaction; a failure only defers the work to the next lookup. */
export function indexNewArticle(db: Database.Database, id: number, body: string, hash: string): void {
  try {
    db.transaction(() => indexArticle(db, id, body, hash, loadLexicon()))()
  } catch {
    // The savepoint rolled back; the lazy sync before the next lookup indexes this article.
  }
}

/**
 * Indexes the given articles in small transactions between other work, so a bulk import stays
 * fast and the process keeps answering; whatever is not done yet the next lookup indexes itself.
 */
export function indexInBackground(ws: Workspace, ids: number[], budgetMs = 20): void {
  const file = ws.file
  const queue = [...ids]
  let current: SlicedIndexer | null = null
  const step = () => {
    if ((!queue.length && !current) || ws.file !== file) return
    try {
      ws.write(
        ({ db }) => {
          const lex = loadLexicon()
          // Articles a lookup has indexed meanwhile are skipped.
          const row = statement(
            db,
            `SELECT a.body, a.content_hash FROM articles a LEFT JOIN match_articles m ON m.article_id = a.id
             WHERE a.id = ? AND (m.article_id IS NULL OR m.version <> ? OR m.content_hash <> a.content_hash)`
          )
          const version = indexVersion(lex)
          const started = performance.now()
          while (performance.now() - started < budgetMs) {
            if (!current) {
              const id = queue.shift()
              if (id === undefined) break
              const a = row.get(id, version) as { body: string; content_hash: string } | undefined
              if (a) current = new SlicedIndexer(id, a.body, a.content_hash, lex)
              continue
            }
            if (current.step(db, budgetMs - (performance.now() - started))) current = null
          }
        },
        { undoable: false }
      )
    } catch {
      return
    }
    // A real pause between slices, so requests and the import itself keep their turn.
    setTimeout(step, 5)
  }
  setTimeout(step, 5)
}

export function matchForSpan(db: Database.Database, q: SpanQuery): SpanMatch[] {
  return matchSpan(db, q, loadLexicon())
}

/** How a lookup matches one span; the lookup worker passes one that remembers recent answers. */
export type SpanMatcher = (db: Database.Database, q: SpanQuery) => SpanMatch[]

export interface SpanQuery {
  articleId: number
  start: number
  end: number
  limit?: number
}

export function matchForPassage(
  db: Database.Database,
  passageId: number,
  limit?: number,
  match: SpanMatcher = matchForSpan
): SpanMatch[] {
  const p = db.prepare('SELECT article_id, start, "end" FROM passages WHERE id = ?').get(passageId) as
    { article_id: number; start: number; end: number } | undefined
  if (!p) throw new FactdeskError('not_found', `passage ${passageId} does not exist`)
  return match(db, { articleId: p.article_id, start: p.start, end: p.end, limit })
}

/** Articles whose best match for any of the claim's passages is not yet linked to the claim. */
export function unlinkedForClaim(
  db: Database.Database,
  claimId: number,
  limit = 20,
  match: SpanMatcher = matchForSpan
): UnlinkedArticle[] {
  if (!db.prepare('SELECT 1 FROM claims WHERE id = ?').get(claimId)) {
    throw new FactdeskError('not_found', `claim ${claimId} does not exist`)
  }
  const linked = db
    .prepare('SELECT p.id, p.article_id FROM passages p JOIN links l ON l.passage_id = p.id WHERE l.claim_id = ?')
    .all(claimId) as { id: number; article_id: number }[]
  const linkedArticles = new Set(linked.map((p) => p.article_id))
  const best = new Map<number, SpanMatch>()
  for (const p of linked) {
    for (const m of matchForPassage(db, p.id, 30, match)) {
      if (linkedArticles.has(m.articleId)) continue
      const prev = best.get(m.articleId)
      if (!prev || m.score > prev.score) best.set(m.articleId, m)
    }
  }
  const title = db.prepare('SELECT title FROM articles WHERE id = ?').pluck()
  return [...best.values()]
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((m) => ({ articleId: m.articleId, title: title.get(m.articleId) as string, best: m }))
}

/** Suggestions for an article; spans the editor already tagged are left out unless asked for. */
export function suggestForArticle(db: Database.Database, articleId: number, includeTagged = false): Suggestion[] {
  const body = db.prepare('SELECT body FROM articles WHERE id = ?').pluck().get(articleId) as string | undefined
  if (body === undefined) throw new FactdeskError('not_found', `article ${articleId} does not exist`)
  const all = suggestForText(body, loadLexicon())
  if (includeTagged) return all
  const tagged = db.prepare('SELECT start, "end" FROM passages WHERE article_id = ?').all(articleId) as {
    start: number
    end: number
  }[]
  return all.filter((s) => !tagged.some((t) => overlapShare(s, t) >= 0.5))
}

/** Overlap as a share of the shorter span: the span agreement used by tests and the UI. */
export function overlapShare(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start)
  if (inter <= 0) return 0
  return inter / Math.min(a.end - a.start, b.end - b.start)
}
