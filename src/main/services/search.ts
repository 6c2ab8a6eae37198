import type Database from 'better-sqlite3'
import type { Kind, SearchHit, SearchType } from '../../shared/domain'
import { FactdeskError } from '../../shared/result'

export interface SearchFilters {
  outlet?: string | null
  from?: string | null
  to?: string | null
  kind?: Kind | null
  status?: string | null
  types?: SearchType[]
  limit?: number
}

const MARK_OPEN = '\u0002'
const MARK_CLOSE = '\u0003'
const SNIPPET_TOKENS = 16

/**
 * Turns what the editor typed into an FTS5 query. Plain words need no syntax: each becomes a
 * quoted term (so "U.S." or "don't" cannot break the query), the last one a prefix, since
 * results show as the editor types. Quotes, operators, * or parentheses mean the editor wants
 * FTS5 syntax, and get it as written.
 */
export function toFtsQuery(q: string): { fts: string; terms: string[]; raw: boolean } {
  const text = q.normalize('NFC').trim()
  const raw = /["*()]|\b(AND|OR|NOT|NEAR)\b/.test(text)
  const terms = (text.match(/[\p{L}\p{N}]+/gu) ?? []).map((t) => t.toLowerCase())
  if (raw) return { fts: text, terms, raw }
  const fts = terms.map((t, i) => `"${t}"${i === terms.length - 1 ? '*' : ''}`).join(' ')
  return { fts, terms, raw }
}

/** Full-text search over articles, passages (quotes and notes) and claims, best first per type. */
export function searchProject(db: Database.Database, query: string, f: SearchFilters = {}): SearchHit[] {
  const { fts, terms, raw } = toFtsQuery(query)
  if (!fts) return []
  const limit = Math.min(Math.max(f.limit ?? 20, 1), 200)
  const types = new Set(f.types?.length ? f.types : (['article', 'passage', 'note', 'claim'] as const))
  const articleFilter = `(@outlet IS NULL OR a.outlet = @outlet)
    AND (@from IS NULL OR a.published_at >= @from)
    AND (@to IS NULL OR substr(a.published_at, 1, 10) <= @to)`
  const params = {
    q: fts,
    outlet: f.outlet || null,
    from: f.from || null,
    to: f.to || null,
    kind: f.kind || null,
    status: f.status || null,
    limit,
    open: MARK_OPEN,
    close: MARK_CLOSE,
    tokens: SNIPPET_TOKENS
  }
  const hits: SearchHit[] = []
  try {
    if (types.has('article') && !params.kind && !params.status) {
      const rows = db
        .prepare(
          `SELECT a.id, a.title, a.body,
             snippet(articles_fts, 1, @open, @close, '…', @tokens) AS snippet,
             snippet(articles_fts, 0, @open, @close, '…', @tokens) AS title_snippet,
             articles_fts.rank AS rank
           FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
           WHERE articles_fts MATCH @q AND articles_fts.rank MATCH 'bm25(10.0, 1.0)' AND ${articleFilter}
           ORDER BY rank LIMIT @limit`
        )
        .all(params) as {
        id: number
        title: string
        body: string
        snippet: string
        title_snippet: string
        rank: number
      }[]
      for (const r of rows) {
        hits.push({
          type: 'article',
          id: r.id,
          articleId: r.id,
          title: r.title,
          // The body's words around the match; the title only when the words are in the title alone.
          snippet: r.snippet.includes(MARK_OPEN) ? r.snippet : r.title_snippet,
          score: score(r.rank),
          offset: firstOffset(r.body, terms)
        })
      }
    }
    const passageFilter = `${articleFilter}
      AND (@kind IS NULL OR p.kind = @kind)
      AND (@status IS NULL OR c.status = @status)`
    for (const [type, column] of [
      ['passage', 'exact'],
      ['note', 'note']
    ] as const) {
      if (!types.has(type)) continue
      const rows = db
        .prepare(
          `SELECT p.id, p.article_id, p.start, p.exact, a.title,
             snippet(passages_fts, ${column === 'exact' ? 0 : 1}, @open, @close, '…', @tokens) AS snippet,
             passages_fts.rank AS rank
           FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid
             JOIN articles a ON a.id = p.article_id
             LEFT JOIN links l ON l.passage_id = p.id LEFT JOIN claims c ON c.id = l.claim_id
           WHERE passages_fts MATCH @col AND ${passageFilter}
           ORDER BY rank LIMIT @limit`
        )
        .all({ ...params, col: `{${column}} : (${fts})` }) as {
        id: number
        article_id: number
        start: number
        title: string
        snippet: string
        rank: number
      }[]
      for (const r of rows) {
        hits.push({
          type,
          id: r.id,
          articleId: r.article_id,
          title: r.title,
          snippet: r.snippet,
          score: score(r.rank),
          offset: r.start
        })
      }
    }
    if (types.has('claim')) {
      const rows = db
        .prepare(
          `SELECT c.id, c.text,
             snippet(claims_fts, -1, @open, @close, '…', @tokens) AS snippet,
             claims_fts.rank AS rank,
             (SELECT p.article_id FROM links l JOIN passages p ON p.id = l.passage_id
                WHERE l.claim_id = c.id ORDER BY (l.role = 'states') DESC, p.id LIMIT 1) AS article_id,
             (SELECT p.start FROM links l JOIN passages p ON p.id = l.passage_id
                WHERE l.claim_id = c.id ORDER BY (l.role = 'states') DESC, p.id LIMIT 1) AS start
           FROM claims_fts JOIN claims c ON c.id = claims_fts.rowid
           WHERE claims_fts MATCH @q AND claims_fts.rank MATCH 'bm25(4.0, 1.0)'
             AND (@status IS NULL OR c.status = @status)
             AND (@outlet IS NULL AND @from IS NULL AND @to IS NULL AND @kind IS NULL OR EXISTS (
               SELECT 1 FROM links l JOIN passages p ON p.id = l.passage_id JOIN articles a ON a.id = p.article_id
               WHERE l.claim_id = c.id AND ${articleFilter} AND (@kind IS NULL OR p.kind = @kind)))
           ORDER BY rank LIMIT @limit`
        )
        .all(params) as {
        id: number
        text: string
        snippet: string
        rank: number
        article_id: number | null
        start: number | null
      }[]
      for (const r of rows) {
        hits.push({
          type: 'claim',
          id: r.id,
          articleId: r.article_id,
          title: r.text,
          snippet: r.snippet,
          score: score(r.rank),
          offset: r.start
        })
      }
    }
  } catch (e) {
    const msg = (e as Error).message ?? String(e)
    if (/fts5|syntax error|unterminated|no such column|unknown special query/i.test(msg)) {
      throw new FactdeskError(
        'invalid_input',
        raw
          ? `the search could not be read (${msg.replace(/^fts5: /, '')}); check quotes and AND/OR/NOT, or type plain words`
          : `the search could not be read (${msg})`
      )
    }
    throw e
  }
  return hits.sort((a, b) => b.score - a.score)
}

/** bm25 is smaller for better matches; a score that grows with relevance reads better. */
const score = (rank: number) => Number((-rank).toPrecision(6))

function firstOffset(body: string, terms: string[]): number | null {
  if (!terms.length) return null
  const lower = body.toLowerCase()
  let best = -1
  for (const t of terms) {
    const i = lower.search(new RegExp(`(?<![\\p{L}\\p{N}])${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u'))
    if (i >= 0 && (best < 0 || i < best)) best = i
  }
  return best >= 0 ? best : null
}

/** Snippet markers → plain text (for the CLI's JSON, which should not carry control characters). */
export function plainSnippet(s: string, open = '[', close = ']'): string {
  return s.replaceAll(MARK_OPEN, open).replaceAll(MARK_CLOSE, close)
}
