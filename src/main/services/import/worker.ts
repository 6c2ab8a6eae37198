import { parentPort } from 'node:worker_threads'
import { contentHash, normaliseBody } from '../text'
import { parseFile } from './parseFile'
import { ImportRefusal, type ParsedArticle } from './types'

/** The import worker: reads files off the main thread, one message per file. */
export interface ParseRequest {
  id: number
  name: string
  bytes: Uint8Array
  maxBytes?: number
}
/** Loads the HTML reader ahead of the first import (most imports are saved web pages); answers when done. */
export interface PreloadRequest {
  preload: true
}
export type ParseReply =
  | { id: number; ok: true; parsed: ParsedArticle }
  | { id: number; ok: false; kind: 'skipped' | 'failed' | 'error'; message: string }

const port = parentPort
if (port) {
  port.on('message', (req: ParseRequest | PreloadRequest) => {
    if ('preload' in req) {
      void import('./html').then(
        () => port.postMessage({ preloaded: true }),
        () => port.postMessage({ preloaded: false })
      )
      return
    }
    parseFile(req.name, req.bytes, req.maxBytes).then(
      (parsed) => {
        // Normalising and hashing here keeps that work off the main thread, which only inserts.
        const body = normaliseBody(parsed.body)
        const ready = { ...parsed, body, contentHash: contentHash(body) }
        port.postMessage({ id: req.id, ok: true, parsed: ready } satisfies ParseReply)
      },
      (e: unknown) =>
        port.postMessage({
          id: req.id,
          ok: false,
          kind: e instanceof ImportRefusal ? e.kind : 'error',
          message: e instanceof Error ? e.message : String(e)
        } satisfies ParseReply)
    )
  })
  port.postMessage({ ready: true })
}
