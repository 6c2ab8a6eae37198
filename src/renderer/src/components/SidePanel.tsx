import type { KeyboardEvent } from 'react'
import { useApp } from '../store'
import type { SideTab } from '../store/deskSlice'
import { ClaimsPanel } from './ClaimsPanel'
import { HistoryPanel } from './HistoryPanel'
import { Inspector } from './Inspector'
import { SimilarPassages } from './SimilarPassages'

const TABS: { key: SideTab; label: string }[] = [
  { key: 'inspector', label: 'Inspector' },
  { key: 'similar', label: 'Similar' },
  { key: 'history', label: 'History' }
]

/**
 * The right side: the claims board always in reach at the top, and below it one thing at a time,
 * the selected item, its similar passages or its history, each scrolling on its own.
 */
export function SidePanel() {
  const tab = useApp((s) => s.sideTab)
  const setTab = useApp((s) => s.setSideTab)
  const similarCount = useApp((s) =>
    s.similarFor !== null && s.similarFor === s.selectedPassageId ? s.similar.length : 0
  )

  const onKey = (e: KeyboardEvent) => {
    const at = TABS.findIndex((t) => t.key === tab)
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0
    if (!step) return
    e.preventDefault()
    const next = TABS[(at + step + TABS.length) % TABS.length].key
    setTab(next)
    document.getElementById(`side-tab-${next}`)?.focus()
  }

  return (
    <aside className="side" aria-label="Claims and details">
      <ClaimsPanel />
      <div className="side-tabs" role="tablist" aria-label="Details" onKeyDown={onKey}>
        {TABS.map((t) => (
          <button
            key={t.key}
            id={`side-tab-${t.key}`}
            type="button"
            role="tab"
            aria-selected={tab === t.key}
            aria-controls={`side-panel-${t.key}`}
            tabIndex={tab === t.key ? 0 : -1}
            className="side-tab"
            onClick={() => setTab(t.key)}
          >
            {t.label}
            {t.key === 'similar' && similarCount > 0 && <span className="tab-count">{similarCount}</span>}
          </button>
        ))}
      </div>
      <div className="side-panel" role="tabpanel" id={`side-panel-${tab}`} aria-labelledby={`side-tab-${tab}`}>
        {tab === 'inspector' && <Inspector />}
        {tab === 'history' && <HistoryPanel />}
        {/* Always mounted: it looks up the matches that the other panes mark, whichever tab shows. */}
        <div hidden={tab !== 'similar'}>
          <SimilarPassages />
        </div>
      </div>
    </aside>
  )
}
