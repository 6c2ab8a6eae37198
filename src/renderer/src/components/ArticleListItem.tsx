import { memo, type KeyboardEvent } from 'react'
import type { ArticleSummary } from '../../../shared/domain'
import { plural } from '../../../shared/plural'

/**
 * One article in the library. Memoised and without store subscriptions of its own: a tag changes
 * one article's counts, so only that row renders again. The row opens by Enter or double-click;
 * the pane and details buttons sit beside it, not inside it, so no control nests in another.
 */
export const ArticleItem = memo(function ArticleItem({
  a,
  where,
  paneCount,
  tabStop,
  showInPane,
  onKey,
  onDetails
}: {
  a: ArticleSummary
  /** The pane showing this article, or -1. */
  where: number
  paneCount: number
  /** The one row the Tab key stops at (then its buttons); arrow keys move between rows. */
  tabStop: boolean
  showInPane: (id: number, pane?: number) => void
  onKey: (e: KeyboardEvent, id: number) => void
  onDetails: (a: ArticleSummary) => void
}) {
  const tab = tabStop ? 0 : -1
  return (
    <div className={where >= 0 ? 'article-card open' : 'article-card'}>
      <div
        className="article-item"
        tabIndex={tab}
        role="button"
        aria-label={`${a.title}${a.outlet ? `, ${a.outlet}` : ''}`}
        title={a.title}
        onDoubleClick={() => showInPane(a.id)}
        onKeyDown={(e) => onKey(e, a.id)}
      >
        <span className="article-title">{a.title}</span>
        <span className="article-meta">
          {a.outlet ?? 'Unknown outlet'}
          {a.publishedAt ? ` · ${a.publishedAt.slice(0, 10)}` : ''}
        </span>
        <span
          className="article-counts"
          aria-label={`${plural(a.counts.claim, 'claim')}, ${plural(a.counts.denial, 'denial')}, ${a.counts.evidence} evidence`}
        >
          <span className="count count-claim" title="Claim passages">
            C {a.counts.claim}
          </span>
          <span className="count count-denial" title="Denial passages">
            D {a.counts.denial}
          </span>
          <span className="count count-evidence" title="Evidence passages">
            E {a.counts.evidence}
          </span>
        </span>
      </div>
      <span className="open-in">
        {Array.from({ length: paneCount }, (_, i) => (
          <button
            key={i}
            type="button"
            tabIndex={tab}
            className={where === i ? 'pane-chip active' : 'pane-chip'}
            onClick={() => showInPane(a.id, i)}
            aria-label={`Open "${a.title}" in pane ${i + 1}`}
            title={`Open in pane ${i + 1}`}
          >
            {i + 1}
          </button>
        ))}
        <button
          type="button"
          tabIndex={tab}
          className="pane-chip"
          onClick={() => onDetails(a)}
          aria-label={`Details of "${a.title}"`}
          title="Article details"
        >
          ⋯
        </button>
      </span>
    </div>
  )
})
