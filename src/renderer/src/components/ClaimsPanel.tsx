import { useEffect, useMemo, useRef, useState } from 'react'
import { statusLabel } from '../../../shared/statusScale'
import { useApp } from '../store'

/** Rows rendered at first and added each time the list is scrolled near its end. */
const PAGE = 100

export function ClaimsPanel() {
  const claims = useApp((s) => s.claims)
  const statuses = useApp((s) => s.settings?.statuses ?? [])
  const selectedClaimId = useApp((s) => s.selectedClaimId)
  const selectClaim = useApp((s) => s.selectClaim)
  const [query, setQuery] = useState('')
  const [status, setStatus] = useState('')

  const visible = useMemo(() => {
    const q = query.trim().toLowerCase()
    return claims.filter(
      (c) =>
        (!status || c.status === status) &&
        (!q || c.text.toLowerCase().includes(q) || c.claimant.toLowerCase().includes(q))
    )
  }, [claims, query, status])

  // A project can hold 20,000 claims: render a window that grows as the editor scrolls (and
  // always reaches the selected claim), so filtering and scrolling stay free of long tasks.
  const [limit, setLimit] = useState(PAGE)
  useEffect(() => setLimit(PAGE), [query, status])
  const selectedIndex = useMemo(() => visible.findIndex((c) => c.id === selectedClaimId), [visible, selectedClaimId])
  const shown = visible.slice(0, Math.max(limit, selectedIndex + 1))
  const more = useRef<HTMLLIElement>(null)
  const hasMore = shown.length < visible.length
  useEffect(() => {
    const el = more.current
    if (!el || !hasMore) return
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setLimit((n) => n + PAGE)
      },
      { rootMargin: '400px' }
    )
    io.observe(el)
    return () => io.disconnect()
  }, [hasMore, shown.length])

  return (
    <section className="claims" aria-label="Claims">
      <h2 className="section-title">
        Claims <span className="muted">({claims.length})</span>
      </h2>
      <div className="claims-filters">
        <input
          type="search"
          aria-label="Filter claims"
          placeholder="Filter claims"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <select aria-label="Filter by status" value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="">All statuses</option>
          {statuses.map((s) => (
            <option key={s.key} value={s.key}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <ul className="claim-list" aria-label="Claims list">
        {claims.length === 0 && (
          <li className="muted small empty">Select text in an article and press C to record a claim.</li>
        )}
        {shown.map((c) => (
          <li key={c.id}>
            <button
              type="button"
              className={c.id === selectedClaimId ? 'claim-item selected' : 'claim-item'}
              aria-pressed={c.id === selectedClaimId}
              onClick={() => selectClaim(c.id === selectedClaimId ? null : c.id, true)}
            >
              <span className="claim-text">{c.text}</span>
              {c.claimant && <span className="claim-claimant">{c.claimant}</span>}
              <span className="claim-meta">
                <span className={`status-chip status-${c.status}`}>{statusLabel(statuses, c.status)}</span>
                <span
                  className="muted small"
                  aria-label={`${c.counts.states} stating, ${c.counts.denies} denying, ${c.counts.evidence} evidence`}
                >
                  {c.counts.states} stated · {c.counts.denies} denied · {c.counts.evidence} evidence
                </span>
              </span>
            </button>
          </li>
        ))}
        {hasMore && (
          <li ref={more} className="muted small" aria-hidden="true">
            {visible.length - shown.length} more…
          </li>
        )}
      </ul>
    </section>
  )
}
