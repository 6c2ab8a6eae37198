import type { Slice } from './types'

export const MAX_PANES = 4

export interface Pane {
  articleId: number | null
}

export interface PanesSlice {
  panes: Pane[]
  /** Relative widths of the panes, one per pane (grid fr units). */
  paneWidths: number[]
  linkedScroll: boolean
  activePane: number
  /** Moves the divider after pane `index` by `delta` fr units, keeping each pane at least 0.25. */
  resizePane(index: number, delta: number): void
  setLinkedScroll(on: boolean): void
  resetProjectState(): void
  /** Resolves when the article's text and passages have arrived. */
  setPaneArticle(index: number, articleId: number | null): Promise<void>
  /** Puts an article in the active pane, or the first empty one, loading its text and passages. */
  showInPane(articleId: number, index?: number): void
  addPane(): void
  closePane(index: number): void
  setActivePane(index: number): void
  /** Fills empty panes with the given articles, or the first of the article list. */
  openFirstArticles(ids?: number[]): Promise<void>
}

export const createPanesSlice: Slice<PanesSlice> = (set, get) => ({
  panes: [{ articleId: null }, { articleId: null }],
  paneWidths: [1, 1],
  linkedScroll: false,
  activePane: 0,
  resizePane(index, delta) {
    set((s) => {
      const w = [...s.paneWidths]
      if (index < 0 || index >= w.length - 1) return s
      const total = w[index] + w[index + 1]
      const left = Math.min(total - 0.25, Math.max(0.25, w[index] + delta))
      w[index] = left
      w[index + 1] = total - left
      return { paneWidths: w }
    })
  },
  setLinkedScroll(on) {
    set({ linkedScroll: on })
  },
  resetProjectState() {
    set({
      panes: [{ articleId: null }, { articleId: null }],
      paneWidths: [1, 1],
      activePane: 0,
      scrollRequest: null,
      articles: [],
      articlesLoaded: false,
      claims: [],
      claimsLoaded: false,
      bodies: {},
      passagesByArticle: {},
      selectedClaimId: null,
      selectedPassageId: null,
      dialog: { type: 'none' },
      libraryOpen: null,
      sideTab: 'inspector',
      inspected: 'claim',
      restoreScroll: {},
      layoutRestored: false
    })
  },
  setPaneArticle(index, articleId) {
    set((s) => ({ panes: s.panes.map((p, i) => (i === index ? { articleId } : p)), activePane: index }))
    if (articleId === null) return Promise.resolve()
    return Promise.all([get().loadArticle(articleId), get().loadPassages(articleId)]).then(() => undefined)
  },
  showInPane(articleId, index) {
    const { panes, activePane } = get()
    const already = panes.findIndex((p) => p.articleId === articleId)
    if (index === undefined && already >= 0) return set({ activePane: already })
    const empty = panes.findIndex((p) => p.articleId === null)
    get().setPaneArticle(index ?? (empty >= 0 ? empty : activePane), articleId)
  },
  addPane() {
    set((s) =>
      s.panes.length >= MAX_PANES
        ? s
        : {
            panes: [...s.panes, { articleId: null }],
            paneWidths: Array<number>(s.panes.length + 1).fill(1),
            activePane: s.panes.length
          }
    )
  },
  closePane(index) {
    set((s) =>
      s.panes.length <= 1
        ? s
        : {
            panes: s.panes.filter((_, i) => i !== index),
            paneWidths: Array<number>(s.panes.length - 1).fill(1),
            activePane: Math.max(0, Math.min(s.activePane, s.panes.length - 2))
          }
    )
  },
  setActivePane(index) {
    set({ activePane: index })
  },
  openFirstArticles(ids) {
    // Only panes still empty: the editor may already have picked an article while the lists loaded.
    const { panes, articles } = get()
    const shown = new Set(panes.map((p) => p.articleId))
    const unshown = (ids ?? articles.map((a) => a.id)).filter((id) => !shown.has(id))
    const loading: Promise<void>[] = []
    panes.forEach((p, i) => {
      if (p.articleId !== null) return
      const next = unshown.shift()
      if (next !== undefined) loading.push(get().setPaneArticle(i, next))
    })
    set({ activePane: 0 })
    return Promise.all(loading).then(() => undefined)
  }
})
