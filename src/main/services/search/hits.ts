import type Database from 'better-sqlite3'
import type { Kind, SearchHit } from '../../../shared/domain'
import { statement } from '../../store/statements'
import type { TextMatcher } from './text'

/** One search's FTS5 expression, filters and page size, as the statements bind them. */
export interface HitQuery {
  q: string
  outlet: string | null
  from: string | null
  to: string | null
  kind: Kind | null
  status: string | null
  limit: number
}

const ARTICLE_FILTER = `(@outlet IS NULL OR a.outlet = @outlet)
  AND (@from IS NULL OR a.published_at >= @from)
  AND (@to IS NULL OR substr(a.published_at, 1, 10) <= @to)`

/**
 * Each type is ranked first and only then are the few best rows read. Without filters the
 * ranking is exactly a bare FTS5 query's (bm25, ORDER BY … LIMIT, which SQLite keeps as a top-N
 * heap). With filters, FTS5's own rank order goes first instead: it computes bm25 twice per match
 * and sorts them all, but the filters' joins then run only on rows in rank order until enough
 * pass, where a top-N would join every match. The limit is written into the SQL (it is a checked
 * integer): bound as a parameter, it costs a query with no matches twice as much.
 */
function ranked(
  table: string,
  weights: string,
  match: string,
  p: HitQuery,
  filter: { joins: string; where: string }
): string {
  if (!filtered(p))
    return `WITH top AS (
      SELECT rowid AS id, bm25(${table}${weights}) AS rank FROM ${table}
      WHERE ${table} MATCH ${match} ORDER BY rank LIMIT ${p.limit})`
  const rank = weights ? `AND ${table}.rank MATCH 'bm25(${weights.slice(2)})'` : ''
  return `WITH top AS (
    SELECT ${table}.rowid AS id, ${table}.rank AS rank FROM ${table} ${filter.joins}
    WHERE ${table} MATCH ${match} ${rank} ${filter.where} ORDER BY ${table}.rank LIMIT ${p.limit})`
}

const filtered = (p: HitQuery) => Boolean(p.outlet || p.from || p.to || p.kind || p.status)

/**
 * Rows as arrays: better-sqlite3 builds an object per row at about a microsecond each. Raw mode
 * sticks to the cached statement, which only this module's SQL reaches.
 */
const rows = <T>(db: Database.Database, sql: string, params: object) => statement(db, sql).raw(true).all(params) as T[]

/** bm25 is smaller for better matches; a score that grows with relevance reads better. */
const score = (rank: number) => Number((-rank).toPrecision(6))

export function articleHits(db: Database.Database, p: HitQuery, locate: TextMatcher): SearchHit[] {
  const top = ranked('articles_fts', ', 10.0, 1.0', '@q', p, {
    joins: 'JOIN articles a ON a.id = articles_fts.rowid',
    where: `AND ${ARTICLE_FILTER}`
  })
  const found = rows<[number, number, string, string]>(
    db,
    `${top} SELECT top.id, top.rank, a.title, a.body FROM top JOIN articles a ON a.id = top.id`,
    p
  )
  return found.map(([id, rank, title, text]) => {
    const body = locate(text)
    return {
      type: 'article',
      id,
      articleId: id,
      title,
      // The body's words around the match; the title only when the words are in the title alone.
      snippet: body.first === null ? locate(title).snippet : body.snippet,
      score: score(rank),
      offset: body.first
    }
  })
}

export function passageHits(
  db: Database.Database,
  p: HitQuery,
  locate: TextMatcher,
  type: 'passage' | 'note'
): SearchHit[] {
  const column = type === 'passage' ? 'exact' : 'note'
  const top = ranked('passages_fts', '', '@col', p, {
    joins: 'JOIN passages p ON p.id = passages_fts.rowid JOIN articles a ON a.id = p.article_id',
    // The status is its claim's (a passage has at most one link).
    where: `AND ${ARTICLE_FILTER} AND (@kind IS NULL OR p.kind = @kind)
      AND (@status IS NULL OR EXISTS (
        SELECT 1 FROM links l JOIN claims c ON c.id = l.claim_id WHERE l.passage_id = p.id AND c.status = @status))`
  })
  const found = rows<[number, number, number, number, string, string]>(
    db,
    `${top} SELECT top.id, top.rank, p.article_id, p.start, p.${column}, a.title
     FROM top JOIN passages p ON p.id = top.id JOIN articles a ON a.id = p.article_id`,
    { ...p, col: `{${column}} : (${p.q})` }
  )
  return found.map(([id, rank, articleId, start, text, title]) => ({
    type,
    id,
    articleId,
    title,
    snippet: locate(text).snippet,
    score: score(rank),
    offset: start
  }))
}

export function claimHits(db: Database.Database, p: HitQuery, locate: TextMatcher): SearchHit[] {
  const top = ranked('claims_fts', ', 4.0, 1.0', '@q', p, {
    joins: 'JOIN claims c ON c.id = claims_fts.rowid',
    where: `AND (@status IS NULL OR c.status = @status)
      AND (@outlet IS NULL AND @from IS NULL AND @to IS NULL AND @kind IS NULL OR EXISTS (
        SELECT 1 FROM links l JOIN passages p ON p.id = l.passage_id JOIN articles a ON a.id = p.article_id
        WHERE l.claim_id = c.id AND ${ARTICLE_FILTER} AND (@kind IS NULL OR p.kind = @kind)))`
  })
  // A claim opens at the passage that states it, else at its first passage.
  const found = rows<[number, number, string, string, number | null, number | null]>(
    db,
    `${top} SELECT top.id, top.rank, c.text, c.rationale, p.article_id, p.start
     FROM top JOIN claims c ON c.id = top.id
       LEFT JOIN passages p ON p.id = (
         SELECT l.passage_id FROM links l JOIN passages lp ON lp.id = l.passage_id
         WHERE l.claim_id = c.id ORDER BY (l.role = 'states') DESC, lp.id LIMIT 1)`,
    p
  )
  return found.map(([id, rank, text, rationale, articleId, start]) => {
    const own = locate(text)
    // The rationale's words only when the claim's own text has none of them.
    const why = own.first === null && rationale ? locate(rationale) : null
    return {
      type: 'claim',
      id,
      articleId,
      title: text,
      snippet: why && why.first !== null ? why.snippet : own.snippet,
      score: score(rank),
      offset: start
    }
  })
}
