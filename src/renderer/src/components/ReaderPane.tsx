import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { Kind, Passage } from '../../../shared/domain'
import { followScroll, registerPane } from '../lib/linkedScroll'
import { snapToWords } from '../lib/snap'
import { restoreScrollTop, scrollToOffset } from '../lib/scrollTo'
import { selectionIn } from '../lib/selection'
import { useApp } from '../store'
import { ArticleText } from './ArticleText'
import { OrphanList } from './OrphanList'
import { PaneHeader } from './PaneHeader'
import { SuggestionActions, SuggestionBar, usePaneOverlays } from './PaneOverlays'
import { SelectionToolbar } from './SelectionToolbar'

const EMPTY: Passage[] = []
/** Pane renders at least this long are recorded as performance measures. */
const RECORDED_RENDER_MS = 4

export interface PendingSelection {
  start: number
  end: number
  exact: string
  /** The selection's box in the viewport, for the floating toolbar. */
  anchor: { top: number; bottom: number; left: number; right: number }
}

export function ReaderPane({ index }: { index: number }) {
  const n = index + 1
  const pane = useApp((s) => s.panes[index])
  const articles = useApp((s) => s.articles)
  const article = useApp((s) => (pane.articleId !== null ? s.bodies[pane.articleId] : undefined))
  const passages = useApp((s) => (pane.articleId !== null ? (s.passagesByArticle[pane.articleId] ?? EMPTY) : EMPTY))
  const claims = useApp((s) => s.claims)
  const statuses = useApp((s) => s.settings?.statuses ?? EMPTY_STATUSES)
  const selectedPassageId = useApp((s) => s.selectedPassageId)
  const selectedClaimId = useApp((s) => s.selectedClaimId)
  const scrollRequest = useApp((s) => s.scrollRequest)
  const linkedScroll = useApp((s) => s.linkedScroll)
  const readOnly = useApp((s) => s.project?.readOnly ?? false)
  const setPaneArticle = useApp((s) => s.setPaneArticle)
  const pickArticle = useCallback((id: number | null) => setPaneArticle(index, id), [setPaneArticle, index])
  const setActivePane = useApp((s) => s.setActivePane)
  const selectPassage = useApp((s) => s.selectPassage)
  const setTextSelection = useApp((s) => s.setTextSelection)
  const openDialog = useApp((s) => s.openDialog)
  const dialogOpen = useApp((s) => s.dialog.type !== 'none')

  const bodyRef = useRef<HTMLDivElement>(null)
  const [showSuggestions, setShowSuggestions] = useState(false)
  // Marks that arrive while the mouse is down (the similar passages of the last tag, say) wait
  // until it is up: re-rendering a paragraph under a drag moved the selection's anchor.
  const [pressed, setPressed] = useState(false)
  useEffect(() => {
    if (!pressed) return
    const up = () => setPressed(false)
    window.addEventListener('mouseup', up)
    return () => window.removeEventListener('mouseup', up)
  }, [pressed])
  const marks = usePaneOverlays(pane.articleId, article?.body, passages, showSuggestions, bodyRef, pressed)

  // A search hit asked for a place in this pane: scroll there once the article is on screen.
  const scrollTarget = useApp((s) => (s.scrollTarget?.paneIndex === index ? s.scrollTarget : null))
  const clearScrollTarget = useApp((s) => s.clearScrollTarget)
  useEffect(() => {
    if (!scrollTarget || article?.id !== scrollTarget.articleId) return
    if (scrollToOffset(bodyRef.current, scrollTarget.offset)) clearScrollTarget(scrollTarget.seq)
  }, [scrollTarget, article, clearScrollTarget])
  const [pending, setPendingState] = useState<PendingSelection | null>(null)
  const setPending = useCallback(
    (p: PendingSelection | null) => {
      setPendingState(p)
      if (p && pane.articleId !== null) setTextSelection({ articleId: pane.articleId, start: p.start, end: p.end })
      else if (!p) setTextSelection(null, pane.articleId)
    },
    [pane.articleId, setTextSelection]
  )

  const readSelection = useCallback(() => {
    const el = bodyRef.current
    if (!el || !article) return setPending(null)
    const sel = selectionIn(el)
    if (!sel) return setPending(null)
    const { start, end } = snapToWords(article.body, sel.start, sel.end)
    if (end <= start) return setPending(null)
    const { top, bottom, left, right } = sel.rect
    setPending({ start, end, exact: article.body.slice(start, end), anchor: { top, bottom, left, right } })
  }, [article, setPending])

  useEffect(() => {
    const onChange = () => {
      const sel = window.getSelection()
      if (!sel || sel.isCollapsed) setPending(null)
    }
    document.addEventListener('selectionchange', onChange)
    return () => document.removeEventListener('selectionchange', onChange)
  }, [setPending])

  const startTag = useCallback(
    (kind: Kind) => {
      if (!pending || pane.articleId === null || readOnly) return
      performance.mark('factdesk:tag-start')
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
    [pending, pane.articleId, readOnly, openDialog, setPending]
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
  }, [pending, dialogOpen, startTag, setPending])

  const onSelectPassage = useCallback(
    (id: number) => {
      const p = useApp.getState().passagesByArticle[pane.articleId ?? -1]?.find((x) => x.id === id)
      if (p) selectPassage(p)
    },
    [selectPassage, pane.articleId]
  )

  useEffect(() => {
    registerPane(index, bodyRef.current)
    return () => registerPane(index, null)
  }, [index])

  // Render time of the article text, readable by tests and benchmarks through the Performance API.
  // Only renders that took a while are recorded: a tag renders a pane several times, and a mark
  // and a measure on each of them cost more than the renders themselves, and piled up unread.
  // eslint-disable-next-line react-hooks/purity -- a timestamp for the measure, not part of the output
  const renderStart = performance.now()
  useLayoutEffect(() => {
    if (performance.now() - renderStart >= RECORDED_RENDER_MS)
      performance.measure(`factdesk:pane-${n}-render`, { start: renderStart })
  })

  // The scroll position saved with the layout comes back once the article is on screen.
  const takeRestoreScroll = useApp((s) => s.takeRestoreScroll)
  useLayoutEffect(() => {
    if (!article || !bodyRef.current) return
    const top = takeRestoreScroll(index)
    if (top !== undefined) restoreScrollTop(bodyRef.current, top)
  }, [article, index, takeRestoreScroll])

  // Selecting a claim scrolls to its first passage here; a jump request scrolls to one passage.
  const handledScroll = useRef(0)
  useEffect(() => {
    const el = bodyRef.current
    if (!el || !article) return
    let target: number | undefined
    if (scrollRequest && scrollRequest.seq !== handledScroll.current) {
      if (!passages.some((p) => p.id === scrollRequest.passageId)) return
      handledScroll.current = scrollRequest.seq
      target = scrollRequest.passageId
    }
    if (target === undefined) return
    el.querySelector(`[data-passage-id="${target}"]`)?.scrollIntoView({ block: 'center' })
  }, [scrollRequest, passages, article])

  const claimFocus = useApp((s) => s.claimFocus)
  const handledFocus = useRef(0)
  useEffect(() => {
    const el = bodyRef.current
    if (!el || !article || !claimFocus || claimFocus.seq === handledFocus.current) return
    const first = passages
      .filter((p) => p.claimId === claimFocus.claimId && !p.orphaned)
      .sort((a, b) => a.start - b.start)[0]
    handledFocus.current = claimFocus.seq
    if (first) el.querySelector(`[data-passage-id="${first.id}"]`)?.scrollIntoView({ block: 'center' })
  }, [claimFocus, passages, article])

  const orphans = passages.filter((p) => p.orphaned)

  return (
    <section
      className="pane"
      aria-label={`Reader pane ${n}`}
      onFocus={() => setActivePane(index)}
      onMouseDown={() => setActivePane(index)}
    >
      <PaneHeader
        index={index}
        articles={articles}
        articleId={pane.articleId}
        article={article}
        onPick={pickArticle}
        showSuggestions={showSuggestions}
        onToggleSuggestions={() => setShowSuggestions((v) => !v)}
      />
      {showSuggestions && article && (
        <SuggestionBar n={n} count={marks.suggestionCount} hidden={marks.belowThreshold} />
      )}
      {orphans.length > 0 && article && <OrphanList orphans={orphans} pending={pending} />}
      <div
        className="pane-scroll"
        ref={bodyRef}
        onMouseUp={readSelection}
        onMouseDown={(e) => {
          if (e.button === 0) setPressed(true)
          // A press outside the chosen suggestion puts its actions away (they float; nothing moves).
          if (!(e.target instanceof Element && e.target.closest('[data-suggestion]'))) marks.clearActive()
        }}
        onKeyUp={(e) => e.shiftKey && readSelection()}
        onScroll={() => {
          if (linkedScroll) followScroll(index)
          // The toolbar floats over the page: it follows the selection as the text moves.
          if (pending) readSelection()
        }}
      >
        {article ? (
          <article className="reader">
            <header className="reader-meta">
              <p className="reader-outlet">{article.outlet ?? 'Unknown outlet'}</p>
              <h2 className="reader-title">{article.title}</h2>
              <p className="reader-byline">
                {[article.author, article.publishedAt, article.url ? safeHost(article.url) : null, article.language]
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
              overlays={marks.overlays}
              onOverlay={marks.onOverlay}
            />
          </article>
        ) : (
          <div className="pane-empty">
            <p>{articles.length ? `Choose an article for pane ${n}.` : 'Paste an article to start reading.'}</p>
          </div>
        )}
        {marks.active && marks.activeKey && (
          <SuggestionActions
            n={n}
            suggestion={marks.active}
            markKey={marks.activeKey}
            readOnly={readOnly}
            scroller={bodyRef}
            onAccept={marks.accept}
            onDismiss={marks.dismiss}
          />
        )}
        {pending && !readOnly && <SelectionToolbar anchor={pending.anchor} onTag={startTag} />}
      </div>
    </section>
  )
}

const EMPTY_STATUSES: never[] = []

function safeHost(url: string): string | null {
  try {
    return new URL(url).host
  } catch {
    return null
  }
}
