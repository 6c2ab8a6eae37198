import type { Worker } from 'node:worker_threads'
import { spawnWorker, workerStart, type WorkerStart } from '../workers/start'
import { ImportRefusal, type ParsedArticle } from './types'
import type { ParseReply, ParseRequest, PreloadRequest } from './worker'

/**
 * A file that takes longer than this to read is given up on, and the worker replaced.
 * FACTDESK_PARSE_TIMEOUT_MS shortens it, so tests can run a runaway file through the CLI.
 */
const PARSE_TIMEOUT_MS = Number(process.env.FACTDESK_PARSE_TIMEOUT_MS) || 60_000
/** How long a finished import's worker waits for the next one before it is stopped. */
const KEEP_WARM_MS = 5 * 60_000

export interface Parser {
  /** maxBytes: the import size limit, which also bounds the text read out (parseFile.ts). */
  parse(name: string, bytes: Uint8Array, maxBytes?: number): Promise<ParsedArticle>
  close(): Promise<void>
  readonly inWorker: boolean
  /** The worker thread parsing now (it changes when a runaway file's worker is replaced); -1 in-process. */
  readonly threadId: number
}

const importWorker = () => workerStart(import.meta.url, 'worker.ts', 'importWorker.js')

// Loaded only when needed, so commands that never import don't pay for the parsers at start-up.
const inProcess: Parser = {
  parse: async (name, bytes, maxBytes) => (await import('./parseFile')).parseFile(name, bytes, maxBytes),
  close: async () => {},
  inWorker: false,
  threadId: -1
}

/**
 * Parsing (HTML, PDF, Word, charset detection) runs in a worker thread so a large import never
 * blocks the main process; where no worker can start, it runs here, between event-loop turns.
 * Several files may be in flight at once, so the worker parses the next file while the main
 * thread inserts the last ones.
 */
export async function createParser(opts: { timeoutMs?: number } = {}): Promise<Parser> {
  const timeoutMs = opts.timeoutMs ?? PARSE_TIMEOUT_MS
  const start = importWorker()
  if (!start) return inProcess
  let worker: Worker
  try {
    worker = await takeWarm(start)
  } catch (e) {
    console.warn(`[factdesk] import worker unavailable, parsing in-process: ${(e as Error).message}`)
    return inProcess
  }
  interface Request {
    name: string
    bytes: Uint8Array
    maxBytes?: number
    timer?: NodeJS.Timeout
    resolve(r: ParseReply): void
    reject(e: Error): void
  }
  let nextId = 1
  const waiting = new Map<number, Request>()
  const post = (id: number, req: Request) => {
    // A copy is transferred, so the original survives to be sent again to a replacement worker.
    const copy = new Uint8Array(req.bytes)
    req.timer = setTimeout(() => replaceWorker(id), timeoutMs)
    worker.postMessage({ id, name: req.name, bytes: copy, maxBytes: req.maxBytes } satisfies ParseRequest, [
      copy.buffer
    ])
  }
  const settle = (id: number) => {
    const req = waiting.get(id)
    waiting.delete(id)
    clearTimeout(req?.timer)
    return req
  }
  let closed = false
  /** The replacement failed to start: `worker` is the stopped one, not to be kept. */
  let noWorker = false
  // A replacement still starting when the import closes: close waits for it, then parks or stops it.
  let replacing: Promise<void> | null = null
  // A runaway file: it alone is refused; the files queued behind it go to a fresh worker.
  const replaceWorker = (stuck: number) => {
    settle(stuck)?.reject(new ImportRefusal('failed', 'took too long to read'))
    for (const req of waiting.values()) clearTimeout(req.timer)
    const old = worker
    old.removeAllListeners()
    void old.terminate()
    replacing = spawn(start).then(
      (w) => {
        worker = w
        if (closed) return
        attach(w)
        for (const [id, req] of waiting) post(id, req)
      },
      (e: Error) => {
        noWorker = true
        for (const id of [...waiting.keys()]) settle(id)?.reject(e)
      }
    )
  }
  const attach = (w: Worker) => {
    w.on('message', (m: ParseReply | { ready: true }) => {
      if ('id' in m) settle(m.id)?.resolve(m)
    })
    w.on('error', (e) => {
      for (const id of [...waiting.keys()]) settle(id)?.reject(e)
    })
  }
  attach(worker)
  return {
    inWorker: true,
    get threadId() {
      return worker.threadId
    },
    async parse(name, bytes, maxBytes) {
      const id = nextId++
      const reply = await new Promise<ParseReply>((resolve, reject) => {
        const req: Request = { name, bytes, maxBytes, resolve, reject }
        waiting.set(id, req)
        post(id, req)
      })
      if (reply.ok) return reply.parsed
      if (reply.kind === 'error') throw new Error(reply.message)
      throw new ImportRefusal(reply.kind, reply.message)
    },
    async close() {
      closed = true
      // Without this, a worker started after a runaway file outlived the import, and being
      // ref'd, it kept `factdesk import` from ever exiting.
      await replacing
      if (noWorker) return
      forgetListeners(worker)
      // A worker with nothing in hand is kept for the next import; one still busy (a cancelled
      // import's runaway file) is stopped, and what it had in hand is answered.
      if (waiting.size === 0) return keepWarm(worker)
      for (const id of [...waiting.keys()]) settle(id)?.reject(new ImportRefusal('skipped', 'the import was stopped'))
      await worker.terminate()
    }
  }
}

/**
 * One started worker kept between imports. Starting one costs about a second where the sources
 * run through tsx (the CLI and browser mode): the worker compiles, then loads the HTML reader. An
 * editor dropping three files should not wait for that each time, so the shells start one when
 * they start (prewarmParser) and each import hands its worker back when done.
 */
let warm: { worker: Worker; timer: NodeJS.Timeout } | null = null
let warming: Promise<void> | null = null

function keepWarm(w: Worker): void {
  if (warm) return void w.terminate()
  // Parked, it must not keep the process alive, and a crash just empties the slot.
  w.unref()
  const drop = () => {
    if (warm?.worker !== w) return
    clearTimeout(warm.timer)
    warm = null
  }
  w.once('error', drop)
  w.once('exit', drop)
  const timer = setTimeout(() => {
    drop()
    void w.terminate()
  }, KEEP_WARM_MS)
  timer.unref()
  warm = { worker: w, timer }
}

async function takeWarm(start: WorkerStart): Promise<Worker> {
  if (!warm && warming) await warming
  if (!warm) return spawn(start)
  const { worker, timer } = warm
  warm = null
  clearTimeout(timer)
  forgetListeners(worker)
  worker.ref()
  return worker
}

/** Starts an import worker, with its HTML reader loaded, for the next import to take. */
export function prewarmParser(): Promise<void> {
  const start = importWorker()
  if (!start || warm || warming) return warming ?? Promise.resolve()
  warming = spawn(start)
    .then(async (w) => {
      w.postMessage({ preload: true } satisfies PreloadRequest)
      await new Promise((resolve) => w.once('message', resolve))
      keepWarm(w)
    })
    .catch((e: Error) => console.warn(`[factdesk] could not start the import worker early: ${e.message}`))
    .finally(() => (warming = null))
  return warming
}

/**
 * Our listeners only: Worker keeps internal ones (a 'message' listener added later is wired to
 * the thread's port through them), which removeAllListeners() with no name would take too.
 */
function forgetListeners(w: Worker): void {
  for (const event of ['message', 'error', 'exit'] as const) w.removeAllListeners(event)
}

/** The kept worker's thread, or null when none is kept. */
export const warmThreadId = (): number | null => warm?.worker.threadId ?? null

/** Stops the kept worker (tests, and shells that are closing). */
export async function stopWarmParser(): Promise<void> {
  await warming
  const w = warm?.worker
  if (!w) return
  clearTimeout(warm!.timer)
  warm = null
  await w.terminate()
}

const spawn = (start: WorkerStart) => spawnWorker(start, 'import worker')
