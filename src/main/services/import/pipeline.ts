import { readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import type { ImportProgress, ImportSummary } from '../../../shared/domain'
import { FactdeskError } from '../../../shared/result'
import { addArticle } from '../articles'
import { indexInBackground } from '../matching/service'
import type { Workspace } from '../workspace'
import { createParser } from './parser'
import { ImportRefusal, type ParsedArticle } from './types'

export const DEFAULT_IMPORT_MAX_BYTES = 20 * 1024 * 1024

/** One file to import: a path on disk, or bytes the browser sent. */
export interface ImportItem {
  source: string
  name: string
  size: number
  read(): Uint8Array
}

/** Expands paths: folders recursively (hidden files and folders left out), files as they are. */
export function expandPaths(paths: string[]): { items: ImportItem[]; missing: { source: string; error: string }[] } {
  const items: ImportItem[] = []
  const missing: { source: string; error: string }[] = []
  const addFile = (path: string, size: number) =>
    items.push({ source: path, name: basename(path), size, read: () => readFileSync(path) })
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))
    for (const e of entries) {
      if (e.name.startsWith('.')) continue
      const p = join(dir, e.name)
      if (e.isDirectory()) walk(p)
      else if (e.isFile()) addFile(p, statSync(p).size)
    }
  }
  for (const raw of paths) {
    const path = resolve(raw)
    try {
      const st = statSync(path)
      if (st.isDirectory()) walk(path)
      else addFile(path, st.size)
    } catch (e) {
      missing.push({
        source: raw,
        error: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (e as Error).message
      })
    }
  }
  return { items, missing }
}

export interface ImportJobState extends ImportProgress {
  cancelRequested: boolean
}

const BATCH = 50
const BATCH_MS = 250

/**
 * Reads and parses files in a worker thread (see parser.ts) and inserts them here, so the
 * process keeps answering while a large import runs. Parsed articles go in in batched transactions (not undoable: an
 * import is too large to keep an inverse of); each article is whole or absent, so cancelling or
 * a failure never leaves half an article behind.
 */
export async function runImport(
  ws: Workspace,
  items: ImportItem[],
  state: ImportJobState,
  opts: { maxBytes: number }
): Promise<void> {
  const file = ws.file
  const summary = state.summary
  let pending: { item: ImportItem; parsed: ParsedArticle }[] = []
  let lastFlush = Date.now()
  const flush = () => {
    if (!pending.length) return
    const batch = pending
    pending = []
    lastFlush = Date.now()
    const before = { imported: summary.imported.length, skipped: summary.skipped.length }
    const fresh: number[] = []
    try {
      if (ws.file !== file) throw new FactdeskError('no_project', 'the project was closed during the import')
      ws.write(
        ({ db, editor, at }) => {
          for (const { item, parsed } of batch) {
            try {
              const a = addArticle(db, { ...parsed, source: item.source }, editor, at, { index: false })
              fresh.push(a.id)
              summary.imported.push({ id: a.id, title: a.title, source: item.source })
            } catch (e) {
              if (e instanceof FactdeskError && e.code === 'conflict') {
                summary.skipped.push({ source: item.source, reason: `duplicate: ${e.message}` })
              } else if (e instanceof FactdeskError && e.code === 'invalid_input') {
                summary.skipped.push({ source: item.source, reason: e.message })
              } else throw e
            }
          }
        },
        { undoable: false }
      )
      indexInBackground(ws, fresh)
    } catch (e) {
      // The transaction rolled back: none of this batch is in the project, and the summary says so.
      summary.imported.length = before.imported
      summary.skipped.length = before.skipped
      for (const { item } of batch) summary.failed.push({ source: item.source, error: oneLine(e) })
      throw e
    }
  }
  const parser = await createParser()
  try {
    for (const item of items) {
      if (state.cancelRequested) break
      state.current = item.source
      try {
        if (item.size > opts.maxBytes) {
          throw new ImportRefusal(
            'failed',
            `larger than the ${formatMb(opts.maxBytes)} import limit (${formatMb(item.size)})`
          )
        }
        const parsed = await parser.parse(item.name, item.read())
        if (state.cancelRequested) break
        pending.push({ item, parsed })
      } catch (e) {
        if (e instanceof ImportRefusal) {
          if (e.kind === 'skipped') summary.skipped.push({ source: item.source, reason: e.message })
          else summary.failed.push({ source: item.source, error: e.message })
        } else {
          summary.failed.push({ source: item.source, error: oneLine(e) })
        }
      }
      state.done++
      if (pending.length >= BATCH || Date.now() - lastFlush > BATCH_MS) flush()
      if (!parser.inWorker) await new Promise((r) => setImmediate(r))
    }
    // Articles parsed but not yet inserted when the editor cancelled are dropped whole.
    if (state.cancelRequested) pending = []
    else flush()
  } catch {
    // A failed write stops the import; flush has already listed that batch's files as failed.
  } finally {
    await parser.close()
    state.current = null
    state.cancelled = state.cancelRequested
    state.finished = true
  }
}

const oneLine = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0]
const formatMb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 0)} MB`

export function emptySummary(): ImportSummary {
  return { imported: [], skipped: [], failed: [] }
}
