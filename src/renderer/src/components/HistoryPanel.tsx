import { useEffect, useMemo, useState } from 'react'
import type { HistoryEntry, Passage } from '../../../shared/domain'
import { afterPaint } from '../lib/afterPaint'
import { byId, loadedPassage } from '../lib/byId'
import { describeHistory, historyTime, type HistoryContext } from '../lib/historyText'
import { useApp } from '../store'
import type { HistoryTarget } from '../store/historySlice'

/** Who did what and when, as sentences: for the inspected claim or passage, else the whole project. */
export function HistoryPanel() {
  const inspected = useApp((s) => s.inspected)
  const claimId = useApp((s) => s.selectedClaimId)
  const passageId = useApp((s) => s.selectedPassageId)
  const loadHistory = useApp((s) => s.loadHistory)
  const revision = useApp((s) => s.revision)
  const project = useApp((s) => s.project)
  const claims = useApp((s) => s.claims)
  const articles = useApp((s) => s.articles)
  const passagesByArticle = useApp((s) => s.passagesByArticle)
  const statuses = useApp((s) => s.settings?.statuses)

  const targetType = inspected === 'passage' && passageId !== null ? 'passage' : claimId !== null ? 'claim' : 'project'
  const targetId = targetType === 'passage' ? passageId : targetType === 'claim' ? claimId : null
  const key = `${targetType}:${targetId ?? ''}`
  const target = useMemo<HistoryTarget>(
    () => (targetType === 'project' ? { type: 'project' } : { type: targetType, id: targetId! }),
    [targetType, targetId]
  )

  const [state, setState] = useState<{ key: string; entries: HistoryEntry[]; passages: Passage[] } | null>(null)
  useEffect(() => {
    let live = true
    const cancel = afterPaint(() => void loadHistory(target).then((r) => live && setState({ key, ...r })))
    return () => {
      live = false
      cancel()
    }
    // The project's counts and updatedAt change with every edit: the list follows them.
  }, [key, target, loadHistory, revision, project])

  const ctx = useMemo<HistoryContext>(() => {
    const where = (articleId: number) => {
      const a = byId(articles, articleId)
      return a ? (a.outlet ?? `“${a.title}”`) : undefined
    }
    return {
      claimText: (id) => byId(claims, id)?.text,
      statusLabel: (k) => statuses?.find((s) => s.key === k)?.label ?? k,
      article: (id) => byId(articles, id)?.title,
      passage: (id) => {
        const p = loadedPassage(passagesByArticle, id) ?? state?.passages.find((x) => x.id === id)
        return p ? { kind: p.kind, where: where(p.articleId) ?? 'an article' } : undefined
      }
    }
  }, [claims, articles, passagesByArticle, statuses, state])

  const heading =
    target.type === 'claim'
      ? `History of the claim ${quote(byId(claims, target.id)?.text)}`
      : target.type === 'passage'
        ? 'History of the selected passage'
        : 'Recent changes in this project'
  const entries = state?.key === key ? state.entries : null

  return (
    <section className="history-panel" aria-label="History">
      <h2 className="panel-heading">{heading}</h2>
      {entries === null ? (
        <p className="muted small">Loading history…</p>
      ) : entries.length === 0 ? (
        <p className="muted small">Nothing recorded yet.</p>
      ) : (
        <ol className="history-list" aria-label="Changes, newest first">
          {entries.map((e) => (
            <li key={e.id}>
              <span className="history-what">{describeHistory(e, ctx)}</span>
              <time className="muted small" dateTime={e.at} title={new Date(e.at).toLocaleString()}>
                {historyTime(e.at)}
              </time>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}

const quote = (s: string | undefined) => (s ? `“${s.length > 50 ? `${s.slice(0, 49)}…` : s}”` : '')
