import { api } from '../api'
import { nextPaint } from '../lib/afterPaint'
import { measureTagToHighlight } from '../lib/perf'
import type { Passage } from '../../../shared/domain'
import { AFTER_HIGHLIGHT, changeOf, HIGHLIGHT } from './change'
import { draftPassage } from './draftPassage'
import type { DialogState } from './uiSlice'
import type { Slice } from './types'
import type { InputOf } from '../../../shared/contract'

export type TagRequest = InputOf<'passages.tag'>

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

export type PassagePatch = Omit<InputOf<'passages.update'>, 'id'>

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
      void get().commit(
        { passages: [{ before: null, after: draft }] },
        { only: HIGHLIGHT, also: () => ({ dialog: { type: 'none' as const } }) }
      )
    }
    const r = await get().call(api.passages.tag(req))
    if (!r) {
      if (draft)
        void get().commit(
          { passages: [{ before: draft, after: null }] },
          {
            only: HIGHLIGHT,
            // Not over another dialog, nor in a project opened meanwhile.
            also: (s) =>
              opts?.reopen && s.dialog.type === 'none' && s.project?.file === file ? { dialog: opts.reopen } : {}
          }
        )
      return undefined
    }
    // Nothing of it belongs in a project opened while it was on the way.
    if (get().project?.file !== file) return r.passage
    if (!draft) measureTagToHighlight(r.passage)
    // The answer is the committed passage and claim: the highlight, the counts and the claims list
    // all follow from it without reloading any list. The highlight comes first, in an update that
    // renders only its pane; the lists of 20,000 claims and 10,000 articles take their counts after
    // that frame is painted.
    const change = changeOf.tag(r, draft)
    void get().commit(change, {
      only: HIGHLIGHT,
      also: () => ({
        selectedPassageId: r.passage.id,
        ...(opts?.closeDialog && !draft ? { dialog: { type: 'none' as const } } : {})
      })
    })
    await nextPaint()
    if (get().project?.file !== file) return r.passage
    void get().commit(change, {
      only: AFTER_HIGHLIGHT,
      also: (s) => ({
        selectedClaimId: r.claim?.id ?? s.selectedClaimId,
        // The claim is what the editor fills in next (status, claimant); without one, the passage.
        inspected: r.claim ? ('claim' as const) : ('passage' as const)
      })
    })
    return r.passage
  },
  async deletePassage(passage) {
    const gone = await get().call(api.passages.delete({ id: passage.id }))
    if (gone) await get().commit(changeOf.passageDeleted(gone))
  },
  selectPassage(passage) {
    set({
      selectedPassageId: passage?.id ?? null,
      selectedClaimId: passage?.claimId ?? get().selectedClaimId,
      inspected: passage ? 'passage' : 'claim'
    })
  },
  async updatePassage(passage, patch) {
    const r = await get().call(api.passages.update({ id: passage.id, ...patch }))
    if (!r) return undefined
    // The store's copy is what the counts hold; the caller's may be older.
    const before = get().passagesByArticle[passage.articleId]?.find((p) => p.id === passage.id) ?? passage
    const change = changeOf.passageUpdated(before, r)
    await get().commit(change, { also: () => (r.claimId !== passage.claimId ? { selectedClaimId: r.claimId } : {}) })
    return change.passages![0].after!
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
