import { randomUUID } from 'node:crypto'
import type { ImportProgress } from '../../../shared/domain'
import { FactdeskError } from '../../../shared/result'
import type { Workspace } from '../workspace'
import { newJobState, runImport, type ImportItem, type ImportJobState } from './pipeline'
import { readImportMaxBytes } from './settings'
import { ImportRefusal } from './types'

const KEEP_FINISHED = 20
const MAX_STAGED_BYTES = 512 * 1024 * 1024

/** Import jobs of one workspace: started, polled for progress, cancelled; finished ones kept a while. */
export class ImportJobs {
  private jobs = new Map<string, { state: ImportJobState; done: Promise<void> }>()
  private staged = new Map<string, { items: ImportItem[]; bytes: number }>()

  constructor(private readonly ws: Workspace) {}

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
    const id = uploadId ?? randomUUID()
    const entry = this.staged.get(id) ?? { items: [], bytes: 0 }
    if (uploadId && !this.staged.has(uploadId)) throw new FactdeskError('not_found', 'that upload has expired')
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
      if (entry.bytes > MAX_STAGED_BYTES) {
        this.staged.delete(id)
        throw new FactdeskError('invalid_input', 'too much to upload at once; import fewer files at a time')
      }
      entry.items.push({ source: f.name, name: f.name, size: bytes.length, read: () => bytes })
    }
    this.staged.set(id, entry)
    return id
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
