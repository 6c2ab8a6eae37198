import { api } from '../api'
import type { Claim, ClaimSummary, Passage } from '../../../shared/domain'
import { changeOf } from './change'
import type { Slice } from './types'

export type ClaimPatch = Partial<Pick<Claim, 'text' | 'claimant' | 'status' | 'rationale' | 'note' | 'reviewUrl'>>

export interface ClaimsSlice {
  claims: ClaimSummary[]
  /** False from opening a project until its claim list has arrived. */
  claimsLoaded: boolean
  selectedClaimId: number | null
  loadClaims(): Promise<void>
  /** scroll: also scroll every open pane to the claim's first passage (from the Claims list). */
  selectClaim(id: number | null, scroll?: boolean): void
  claimFocus: { claimId: number; seq: number } | null
  updateClaim(id: number, patch: ClaimPatch): Promise<boolean>
  deleteClaim(id: number): Promise<boolean>
  claimPassages(id: number): Promise<Passage[]>
}

export const createClaimsSlice: Slice<ClaimsSlice> = (set, get) => ({
  claims: [],
  claimsLoaded: false,
  selectedClaimId: null,
  async loadClaims() {
    set({ claims: (await get().call(api.claims.list({}))) ?? [], claimsLoaded: true })
  },
  claimFocus: null,
  selectClaim(id, scroll = false) {
    set((s) => ({
      selectedClaimId: id,
      inspected: 'claim' as const,
      claimFocus: scroll && id !== null ? { claimId: id, seq: (s.claimFocus?.seq ?? 0) + 1 } : s.claimFocus
    }))
  },
  async updateClaim(id, patch) {
    const claim = await get().call(api.claims.update({ id, ...patch }))
    if (!claim) return false
    await get().commit(changeOf.claimUpdated(claim))
    return true
  },
  async deleteClaim(id) {
    const done = await get().call(api.claims.delete({ id }))
    if (done === undefined) return false
    await get().commit(changeOf.claimDeleted(id))
    return true
  },
  async claimPassages(id) {
    return (await get().call(api.passages.listForClaim({ claimId: id }))) ?? []
  }
})
