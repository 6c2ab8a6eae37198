import { api } from '../api'
import type { HistoryEntry, Passage } from '../../../shared/domain'
import type { Slice } from './types'

export type HistoryTarget = { type: 'claim'; id: number } | { type: 'passage'; id: number } | { type: 'project' }

export interface HistorySlice {
  /** The history of one claim (with its passages'), one passage, or the whole project, newest first. */
  loadHistory(target: HistoryTarget): Promise<{ entries: HistoryEntry[]; passages: Passage[] }>
}

export const createHistorySlice: Slice<HistorySlice> = (_set, get) => ({
  async loadHistory(target) {
    if (target.type === 'claim') {
      // The claim's own entries and those of its passages (up to 50), asked for together.
      const [own, passages] = await Promise.all([
        get().call(api.history.list({ entity: 'claim', entityId: target.id, limit: 200 })),
        get().claimPassages(target.id)
      ])
      const ofPassages = await Promise.all(
        passages.slice(0, 50).map((p) => get().call(api.history.list({ entity: 'passage', entityId: p.id, limit: 50 })))
      )
      const entries = [...(own ?? []), ...ofPassages.flatMap((h) => h ?? [])].sort((a, b) => b.id - a.id)
      return { entries, passages }
    }
    const entries =
      target.type === 'passage'
        ? await get().call(api.history.list({ entity: 'passage', entityId: target.id, limit: 200 }))
        : await get().call(api.history.list({ limit: 200 }))
    return { entries: entries ?? [], passages: [] }
  }
})
