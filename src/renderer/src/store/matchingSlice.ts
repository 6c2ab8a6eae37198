import { api } from '../api'
import type { SpanMatch, Suggestion, UnlinkedArticle } from '../../../shared/contract/matching'
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
  /** Matches for the text selection, so the other panes can mark them while it is active. */
  selectionMatches: { key: string; articleId: number; matches: SpanMatch[] } | null
  loadSelectionMatches(sel: { articleId: number; start: number; end: number } | null): Promise<void>
  /** Suggestions the editor dismissed, by suggestion key; kept for the session only. */
  dismissedSuggestions: Record<string, true>
  dismissSuggestion(key: string): void
  /** Shows a matched span in a pane (another one than the active pane when it can) and scrolls to it. */
  openMatch(articleId: number, offset: number): void
  /** Proposed passages in an article (none when they cannot be had: they are only proposals). */
  suggestionsFor(articleId: number): Promise<Suggestion[]>
  /** Articles that probably mention the claim but have no passage linked to it yet. */
  unlinkedFor(claimId: number): Promise<UnlinkedArticle[]>
}

let openSeq = 1_000_000

export const createMatchingSlice: Slice<MatchingSlice> = (set, get) => ({
  similarFor: null,
  similar: [],
  similarLoading: false,
  selectionMatches: null,
  dismissedSuggestions: {},
  async loadSelectionMatches(sel) {
    if (!sel || sel.end <= sel.start) return set({ selectionMatches: null })
    const key = `${sel.articleId}:${sel.start}:${sel.end}`
    if (get().selectionMatches?.key === key) return
    const r = await api.match.forSpan({ ...sel, limit: 10 })
    const cur = get().textSelection
    // The selection may have moved on while this one was looking.
    if (!cur || `${cur.articleId}:${cur.start}:${cur.end}` !== key) return
    set({ selectionMatches: { key, articleId: sel.articleId, matches: r.ok ? r.value : [] } })
  },
  dismissSuggestion(key) {
    set((s) => ({ dismissedSuggestions: { ...s.dismissedSuggestions, [key]: true } }))
  },
  openMatch(articleId, offset) {
    const { panes, activePane } = get()
    let index = panes.findIndex((p) => p.articleId === articleId)
    if (index < 0) {
      index = panes.findIndex((p, i) => i !== activePane && p.articleId === null)
      if (index < 0) index = panes.findIndex((_, i) => i !== activePane)
      if (index < 0) index = activePane
      get().setPaneArticle(index, articleId)
    }
    set({ scrollTarget: { paneIndex: index, articleId, offset, seq: ++openSeq } })
  },
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
  },
  async suggestionsFor(articleId) {
    const r = await api.suggest.forArticle({ articleId })
    return r.ok ? r.value : []
  },
  async unlinkedFor(claimId) {
    const r = await api.match.unlinkedForClaim({ claimId, limit: 10 })
    return r.ok ? r.value : []
  }
})
