import type Database from 'better-sqlite3'
import type { Article, ArticleMeta, ArticleSummary, Kind } from '../../shared/domain'
import { FactdeskError } from '../../shared/result'
import { statement } from '../store/statements'
import { recordChange } from './history'
import { indexNewArticle } from './matching/service'
import { contentHash, normaliseBody } from './text'

export interface ArticleRow {
  id: number
  title: string
  outlet: string | null
  author: string | null
  url: string | null
  published_at: string | null
  language: string | null
  body: string
  content_hash: string
  source: string | null
  imported_at: string
}

export const toArticle = (r: ArticleRow): Article => ({
  id: r.id,
  title: r.title,
  outlet: r.outlet,
  author: r.author,
  url: r.url,
  publishedAt: r.published_at,
  language: r.language,
  body: r.body,
  contentHash: r.content_hash,
  source: r.source,
  importedAt: r.imported_at
})

export function getArticle(db: Database.Database, id: number): Article {
  const row = statement(db, 'SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined
  if (!row) throw new FactdeskError('not_found', `article ${id} does not exist`)
  return toArticle(row)
}

const LIST_ORDER = `coalesce(a.published_at, '') DESC, a.id`

/**
 * The ids of the first articles in list order. Opening a large project shows these at once,
 * while the full lists (thousands of summaries) are still on their way.
 */
export function firstArticleIds(db: Database.Database, limit: number): number[] {
  return statement(db, `SELECT a.id FROM articles a ORDER BY ${LIST_ORDER} LIMIT ?`).pluck().all(limit) as number[]
}

export function listArticles(db: Database.Database): ArticleSummary[] {
  const rows = db
    .prepare(
      // One pass over passages for all the counts, not three lookups per article.
      `WITH k AS (
         SELECT article_id, sum(kind = 'claim') AS claim_count, sum(kind = 'denial') AS denial_count,
                sum(kind = 'evidence') AS evidence_count
         FROM passages GROUP BY article_id)
       SELECT a.id, a.title, a.outlet, a.author, a.url, a.published_at, a.language, length(a.body) AS chars,
         coalesce(k.claim_count, 0) AS claim_count, coalesce(k.denial_count, 0) AS denial_count,
         coalesce(k.evidence_count, 0) AS evidence_count
       FROM articles a LEFT JOIN k ON k.article_id = a.id
       ORDER BY ${LIST_ORDER}`
    )
    .all() as (Omit<ArticleRow, 'body' | 'content_hash' | 'source' | 'imported_at'> & {
    chars: number
    claim_count: number
    denial_count: number
    evidence_count: number
  })[]
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    outlet: r.outlet,
    author: r.author,
    url: r.url,
    publishedAt: r.published_at,
    language: r.language,
    chars: r.chars,
    counts: { claim: r.claim_count, denial: r.denial_count, evidence: r.evidence_count } satisfies Record<Kind, number>
  }))
}

export type NewArticle = {
  title: string
  body: string
  source?: string | null
  /** Set by the import worker, which has already normalised the body and hashed it off this thread. */
  contentHash?: string
} & Partial<Omit<ArticleMeta, 'title'>>

export function addArticle(
  db: Database.Database,
  input: NewArticle,
  editor: string,
  at: string,
  opts: { index?: boolean } = {}
): Article {
  const body = input.contentHash ? input.body : normaliseBody(input.body)
  if (body.length === 0) throw new FactdeskError('invalid_input', 'the article has no text')
  const hash = input.contentHash ?? contentHash(body)
  const dup = statement(db, 'SELECT id, title FROM articles WHERE content_hash = ?').get(hash) as
    { id: number; title: string } | undefined
  if (dup) {
    throw new FactdeskError(
      'conflict',
      `the same text is already in this project as "${dup.title}" (article ${dup.id})`
    )
  }
  const clean = (v: string | null | undefined) => (v && v.trim() ? v.trim().normalize('NFC') : null)
  // The row as stored, built here rather than read back: bulk import adds thousands of these.
  const row: Omit<ArticleRow, 'id'> = {
    title: input.title.trim().normalize('NFC'),
    outlet: clean(input.outlet),
    author: clean(input.author),
    url: clean(input.url),
    published_at: clean(input.publishedAt),
    language: clean(input.language),
    body,
    content_hash: hash,
    source: input.source ?? null,
    imported_at: at
  }
  const info = statement(
    db,
    `INSERT INTO articles (title, outlet, author, url, published_at, language, body, content_hash, source, imported_at, updated_at)
     VALUES (@title, @outlet, @author, @url, @published_at, @language, @body, @content_hash, @source, @imported_at, @imported_at)`
  ).run(row)
  const id = Number(info.lastInsertRowid)
  // Keeps the matching index in step with every path that adds articles; bulk import defers it
  // (indexing costs ~30 ms an article) to background chunks, and lookups index what is missing.
  if (opts.index !== false) indexNewArticle(db, id, body, hash)
  recordChange(db, editor, at, { entity: 'article', entityId: id, action: 'create', newValue: input.title })
  return toArticle({ id, ...row })
}
