import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { ImportRefusal, type ParsedArticle } from './types'
import type { ParseReply } from './worker'

/** A file that takes longer than this to read is given up on, and the worker replaced. */
const PARSE_TIMEOUT_MS = 60_000

export interface Parser {
  parse(name: string, bytes: Uint8Array): Promise<ParsedArticle>
  close(): Promise<void>
  readonly inWorker: boolean
}

function workerStart(): { file: string; workerData?: unknown } | null {
  const here = fileURLToPath(import.meta.url)
  if (here.endsWith('.ts')) {
    return {
      file: join(dirname(here), 'workerBootstrap.mjs'),
      workerData: { entry: pathToFileURL(join(dirname(here), 'worker.ts')).href }
    }
  }
  // The bundled desktop app: electron-vite builds the worker as its own entry beside index.js.
  for (const f of [join(dirname(here), 'importWorker.js'), join(dirname(here), '..', 'importWorker.js')]) {
    if (existsSync(f)) return { file: f }
  }
  return null
}

// Loaded only when needed, so commands that never import don't pay for the parsers at start-up.
const inProcess: Parser = {
  parse: async (name, bytes) => (await import('./parseFile')).parseFile(name, bytes),
  close: async () => {},
  inWorker: false
}

/**
 * Parsing (HTML, PDF, Word, charset detection) runs in a worker thread so a large import never
 * blocks the main process; where no worker can start, it runs here, between event-loop turns.
 */
export async function createParser(): Promise<Parser> {
  const start = workerStart()
  if (!start) return inProcess
  let worker: Worker
  try {
    worker = await spawn(start)
  } catch (e) {
    console.warn(`[factdesk] import worker unavailable, parsing in-process: ${(e as Error).message}`)
    return inProcess
  }
  let nextId = 1
  const waiting = new Map<number, { resolve: (r: ParseReply) => void; reject: (e: Error) => void }>()
  const attach = (w: Worker) => {
    w.on('message', (m: ParseReply | { ready: true }) => {
      if (!('id' in m)) return
      waiting.get(m.id)?.resolve(m)
      waiting.delete(m.id)
    })
    w.on('error', (e) => {
      for (const p of waiting.values()) p.reject(e)
      waiting.clear()
    })
  }
  attach(worker)
  return {
    inWorker: true,
    async parse(name, bytes) {
      const id = nextId++
      const copy = new Uint8Array(bytes)
      const reply = await new Promise<ParseReply>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.delete(id)
          // A runaway file: replace the worker so the rest of the import carries on.
          const old = worker
          void old.terminate()
          spawn(start).then(
            (w) => {
              worker = w
              attach(w)
              reject(new ImportRefusal('failed', 'took too long to read'))
            },
            (e: Error) => reject(e)
          )
        }, PARSE_TIMEOUT_MS)
        waiting.set(id, {
          resolve: (r) => {
            clearTimeout(timer)
            resolve(r)
          },
          reject: (e) => {
            clearTimeout(timer)
            reject(e)
          }
        })
        worker.postMessage({ id, name, bytes: copy }, [copy.buffer])
      })
      if (reply.ok) return reply.parsed
      if (reply.kind === 'error') throw new Error(reply.message)
      throw new ImportRefusal(reply.kind, reply.message)
    },
    async close() {
      await worker.terminate()
    }
  }
}

function spawn(start: { file: string; workerData?: unknown }): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const w = new Worker(start.file, { workerData: start.workerData })
    const fail = (e: Error) => {
      void w.terminate()
      reject(e)
    }
    w.once('error', fail)
    w.once('exit', (code) => reject(new Error(`the import worker stopped (${code})`)))
    w.once('message', () => {
      w.off('error', fail)
      w.removeAllListeners('exit')
      resolve(w)
    })
  })
}
