import type { Passage } from '../../../shared/domain'
import { useApp } from '../store'
import { KIND_LABEL } from './ArticleText'

/** Passages an edit of the text left without a place; select new text, then re-attach one. */
export function OrphanList({
  orphans,
  pending
}: {
  orphans: Passage[]
  pending: { start: number; end: number } | null
}) {
  const updatePassage = useApp((s) => s.updatePassage)
  const selectPassage = useApp((s) => s.selectPassage)
  return (
    <details className="orphans" open>
      <summary>
        {orphans.length} orphaned passage{orphans.length === 1 ? '' : 's'}
      </summary>
      <p className="muted small">Select the text where one belongs now, then re-attach it.</p>
      <ul aria-label="Orphaned passages">
        {orphans.map((p) => (
          <li key={p.id}>
            <button type="button" className="link-button" onClick={() => selectPassage(p)}>
              {KIND_LABEL[p.kind]}: “{p.exact.length > 80 ? `${p.exact.slice(0, 80)}…` : p.exact}”
            </button>
            <button
              type="button"
              className="small"
              disabled={!pending}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pending && void updatePassage(p, { start: pending.start, end: pending.end })}
            >
              Re-attach to selection
            </button>
          </li>
        ))}
      </ul>
    </details>
  )
}
