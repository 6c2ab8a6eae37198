import { parentPort } from 'node:worker_threads'
import type { SearchHit } from '../../shared/domain'
import { FactdeskError } from '../../shared/result'
import { openForReading } from '../store/projectFile'
import { searchProject, type SearchFilters } from './search'

/** The search worker: one part of a search (see searchPool), on its own read-only connection. */
export interface SearchRequest {
  id: number
  file: string
  nativeBinding?: string
  q: string
  filters: SearchFilters
}
export type SearchReply =
  { id: number; ok: true; value: SearchHit[] } | { id: number; ok: false; code: string | null; message: string }

function answer(req: SearchRequest): SearchReply {
  // A connection per search, as the lookup worker does: held open, it would keep the WAL files
  // after the project closes. Opening costs about a millisecond.
  let db
  try {
    db = openForReading(req.file, req.nativeBinding)
    return { id: req.id, ok: true, value: searchProject(db, req.q, req.filters) }
  } catch (e) {
    return {
      id: req.id,
      ok: false,
      code: e instanceof FactdeskError ? e.code : null,
      message: e instanceof Error ? e.message : String(e)
    }
  } finally {
    db?.close()
  }
}

const port = parentPort
if (port) {
  port.on('message', (req: SearchRequest) => port.postMessage(answer(req)))
  port.postMessage({ ready: true })
}
