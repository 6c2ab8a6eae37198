import type { KeyboardEvent } from 'react'
import { useApp } from '../store'

export function Library() {
  const articles = useApp((s) => s.articles)
  const panes = useApp((s) => s.panes)
  const showInPane = useApp((s) => s.showInPane)
  const openDialog = useApp((s) => s.openDialog)
  const readOnly = useApp((s) => s.project?.readOnly ?? false)

  const onKey = (e: KeyboardEvent, id: number) => {
    if (e.key === 'Enter') showInPane(id)
    const n = Number(e.key)
    if (n >= 1 && n <= panes.length) showInPane(id, n - 1)
  }

  return (
    <nav className="library" aria-label="Library">
      <div className="library-actions">
        <button type="button" className="primary" onClick={() => openDialog({ type: 'paste' })} disabled={readOnly}>
          Paste article
        </button>
      </div>
      <h2 className="section-title" id="articles-title">
        Articles <span className="muted">({articles.length})</span>
      </h2>
      <ul className="article-list" aria-labelledby="articles-title">
        {articles.length === 0 && <li className="muted small empty">No articles yet. Paste one to begin.</li>}
        {articles.map((a) => {
          const where = panes.findIndex((p) => p.articleId === a.id)
          return (
            <li key={a.id}>
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
                  {a.publishedAt ? ` · ${a.publishedAt}` : ''}
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
                  {panes.map((_, i) => (
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
                </span>
              </div>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
