import type Database from 'better-sqlite3'
import type { SpanMatch, UnlinkedArticle } from '../../../shared/contract/matching'
import { listPassages } from '../passages'
import {
  matchForPassage,
  matchForSpan,
  overlapShare,
  unlinkedForClaim,
  type SpanMatcher,
  type SpanQuery
} from './service'

export type { SpanQuery }

/** The read-only lookups of the matching engine, by name, as the lookup worker runs them. */
export interface Lookups {
  forSpan: { input: SpanQuery; output: SpanMatch[] }
  forPassage: { input: { passageId: number; limit?: number }; output: SpanMatch[] }
  unlinkedForClaim: { input: { claimId: number; limit?: number }; output: UnlinkedArticle[] }
  claimsForSpan: { input: SpanQuery; output: number[] }
}
export type LookupKind = keyof Lookups

export function runLookup<K extends LookupKind>(
  db: Database.Database,
  kind: K,
  input: Lookups[K]['input'],
  match: SpanMatcher = matchForSpan
): Lookups[K]['output'] {
  const run: { [L in LookupKind]: (i: Lookups[L]['input']) => Lookups[L]['output'] } = {
    forSpan: (q) => match(db, q),
    forPassage: (q) => matchForPassage(db, q.passageId, q.limit, match),
    unlinkedForClaim: (q) => unlinkedForClaim(db, q.claimId, q.limit, match),
    claimsForSpan: (q) => claimsForSpan(db, q, match)
  }
  return run[kind](input)
}

/**
 * The claims a new passage over this span most likely states, denies or bears on, best first:
 * claims with a passage over a span that matches it in another article (by at least half of the
 * shorter of the two), ranked by the best such match. One lookup for the tag dialog, instead of a
 * match and then every matched article's passages.
 */
export function claimsForSpan(db: Database.Database, q: SpanQuery, match: SpanMatcher = matchForSpan): number[] {
  const matches = match(db, { ...q, limit: q.limit ?? 20 })
  const passagesOf = new Map<number, ReturnType<typeof listPassages>>()
  const best = new Map<number, number>()
  for (const m of matches) {
    let passages = passagesOf.get(m.articleId)
    if (!passages) passagesOf.set(m.articleId, (passages = listPassages(db, m.articleId)))
    for (const p of passages) {
      if (p.claimId === null || p.orphaned || overlapShare(p, m) < 0.5) continue
      best.set(p.claimId, Math.max(best.get(p.claimId) ?? 0, m.score))
    }
  }
  return [...best.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id)
}
