import { api } from '../api'
import type { SpanMatch } from '../../../shared/contract/matching'
import type { Passage } from '../../../shared/domain'
import type { Slice } from './types'

export interface MatchingSlice {
  /** Matches for this passage; null when no passage is active. */
  similarFor: number | null
  similar: SpanMatch[]
  similarLoading: boolean
  loadSimilar(passageId: number | null): Promise<void>
  /** Tags a matching span and links it to the active passage's claim, as a denial where it denies. */
  linkSimilar(source: Passage, match: SpanMatch): Promise<void>
}

export const createMatchingSlice: Slice<MatchingSlice> = (set, get) => ({
  similarFor: null,
  similar: [],
  similarLoading: false,
  async loadSimilar(passageId) {
    if (passageId === null) return set({ similarFor: null, similar: [], similarLoading: false })
    set({ similarFor: passageId, similarLoading: true })
    const list = await get().call(api.match.forPassage({ passageId, limit: 10 }))
    // A newer selection may have started while this one was loading.
    if (get().similarFor !== passageId) return
    set({ similar: list ?? [], similarLoading: false })
  },
  async linkSimilar(source, match) {
    if (source.claimId === null) return
    const keep = get().selectedPassageId
    const denies = match.denies && source.kind !== 'denial'
    await get().tag({
      articleId: match.articleId,
      start: match.start,
      end: match.end,
      kind: denies ? 'denial' : source.kind,
      claimId: source.claimId,
      role: denies ? 'denies' : (source.role ?? undefined)
    })
    // Linking should not move the editor away from the passage they are working from.
    set({ selectedPassageId: keep })
    await get().loadPassages(match.articleId)
  }
})
