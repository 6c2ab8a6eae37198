import { api } from '../api'
import { applyChange } from './apply'
import { DOMAINS, type Change, type Domain } from './change'
import type { AppState, Slice } from './types'

export interface CommitOptions {
  /** Apply only these slices' parts now; the slices that reload and refresh the undo labels run with 'edit'. */
  only?: readonly Domain[]
  /** UI state set in the same update (a selection, a dialog), so one write is one store update. */
  also?: (s: AppState) => Partial<AppState>
}

export interface CommitSlice {
  /**
   * The one way a write's result reaches the store: the change is applied by the slices that own
   * its data, in one update; then the slices reload what the answer could not say, and the undo
   * labels follow.
   */
  commit(change: Change, opts?: CommitOptions): Promise<void>
  /** Open texts and their passages again, swapped in together; drops what no longer exists. */
  reloadTexts(): Promise<void>
}

export const createCommitSlice: Slice<CommitSlice> = (set, get) => ({
  async commit(change, opts) {
    const only = opts?.only ?? DOMAINS
    set((s) => ({ ...applyChange(s, change, only), ...opts?.also?.(s) }))
    if (!only.includes('edit')) return
    const reload = change.reload ?? []
    await Promise.all([
      reload.includes('claims') ? get().loadClaims() : null,
      reload.includes('articles') ? get().loadArticles() : null,
      reload.includes('project') ? get().refreshInfo() : null,
      change.undo ? null : get().loadUndoState()
    ])
    if (reload.includes('texts')) await get().reloadTexts()
  },
  async reloadTexts() {
    const loaded = Object.keys(get().bodies).map(Number)
    const withPassages = Object.keys(get().passagesByArticle).map(Number)
    const exists = new Set(get().articles.map((a) => a.id))
    // Fetch texts and passages first and swap them in together, so no render ever pairs a new
    // text with old offsets.
    const [bodies, passages] = await Promise.all([
      Promise.all(loaded.filter((id) => exists.has(id)).map((id) => get().call(api.articles.get({ id })))),
      Promise.all(
        withPassages
          .filter((id) => exists.has(id))
          .map(async (id) => [id, await get().call(api.passages.listForArticle({ articleId: id }))] as const)
      )
    ])
    const s = get()
    const nextBodies = Object.fromEntries(bodies.filter((a) => a !== undefined).map((a) => [a.id, a]))
    const nextPassages = Object.fromEntries(passages.filter(([, list]) => list !== undefined))
    const passageExists =
      s.selectedPassageId === null ||
      Object.values(nextPassages).some((list) => list!.some((p) => p.id === s.selectedPassageId))
    set({
      bodies: nextBodies,
      passagesByArticle: nextPassages as typeof s.passagesByArticle,
      panes: s.panes.map((p) => (p.articleId !== null && !exists.has(p.articleId) ? { ...p, articleId: null } : p)),
      selectedPassageId: passageExists ? s.selectedPassageId : null,
      selectedClaimId: s.claims.some((c) => c.id === s.selectedClaimId) ? s.selectedClaimId : null
    })
  }
})
