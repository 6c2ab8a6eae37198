import { describe, expect, it } from 'vitest'
import { applyToClaims } from '../../../src/renderer/src/store/apply/claims'
import { claim, passage, stateWith } from './state'

describe('claims slice: apply', () => {
  it('counts a new link by its role, and a new claim goes last with its first count', () => {
    const one = claim(1)
    const two = claim(2)
    const s = stateWith({ claims: [one, two] })
    const p = passage({ articleId: 1, claimId: 3, role: 'states' })
    const next = applyToClaims(s, { passages: [{ before: null, after: p }], claims: { upserted: [claim(3)] } })
    expect(next.claims!.map((c) => [c.id, c.counts.states])).toEqual([
      [1, 0],
      [2, 0],
      [3, 1]
    ])
    // Rows the change does not touch keep their identity.
    expect(next.claims![0]).toBe(one)
  })

  it('moves a count from one claim to another, and from one role to another', () => {
    const s = stateWith({ claims: [claim(1, { states: 1, denies: 0, evidence: 0 }), claim(2)] })
    const before = passage({ articleId: 1, claimId: 1, role: 'states' })
    const after = { ...before, claimId: 2, role: 'refutes' as const, kind: 'evidence' as const }
    const next = applyToClaims(s, { passages: [{ before, after }] })
    expect(next.claims!.map((c) => c.counts)).toEqual([
      { states: 0, denies: 0, evidence: 0 },
      { states: 0, denies: 0, evidence: 1 }
    ])
  })

  it('never counts a draft, and changes nothing when the counts do not move', () => {
    const s = stateWith({ claims: [claim(1)] })
    const draft = passage({ articleId: 1, id: -1, claimId: 1, role: 'states' })
    expect(applyToClaims(s, { passages: [{ before: null, after: draft }] })).toEqual({})
    const p = passage({ articleId: 1, claimId: 1, role: 'states' })
    expect(applyToClaims(s, { passages: [{ before: p, after: { ...p, note: 'checked' } }] })).toEqual({})
  })

  it('takes an edited claim over the row, keeping its counts', () => {
    const s = stateWith({ claims: [claim(1, { states: 2, denies: 1, evidence: 0 })] })
    const next = applyToClaims(s, { claims: { upserted: [{ ...claim(1), status: 'false' }] } })
    expect(next.claims![0]).toMatchObject({ status: 'false', counts: { states: 2, denies: 1, evidence: 0 } })
  })

  it('drops a deleted claim and its selection', () => {
    const s = stateWith({ claims: [claim(1), claim(2)], selectedClaimId: 2 })
    expect(applyToClaims(s, { claims: { removed: [2] } })).toEqual({ claims: [claim(1)], selectedClaimId: null })
  })
})
