import type { ClaimSummary } from '../../../shared/domain'

// Keyed by the claim object: a claims load or an edit replaces the objects it changes, so keys are
// computed once per version of a claim, not once per keystroke for 20,000 claims.
const keys = new WeakMap<ClaimSummary, readonly [string, string]>()

/** Text and claimant, lowercased, kept apart so a query never matches across the two. */
export function claimSearchKeys(c: ClaimSummary): readonly [string, string] {
  let k = keys.get(c)
  if (k === undefined) {
    k = [c.text.toLowerCase(), c.claimant.toLowerCase()]
    keys.set(c, k)
  }
  return k
}

const matches = (c: ClaimSummary, q: string) => {
  const [text, claimant] = claimSearchKeys(c)
  return text.includes(q) || claimant.includes(q)
}

/** The claims whose text or claimant contains the query and that have the status, in list order. */
export function filterClaims(claims: ClaimSummary[], query: string, status: string): ClaimSummary[] {
  const q = query.trim().toLowerCase()
  if (!q && !status) return claims
  return claims.filter((c) => (!status || c.status === status) && (!q || matches(c, q)))
}
