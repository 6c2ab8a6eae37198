import { api } from '../api'
import type { Kind, Passage, Role } from '../../../shared/domain'
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
  tag(req: TagRequest): Promise<Passage | undefined>
  deletePassage(passage: Passage): Promise<void>
  selectPassage(passage: Passage | null): void
}

export const createPassagesSlice: Slice<PassagesSlice> = (set, get) => ({
  passagesByArticle: {},
  selectedPassageId: null,
  async loadPassages(articleId) {
    const list = await get().call(api.passages.listForArticle({ articleId }))
    if (list) set((s) => ({ passagesByArticle: { ...s.passagesByArticle, [articleId]: list } }))
  },
  async tag(req) {
    const r = await get().call(api.passages.tag(req))
    if (!r) return undefined
    await Promise.all([
      get().loadPassages(req.articleId),
      get().loadClaims(),
      get().loadArticles(),
      get().refreshInfo()
    ])
    set({ selectedPassageId: r.passage.id, selectedClaimId: r.claim?.id ?? get().selectedClaimId })
    return r.passage
  },
  async deletePassage(passage) {
    const done = await get().call(api.passages.delete({ id: passage.id }))
    if (done === undefined) return
    set({ selectedPassageId: null })
    await Promise.all([
      get().loadPassages(passage.articleId),
      get().loadClaims(),
      get().loadArticles(),
      get().refreshInfo()
    ])
  },
  selectPassage(passage) {
    set({ selectedPassageId: passage?.id ?? null, selectedClaimId: passage?.claimId ?? get().selectedClaimId })
  }
})
