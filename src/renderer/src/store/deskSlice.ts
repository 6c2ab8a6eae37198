import { api } from '../api'
import type { PaneLayout } from '../../../shared/contract/layout'
import type { Article } from '../../../shared/domain'
import { paneScrollTops } from '../lib/linkedScroll'
import type { Slice } from './types'

export type SideTab = PaneLayout['sideTab']

/** Which one item the inspector shows: the last passage or claim the editor chose. */
export type Inspected = 'passage' | 'claim'

export interface DeskSlice {
  /** null: follow the screen (open unless three or more panes share a narrow window). */
  libraryOpen: boolean | null
  sideTab: SideTab
  inspected: Inspected
  /** Suggestions below this confidence are not drawn. */
  suggestionThreshold: number
  /** Scroll positions to put back, per pane, once that pane's article is on screen. */
  restoreScroll: Record<number, number>
  /** False from opening a project until its saved layout is back: nothing is saved over it before. */
  layoutRestored: boolean
  toggleLibrary(open: boolean): void
  setSideTab(tab: SideTab): void
  setSuggestionThreshold(t: number): void
  takeRestoreScroll(pane: number): number | undefined
  /** The layout as it is now, scroll positions included. */
  currentLayout(): PaneLayout
  /** Puts back a saved layout: panes, their articles (those that still exist), widths and scroll. */
  applyLayout(layout: PaneLayout, fetchArticle: (id: number) => Promise<Article | null>): Promise<boolean>
}

export const DEFAULT_THRESHOLD = 0.5

export const createDeskSlice: Slice<DeskSlice> = (set, get) => ({
  libraryOpen: null,
  sideTab: 'inspector',
  inspected: 'claim',
  suggestionThreshold: DEFAULT_THRESHOLD,
  restoreScroll: {},
  layoutRestored: false,
  toggleLibrary(open) {
    set({ libraryOpen: open })
  },
  setSideTab(sideTab) {
    set({ sideTab })
  },
  setSuggestionThreshold(t) {
    set({ suggestionThreshold: Math.min(1, Math.max(0, t)) })
  },
  takeRestoreScroll(pane) {
    const top = get().restoreScroll[pane]
    if (top === undefined) return undefined
    set((s) => {
      const rest = { ...s.restoreScroll }
      delete rest[pane]
      return { restoreScroll: rest }
    })
    return top
  },
  currentLayout() {
    const s = get()
    const tops = paneScrollTops()
    return {
      panes: s.panes.map((p, i) => ({ articleId: p.articleId, scroll: Math.round(tops.get(i) ?? 0) })),
      widths: s.paneWidths.slice(0, s.panes.length),
      activePane: Math.min(s.activePane, s.panes.length - 1),
      libraryOpen: s.libraryOpen,
      sideTab: s.sideTab,
      linkedScroll: s.linkedScroll,
      suggestionThreshold: s.suggestionThreshold
    }
  },
  async applyLayout(layout, fetchArticle) {
    // Each pane's article is fetched once, quietly: one deleted since just leaves its pane empty.
    const articles = await Promise.all(
      layout.panes.map((p) => (p.articleId === null ? Promise.resolve(null) : fetchArticle(p.articleId)))
    )
    const widths = layout.widths.length === layout.panes.length ? layout.widths : layout.panes.map(() => 1)
    set((s) => ({
      bodies: { ...s.bodies, ...Object.fromEntries(articles.flatMap((a) => (a ? [[a.id, a]] : []))) },
      panes: articles.map((a) => ({ articleId: a?.id ?? null })),
      paneWidths: widths,
      activePane: Math.min(layout.activePane, layout.panes.length - 1),
      libraryOpen: layout.libraryOpen,
      sideTab: layout.sideTab,
      linkedScroll: layout.linkedScroll,
      suggestionThreshold: layout.suggestionThreshold,
      restoreScroll: Object.fromEntries(layout.panes.map((p, i) => [i, p.scroll]).filter(([, top]) => top > 0))
    }))
    await Promise.all(articles.map((a) => (a ? get().loadPassages(a.id) : null)))
    return articles.some((a) => a !== null)
  }
})

/** Saves the layout a moment after it last changed, so a drag of a divider is one write. */
export function saveLayoutSoon(getLayout: () => PaneLayout | null, delay = 800): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let last = ''
  return () => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      const layout = getLayout()
      if (!layout) return
      const json = JSON.stringify(layout)
      if (json === last) return
      last = json
      void api.layout.save(layout)
    }, delay)
  }
}
