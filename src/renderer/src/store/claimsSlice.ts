import { api } from '../api'
import type { Claim, ClaimSummary } from '../../../shared/domain'
import type { Slice } from './types'

export type ClaimPatch = Partial<Pick<Claim, 'text' | 'claimant' | 'status' | 'rationale' | 'note'>>

export interface ClaimsSlice {
  claims: ClaimSummary[]
  selectedClaimId: number | null
  loadClaims(): Promise<void>
  selectClaim(id: number | null): void
  updateClaim(id: number, patch: ClaimPatch): Promise<boolean>
}

export const createClaimsSlice: Slice<ClaimsSlice> = (set, get) => ({
  claims: [],
  selectedClaimId: null,
  async loadClaims() {
    set({ claims: (await get().call(api.claims.list({}))) ?? [] })
  },
  selectClaim(id) {
    set({ selectedClaimId: id })
  },
  async updateClaim(id, patch) {
    const claim = await get().call(api.claims.update({ id, ...patch }))
    if (!claim) return false
    set((s) => ({ claims: s.claims.map((c) => (c.id === id ? { ...c, ...claim } : c)) }))
    return true
  }
})
