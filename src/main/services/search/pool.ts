import { SEARCH_TYPES, type SearchHit } from '../../../shared/domain'
import { searchProject, type SearchFilters } from './search'
import type { SearchReply, SearchRequest } from './worker'
import { repliedWorker, spawnWorker, workerStart, type RepliedWorker } from '../workers/start'
import { replyError } from '../workers/replies'
import type { Workspace } from '../workspace'

type SearchWorker = RepliedWorker<Omit<SearchRequest, 'id'>, SearchReply>

let worker: SearchWorker | null = null
let starting: Promise<void> | null = null

/** Whether searches now run in two threads. */
export function searchWorkerRunning(): boolean {
  return worker !== null
}

/** Starts the search worker if it is not running; serve and the app window call this at start. */
export function startSearchWorker(): Promise<void> {
  starting ??= (async () => {
    const start = workerStart(import.meta.url, 'worker.ts', 'searchWorker.js')
    if (!start) return
    try {
      const w = await spawnWorker(start, 'search worker')
      worker = repliedWorker(w, 'search worker', () => {
        worker = null
        starting = null
      })
    } catch (e) {
      console.warn(`[factdesk] search worker unavailable, searching in one thread: ${(e as Error).message}`)
    }
  })()
  return starting
}

/**
 * A search, its passage quotes ranked on this thread while the search worker ranks the rest
 * (articles, notes, claims). The two largest parts of a search for a word in every article,
 * ranking 100,000 passages and 10,000 articles, take about 10 ms each, and on two cores they take
 * that together. The hits are those of one searchProject call, in the same order; the two parts
 * read the file at nearly the same moment, and a write between them is one the editor could not
 * tell from one made just after. Until the worker has started (serve and the app window start it;
 * a one-off command does not wait for it), where it cannot run, and on the in-memory copy of a
 * file in a read-only folder, all of it runs here.
 */
export async function searchInParallel(ws: Workspace, q: string, filters: SearchFilters): Promise<SearchHit[]> {
  const types = filters.types?.length ? filters.types : [...SEARCH_TYPES]
  const here = types.filter((t) => t === 'passage')
  // Articles have no kind or status: with either filter, searchProject leaves them out.
  const there = types.filter((t) => t !== 'passage' && (t !== 'article' || !(filters.kind || filters.status)))
  const far = worker
  // An empty list of types means every type to searchProject: each part must have one.
  if (!far || !ws.file || here.length === 0 || there.length === 0 || ws.read((db) => db.memory)) {
    return ws.read((db) => searchProject(db, q, filters))
  }
  const asked = far.ask({
    file: ws.file,
    nativeBinding: ws.options.nativeBinding,
    q,
    filters: { ...filters, types: there }
  })
  // Settled either way before anything here can throw, so a rejection is never left unhandled.
  const answered = asked.then(
    (r) => r,
    (e: Error) => ({ id: 0, ok: false as const, code: null, message: e.message })
  )
  const near = ws.read((db) => searchProject(db, q, { ...filters, types: here }))
  const reply = await answered
  let farHits: SearchHit[]
  if (reply.ok) farHits = reply.value
  else if (reply.code) throw replyError(reply)
  // The worker could not read the file: here, then.
  else farHits = ws.read((db) => searchProject(db, q, { ...filters, types: there }))
  // searchProject's own order before its stable sort: articles, passages, notes, claims.
  const order = (h: SearchHit) => SEARCH_ORDER.indexOf(h.type)
  return [...farHits, ...near].sort((a, b) => order(a) - order(b)).sort((a, b) => b.score - a.score)
}

const SEARCH_ORDER: SearchHit['type'][] = ['article', 'passage', 'note', 'claim']
