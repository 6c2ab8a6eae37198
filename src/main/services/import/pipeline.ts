import type { ImportProgress, ImportSummary } from '../../../shared/domain'
import { FactdeskError } from '../../../shared/result'
import { addArticle } from '../articles'
import { indexInBackground } from '../matching/service'
import type { Workspace } from '../workspace'
import { createParser } from './parser'
import { tooLarge, type ImportItem } from './sources'
import { ImportRefusal, type ParsedArticle } from './types'

export { DEFAULT_IMPORT_MAX_BYTES } from './types'

export { expandPaths, type ImportItem } from './sources'

export interface ImportJobState extends ImportProgress {
  cancelRequested: boolean
}

// Parsed articles wait for up to BATCH of them (or BATCH_CHARS of text, or BATCH_MS); they then go
// in as transactions of at most WRITE_BUDGET_MS each, so one fsync serves many articles and no
// transaction holds the event loop long enough to be felt.
const BATCH = 200
const BATCH_CHARS = 1_000_000
const BATCH_MS = 250
// The commit's fsync (and at times a WAL checkpoint) comes on top of the budget.
const WRITE_BUDGET_MS = 20
const AHEAD = 64
// Files read from disk and sent to the worker in one turn of the loop; the rest follow a turn later.
const READ_PER_TURN = 8
/** Time the import loop keeps the event loop between turns, outside the transactions. */
const TURN_BUDGET_MS = 10
const AHEAD_BYTES = 64 * 1024 * 1024

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
  let pendingChars = 0
  const fresh: number[] = []
  let lastFlush = Date.now()
  /** Insert time per character of body, learnt as the import goes (a first guess of 1 ms per 5,000). */
  let msPerChar = 0.0002
  /** Inserts pending articles in one transaction for at most WRITE_BUDGET_MS; the rest wait for the next. */
  const flush = () => {
    const batch = pending
    pending = []
    pendingChars = 0
    lastFlush = Date.now()
    let taken = batch.length
    const before = { imported: summary.imported.length, skipped: summary.skipped.length }
    const batchIds: number[] = []
    try {
      if (ws.file !== file) throw new FactdeskError('no_project', 'the project was closed during the import')
      ws.write(
        ({ db, editor, at }) => {
          const started = performance.now()
          for (const [i, { item, parsed }] of batch.entries()) {
            // A 20,000-word article alone takes tens of ms to insert with its FTS terms; the budget is
            // checked against the time it is expected to take, so it starts the next transaction.
            const expected = parsed.body.length * msPerChar
            if (i > 0 && performance.now() - started + expected > WRITE_BUDGET_MS) {
              taken = i
              break
            }
            try {
              const t = performance.now()
              const a = addArticle(db, { ...parsed, source: item.source }, editor, at, { index: false })
              msPerChar = 0.8 * msPerChar + (0.2 * (performance.now() - t)) / Math.max(1, parsed.body.length)
              batchIds.push(a.id)
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
      fresh.push(...batchIds)
      const rest = batch.slice(taken)
      pending = rest.concat(pending)
      pendingChars = pending.reduce((n, p) => n + p.parsed.body.length, 0)
    } catch (e) {
      // The transaction rolled back: none of this batch is in the project, and the summary says so.
      summary.imported.length = before.imported
      summary.skipped.length = before.skipped
      for (const { item } of batch) summary.failed.push({ source: item.source, error: oneLine(e) })
      throw e
    }
  }
  const parser = await createParser()
  let turnStarted = performance.now()
  // A macrotask turn, so requests waiting on the process are answered between steps.
  const nextTurn = async () => {
    await new Promise((r) => setImmediate(r))
    turnStarted = performance.now()
  }
  // Parsing runs ahead of inserting by a few files (bounded in bytes, as files may be 20 MB each).
  type Outcome = { parsed: ParsedArticle } | { error: unknown }
  const inFlight: { item: ImportItem; outcome: Promise<Outcome> }[] = []
  let inFlightBytes = 0
  let next = 0
  const parseAhead = () => {
    for (
      let sent = 0;
      sent < READ_PER_TURN &&
      next < items.length &&
      !state.cancelRequested &&
      (inFlight.length === 0 || (inFlight.length < AHEAD && inFlightBytes < AHEAD_BYTES));
      sent++
    ) {
      const item = items[next++]
      inFlightBytes += item.size
      const outcome = (async (): Promise<Outcome> => {
        if (item.size > opts.maxBytes) throw tooLarge(opts.maxBytes, item.size)
        const bytes = await item.read(opts.maxBytes)
        return { parsed: await parser.parse(item.name, bytes, opts.maxBytes) }
      })().catch((error: unknown) => ({ error }))
      inFlight.push({ item, outcome })
    }
  }
  try {
    for (parseAhead(); inFlight.length; parseAhead()) {
      if (state.cancelRequested) break
      const { item, outcome } = inFlight.shift()!
      state.current = item.source
      const got = await outcome
      inFlightBytes -= item.size
      if (state.cancelRequested) break
      if ('parsed' in got) pending.push({ item, parsed: got.parsed })
      else if (got.error instanceof ImportRefusal) {
        if (got.error.kind === 'skipped') summary.skipped.push({ source: item.source, reason: got.error.message })
        else summary.failed.push({ source: item.source, error: got.error.message })
      } else summary.failed.push({ source: item.source, error: oneLine(got.error) })
      state.done++
      pendingChars += 'parsed' in got ? got.parsed.body.length : 0
      if (pending.length >= BATCH || pendingChars >= BATCH_CHARS || Date.now() - lastFlush > BATCH_MS) {
        flush()
        await nextTurn()
      } else if (!parser.inWorker || performance.now() - turnStarted > TURN_BUDGET_MS) {
        // Answers already in hand resolve without leaving the loop's turn, and each iteration reads
        // files for the worker: without this, a run of them held the loop past 50 ms.
        await nextTurn()
      }
    }
    // Articles parsed but not yet inserted when the editor cancelled are dropped whole.
    if (state.cancelRequested) pending = []
    while (pending.length && !state.cancelRequested) {
      flush()
      await nextTurn()
    }
  } catch {
    // A failed write stops the import; flush has already listed that batch's files as failed.
  } finally {
    // Files still being parsed are not waited for: closing the worker ends them.
    await parser.close()
    state.current = null
    state.cancelled = state.cancelRequested
    state.finished = true
    // Matching indexing (~10 ms an article) would halve the import's speed if it ran alongside.
    if (ws.file === file) indexInBackground(ws, fresh)
  }
}

const oneLine = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0]

export function emptySummary(): ImportSummary {
  return { imported: [], skipped: [], failed: [] }
}

export function newJobState(jobId: string, total: number): ImportJobState {
  return {
    jobId,
    done: 0,
    total,
    current: null,
    summary: emptySummary(),
    finished: false,
    cancelled: false,
    cancelRequested: false
  }
}
