import { useCallback, useEffect, useRef, useState } from 'react'
import type { Kind, Passage } from '../../../shared/domain'
import { snapToWords } from '../lib/snap'
import { scrollToOffset } from '../lib/scrollTo'
import { selectionIn } from '../lib/selection'
import { useApp } from '../store'
import { ArticleText } from './ArticleText'
import { SelectionToolbar } from './SelectionToolbar'

const EMPTY: Passage[] = []

export interface PendingSelection {
  start: number
  end: number
  exact: string
  top: number
  left: number
}

export function ReaderPane({ index }: { index: number }) {
  const n = index + 1
  const pane = useApp((s) => s.panes[index])
  const paneCount = useApp((s) => s.panes.length)
  const articles = useApp((s) => s.articles)
  const article = useApp((s) => (pane.articleId !== null ? s.bodies[pane.articleId] : undefined))
  const passages = useApp((s) => (pane.articleId !== null ? (s.passagesByArticle[pane.articleId] ?? EMPTY) : EMPTY))
  const claims = useApp((s) => s.claims)
  const statuses = useApp((s) => s.settings?.statuses ?? [])
  const selectedPassageId = useApp((s) => s.selectedPassageId)
  const selectedClaimId = useApp((s) => s.selectedClaimId)
  const readOnly = useApp((s) => s.project?.readOnly ?? false)
  const setPaneArticle = useApp((s) => s.setPaneArticle)
  const closePane = useApp((s) => s.closePane)
  const setActivePane = useApp((s) => s.setActivePane)
  const selectPassage = useApp((s) => s.selectPassage)
  const openDialog = useApp((s) => s.openDialog)
  const dialogOpen = useApp((s) => s.dialog.type !== 'none')

  const bodyRef = useRef<HTMLDivElement>(null)

  // A search hit asked for a place in this pane: scroll there once the article is on screen.
  const scrollTarget = useApp((s) => (s.scrollTarget?.paneIndex === index ? s.scrollTarget : null))
  const clearScrollTarget = useApp((s) => s.clearScrollTarget)
  useEffect(() => {
    if (!scrollTarget || article?.id !== scrollTarget.articleId) return
    if (scrollToOffset(bodyRef.current, scrollTarget.offset)) clearScrollTarget(scrollTarget.seq)
  }, [scrollTarget, article, clearScrollTarget])
  const [pending, setPending] = useState<PendingSelection | null>(null)

  const readSelection = useCallback(() => {
    const el = bodyRef.current
    if (!el || !article) return setPending(null)
    const sel = selectionIn(el)
    if (!sel) return setPending(null)
    const { start, end } = snapToWords(article.body, sel.start, sel.end)
    if (end <= start) return setPending(null)
    const box = el.getBoundingClientRect()
    setPending({
      start,
      end,
      exact: article.body.slice(start, end),
      top: Math.max(0, sel.rect.top - box.top + el.scrollTop - 48),
      left: Math.min(Math.max(0, sel.rect.left - box.left + sel.rect.width / 2 - 120), Math.max(0, box.width - 260))
    })
  }, [article])

  useEffect(() => {
    const onChange = () => {
      const sel = window.getSelection()
      if (!sel || sel.isCollapsed) setPending(null)
    }
    document.addEventListener('selectionchange', onChange)
    return () => document.removeEventListener('selectionchange', onChange)
  }, [])

  const startTag = useCallback(
    (kind: Kind) => {
      if (!pending || pane.articleId === null || readOnly) return
      openDialog({
        type: 'tag',
        kind,
        articleId: pane.articleId,
        start: pending.start,
        end: pending.end,
        exact: pending.exact
      })
      setPending(null)
    },
    [pending, pane.articleId, readOnly, openDialog]
  )

  useEffect(() => {
    if (!pending || dialogOpen) return
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return
      const kind = ({ c: 'claim', d: 'denial', e: 'evidence' } as const)[e.key.toLowerCase() as 'c' | 'd' | 'e']
      if (kind) {
        e.preventDefault()
        startTag(kind)
      } else if (e.key === 'Escape') setPending(null)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [pending, dialogOpen, startTag])

  const onSelectPassage = useCallback((p: Passage) => selectPassage(p), [selectPassage])

  return (
    <section
      className="pane"
      aria-label={`Reader pane ${n}`}
      onFocus={() => setActivePane(index)}
      onMouseDown={() => setActivePane(index)}
    >
      <div className="pane-header">
        <select
          aria-label={`Article in pane ${n}`}
          value={pane.articleId ?? ''}
          onChange={(e) => setPaneArticle(index, e.target.value ? Number(e.target.value) : null)}
        >
          <option value="">Choose an article…</option>
          {articles.map((a) => (
            <option key={a.id} value={a.id}>
              {a.outlet ? `${a.outlet} — ` : ''}
              {a.title}
            </option>
          ))}
        </select>
        {paneCount > 1 && (
          <button
            type="button"
            className="icon-button"
            aria-label={`Close pane ${n}`}
            title="Close pane"
            onClick={() => closePane(index)}
          >
            ×
          </button>
        )}
      </div>
      <div
        className="pane-scroll"
        ref={bodyRef}
        onMouseUp={readSelection}
        onKeyUp={(e) => e.shiftKey && readSelection()}
      >
        {article ? (
          <article className="reader">
            <header className="reader-meta">
              <p className="reader-outlet">{article.outlet ?? 'Unknown outlet'}</p>
              <h2 className="reader-title">{article.title}</h2>
              <p className="reader-byline">
                {[article.author, article.publishedAt, article.url ? new URL(article.url).host : null]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </header>
            <ArticleText
              body={article.body}
              passages={passages}
              claims={claims}
              statuses={statuses}
              selectedPassageId={selectedPassageId}
              selectedClaimId={selectedClaimId}
              onSelectPassage={onSelectPassage}
            />
          </article>
        ) : (
          <div className="pane-empty">
            <p>{articles.length ? `Choose an article for pane ${n}.` : 'Paste an article to start reading.'}</p>
          </div>
        )}
        {pending && !readOnly && <SelectionToolbar top={pending.top} left={pending.left} onTag={startTag} />}
      </div>
    </section>
  )
}
