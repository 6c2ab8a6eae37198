import { randomUUID } from 'node:crypto'
import type { ImportProgress } from '../../../shared/domain'
import { FactdeskError } from '../../../shared/result'
import type { Workspace } from '../workspace'
import { newJobState, runImport, type ImportItem, type ImportJobState } from './pipeline'
import { readImportMaxBytes } from './settings'
import { ImportRefusal } from './types'

const KEEP_FINISHED = 20

/**
 * Browser uploads wait in memory until the page starts their import. One never started (a tab
 * closed, a page that only sends) used to stay for good: eight 30 MB uploads took the server from
 * 227 to 626 MB. So they expire, and all of them together are capped.
 */
export interface UploadLimits {
  /** All staged uploads together. */
  maxStagedBytes: number
  /** An upload not added to or started for this long is dropped. */
  ttlMs: number
}
export const DEFAULT_UPLOAD_LIMITS: UploadLimits = { maxStagedBytes: 256 * 1024 * 1024, ttlMs: 10 * 60_000 }

/** Import jobs of one workspace: started, polled for progress, cancelled; finished ones kept a while. */
export class ImportJobs {
  private jobs = new Map<string, { state: ImportJobState; done: Promise<void> }>()
  private staged = new Map<string, { items: ImportItem[]; bytes: number; expires: number }>()
  private sweep: NodeJS.Timeout | null = null

  constructor(
    private readonly ws: Workspace,
    private readonly limits: UploadLimits = DEFAULT_UPLOAD_LIMITS
  ) {}

  /** Bytes held by uploads not yet started. */
  get stagedBytes(): number {
    let n = 0
    for (const e of this.staged.values()) n += e.bytes
    return n
  }

  start(items: ImportItem[], preFailed: { source: string; error: string }[] = []): string {
    const maxBytes = this.ws.read(readImportMaxBytes)
    const jobId = randomUUID()
    const state = newJobState(jobId, items.length)
    state.summary.failed.push(...preFailed)
    const done = runImport(this.ws, items, state, { maxBytes })
    this.jobs.set(jobId, { state, done })
    this.prune()
    return jobId
  }

  /** Browser uploads arrive in several requests (the server takes 64 MB at most per request). */
  stage(uploadId: string | undefined, files: { name: string; data: string; tooLarge?: number }[]): string {
    this.expire()
    const id = uploadId ?? randomUUID()
    const entry = this.staged.get(id) ?? { items: [], bytes: 0, expires: 0 }
    if (uploadId && !this.staged.has(uploadId)) throw new FactdeskError('not_found', 'that upload has expired')
    const held = this.stagedBytes - entry.bytes
    for (const f of files) {
      if (f.tooLarge) {
        entry.items.push({
          source: f.name,
          name: f.name,
          size: f.tooLarge,
          read: () => {
            throw new ImportRefusal('failed', 'too large to send from the browser; import it with factdesk import')
          }
        })
        continue
      }
      const bytes = new Uint8Array(Buffer.from(f.data, 'base64'))
      entry.bytes += bytes.length
      if (held + entry.bytes > this.limits.maxStagedBytes) {
        // The whole upload goes, so what it held is freed now rather than when it expires.
        this.staged.delete(id)
        throw new FactdeskError(
          'invalid_input',
          `uploads waiting to be imported would pass ${mb(this.limits.maxStagedBytes)}; import fewer files at a time`
        )
      }
      entry.items.push({ source: f.name, name: f.name, size: bytes.length, read: () => bytes })
    }
    entry.expires = Date.now() + this.limits.ttlMs
    this.staged.set(id, entry)
    this.scheduleSweep()
    return id
  }

  private expire(): void {
    const now = Date.now()
    for (const [id, e] of this.staged) if (e.expires <= now) this.staged.delete(id)
  }

  /** A timer that drops expired uploads even when no other upload comes; it never keeps the process up. */
  private scheduleSweep(): void {
    if (this.sweep) return
    this.sweep = setTimeout(() => {
      this.sweep = null
      this.expire()
      if (this.staged.size) this.scheduleSweep()
    }, this.limits.ttlMs)
    this.sweep.unref()
  }

  startStaged(uploadId: string): string {
    const entry = this.staged.get(uploadId)
    if (!entry) throw new FactdeskError('not_found', 'that upload has expired')
    this.staged.delete(uploadId)
    return this.start(entry.items)
  }

  progress(jobId: string): ImportProgress {
    const { cancelRequested: _, ...rest } = this.get(jobId).state
    return { ...rest, summary: structuredClone(rest.summary) }
  }

  cancel(jobId: string): ImportProgress {
    this.get(jobId).state.cancelRequested = true
    return this.progress(jobId)
  }

  /** Resolves when the job has finished (the CLI waits on this). */
  async wait(jobId: string): Promise<ImportProgress> {
    await this.get(jobId).done
    return this.progress(jobId)
  }

  private get(jobId: string) {
    const job = this.jobs.get(jobId)
    if (!job) throw new FactdeskError('not_found', `no import job ${jobId}`)
    return job
  }

  private prune() {
    const finished = [...this.jobs.entries()].filter(([, j]) => j.state.finished)
    for (const [id] of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(id)
  }
}

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`
