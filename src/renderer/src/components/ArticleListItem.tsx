import { memo, type KeyboardEvent, type ReactNode } from 'react'
import type { ArticleSummary } from '../../../shared/domain'

export function GroupItems({ outlet, children }: { outlet: string | null; children: ReactNode }) {
  if (outlet === null) return <>{children}</>
  return (
    <li className="outlet-group">
      <h3 className="outlet-group-title small">{outlet}</h3>
      <ul className="article-list" aria-label={outlet}>
        {children}
      </ul>
    </li>
  )
}

/**
 * Memoised and without store subscriptions of its own: a tag changes one article's counts, so
 * only that row renders again, and a store update no longer runs selectors for every article.
 */
export const ArticleItem = memo(function ArticleItem({
  a,
  where,
  paneCount,
  showInPane,
  onKey,
  onDetails
}: {
  a: ArticleSummary
  /** The pane showing this article, or -1. */
  where: number
  paneCount: number
  showInPane: (id: number, pane?: number) => void
  onKey: (e: KeyboardEvent, id: number) => void
  onDetails: (a: ArticleSummary) => void
}) {
  return (
    <li>
      <div
        className={where >= 0 ? 'article-item open' : 'article-item'}
        tabIndex={0}
        role="button"
        aria-label={`${a.title}${a.outlet ? `, ${a.outlet}` : ''}`}
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
          aria-label={`${a.counts.claim} claims, ${a.counts.denial} denials, ${a.counts.evidence} evidence`}
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
        <span className="open-in">
          {Array.from({ length: paneCount }, (_, i) => (
            <button
              key={i}
              type="button"
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
            className="pane-chip"
            onClick={() => onDetails(a)}
            aria-label={`Details of "${a.title}"`}
            title="Article details"
          >
            ⋯
          </button>
        </span>
      </div>
    </li>
  )
})
