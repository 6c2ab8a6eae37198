import type Database from 'better-sqlite3'
import { FactdeskError } from '../../../shared/result'
import { type Lexicon } from './lexicon'
import { hasIndexTables, indexState, type Unit, unitsOf } from './index'
import { terms } from './normalise'
import { idfOf, prepareQuery, scoreUnit } from './score'
import { statementCut } from './statement'
import { readsAsDenial } from './suggest'
import type { SpanMatch } from '../../../shared/contract/matching'

/** The contract's shape: what `match` answers is what the renderer and the CLI receive. */
export type { SpanMatch } from '../../../shared/contract/matching'

export interface MatchQuery {
  articleId: number
  start: number
  end: number
  limit?: number
}

/** Terms used to generate candidates (rarest first); the rest only score. */
const CANDIDATE_TERMS = 14
/** Sentences scored in full after candidate generation. */
const CANDIDATES = 300
/** Postings read per lookup, at most (beyond those of the rarest term). */
const POSTINGS_BUDGET = 12_000
/** Of a span whose every term is common, the rarest terms that are intersected to find candidates. */
const COMMON_SPAN_TERMS = 4
export const MIN_SCORE = 0.2

interface SentenceRow {
  id: number
  article_id: number
  seq: number
  start: number
  end: number
  terms: string
}

/**
 * Spans in the project's other articles that report the statement in [start, end) of one
 * article. Candidates come from the inverted index (postings of the query's rarest terms);
 * articles not yet indexed — a read-only project opened elsewhere — are segmented in memory.
 */
export function matchSpan(db: Database.Database, q: MatchQuery, lex: Lexicon): SpanMatch[] {
  const row = db.prepare('SELECT body FROM articles WHERE id = ?').get(q.articleId) as { body: string } | undefined
  if (!row) throw new FactdeskError('not_found', `article ${q.articleId} does not exist`)
  if (q.start < 0 || q.end > row.body.length || q.end <= q.start) {
    throw new FactdeskError('invalid_input', `span ${q.start}–${q.end} is outside article ${q.articleId}`)
  }
  const limit = q.limit ?? 10
  const queryTerms = terms(row.body.slice(q.start, q.end), lex).map((t) => t.term)
  const unique = [...new Set(queryTerms)]
  if (unique.length === 0) return []

  // A read-only project from before the index existed (schema v2) has no index tables at all.
  const indexed = hasIndexTables(db)
  const overlay = new Set(
    indexed ? indexState(db, lex).stale : (db.prepare('SELECT id FROM articles').pluck().all() as number[])
  )
  const units: Unit[] = []
  const overlayDf = new Map<string, number>()
  for (const id of overlay) {
    const body = db.prepare('SELECT body FROM articles WHERE id = ?').pluck().get(id) as string
    unitsOf(id, body, lex).forEach((u, i) => {
      for (const t of new Set(u.terms)) overlayDf.set(t, (overlayDf.get(t) ?? 0) + 1)
      if (id !== q.articleId) units.push({ ...u, id: -1 - i })
    })
  }

  const n =
    (indexed ? (db.prepare('SELECT coalesce(sum(sentences), 0) FROM match_articles').pluck().get() as number) : 0) +
    [...overlay].length +
    1
  const termInfo = new Map<string, { df: number }>()
  if (indexed) {
    const dfStmt = db.prepare('SELECT doc FROM match_vocab WHERE term = ?').pluck()
    for (const t of unique) {
      const df = dfStmt.get(t) as number | undefined
      if (df) termInfo.set(t, { df })
    }
  }
  const idf = (t: string) => idfOf(n, (termInfo.get(t)?.df ?? 0) + (overlayDf.get(t) ?? 0))

  if (indexed) {
    const byRarity = unique.filter((t) => termInfo.has(t)).sort((a, b) => idf(b) - idf(a))
    const top = topK(
      candidateSentences(db, byRarity, (t) => termInfo.get(t)!.df, idf),
      CANDIDATES
    )
    const rows = db
      .prepare(
        `SELECT s.id, s.article_id, s.seq, s.start, s."end", s.terms FROM match_sentences s
         JOIN articles a ON a.id = s.article_id
         WHERE s.id IN (SELECT value FROM json_each(?)) AND s.article_id <> ?`
      )
      .all(JSON.stringify(top), q.articleId) as SentenceRow[]
    for (const r of rows) {
      if (overlay.has(r.article_id)) continue
      units.push({
        id: r.id,
        articleId: r.article_id,
        seq: r.seq,
        start: r.start,
        end: r.end,
        terms: r.terms.split(' ')
      })
    }
  }

  const prepared = prepareQuery(queryTerms, idf)
  const scored = units
    .map((u) => ({ u, ...scoreUnit(prepared, u.terms) }))
    .filter((s) => s.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.u.articleId - b.u.articleId || a.u.start - b.u.start)
    .slice(0, limit)

  const bodies = new Map<number, string>()
  const bodyOf = (id: number) => {
    let b = bodies.get(id)
    if (b === undefined) {
      b = db.prepare('SELECT body FROM articles WHERE id = ?').pluck().get(id) as string
      bodies.set(id, b)
    }
    return b
  }
  return scored.map(({ u, score, shared }) => {
    const body = bodyOf(u.articleId)
    const sentence = body.slice(u.start, u.end)
    const sharedSet = new Set(shared)
    const sharedIn = (start: number, end: number) =>
      terms(body.slice(start, end), lex, start).filter((t) => sharedSet.has(t.term))
    // The quote without its "X said": what an editor tags, and what Link to this claim stores.
    const cut = statementCut(sentence, (p) => sharedIn(u.start + p.start, u.start + p.end).length)
    let start = u.start + cut.start
    let end = u.start + cut.end
    if (sharedIn(start, end).length === 0) [start, end] = [u.start, u.end]
    const text = body.slice(start, end)
    const matchedWords = [...new Set(sharedIn(start, end).map((t) => body.slice(t.start, t.end)))]

    return {
      articleId: u.articleId,
      start,
      end,
      text,
      score: Math.round(score * 1000) / 1000,
      matchedWords,
      why: `${shared.length} of ${unique.length} key words in common: ${matchedWords.join(', ')}`,
      // The attribution often carries the denial ("the company denied"), so the whole sentence is read.
      denies: readsAsDenial(sentence, lex)
    }
  })
}

/**
 * Sentences worth scoring, with a first weight each, from the postings of the query's terms
 * (rarest first). The rarest terms find the restatements; common ones add postings by the
 * thousand and little evidence, so reading stops at a budget of postings, and every query term
 * still counts when the candidates are scored.
 */
function candidateSentences(
  db: Database.Database,
  byRarity: string[],
  df: (term: string) => number,
  idf: (term: string) => number
): Map<number, number> {
  const candidates = new Map<number, number>()
  const add = (ids: number[], w: number) => {
    for (const sid of ids) candidates.set(sid, (candidates.get(sid) ?? 0) + w)
  }
  const postings = db.prepare('SELECT rowid FROM match_fts WHERE match_fts MATCH ? LIMIT ?').pluck()
  if (byRarity.length >= 2 && df(byRarity[0]) > POSTINGS_BUDGET) {
    // Even the rarest term is everywhere: a span of everyday words ("the council said"), whose
    // single postings run to hundreds of thousands. A restatement shares at least two of those
    // words, so the index intersects them itself (all of the rarest together, then each pair),
    // and stops at the budget, without reading the long lists into JS.
    const rarest = byRarity.slice(0, COMMON_SPAN_TERMS)
    const groups = [rarest, ...rarest.flatMap((a, i) => rarest.slice(i + 1).map((b) => [a, b]))]
    let read = 0
    for (const group of groups.filter((g, i) => i === 0 || g.length < rarest.length)) {
      if (read >= POSTINGS_BUDGET) break
      const ids = postings.all(group.map((t) => `"${t}"`).join(' AND '), POSTINGS_BUDGET - read) as number[]
      read += ids.length
      add(
        ids,
        group.reduce((w, t) => w + idf(t), 0)
      )
    }
    return candidates
  }
  // The limit binds only a lone term that is everywhere, which has nothing to be intersected with.
  let read = 0
  for (const [i, t] of byRarity.entries()) {
    if (i >= CANDIDATE_TERMS || (i >= 1 && read + df(t) > POSTINGS_BUDGET)) break
    read += df(t)
    add(postings.all(`"${t}"`, POSTINGS_BUDGET) as number[], idf(t))
  }
  return candidates
}

/** The k keys with the highest values, without sorting every candidate. */
export function topK(scores: Map<number, number>, k: number): number[] {
  if (scores.size <= k) return [...scores.keys()]
  const values = Float64Array.from(scores.values()).sort()
  const cut = values[values.length - k]
  const above: number[] = []
  const at: number[] = []
  for (const [id, v] of scores) {
    if (v > cut) above.push(id)
    else if (v === cut) at.push(id)
  }
  return above.concat(at.sort((a, b) => a - b).slice(0, k - above.length))
}
