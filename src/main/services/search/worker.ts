import type { SearchHit } from '../../../shared/domain'
import { searchProject, type SearchFilters } from './search'
import { answerFromFile, serveRequests, type FailedReply, type FileRequest } from '../workers/replies'

/** The search worker: one part of a search (see searchPool), on its own read-only connection. */
export interface SearchRequest extends FileRequest {
  q: string
  filters: SearchFilters
}
export type SearchReply = { id: number; ok: true; value: SearchHit[] } | FailedReply

serveRequests((req: SearchRequest): SearchReply =>
  answerFromFile(req, (db) => ({ id: req.id, ok: true, value: searchProject(db, req.q, req.filters) }))
)
