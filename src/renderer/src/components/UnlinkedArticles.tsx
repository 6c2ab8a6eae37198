import { useEffect, useState } from 'react'
import type { UnlinkedArticle } from '../../../shared/contract/matching'
import type { ClaimSummary } from '../../../shared/domain'
import { afterPaint } from '../lib/afterPaint'
import { useApp } from '../store'
import { byId } from '../lib/byId'

/** Articles that probably mention the claim but have no passage linked to it yet, each one click from a pane. */
export function UnlinkedArticles({ claim }: { claim: ClaimSummary }) {
  const revision = useApp((s) => s.revision)
  const openMatch = useApp((s) => s.openMatch)
  const articles = useApp((s) => s.articles)
  const unlinkedFor = useApp((s) => s.unlinkedFor)
  const counts = `${claim.counts.states}-${claim.counts.denies}-${claim.counts.evidence}`
  const [list, setList] = useState<UnlinkedArticle[] | null>(null)
  useEffect(() => {
    let live = true
    const cancel = afterPaint(
      () =>
        void unlinkedFor(claim.id).then((found) => {
          if (live) setList(found)
        })
    )
    return () => {
      live = false
      cancel()
    }
  }, [claim.id, claim.text, counts, revision, unlinkedFor])

  const outlet = (id: number) => byId(articles, id)?.outlet
  return (
    <section className="unlinked" aria-label="Probably mentioned in">
      <h3 className="section-title small">Probably mentioned in{list && list.length > 0 ? ` (${list.length})` : ''}</h3>
      {list === null && <p className="muted small">Looking across all articles…</p>}
      {list?.length === 0 && <p className="muted small">No unlinked article seems to mention this claim.</p>}
      {list && list.length > 0 && (
        <ul className="unlinked-list" aria-label="Unlinked articles">
          {list.map((u) => (
            <li key={u.articleId}>
              <button
                type="button"
                className="link-button"
                title={`Open at the matching span: ${u.best.why}`}
                onClick={() => openMatch(u.articleId, u.best.start)}
              >
                {outlet(u.articleId) ? `${outlet(u.articleId)}: ` : ''}
                {u.title}
              </button>{' '}
              <span className="muted small">{Math.round(u.best.score * 100)}%</span>
              <p className="muted small unlinked-text">“{u.best.text}”</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
