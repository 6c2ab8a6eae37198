import type Database from 'better-sqlite3'
import type { SpanMatch } from '../../../shared/contract/matching'
import { adoptIndexState, hasIndexTables, indexNeedsSync, indexState } from './index'
import { loadLexicon } from './lexicon'
import { runLookup, type LookupKind, type Lookups } from './lookups'
import { matchForSpan, type SpanQuery } from './service'
import { answerFromFile, serveRequests, type FailedReply, type FileRequest } from '../workers/replies'

/** The lookup worker: matching lookups on their own read-only connection, off the main thread. */
export interface LookupRequest extends FileRequest {
  /** The articles' generation (see articleGeneration); null: unknown, remember nothing. */
  generation: string | null
  /** Whether to check that the stored index is in step with the articles first. */
  checkIndex: boolean
  kind: LookupKind
  input: Lookups[LookupKind]['input']
}
export type LookupReply = { id: number; ok: true; value: unknown } | FailedReply | { id: number; lagging: true }

/** Span matches kept per span, enough for the largest limit the app asks for. */
const KEPT_LIMIT = 30
const KEPT_SPANS = 200

/**
 * What holds while the articles stay as they are: the index state and recent span matches. The
 * tag dialog, then the similar passages and the new claim's unlinked articles, all match the
 * same span; at 10,000 articles each match takes a few hundred milliseconds.
 */
let kept: {
  file: string
  generation: string
  index: { stale: number[]; orphans: number[] } | null
  spans: Map<string, SpanMatch[]>
} | null = null

function keptMatcher(spans: Map<string, SpanMatch[]>) {
  return (db: Database.Database, q: SpanQuery): SpanMatch[] => {
    const limit = q.limit ?? 10
    const key = `${q.articleId}:${q.start}:${q.end}`
    let all = spans.get(key)
    if (!all || (all.length === KEPT_LIMIT && limit > KEPT_LIMIT)) {
      all = matchForSpan(db, { ...q, limit: Math.max(limit, KEPT_LIMIT) })
      spans.delete(key)
      if (spans.size >= KEPT_SPANS) spans.delete(spans.keys().next().value!)
    }
    spans.set(key, all)
    return all.slice(0, limit)
  }
}

function answer(req: LookupRequest): LookupReply {
  return answerFromFile(req, (db): LookupReply => {
    const lex = loadLexicon()
    let match = matchForSpan
    if (req.generation !== null) {
      if (kept?.file !== req.file || kept.generation !== req.generation) {
        kept = { file: req.file, generation: req.generation, index: null, spans: new Map() }
      }
      if (hasIndexTables(db)) {
        if (kept.index) adoptIndexState(db, lex, kept.index)
        else kept.index = indexState(db, lex)
      }
      match = keptMatcher(kept.spans)
    }
    if (req.checkIndex && indexNeedsSync(db, lex)) return { id: req.id, lagging: true }
    return { id: req.id, ok: true, value: runLookup(db, req.kind, req.input, match) }
  })
}

serveRequests(answer)
