import { api } from '../api'
import type { ImportProgress, Kind, SearchHit } from '../../../shared/domain'
import type { SortKey } from '../lib/libraryRows'
import type { Slice } from './types'

export type { SortKey }

export interface SearchFiltersState {
  outlet: string
  from: string
  to: string
  kind: Kind | ''
  status: string
}

export const NO_FILTERS: SearchFiltersState = { outlet: '', from: '', to: '', kind: '', status: '' }

/** A place the reader should scroll to once the article is shown; readers clear it when done. */
export interface ScrollTarget {
  paneIndex: number
  articleId: number
  offset: number
  seq: number
}

export interface LibrarySlice {
  sortBy: SortKey
  groupByOutlet: boolean
  importJob: ImportProgress | null
  search: { q: string; filters: SearchFiltersState; hits: SearchHit[]; error: string | null; pending: boolean }
  scrollTarget: ScrollTarget | null
  setSort(sortBy: SortKey): void
  setGroupByOutlet(on: boolean): void
  importPaths(paths: string[]): Promise<void>
  pickAndImport(folders: boolean): Promise<void>
  /** Browser mode and drops without paths: the bytes go to the server in parts under its request limit. */
  importFiles(files: File[]): Promise<void>
  cancelImport(): Promise<void>
  dismissImport(): void
  runSearch(q: string, filters?: SearchFiltersState): Promise<void>
  openHit(hit: SearchHit): void
  clearScrollTarget(seq: number): void
}

/** Keeps each upload request well under the server's 64 MB body limit, after base64 growth. */
const UPLOAD_CHUNK_BYTES = 24 * 1024 * 1024
/** One file must fit in one request (64 MB) after base64 growth; larger ones are reported, not sent. */
const MAX_UPLOAD_FILE_BYTES = 45 * 1024 * 1024
const POLL_MS = 150
let searchSeq = 0
let scrollSeq = 0

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let s = ''
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(s)
}

export const createLibrarySlice: Slice<LibrarySlice> = (set, get) => {
  const follow = async (jobId: string) => {
    for (;;) {
      const p = await get().call(api.import.progress({ jobId }))
      if (!p) return
      set({ importJob: p })
      if (p.finished) break
      await new Promise((r) => setTimeout(r, POLL_MS))
    }
    // The job's answer lists what it imported, not the summaries: the articles slice reloads its list.
    const { q, filters } = get().search
    await Promise.all([
      get().commit({ reload: ['articles', 'project'] }),
      q.trim() ? get().runSearch(q, filters) : null
    ])
  }
  const begin = (total: number) =>
    set({
      importJob: {
        jobId: '',
        done: 0,
        total,
        current: null,
        summary: { imported: [], skipped: [], failed: [] },
        finished: false,
        cancelled: false
      }
    })

  return {
    sortBy: 'date',
    groupByOutlet: false,
    importJob: null,
    search: { q: '', filters: NO_FILTERS, hits: [], error: null, pending: false },
    scrollTarget: null,
    setSort(sortBy) {
      set({ sortBy })
    },
    setGroupByOutlet(groupByOutlet) {
      set({ groupByOutlet })
    },
    async importPaths(paths) {
      if (!paths.length) return
      begin(paths.length)
      const r = await get().call(api.import.start({ paths }))
      if (!r) return set({ importJob: null })
      await follow(r.jobId)
    },
    async pickAndImport(folders) {
      const paths = await get().call(api.import.pickFiles({ folders }))
      if (paths?.length) await get().importPaths(paths)
    },
    async importFiles(files) {
      if (!files.length) return
      begin(files.length)
      let uploadId: string | undefined
      let batch: { name: string; data: string; tooLarge?: number }[] = []
      let size = 0
      const send = async (start: boolean) => {
        const r = await get().call(api.import.uploads({ uploadId, files: batch, start }))
        batch = []
        size = 0
        if (!r) return null
        uploadId = r.uploadId
        return r
      }
      for (const f of files) {
        if (size + f.size > UPLOAD_CHUNK_BYTES && batch.length) {
          if (!(await send(false))) return set({ importJob: null })
        }
        const name = f.webkitRelativePath || f.name
        if (f.size > MAX_UPLOAD_FILE_BYTES) batch.push({ name, data: '', tooLarge: f.size })
        else {
          batch.push({ name, data: await toBase64(f) })
          size += f.size
        }
      }
      const r = await send(true)
      if (!r?.jobId) return set({ importJob: null })
      await follow(r.jobId)
    },
    async cancelImport() {
      const job = get().importJob
      if (job?.jobId && !job.finished) await get().call(api.import.cancel({ jobId: job.jobId }))
    },
    dismissImport() {
      set({ importJob: null })
    },
    async runSearch(q, filters = get().search.filters) {
      const seq = ++searchSeq
      set((s) => ({ search: { ...s.search, q, filters, pending: true } }))
      if (!q.trim()) return set({ search: { q, filters, hits: [], error: null, pending: false } })
      const r = await api.search.query({
        q,
        outlet: filters.outlet || null,
        from: filters.from || null,
        to: filters.to || null,
        kind: filters.kind || null,
        status: filters.status || null,
        limit: 20
      })
      // Results as you type: an answer to an older query must not replace a newer one.
      if (seq !== searchSeq) return
      set({
        search: r.ok
          ? { q, filters, hits: r.value, error: null, pending: false }
          : { q, filters, hits: [], error: r.error.message, pending: false }
      })
    },
    openHit(hit) {
      if (hit.articleId === null) {
        if (hit.type === 'claim') get().selectClaim(hit.id)
        return
      }
      get().showInPane(hit.articleId)
      const paneIndex = get().panes.findIndex((p) => p.articleId === hit.articleId)
      if (hit.type === 'claim') get().selectClaim(hit.id)
      if (paneIndex >= 0 && hit.offset !== null) {
        set({ scrollTarget: { paneIndex, articleId: hit.articleId, offset: hit.offset, seq: ++scrollSeq } })
      }
    },
    clearScrollTarget(seq) {
      if (get().scrollTarget?.seq === seq) set({ scrollTarget: null })
    }
  }
}
