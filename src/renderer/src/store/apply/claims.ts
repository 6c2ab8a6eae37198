import type { ClaimSummary, Passage } from '../../../../shared/domain'
import { isDraft, type Change, type ChangeState } from '../change'

type Counts = ClaimSummary['counts']
const NO_COUNTS: Counts = { states: 0, denies: 0, evidence: 0 }

/** Which claim count a link role adds to, as the claims list query counts them. */
function countKey(role: Passage['role']): keyof Counts | null {
  if (role === 'states') return 'states'
  if (role === 'denies') return 'denies'
  if (role === 'supports' || role === 'refutes' || role === 'context') return 'evidence'
  return null
}

/**
 * The claims slice's part of a change: claims written and deleted, and the counts that follow
 * from the passages written (a link leaves one claim's count and joins another's). Rows the
 * change does not touch keep their identity, so memoised rows skip rendering.
 */
export function applyToClaims(s: ChangeState, c: Change): Partial<ChangeState> {
  let claims = s.claims
  let copied = false
  const own = () => {
    if (!copied) claims = claims.slice()
    copied = true
    return claims
  }

  for (const claim of c.claims?.upserted ?? []) {
    const at = claims.findIndex((x) => x.id === claim.id)
    // Claims are listed by id, so a new one goes last.
    if (at < 0) own().push({ ...claim, counts: NO_COUNTS })
    else own()[at] = { ...claims[at], ...claim, counts: claims[at].counts }
  }

  const delta = new Map<number, Counts>()
  const count = (p: Passage | null, by: number) => {
    const key = p && !isDraft(p) && p.claimId !== null ? countKey(p.role) : null
    if (!key) return
    const d = delta.get(p!.claimId!) ?? { ...NO_COUNTS }
    d[key] += by
    delta.set(p!.claimId!, d)
  }
  for (const w of c.passages ?? []) {
    count(w.before, -1)
    count(w.after, +1)
  }
  for (const [id, d] of delta) {
    if (!d.states && !d.denies && !d.evidence) continue
    const at = claims.findIndex((x) => x.id === id)
    if (at < 0) continue
    const was = claims[at].counts
    own()[at] = {
      ...claims[at],
      counts: { states: was.states + d.states, denies: was.denies + d.denies, evidence: was.evidence + d.evidence }
    }
  }

  const removed = new Set(c.claims?.removed ?? [])
  if (removed.size) claims = claims.filter((x) => !removed.has(x.id))
  const selectedClaimId = s.selectedClaimId !== null && removed.has(s.selectedClaimId) ? null : s.selectedClaimId
  if (claims === s.claims && selectedClaimId === s.selectedClaimId) return {}
  return { claims, selectedClaimId }
}
