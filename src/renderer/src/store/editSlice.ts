import { api } from '../api'
import type { UndoStateDto } from '../../../shared/contract/editorial'
import type { Slice } from './types'

export interface EditSlice {
  undoState: UndoStateDto
  /** Bumped after undo/redo or a text edit so views holding their own copies reload. */
  revision: number
  loadUndoState(): Promise<void>
  step(direction: 'undo' | 'redo'): Promise<void>
  /** Reloads everything an edit may have changed: claims, articles, open texts and passages. */
  reloadAll(): Promise<void>
}

const NONE: UndoStateDto = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null }

export const createEditSlice: Slice<EditSlice> = (set, get) => ({
  undoState: NONE,
  revision: 0,
  async loadUndoState() {
    set({ undoState: (await get().call(api.edit.state({}))) ?? NONE })
  },
  async step(direction) {
    const s = get()
    if (s.project?.readOnly) return
    if (direction === 'undo' ? !s.undoState.canUndo : !s.undoState.canRedo) return
    const r = await get().call(direction === 'undo' ? api.edit.undo({}) : api.edit.redo({}))
    if (!r) return
    set({ undoState: r.state })
    await get().reloadAll()
    if (r.label) get().notify('info', `${direction === 'undo' ? 'Undid' : 'Redid'} ${r.label}`)
  },
  async reloadAll() {
    const loaded = Object.keys(get().bodies).map(Number)
    const withPassages = Object.keys(get().passagesByArticle).map(Number)
    await Promise.all([get().loadClaims(), get().loadArticles(), get().refreshInfo(), get().loadUndoState()])
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
      revision: s.revision + 1,
      panes: s.panes.map((p) => (p.articleId !== null && !exists.has(p.articleId) ? { ...p, articleId: null } : p)),
      selectedPassageId: passageExists ? s.selectedPassageId : null,
      selectedClaimId: s.claims.some((c) => c.id === s.selectedClaimId) ? s.selectedClaimId : null
    })
  }
})
