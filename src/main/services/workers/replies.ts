import type Database from 'better-sqlite3'
import { parentPort } from 'node:worker_threads'
import { FactdeskError, type ErrorCode } from '../../../shared/result'
import { openForReading } from '../../store/projectFile'

/** A request a worker answers from the project file, and its answer when that fails. */
export interface FileRequest {
  id: number
  file: string
  nativeBinding?: string
}
export interface FailedReply {
  id: number
  ok: false
  code: string | null
  message: string
}

/**
 * Answers one request on a read-only connection of its own. A connection per request: held
 * open, it would keep the WAL files after the project closes and go on reading a file since
 * replaced at the same path. Opening costs about a millisecond. A failure becomes a reply with
 * the error's code, so the main thread can raise the same error.
 */
export function answerFromFile<Reply>(req: FileRequest, work: (db: Database.Database) => Reply): Reply | FailedReply {
  let db: Database.Database | undefined
  try {
    db = openForReading(req.file, req.nativeBinding)
    return work(db)
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

/** The error a failed reply stands for, on the main thread. */
export function replyError(reply: FailedReply): Error {
  return reply.code ? new FactdeskError(reply.code as ErrorCode, reply.message) : new Error(reply.message)
}

/** In a worker: answers each message with `answer`, after saying it has loaded. */
export function serveRequests<Req>(answer: (req: Req) => unknown): void {
  const port = parentPort
  if (!port) return
  port.on('message', (req: Req) => port.postMessage(answer(req)))
  port.postMessage({ ready: true })
}
