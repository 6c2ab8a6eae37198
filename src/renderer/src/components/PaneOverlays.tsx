import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react'
import type { Suggestion } from '../../../shared/contract/matching'
import type { Passage } from '../../../shared/domain'
import { ghostSpansFor } from '../lib/ghostSpans'
import { KIND_LABEL } from '../lib/highlights'
import { matchOverlays, suggestionKey, suggestionOverlays, type Overlay } from '../lib/overlays'
import { useApp } from '../store'
import type { OverlayAction } from './ArticleText'

const NONE: Overlay[] = []

/**
 * The marks a pane draws over its article besides passages: the spans that match the passage or
 * selection active elsewhere, and (when asked for) proposed passages the editor can accept or dismiss.
 */
export function usePaneOverlays(
  articleId: number | null,
  body: string | undefined,
  passages: Passage[],
  showSuggestions: boolean,
  bodyRef: RefObject<HTMLDivElement | null>
) {
  const textSelection = useApp((s) => s.textSelection)
  const selectionMatches = useApp((s) => s.selectionMatches)
  const selectedPassageId = useApp((s) => s.selectedPassageId)
  const similar = useApp((s) => s.similar)
  const similarFor = useApp((s) => s.similarFor)
  const dismissed = useApp((s) => s.dismissedSuggestions)
  const dismissSuggestion = useApp((s) => s.dismissSuggestion)
  const openDialog = useApp((s) => s.openDialog)
  const readOnly = useApp((s) => s.project?.readOnly ?? false)
  const suggestionsFor = useApp((s) => s.suggestionsFor)

  // Matches never include the article they were looked up from.
  const liveMarks = useMemo(() => {
    if (articleId === null) return NONE
    if (textSelection && textSelection.articleId !== articleId) {
      const key = `${textSelection.articleId}:${textSelection.start}:${textSelection.end}`
      if (selectionMatches?.key !== key) return NONE
      return matchOverlays(ghostSpansFor(articleId, selectionMatches.matches, passages), 'selection')
    }
    if (selectedPassageId === null || similarFor !== selectedPassageId) return NONE
    return matchOverlays(ghostSpansFor(articleId, similar, passages), 'passage')
  }, [articleId, textSelection, selectionMatches, selectedPassageId, similar, similarFor, passages])
  // The pane holding the text selection keeps its marks as they were when the selection began:
  // re-rendering the text under a live selection would drop it, the tag toolbar with it (the
  // similar passages of the last tag arrive from their lookup at any moment).
  const holdsSelection = articleId !== null && textSelection?.articleId === articleId
  const [heldMarks, setHeldMarks] = useState(liveMarks)
  useEffect(() => {
    if (!holdsSelection) setHeldMarks(liveMarks)
  }, [holdsSelection, liveMarks])
  const matchMarks = holdsSelection ? heldMarks : liveMarks

  const [suggestions, setSuggestions] = useState<{ articleId: number; list: Suggestion[] } | null>(null)
  useEffect(() => {
    if (!showSuggestions || articleId === null) return
    let live = true
    // Passages are a dependency: a newly tagged span stops being proposed.
    void suggestionsFor(articleId).then((list) => {
      if (live) setSuggestions({ articleId, list })
    })
    return () => {
      live = false
    }
  }, [showSuggestions, articleId, passages, suggestionsFor])

  const visibleSuggestions = useMemo(
    () =>
      showSuggestions && articleId !== null && suggestions?.articleId === articleId
        ? suggestions.list.filter((s) => !dismissed[suggestionKey(articleId, s)])
        : [],
    [showSuggestions, articleId, suggestions, dismissed]
  )

  const overlays = useMemo(() => {
    if (articleId === null || (matchMarks.length === 0 && visibleSuggestions.length === 0)) return NONE
    return [...matchMarks, ...suggestionOverlays(articleId, visibleSuggestions, matchMarks.length)]
  }, [articleId, matchMarks, visibleSuggestions])

  const [activeKey, setActiveKey] = useState<string | null>(null)
  const active =
    articleId === null ? undefined : visibleSuggestions.find((s) => suggestionKey(articleId, s) === activeKey)

  const accept = useCallback(
    (s: Suggestion) => {
      if (readOnly || articleId === null || body === undefined) return
      performance.mark('factdesk:tag-start')
      // Never tags on its own: the tag dialog opens prefilled, and the editor confirms.
      openDialog({
        type: 'tag',
        kind: s.kind,
        articleId,
        start: s.start,
        end: s.end,
        exact: body.slice(s.start, s.end)
      })
    },
    [readOnly, articleId, body, openDialog]
  )

  const dismiss = useCallback(
    (key: string) => {
      // Keep the keyboard in the text: focus moves on to the next suggestion.
      const marks = [...(bodyRef.current?.querySelectorAll<HTMLElement>('[data-suggestion][role="button"]') ?? [])]
      const at = marks.findIndex((m) => m.dataset.suggestion === key)
      const next = marks[at + 1] ?? marks[at - 1]
      dismissSuggestion(key)
      setActiveKey(next?.dataset.suggestion ?? null)
      if (next) {
        const nextKey = next.dataset.suggestion
        requestAnimationFrame(() =>
          bodyRef.current?.querySelector<HTMLElement>(`[data-suggestion="${nextKey}"][role="button"]`)?.focus()
        )
      }
    },
    [bodyRef, dismissSuggestion]
  )

  const onOverlay = useCallback(
    (key: string, action: OverlayAction) => {
      if (action === 'dismiss') return dismiss(key)
      setActiveKey(key)
      if (action === 'accept' && articleId !== null) {
        const s = visibleSuggestions.find((x) => suggestionKey(articleId, x) === key)
        if (s) accept(s)
      }
    },
    [dismiss, accept, articleId, visibleSuggestions]
  )

  return {
    overlays,
    onOverlay,
    suggestionCount: visibleSuggestions.length,
    active,
    accept,
    dismiss: (s: Suggestion) => articleId !== null && dismiss(suggestionKey(articleId, s))
  }
}

/** The focused suggestion, spelled out, with the same actions as its keys. */
export function SuggestionBar(props: {
  n: number
  count: number
  active: Suggestion | undefined
  readOnly: boolean
  onAccept: (s: Suggestion) => void
  onDismiss: (s: Suggestion) => void
}) {
  const { n, count, active, readOnly, onAccept, onDismiss } = props
  return (
    <div className="suggestion-bar" role="group" aria-label={`Suggestions in pane ${n}`}>
      {active ? (
        <>
          <span className={`suggestion-kind suggestion-${active.kind}`}>{KIND_LABEL[active.kind]}</span>
          <span className="muted small">{Math.round(active.confidence * 100)}%</span>
          <span className="suggestion-reason small">{active.reason}</span>
          <button type="button" className="small primary" disabled={readOnly} onClick={() => onAccept(active)}>
            Accept suggestion
          </button>
          <button type="button" className="small" onClick={() => onDismiss(active)}>
            Dismiss suggestion
          </button>
        </>
      ) : (
        <span className="muted small">
          {count === 0
            ? 'No suggestions left in this article.'
            : `${count} suggestion${count === 1 ? '' : 's'} · Tab to one, Enter or A accepts, X or Delete dismisses`}
        </span>
      )}
    </div>
  )
}
