import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react'
import { createPortal } from 'react-dom'
import type { Suggestion } from '../../../shared/contract/matching'
import type { Passage } from '../../../shared/domain'
import { ghostSpansFor } from '../lib/ghostSpans'
import { KIND_LABEL } from '../lib/highlights'
import { plural } from '../../../shared/plural'
import { placeToolbar } from '../lib/toolbarPlace'
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
  bodyRef: RefObject<HTMLDivElement | null>,
  /** A mouse button is down in this pane: a drag may be selecting, so nothing under it re-renders. */
  pressed = false
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
  const threshold = useApp((s) => s.suggestionThreshold)
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
  const holdsSelection = articleId !== null && (pressed || textSelection?.articleId === articleId)
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

  const { visibleSuggestions, belowThreshold } = useMemo(() => {
    if (!showSuggestions || articleId === null || suggestions?.articleId !== articleId)
      return { visibleSuggestions: [], belowThreshold: 0 }
    const open = suggestions.list.filter((s) => !dismissed[suggestionKey(articleId, s)])
    const shown = open.filter((s) => s.confidence >= threshold)
    return { visibleSuggestions: shown, belowThreshold: open.length - shown.length }
  }, [showSuggestions, articleId, suggestions, dismissed, threshold])

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
    belowThreshold,
    active,
    activeKey: active ? activeKey : null,
    clearActive: () => setActiveKey(null),
    accept,
    dismiss: (s: Suggestion) => articleId !== null && dismiss(suggestionKey(articleId, s))
  }
}

const THRESHOLDS = [0, 0.5, 0.7, 0.85]

/**
 * One fixed line under the pane header: how many suggestions show, and the confidence they must
 * reach. Its height never changes, so the text below never moves.
 */
export function SuggestionBar({ n, count, hidden }: { n: number; count: number; hidden: number }) {
  const threshold = useApp((s) => s.suggestionThreshold)
  const setThreshold = useApp((s) => s.setSuggestionThreshold)
  return (
    <div className="suggestion-bar" role="group" aria-label={`Suggestions in pane ${n}`}>
      <span className="suggestion-legend" aria-hidden="true">
        <i className="legend-claim">C</i>
        <i className="legend-denial">D</i>
        <i className="legend-evidence">E</i>
      </span>
      <span
        className="suggestion-count small"
        title={`${plural(count, 'suggestion')} shown${hidden > 0 ? `, ${hidden} below the threshold` : ''}`}
      >
        {hidden > 0 ? `${count} of ${count + hidden}` : count === 0 ? 'None' : plural(count, 'suggestion')}
      </span>
      <label className="small suggestion-threshold">
        <span className="visually-hidden">Minimum confidence for suggestions in pane {n}</span>
        <select
          aria-label={`Minimum confidence for suggestions in pane ${n}`}
          value={THRESHOLDS.includes(threshold) ? threshold : ''}
          onChange={(e) => setThreshold(Number(e.target.value))}
        >
          {!THRESHOLDS.includes(threshold) && <option value="">≥ {Math.round(threshold * 100)}%</option>}
          {THRESHOLDS.map((t) => (
            <option key={t} value={t}>
              {t === 0 ? 'Any confidence' : `≥ ${Math.round(t * 100)}%`}
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}

/**
 * The chosen suggestion, spelled out, with the same actions as its keys: it floats beside the
 * suggestion rather than growing the header, which moved the text under the editor's pointer.
 */
export function SuggestionActions(props: {
  n: number
  suggestion: Suggestion
  /** The data-suggestion key of its mark, to float beside it. */
  markKey: string
  readOnly: boolean
  scroller: RefObject<HTMLDivElement | null>
  onAccept: (s: Suggestion) => void
  onDismiss: (s: Suggestion) => void
}) {
  const { n, suggestion, markKey, readOnly, scroller, onAccept, onDismiss } = props
  const ref = useRef<HTMLDivElement>(null)
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null)
  useLayoutEffect(() => {
    const el = scroller.current
    if (!el) return
    const measure = () => {
      const mark = el.querySelector<HTMLElement>(`[data-suggestion="${CSS.escape(markKey)}"]`)
      const box = ref.current
      if (!mark || !box) return setPlace(null)
      const r = mark.getBoundingClientRect()
      const size = { width: box.offsetWidth, height: box.offsetHeight }
      setPlace(placeToolbar(r, size, { width: window.innerWidth, height: window.innerHeight }))
    }
    measure()
    el.addEventListener('scroll', measure, { passive: true })
    return () => el.removeEventListener('scroll', measure)
  }, [scroller, markKey])
  return createPortal(
    <div
      ref={ref}
      className="suggestion-actions"
      role="group"
      aria-label={`Suggestion in pane ${n}`}
      style={place ?? { visibility: 'hidden', top: 0, left: 0 }}
    >
      <span className={`suggestion-kind suggestion-${suggestion.kind}`}>{KIND_LABEL[suggestion.kind]}</span>
      <span className="small">{Math.round(suggestion.confidence * 100)}%</span>
      <span className="suggestion-reason small">{suggestion.reason}</span>
      <button
        type="button"
        className="small primary"
        disabled={readOnly}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => onAccept(suggestion)}
      >
        Accept suggestion
      </button>
      <button
        type="button"
        className="small"
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => onDismiss(suggestion)}
      >
        Dismiss suggestion
      </button>
    </div>,
    document.body
  )
}
