import type Database from 'better-sqlite3'
import type { Kind, SearchHit, SearchType } from '../../../shared/domain'
import { FactdeskError } from '../../../shared/result'
import { articleHits, claimHits, passageHits, type HitQuery } from './hits'
import { MARK_CLOSE, MARK_OPEN, textMatcher } from './text'
import type { SearchTerm } from './terms'

export interface SearchFilters {
  outlet?: string | null
  from?: string | null
  to?: string | null
  kind?: Kind | null
  status?: string | null
  types?: SearchType[]
  limit?: number
}

const OPERATOR = /^(AND|OR|NOT|NEAR)$/

/**
 * Turns what the editor typed into an FTS5 query. Plain words need no syntax: each becomes a
 * quoted term (so "U.S." or "don't" cannot break the query), the last one a prefix, since
 * results show as the editor types. Quotes, operators, * or parentheses mean the editor wants
 * FTS5 syntax, and get it as written.
 */
export function toFtsQuery(q: string): { fts: string; terms: SearchTerm[]; raw: boolean } {
  const text = q.normalize('NFC').trim()
  const raw = /["*()]|\b(AND|OR|NOT|NEAR)\b/.test(text)
  if (raw) return { fts: text, terms: rawTerms(text), raw }
  const words = (text.match(/[\p{L}\p{N}]+/gu) ?? []).map((t) => t.toLowerCase())
  const fts = words.map((t, i) => `"${t}"${i === words.length - 1 ? '*' : ''}`).join(' ')
  return { fts, terms: words.map((word, i) => ({ word, prefix: i === words.length - 1 })), raw }
}

/** The words FTS5 syntax searches for: not its operators, column names or NEAR distances. */
function rawTerms(text: string): SearchTerm[] {
  const words = text.replace(/\{[^}]*\}\s*:|[\p{L}\p{N}_]+\s*:/gu, ' ').replace(/,\s*\d+\s*\)/g, ')')
  const terms: SearchTerm[] = []
  let quoted = false
  for (const m of words.matchAll(/"|([\p{L}\p{N}]+)("?\s*\*)?/gu)) {
    if (m[0] === '"') quoted = !quoted
    else if (quoted || !OPERATOR.test(m[1])) {
      terms.push({ word: m[1].toLowerCase(), prefix: Boolean(m[2]?.endsWith('*')) })
      if (m[2]?.startsWith('"')) quoted = !quoted
    }
  }
  return terms
}

/** Full-text search over articles, passages (quotes and notes) and claims, best first per type. */
export function searchProject(db: Database.Database, query: string, f: SearchFilters = {}): SearchHit[] {
  const { fts, terms, raw } = toFtsQuery(query)
  if (!fts) return []
  const types = new Set(f.types?.length ? f.types : (['article', 'passage', 'note', 'claim'] as const))
  const params: HitQuery = {
    q: fts,
    outlet: f.outlet || null,
    from: f.from || null,
    to: f.to || null,
    kind: f.kind || null,
    status: f.status || null,
    limit: Number.isInteger(f.limit) ? Math.min(Math.max(f.limit!, 1), 200) : 20
  }
  const locate = textMatcher(terms)
  try {
    const hits: SearchHit[] = []
    // One read snapshot: the four types agree with each other, and the file's read locks are
    // taken once rather than per statement.
    inTransaction(db, () => {
      if (types.has('article') && !params.kind && !params.status) hits.push(...articleHits(db, params, locate))
      if (types.has('passage')) hits.push(...passageHits(db, params, locate, 'passage'))
      if (types.has('note')) hits.push(...passageHits(db, params, locate, 'note'))
      if (types.has('claim')) hits.push(...claimHits(db, params, locate))
    })
    return hits.sort((a, b) => b.score - a.score)
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
}

const transactions = new WeakMap<Database.Database, (work: () => void) => void>()

/** better-sqlite3 builds a transaction function with its own statements; one per connection will do. */
function inTransaction(db: Database.Database, work: () => void): void {
  let run = transactions.get(db)
  if (!run) transactions.set(db, (run = db.transaction((w: () => void) => w())))
  run(work)
}

/** Snippet markers → plain text (for the CLI's JSON, which should not carry control characters). */
export function plainSnippet(s: string, open = '[', close = ']'): string {
  return s.replaceAll(MARK_OPEN, open).replaceAll(MARK_CLOSE, close)
}
