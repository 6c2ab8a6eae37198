import type Database from 'better-sqlite3'
import type { Lexicon } from './lexicon'
import { terms } from './normalise'
import { segmentSentences } from './segment'

/** Bump when segmentation or normalisation changes; the lexicon hash is added to it. */
export const ENGINE_VERSION = 1

export const indexVersion = (lex: Lexicon) => `${ENGINE_VERSION}:${lex.hash}`

/** One sentence as the matcher sees it. */
export interface Unit {
  id: number
  articleId: number
  seq: number
  start: number
  end: number
  terms: string[]
}

/** Sentences and their distinct-in-order content terms, for one article body. */
export function unitsOf(articleId: number, body: string, lex: Lexicon): Omit<Unit, 'id'>[] {
  return segmentSentences(body, lex).map((s, seq) => ({
    articleId,
    seq,
    start: s.start,
    end: s.end,
    terms: terms(s.text, lex, s.start).map((t) => t.term)
  }))
}

/** Statements prepared once per connection: postings writes happen on every import. */
const statements = new WeakMap<Database.Database, ReturnType<typeof prepare>>()

function prepare(db: Database.Database) {
  return {
    termId: db.prepare('SELECT id FROM match_terms WHERE term = ?').pluck(),
    newTerm: db.prepare('INSERT INTO match_terms (term, df) VALUES (?, 0)'),
    df: db.prepare('UPDATE match_terms SET df = df + ? WHERE id = ?'),
    sentence: db.prepare('INSERT INTO match_sentences (article_id, seq, start, "end", terms) VALUES (?, ?, ?, ?, ?)'),
    posting: db.prepare('INSERT OR IGNORE INTO match_postings (term_id, sentence_id) VALUES (?, ?)'),
    unposting: db.prepare('DELETE FROM match_postings WHERE term_id = ? AND sentence_id = ?'),
    article: db.prepare(
      'INSERT OR REPLACE INTO match_articles (article_id, content_hash, version, sentences) VALUES (?, ?, ?, ?)'
    ),
    sentencesOf: db.prepare('SELECT id, terms FROM match_sentences WHERE article_id = ?'),
    dropSentences: db.prepare('DELETE FROM match_sentences WHERE article_id = ?'),
    dropArticle: db.prepare('DELETE FROM match_articles WHERE article_id = ?')
  }
}

function stmts(db: Database.Database) {
  let s = statements.get(db)
  if (!s) {
    s = prepare(db)
    statements.set(db, s)
  }
  return s
}

function termIdOf(db: Database.Database, term: string, create: boolean): number | null {
  const s = stmts(db)
  const id = s.termId.get(term) as number | undefined
  if (id !== undefined) return id
  if (!create) return null
  return Number(s.newTerm.run(term).lastInsertRowid)
}

/** Removes an article's sentences and postings (the article row itself may already be gone). */
export function unindexArticle(db: Database.Database, articleId: number): void {
  const s = stmts(db)
  for (const row of s.sentencesOf.all(articleId) as { id: number; terms: string }[]) {
    for (const term of new Set(row.terms.split(' ').filter(Boolean))) {
      const tid = termIdOf(db, term, false)
      if (tid === null) continue
      s.unposting.run(tid, row.id)
      s.df.run(-1, tid)
    }
  }
  s.dropSentences.run(articleId)
  s.dropArticle.run(articleId)
}

/** (Re)indexes one article inside the caller's transaction. */
export function indexArticle(db: Database.Database, articleId: number, body: string, hash: string, lex: Lexicon): void {
  unindexArticle(db, articleId)
  const s = stmts(db)
  const units = unitsOf(articleId, body, lex)
  // One id lookup and one df update per distinct term of the article, not per sentence.
  const ids = new Map<string, number>()
  const df = new Map<number, number>()
  for (const u of units) {
    const sid = Number(s.sentence.run(articleId, u.seq, u.start, u.end, u.terms.join(' ')).lastInsertRowid)
    for (const term of new Set(u.terms)) {
      let tid = ids.get(term)
      if (tid === undefined) {
        tid = termIdOf(db, term, true)!
        ids.set(term, tid)
      }
      s.posting.run(tid, sid)
      df.set(tid, (df.get(tid) ?? 0) + 1)
    }
  }
  for (const [tid, n] of df) s.df.run(n, tid)
  s.article.run(articleId, hash, indexVersion(lex), units.length)
}

/** Articles whose index entry is missing, from an older index version, or for other text. */
export function staleArticles(db: Database.Database, lex: Lexicon): number[] {
  return db
    .prepare(
      `SELECT a.id FROM articles a LEFT JOIN match_articles m ON m.article_id = a.id
       WHERE m.article_id IS NULL OR m.version <> ? OR m.content_hash <> a.content_hash ORDER BY a.id`
    )
    .pluck()
    .all(indexVersion(lex)) as number[]
}

/** Index entries whose article has been deleted (or undone). */
export function orphanedArticles(db: Database.Database): number[] {
  return db
    .prepare(`SELECT m.article_id FROM match_articles m LEFT JOIN articles a ON a.id = m.article_id WHERE a.id IS NULL`)
    .pluck()
    .all() as number[]
}

/** Brings the stored index in step with the articles; call inside a write transaction. */
export function syncIndex(db: Database.Database, lex: Lexicon): { indexed: number; removed: number } {
  const orphans = orphanedArticles(db)
  for (const id of orphans) unindexArticle(db, id)
  const stale = staleArticles(db, lex)
  const body = db.prepare('SELECT body, content_hash FROM articles WHERE id = ?')
  for (const id of stale) {
    const row = body.get(id) as { body: string; content_hash: string }
    indexArticle(db, id, row.body, row.content_hash, lex)
  }
  return { indexed: stale.length, removed: orphans.length }
}

export function indexNeedsSync(db: Database.Database, lex: Lexicon): boolean {
  if (!hasIndexTables(db)) return false
  return staleArticles(db, lex).length > 0 || orphanedArticles(db).length > 0
}

export function hasIndexTables(db: Database.Database): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'match_postings'").get() !== undefined
}
