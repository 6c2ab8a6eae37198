import { api } from '../api'
import { nextPaint } from '../lib/afterPaint'
import { measureTagToHighlight } from '../lib/perf'
import type { Kind, Passage, Role } from '../../../shared/domain'
import { countTag, draftPassage, withoutPassage, withTaggedPassage } from './tagResult'
import type { DialogState } from './uiSlice'
import type { Slice } from './types'

export interface TagRequest {
  articleId: number
  start: number
  end: number
  kind: Kind
  claimId?: number
  newClaimText?: string
  role?: Role
}

export interface PassagesSlice {
  passagesByArticle: Record<number, Passage[]>
  selectedPassageId: number | null
  loadPassages(articleId: number): Promise<void>
  /**
   * Tags a passage. With closeDialog, the tag dialog closes in the same update that draws the
   * highlight, before the service answers; if the tag then fails, the highlight goes and `reopen`
   * (the dialog with what the editor entered) comes back.
   */
  tag(req: TagRequest, opts?: { closeDialog?: boolean; reopen?: DialogState }): Promise<Passage | undefined>
  deletePassage(passage: Passage): Promise<void>
  selectPassage(passage: Passage | null): void
  updatePassage(passage: Passage, patch: PassagePatch, label?: string): Promise<Passage | undefined>
  /** Asks the pane showing this passage to scroll to it; seq makes a repeated request count. */
  scrollRequest: { passageId: number; seq: number } | null
  /** The word-snapped text selection in a pane, for "Set span" and re-attaching orphans. */
  textSelection: { articleId: number; start: number; end: number } | null
  setTextSelection(sel: { articleId: number; start: number; end: number } | null, ofArticle?: number | null): void
  jumpToPassage(passage: Passage): void
}

export interface PassagePatch {
  kind?: Kind
  role?: Role
  start?: number
  end?: number
  claimId?: number | null
  newClaimText?: string
  note?: string
}

export const createPassagesSlice: Slice<PassagesSlice> = (set, get) => ({
  passagesByArticle: {},
  selectedPassageId: null,
  scrollRequest: null,
  textSelection: null,
  setTextSelection(sel, ofArticle) {
    const cur = get().textSelection
    if (sel) set({ textSelection: sel })
    else if (cur && (ofArticle === undefined || cur.articleId === ofArticle)) set({ textSelection: null })
  },
  async loadPassages(articleId) {
    const list = await get().call(api.passages.listForArticle({ articleId }))
    if (list) set((s) => ({ passagesByArticle: { ...s.passagesByArticle, [articleId]: list } }))
  },
  async tag(req, opts) {
    // The highlight is drawn at once, as a draft, and the dialog closes with it: the round trip to
    // the service (10-20 ms in browser mode, more on a busy machine) is not spent looking at the
    // dialog. The draft has no id or controls until the answer replaces it.
    const file = get().project?.file
    const body = get().bodies[req.articleId]?.body
    const draft = opts?.closeDialog && body !== undefined ? draftPassage(req, body) : null
    if (draft) {
      // Before the update: its frame callback then comes before those the update's effects ask for.
      measureTagToHighlight(draft)
      set((s) => ({
        passagesByArticle: withTaggedPassage(s.passagesByArticle, draft),
        dialog: { type: 'none' as const }
      }))
    }
    const r = await get().call(api.passages.tag(req))
    if (!r) {
      if (draft)
        set((s) => ({
          passagesByArticle: withoutPassage(s.passagesByArticle, draft),
          // Not over another dialog, nor in a project opened meanwhile.
          ...(opts?.reopen && s.dialog.type === 'none' && s.project?.file === file ? { dialog: opts.reopen } : {})
        }))
      return undefined
    }
    // Nothing of it belongs in a project opened while it was on the way.
    if (get().project?.file !== file) return r.passage
    if (!draft) measureTagToHighlight(r.passage)
    // The answer is the committed passage and claim: the highlight, the counts and the claims list
    // all follow from it without reloading any list. The highlight comes first, in an update that
    // renders only its pane; the lists of 20,000 claims and 10,000 articles take their counts after
    // that frame is painted.
    set((s) => ({
      passagesByArticle: withTaggedPassage(
        draft ? withoutPassage(s.passagesByArticle, draft) : s.passagesByArticle,
        r.passage
      ),
      selectedPassageId: r.passage.id,
      ...(opts?.closeDialog && !draft ? { dialog: { type: 'none' as const } } : {})
    }))
    await nextPaint()
    if (get().project?.file !== file) return r.passage
    set((s) => ({
      ...countTag(s, r),
      selectedClaimId: r.claim?.id ?? s.selectedClaimId,
      // The claim is what the editor fills in next (status, claimant); without one, the passage.
      inspected: r.claim ? 'claim' : 'passage'
    }))
    // The undo labels follow the project's counts (useGlobalShortcuts), after the paint.
    return r.passage
  },
  async deletePassage(passage) {
    const done = await get().call(api.passages.delete({ id: passage.id }))
    if (done === undefined) return
    set({ selectedPassageId: null })
    await Promise.all([
      get().loadUndoState(),
      get().loadPassages(passage.articleId),
      get().loadClaims(),
      get().loadArticles(),
      get().refreshInfo()
    ])
  },
  selectPassage(passage) {
    set({
      selectedPassageId: passage?.id ?? null,
      selectedClaimId: passage?.claimId ?? get().selectedClaimId,
      inspected: passage ? 'passage' : 'claim'
    })
  },
  async updatePassage(passage, patch) {
    const updated = await get().call(api.passages.update({ id: passage.id, ...patch }))
    if (!updated) return undefined
    await Promise.all([
      get().loadPassages(passage.articleId),
      get().loadClaims(),
      get().loadArticles(),
      get().refreshInfo(),
      get().loadUndoState()
    ])
    if (updated.claimId !== passage.claimId) set({ selectedClaimId: updated.claimId })
    return updated
  },
  jumpToPassage(passage) {
    get().showInPane(passage.articleId)
    set((s) => ({
      selectedPassageId: passage.id,
      selectedClaimId: passage.claimId ?? s.selectedClaimId,
      inspected: 'passage' as const,
      scrollRequest: { passageId: passage.id, seq: (s.scrollRequest?.seq ?? 0) + 1 }
    }))
  }
})
