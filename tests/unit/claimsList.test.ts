import { describe, expect, it } from 'vitest'
import type { ClaimSummary } from '../../src/shared/domain'
import { filterClaims } from '../../src/renderer/src/lib/claimFilter'
import { scrollTopFor, visibleRows } from '../../src/renderer/src/lib/rowWindow'

describe('claim filter', () => {
  const claim = (id: number, text: string, claimant = '', status = 'unverified'): ClaimSummary => ({
    id,
    text,
    claimant,
    status,
    rationale: '',
    note: '',
    createdAt: '',
    updatedAt: '',
    counts: { states: 0, denies: 0, evidence: 0 }
  })
  const claims = [
    claim(1, 'The Pier is unsafe', 'Dana Okafor', 'false'),
    claim(2, 'Ferries run late', '', 'true'),
    claim(3, 'Cracks in two piles', 'Inspector')
  ]

  it('matches text or claimant without case, with a status, in list order', () => {
    expect(filterClaims(claims, '', '')).toBe(claims)
    expect(filterClaims(claims, '  pier ', '').map((c) => c.id)).toEqual([1])
    expect(filterClaims(claims, 'OKAFOR', '').map((c) => c.id)).toEqual([1])
    expect(filterClaims(claims, 'in', '').map((c) => c.id)).toEqual([3])
    expect(filterClaims(claims, '', 'true').map((c) => c.id)).toEqual([2])
    expect(filterClaims(claims, 'pier', 'true')).toEqual([])
  })

  it('never matches across the text and the claimant', () => {
    expect(filterClaims(claims, 'unsafe dana', '')).toEqual([])
    expect(filterClaims(claims, 'piles\ninspector', '')).toEqual([])
  })

  it('sees an edited claim, which arrives as a new object', () => {
    expect(filterClaims(claims, 'harbour', '')).toEqual([])
    const edited = [{ ...claims[0], text: 'The harbour pier is unsafe' }, ...claims.slice(1)]
    expect(filterClaims(edited, 'harbour', '').map((c) => c.id)).toEqual([1])
  })
})

describe('the window of a fixed-row-height list', () => {
  it('covers every row that is partly in view', () => {
    expect(visibleRows(0, 500, 100)).toEqual({ first: 0, last: 5 })
    expect(visibleRows(150, 500, 100)).toEqual({ first: 1, last: 7 })
    expect(visibleRows(-40, 500, 100)).toEqual({ first: 0, last: 5 })
    expect(visibleRows(0, 0, 100)).toEqual({ first: 0, last: 0 })
  })

  it('scrolls a row into view with the least movement, and not at all when it is in view', () => {
    expect(scrollTopFor(3, 0, 500, 100)).toBe(0)
    expect(scrollTopFor(7, 0, 500, 100)).toBe(300)
    expect(scrollTopFor(2, 450, 500, 100)).toBe(200)
    expect(scrollTopFor(4, 350, 500, 100)).toBe(350)
    expect(scrollTopFor(0, 350, 500, 100)).toBe(0)
  })
})
