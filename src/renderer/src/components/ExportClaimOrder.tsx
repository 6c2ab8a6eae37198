import { useMemo } from 'react'
import { moveId, orderedIds } from '../../../shared/claimOrder'
import { useApp } from '../store'

/**
 * The order of claims in the report: each can be moved a step up or down. The order is stored
 * in the project settings (claimOrder), so every export and the preview follow it.
 */
export function ExportClaimOrder({ include }: { include: (id: number) => boolean }) {
  const claims = useApp((s) => s.claims)
  const order = useApp((s) => s.settings?.claimOrder)
  const updateSettings = useApp((s) => s.updateSettings)
  const readOnly = useApp((s) => s.project?.readOnly ?? false)
  const ordered = useMemo(
    () =>
      orderedIds(
        claims.map((c) => c.id),
        order ?? []
      ),
    [claims, order]
  )
  const text = useMemo(() => new Map(claims.map((c) => [c.id, c.text])), [claims])
  const shown = ordered.filter(include)
  if (shown.length < 2) return null
  // Moves are within the claims shown; the hidden ones keep their places around them.
  const move = (id: number, step: -1 | 1) => {
    const next = moveId(shown, id, step)
    let k = 0
    void updateSettings({ claimOrder: ordered.map((x) => (include(x) ? next[k++] : x)) })
  }
  return (
    <details className="export-order">
      <summary>Order of claims</summary>
      <ol aria-label="Order of claims in the report">
        {shown.map((id, i) => (
          <li key={id}>
            <span className="export-order-text">{text.get(id)}</span>
            <button
              type="button"
              className="icon"
              aria-label={`Move up: ${text.get(id)}`}
              disabled={readOnly || i === 0}
              onClick={() => move(id, -1)}
            >
              ↑
            </button>
            <button
              type="button"
              className="icon"
              aria-label={`Move down: ${text.get(id)}`}
              disabled={readOnly || i === shown.length - 1}
              onClick={() => move(id, 1)}
            >
              ↓
            </button>
          </li>
        ))}
      </ol>
    </details>
  )
}
