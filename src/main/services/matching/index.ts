import type Database from 'better-sqlite3'
import { statement } from '../../store/statements'
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

/** Sentence writes happen on every import: their statements are prepared once per connection. */
function stmts(db: Database.Database) {
  return {
    sentence: statement(
      db,
      'INSERT INTO match_sentences (article_id, seq, start, "end", terms) VALUES (?, ?, ?, ?, ?)'
    ),
    article: statement(
      db,
      'INSERT OR REPLACE INTO match_articles (article_id, content_hash, version, sentences) VALUES (?, ?, ?, ?)'
    ),
    // The FTS index follows through the match_sentences triggers.
    dropSentences: statement(db, 'DELETE FROM match_sentences WHERE article_id = ?'),
    dropArticle: statement(db, 'DELETE FROM match_articles WHERE article_id = ?')
  }
}

/** Removes an article's sentences from the index (the article row itself may already be gone). */
export function unindexArticle(db: Database.Database, articleId: number): void {
  const s = stmts(db)
  s.dropSentences.run(articleId)
  s.dropArticle.run(articleId)
}

/** (Re)indexes one article inside the caller's transaction. */
export function indexArticle(db: Database.Database, articleId: number, body: string, hash: string, lex: Lexicon): void {
  unindexArticle(db, articleId)
  const s = stmts(db)
  const units = unitsOf(articleId, body, lex)
  for (const u of units) s.sentence.run(articleId, u.seq, u.start, u.end, u.terms.join(' '))
  s.article.run(articleId, hash, indexVersion(lex), units.length)
}

/**
 * Indexes one article a slice at a time, each slice in its caller's transaction: a 20,000-word
 * article takes ~150 ms to index whole, too long to hold the event loop in one go. The article
 * counts as indexed only when its match_articles row is written by the last slice; until then a
 * lookup sees it as stale and indexes it whole itself, and this indexer then stands down.
 */
export class SlicedIndexer {
  private sentences: ReturnType<typeof segmentSentences> | null = null
  private seq = 0

  constructor(
    readonly articleId: number,
    private readonly body: string,
    private readonly hash: string,
    private readonly lex: Lexicon
  ) {}

  /** Works until the budget is spent; true once the article is indexed or no longer needs this. */
  step(db: Database.Database, budgetMs: number): boolean {
    const started = performance.now()
    const s = stmts(db)
    if (this.sentences === null) {
      unindexArticle(db, this.articleId)
      this.sentences = segmentSentences(this.body, this.lex)
    } else if (!this.stillOurs(db)) return true
    while (this.seq < this.sentences.length) {
      const u = this.sentences[this.seq]
      const words = terms(u.text, this.lex, u.start).map((t) => t.term)
      s.sentence.run(this.articleId, this.seq, u.start, u.end, words.join(' '))
      this.seq++
      if (performance.now() - started > budgetMs) break
    }
    if (this.seq < this.sentences.length) return false
    s.article.run(this.articleId, this.hash, indexVersion(this.lex), this.sentences.length)
    return true
  }

  /** Between slices the article may have been edited, deleted, or indexed whole by a lookup. */
  private stillOurs(db: Database.Database): boolean {
    const indexed = statement(db, 'SELECT 1 FROM match_articles WHERE article_id = ?').get(this.articleId)
    const current = statement(db, 'SELECT 1 FROM articles WHERE id = ? AND content_hash = ?').get(
      this.articleId,
      this.hash
    )
    const written = statement(db, 'SELECT count(*) AS n FROM match_sentences WHERE article_id = ?').get(
      this.articleId
    ) as { n: number } | undefined
    return !indexed && Boolean(current) && written?.n === this.seq
  }
}

/** Articles whose index entry is missing, from an older index version, or for other text. */
export function staleArticles(db: Database.Database, lex: Lexicon): number[] {
  const ids = db
    .prepare(
      `SELECT a.id FROM articles a LEFT JOIN match_articles m ON m.article_id = a.id
       WHERE m.article_id IS NULL OR m.version <> ? OR m.content_hash <> a.content_hash`
    )
    .pluck()
    .all(indexVersion(lex)) as number[]
  // No ORDER BY in SQL: it would make SQLite scan the table (bodies and all) instead of the
  // covering content_hash index, which at 10,000 articles costs hundreds of milliseconds.
  return ids.sort((a, b) => a - b)
}

/** Index entries whose article has been deleted (or undone). */
export function orphanedArticles(db: Database.Database): number[] {
  // Through the covering content_hash index: a rowid lookup in articles would read every body.
  return db
    .prepare(
      `SELECT m.article_id FROM match_articles m
       WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.content_hash = m.content_hash AND a.id = m.article_id)`
    )
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

const checked = new WeakMap<Database.Database, { key: string; stale: number[]; orphans: number[] }>()

function stateKey(db: Database.Database, lex: Lexicon): string {
  const changes = db.prepare('SELECT total_changes()').pluck().get() as number
  return `${changes}:${db.pragma('data_version', { simple: true }) as number}:${indexVersion(lex)}`
}

/**
 * The stale and orphaned articles, remembered until the file changes: this connection's
 * total_changes() and SQLite's data_version (commits by other connections) say when it has.
 */
export function indexState(db: Database.Database, lex: Lexicon): { stale: number[]; orphans: number[] } {
  const key = stateKey(db, lex)
  const hit = checked.get(db)
  if (hit && hit.key === key) return hit
  const state = { key, stale: staleArticles(db, lex), orphans: orphanedArticles(db) }
  checked.set(db, state)
  return state
}

/**
 * Takes the state another connection found for the same articles and index, so this one skips
 * the scans (at 10,000 articles, about 50 ms); the caller vouches that nothing changed between.
 */
export function adoptIndexState(db: Database.Database, lex: Lexicon, state: { stale: number[]; orphans: number[] }) {
  checked.set(db, { key: stateKey(db, lex), stale: state.stale, orphans: state.orphans })
}

export function indexNeedsSync(db: Database.Database, lex: Lexicon): boolean {
  if (!hasIndexTables(db)) return false
  const { stale, orphans } = indexState(db, lex)
  return stale.length > 0 || orphans.length > 0
}

export function hasIndexTables(db: Database.Database): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'match_fts'").get() !== undefined
}
