import type { Worker } from 'node:worker_threads'
import { FactdeskError } from '../../../shared/result'
import type { Workspace } from '../workspace'
import { articleGeneration } from './generation'
import { runLookup, type LookupKind, type Lookups } from './lookups'
import type { LookupReply, LookupRequest } from './lookupWorker'
import { ensureIndexed } from './service'
import { repliedWorker, spawnWorker, workerStart, type WorkerStart } from '../workers/start'
import { replyError } from '../workers/replies'

export interface LookupPool {
  run<K extends LookupKind>(ws: Workspace, kind: K, input: Lookups[K]['input']): Promise<Lookups[K]['output']>
  readonly inWorker: boolean
}

function noProject(): never {
  throw new FactdeskError('no_project', 'no project is open')
}

const inProcess: LookupPool = {
  inWorker: false,
  async run(ws, kind, input) {
    ensureIndexed(ws)
    return ws.read((db) => runLookup(db, kind, input))
  }
}

let shared: Promise<LookupPool> | null = null

/**
 * Where the matching lookups run: a worker thread with its own read-only connection. A lookup
 * over 10,000 articles takes a few hundred milliseconds, and on the main thread every request
 * behind it waited, the tag the editor had just confirmed included; in the worker, writes and
 * small reads go on meanwhile. Where no worker can start, lookups run here as before.
 */
export function lookupPool(): Promise<LookupPool> {
  shared ??= createPool()
  return shared
}

async function createPool(): Promise<LookupPool> {
  const start = workerStart(import.meta.url, 'lookupWorker.ts', 'lookupWorker.js')
  if (!start) return inProcess
  let worker: Worker
  try {
    worker = await spawn(start)
  } catch (e) {
    console.warn(`[factdesk] lookup worker unavailable, matching in-process: ${(e as Error).message}`)
    return inProcess
  }
  /** The project file and article generation at which the worker last found the index in step. */
  let inStep = ''
  const { ask } = repliedWorker<Omit<LookupRequest, 'id'>, LookupReply>(worker, 'lookup worker', () => {
    // The next lookup starts a fresh worker (or runs here); the waiting ones fail with the reason.
    shared = null
  })
  return {
    inWorker: true,
    async run(ws, kind, input) {
      const file = ws.file ?? noProject()
      const at = () => ws.read((db) => articleGeneration(db))
      let generation = at()
      // A writable project's index is synced here before a lookup reads it; once the worker has
      // found it in step, it stays so until the articles change.
      const checkIndex = ws.readOnly === false && (generation === null || inStep !== `${file}\n${generation}`)
      const req = { file, nativeBinding: ws.options.nativeBinding, kind, input }
      let reply = await ask({ ...req, generation, checkIndex })
      if ('lagging' in reply) {
        // Articles changed since the index was built: it is synced here (a write), then read there.
        ensureIndexed(ws)
        generation = at()
        reply = await ask({ ...req, generation, checkIndex: false })
      }
      if ('lagging' in reply) throw new Error('the matching index lags behind the articles')
      if (reply.ok) {
        if (checkIndex && generation !== null) inStep = `${file}\n${generation}`
        return reply.value as Lookups[typeof kind]['output']
      }
      throw replyError(reply)
    }
  }
}

const spawn = (start: WorkerStart) => spawnWorker(start, 'lookup worker')
