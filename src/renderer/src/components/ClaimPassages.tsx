import { useEffect, useState } from 'react'
import type { Passage } from '../../../shared/domain'
import { afterPaint } from '../lib/afterPaint'
import { KIND_LABEL } from '../lib/highlights'
import { useApp } from '../store'
import { byId } from '../lib/byId'

/** The selected claim's passages across articles; each jumps to its place, opening the article. */
export function ClaimPassages({ claimId }: { claimId: number }) {
  const claimPassages = useApp((s) => s.claimPassages)
  const jumpToPassage = useApp((s) => s.jumpToPassage)
  const articles = useApp((s) => s.articles)
  const claim = useApp((s) => byId(s.claims, claimId))
  const revision = useApp((s) => s.revision)
  const [list, setList] = useState<Passage[]>([])
  const counts = claim ? `${claim.counts.states}-${claim.counts.denies}-${claim.counts.evidence}` : ''
  useEffect(() => {
    let live = true
    const cancel = afterPaint(() => void claimPassages(claimId).then((l) => live && setList(l)))
    return () => {
      live = false
      cancel()
    }
  }, [claimId, counts, revision, claimPassages])
  if (list.length === 0) return null
  const title = (id: number) => {
    const a = byId(articles, id)
    return a ? (a.outlet ?? a.title) : `article ${id}`
  }
  return (
    <ul className="claim-passages" aria-label="Passages of the selected claim">
      {list.map((p) => (
        <li key={p.id}>
          <button type="button" className="link-button" onClick={() => jumpToPassage(p)}>
            Go to {KIND_LABEL[p.kind].toLowerCase()} ({p.role}) in {title(p.articleId)}
          </button>
          <q className="muted small">{p.exact.length > 90 ? `${p.exact.slice(0, 90)}…` : p.exact}</q>
        </li>
      ))}
    </ul>
  )
}
