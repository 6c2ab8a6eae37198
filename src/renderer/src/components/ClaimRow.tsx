import { memo } from 'react'
import type { ClaimSummary } from '../../../shared/domain'

interface Props {
  claim: ClaimSummary
  statusLabel: string
  selected: boolean
  /** The one row the Tab key stops at; arrow keys move between rows. */
  tabStop: boolean
  onSelect: (id: number) => void
}

/** One claim in the Claims list; memoised so a tag or an edit re-renders only the row it changed. */
export const ClaimRow = memo(function ClaimRow({ claim: c, statusLabel, selected, tabStop, onSelect }: Props) {
  return (
    <button
      type="button"
      className={`claim-item${selected ? ' selected' : ''}${c.claimant ? '' : ' no-claimant'}`}
      aria-pressed={selected}
      tabIndex={tabStop ? 0 : -1}
      onClick={() => onSelect(c.id)}
    >
      <span className="claim-text">{c.text}</span>
      {c.claimant && <span className="claim-claimant">{c.claimant}</span>}
      <span className="claim-meta">
        <span className={`status-chip status-${c.status}`}>{statusLabel}</span>
        <span
          className="muted small"
          aria-label={`${c.counts.states} stating, ${c.counts.denies} denying, ${c.counts.evidence} evidence`}
        >
          {c.counts.states} stated · {c.counts.denies} denied · {c.counts.evidence} evidence
        </span>
      </span>
    </button>
  )
})
