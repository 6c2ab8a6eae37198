import { useMemo, useState } from 'react'
import { statusLabel } from '../../../shared/statusScale'
import { useApp } from '../store'

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
        {visible.map((c) => (
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
      </ul>
    </section>
  )
}
