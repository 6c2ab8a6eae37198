import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'

export interface WorkerStart {
  file: string
  workerData?: unknown
}

/**
 * How to start one of the main process's worker threads, from the module that owns it (its
 * import.meta.url). Run from the TypeScript sources (the CLI, browser mode and tests go through
 * tsx), a bootstrap registers tsx and imports `sourceName` beside that module; in the bundled
 * desktop app, electron-vite has built the worker as `builtName`, its own entry beside index.js.
 * Null when neither is there.
 */
export function workerStart(ownerUrl: string, sourceName: string, builtName: string): WorkerStart | null {
  const owner = fileURLToPath(ownerUrl)
  if (owner.endsWith('.ts')) {
    return {
      file: join(dirname(fileURLToPath(import.meta.url)), '..', 'import', 'workerBootstrap.mjs'),
      workerData: { entry: pathToFileURL(join(dirname(owner), sourceName)).href }
    }
  }
  for (const f of [join(dirname(owner), builtName), join(dirname(owner), '..', builtName)]) {
    if (existsSync(f)) return { file: f }
  }
  return null
}

/** Starts a worker and resolves once its first message says it has loaded; `name` is for errors. */
export function spawnWorker(start: WorkerStart, name: string): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const w = new Worker(start.file, { workerData: start.workerData })
    const fail = (e: Error) => {
      void w.terminate()
      reject(e)
    }
    w.once('error', fail)
    w.once('exit', (code) => reject(new Error(`the ${name} stopped (${code})`)))
    w.once('message', () => {
      w.off('error', fail)
      w.removeAllListeners('exit')
      resolve(w)
    })
  })
}

/** A worker that answers each request with one reply carrying the request's id. */
export interface RepliedWorker<Req, Reply> {
  ask(req: Req): Promise<Reply>
}

/**
 * Requests to a started worker, each answered by one reply with the same id. Idle, the worker
 * does not keep the process alive (a command, or a server told to stop); busy, it does. When it
 * fails or stops, the requests still waiting are rejected with the reason and `onBroken` runs, so
 * its owner can start a fresh one next time.
 */
export function repliedWorker<Req extends object, Reply extends { id: number }>(
  worker: Worker,
  name: string,
  onBroken: () => void
): RepliedWorker<Req, Reply> {
  let nextId = 1
  const waiting = new Map<number, { resolve(r: Reply): void; reject(e: Error): void }>()
  const settle = (id: number) => {
    const w = waiting.get(id)
    waiting.delete(id)
    if (waiting.size === 0) worker.unref()
    return w
  }
  worker.on('message', (m: Reply | { ready: true }) => {
    if ('id' in m) settle(m.id)?.resolve(m)
  })
  const broken = (e: Error) => {
    onBroken()
    for (const id of [...waiting.keys()]) settle(id)?.reject(e)
  }
  worker.on('error', broken)
  worker.on('exit', (code) => broken(new Error(`the ${name} stopped (${code})`)))
  // After the listeners: adding a 'message' listener refs the worker again.
  worker.unref()
  return {
    ask: (req) =>
      new Promise<Reply>((resolve, reject) => {
        const id = nextId++
        waiting.set(id, { resolve, reject })
        worker.ref()
        worker.postMessage({ ...req, id })
      })
  }
}
