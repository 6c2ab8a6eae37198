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
      const [entries, passages] = await Promise.all([get().claimHistory(target.id), get().claimPassages(target.id)])
      return { entries, passages }
    }
    const entries =
      target.type === 'passage'
        ? await get().call(api.history.list({ entity: 'passage', entityId: target.id, limit: 200 }))
        : await get().call(api.history.list({ limit: 200 }))
    return { entries: entries ?? [], passages: [] }
  }
})
