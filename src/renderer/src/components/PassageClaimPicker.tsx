import { useDeferredValue, useMemo, useState } from 'react'
import type { Passage } from '../../../shared/domain'
import { filterClaims } from '../lib/claimFilter'
import { useApp } from '../store'
import { byId } from '../lib/byId'

/** Options in the list at once: a select of 20,000 claims took seconds to build on every selection. */
const SHOWN = 50

const short = (text: string) => (text.length > 90 ? `${text.slice(0, 90)}…` : text)

/** The passage's claim: a select of the current claim and the claims matching a search box. */
export function PassageClaimPicker(props: {
  passage: Passage
  readOnly: boolean
  onChange: (claimId: number | null) => void
}) {
  const { passage, readOnly, onChange } = props
  const claims = useApp((s) => s.claims)
  const [query, setQuery] = useState('')
  const deferredQuery = useDeferredValue(query)
  const { current, shown, more } = useMemo(() => {
    const found = filterClaims(claims, deferredQuery, '')
    const others = []
    for (const c of found) {
      if (others.length === SHOWN) break
      if (c.id !== passage.claimId) others.push(c)
    }
    const currentFound = found.some((c) => c.id === passage.claimId)
    return {
      current: byId(claims, passage.claimId),
      shown: others,
      more: found.length - others.length - (currentFound ? 1 : 0)
    }
  }, [claims, deferredQuery, passage.claimId])

  return (
    <>
      <label>
        Passage claim
        <select
          value={passage.claimId ?? ''}
          disabled={readOnly}
          onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}
        >
          <option value="">No claim</option>
          {current && <option value={current.id}>{short(current.text)}</option>}
          {shown.map((c) => (
            <option key={c.id} value={c.id}>
              {short(c.text)}
            </option>
          ))}
          {more > 0 && <option disabled>{`${more} more: find them with the box below`}</option>}
        </select>
      </label>
      {!readOnly && claims.length > SHOWN && (
        <input
          type="search"
          aria-label="Find a claim for the passage"
          placeholder="Find a claim for the passage"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      )}
    </>
  )
}
