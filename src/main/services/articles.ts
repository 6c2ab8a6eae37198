import type Database from 'better-sqlite3'
import type { Article, ArticleMeta, ArticleSummary, Kind } from '../../shared/domain'
import { FactdeskError } from '../../shared/result'
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
  const row = db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined
  if (!row) throw new FactdeskError('not_found', `article ${id} does not exist`)
  return toArticle(row)
}

export function listArticles(db: Database.Database): ArticleSummary[] {
  const rows = db
    .prepare(
      `SELECT a.id, a.title, a.outlet, a.author, a.url, a.published_at, a.language, length(a.body) AS chars,
         (SELECT count(*) FROM passages p WHERE p.article_id = a.id AND p.kind = 'claim') AS claim_count,
         (SELECT count(*) FROM passages p WHERE p.article_id = a.id AND p.kind = 'denial') AS denial_count,
         (SELECT count(*) FROM passages p WHERE p.article_id = a.id AND p.kind = 'evidence') AS evidence_count
       FROM articles a ORDER BY coalesce(a.published_at, '') DESC, a.id`
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

export type NewArticle = { title: string; body: string; source?: string | null } & Partial<Omit<ArticleMeta, 'title'>>

export function addArticle(
  db: Database.Database,
  input: NewArticle,
  editor: string,
  at: string,
  opts: { index?: boolean } = {}
): Article {
  const body = normaliseBody(input.body)
  if (body.length === 0) throw new FactdeskError('invalid_input', 'the article has no text')
  const hash = contentHash(body)
  const dup = db.prepare('SELECT id, title FROM articles WHERE content_hash = ?').get(hash) as
    { id: number; title: string } | undefined
  if (dup) {
    throw new FactdeskError(
      'conflict',
      `the same text is already in this project as "${dup.title}" (article ${dup.id})`
    )
  }
  const clean = (v: string | null | undefined) => (v && v.trim() ? v.trim().normalize('NFC') : null)
  const info = db
    .prepare(
      `INSERT INTO articles (title, outlet, author, url, published_at, language, body, content_hash, source, imported_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    )
    .run(
      input.title.trim().normalize('NFC'),
      clean(input.outlet),
      clean(input.author),
      clean(input.url),
      clean(input.publishedAt),
      clean(input.language),
      body,
      hash,
      input.source ?? null,
      at,
      at
    )
  const id = Number(info.lastInsertRowid)
  // Keeps the matching index in step with every path that adds articles; bulk import defers it
  // (indexing costs ~30 ms an article) to background chunks, and lookups index what is missing.
  if (opts.index !== false) indexNewArticle(db, id, body, hash)
  recordChange(db, editor, at, { entity: 'article', entityId: id, action: 'create', newValue: input.title })
  return getArticle(db, id)
}
