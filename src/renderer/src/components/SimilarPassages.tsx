import { useEffect, useMemo } from 'react'
import type { SpanMatch } from '../../../shared/contract/matching'
import { useApp } from '../store'
import { ghostSpansFor, markWords } from '../lib/ghostSpans'
import { keepWhileSame, sameShape } from '../lib/libraryRows'
import { useAfterPaint } from './useAfterPaint'

const keepShape = keepWhileSame(sameShape)

/** Spans in other articles that report the active passage's statement, with one-click linking. */
export function SimilarPassages() {
  const selectedPassageId = useAfterPaint(useApp((s) => s.selectedPassageId))
  const passagesByArticle = useApp((s) => s.passagesByArticle)
  const passage = useMemo(
    () =>
      selectedPassageId === null
        ? undefined
        : Object.values(passagesByArticle)
            .flat()
            .find((p) => p.id === selectedPassageId),
    [passagesByArticle, selectedPassageId]
  )
  const similar = useApp((s) => s.similar)
  const similarFor = useApp((s) => s.similarFor)
  const loading = useApp((s) => s.similarLoading)
  const loadSimilar = useApp((s) => s.loadSimilar)
  const linkSimilar = useApp((s) => s.linkSimilar)
  const showInPane = useApp((s) => s.showInPane)
  // Titles and outlets only: kept while a tag changes no more than an article's counts.
  const shaped = keepShape(useApp((s) => s.articles))
  const articleById = useMemo(() => new Map(shaped.map((a) => [a.id, a])), [shaped])
  const readOnly = useApp((s) => s.project?.readOnly ?? false)
  const passageCount = useApp((s) => s.project?.passages ?? 0)

  useEffect(() => {
    void loadSimilar(selectedPassageId)
  }, [selectedPassageId, loadSimilar])

  // A text selection is matched too, once it settles, so the other panes can mark its restatements.
  const textSelection = useApp((s) => s.textSelection)
  const loadSelectionMatches = useApp((s) => s.loadSelectionMatches)
  useEffect(() => {
    const t = setTimeout(() => void loadSelectionMatches(textSelection), 150)
    return () => clearTimeout(t)
  }, [textSelection, loadSelectionMatches])

  const title = (id: number) => {
    const a = articleById.get(id)
    return a ? `${a.outlet ? `${a.outlet}: ` : ''}${a.title}` : `Article ${id}`
  }
  const isLinked = (m: SpanMatch) =>
    passage !== undefined &&
    passage.claimId !== null &&
    ghostSpansFor(
      m.articleId,
      [m],
      (passagesByArticle[m.articleId] ?? []).filter((p) => p.claimId === passage.claimId)
    )[0]?.tagged === true
  /** Shows a match beside the passage: in a pane other than the one the editor is working in. */
  const show = (m: SpanMatch) => {
    const { panes, activePane } = useApp.getState()
    if (panes.some((p) => p.articleId === m.articleId)) return showInPane(m.articleId)
    let target = panes.findIndex((p, i) => i !== activePane && p.articleId !== passage?.articleId)
    if (target < 0) target = panes.findIndex((_, i) => i !== activePane)
    showInPane(m.articleId, target < 0 ? activePane : target)
  }

  return (
    <section className="similar" aria-label="Similar passages" data-passages={passageCount}>
      <h2 className="section-title">
        Similar passages{' '}
        {similar.length > 0 && similarFor !== null && <span className="muted">({similar.length})</span>}
      </h2>
      {!passage && <p className="muted small">Select a passage to see where else its statement appears.</p>}
      {passage && loading && similar.length === 0 && <p className="muted small">Looking across all articles…</p>}
      {passage && !loading && similar.length === 0 && (
        <p className="muted small">No other article reports this statement.</p>
      )}
      {passage && similar.length > 0 && (
        <ul className="similar-list" aria-label="Similar passages list">
          {similar.map((m) => {
            const linked = isLinked(m)
            return (
              <li key={`${m.articleId}:${m.start}`} className="similar-item">
                <div className="similar-head">
                  <button type="button" className="link-button" onClick={() => show(m)} title="Show in a pane">
                    {title(m.articleId)}
                  </button>
                  <span className="similar-score" aria-label={`score ${Math.round(m.score * 100)} percent`}>
                    {Math.round(m.score * 100)}%
                  </span>
                </div>
                <blockquote className={`quote ${m.denies ? 'quote-denial' : `quote-${passage.kind}`}`}>
                  {markWords(m.text, m.matchedWords).map((part, i) =>
                    part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>
                  )}
                </blockquote>
                <p className="muted small similar-why">
                  {m.why}
                  {m.denies ? ' · reads as a denial' : ''}
                </p>
                <div className="similar-actions">
                  {linked ? (
                    <span className="badge">Linked</span>
                  ) : (
                    <button
                      type="button"
                      className="small"
                      disabled={readOnly || passage.claimId === null}
                      title={m.denies ? 'Tag as a denial of this claim' : `Tag as ${passage.kind} of this claim`}
                      onClick={() => void linkSimilar(passage, m).then(() => show(m))}
                    >
                      Link to this claim
                    </button>
                  )}
                  <button type="button" className="small" onClick={() => show(m)}>
                    Show
                  </button>
                </div>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
