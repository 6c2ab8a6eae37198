import { memo, useMemo, type ReactNode } from 'react'
import type { ClaimSummary, Passage, StatusDef } from '../../../shared/domain'
import { buttonPositions, highlightsByParagraph, sameHighlights, type Highlight } from '../lib/highlights'
import { isOverlay, overlaysByParagraph, sameOverlays, type Overlay } from '../lib/overlays'
import { paragraphsOf } from '../lib/paragraphs'
import { segmentsOf } from '../lib/segments'

export { KIND_LABEL, passageName } from '../lib/highlights'

interface Props {
  body: string
  passages: Passage[]
  claims: ClaimSummary[]
  statuses: StatusDef[]
  selectedPassageId: number | null
  selectedClaimId: number | null
  onSelectPassage: (id: number) => void
  /** Match and suggestion marks; absent or empty leaves the passage rendering exactly as it was. */
  overlays?: Overlay[]
  onOverlay?: OverlayHandler
}

export type OverlayAction = 'accept' | 'dismiss' | 'focus'
type OverlayHandler = (key: string, action: OverlayAction) => void
const NO_OVERLAYS: Overlay[] = []
const noop: OverlayHandler = () => undefined

/**
 * The article as text, never as markup: React escapes every character, and highlights are
 * nested <mark> elements cut at passage boundaries so overlapping passages all stay visible.
 * Paragraphs are memoised on plain highlight data, so tagging or selecting re-renders only the
 * paragraphs it touches, and off-screen paragraphs skip layout (content-visibility in the CSS).
 */
export const ArticleText = memo(function ArticleText(props: Props) {
  const { body, passages, claims, statuses, selectedPassageId, selectedClaimId, onSelectPassage } = props
  const overlays = props.overlays ?? NO_OVERLAYS
  const onOverlay = props.onOverlay ?? noop
  const paragraphs = useMemo(() => paragraphsOf(body), [body])
  const buttonAt = useMemo(() => buttonPositions(passages, paragraphs), [passages, paragraphs])
  const byParagraph = useMemo(
    () => highlightsByParagraph(paragraphs, passages, buttonAt, claims, statuses, selectedPassageId, selectedClaimId),
    [paragraphs, passages, buttonAt, claims, statuses, selectedPassageId, selectedClaimId]
  )
  const overlaysAt = useMemo(() => overlaysByParagraph(paragraphs, overlays), [paragraphs, overlays])
  return (
    <div className="article-body">
      {paragraphs.map((para, i) => (
        <ParagraphText
          key={para.start}
          start={para.start}
          end={para.end}
          text={body.slice(para.start, para.end)}
          highlights={byParagraph[i]}
          overlays={overlaysAt[i]}
          onSelect={onSelectPassage}
          onOverlay={onOverlay}
        />
      ))}
    </div>
  )
})

interface ParagraphProps {
  start: number
  end: number
  text: string
  highlights: Highlight[]
  overlays: Overlay[]
  onSelect: (id: number) => void
  onOverlay: OverlayHandler
}

const ParagraphText = memo(
  function ParagraphText({ start, end, text, highlights, overlays, onSelect, onOverlay }: ParagraphProps) {
    const renderLayer = (
      layers: (Highlight | Overlay)[],
      depth: number,
      segStart: number,
      s: string,
      key: string
    ): ReactNode => {
      if (depth >= layers.length) return s
      const h = layers[depth]
      if (isOverlay(h)) {
        return renderOverlay(h, segStart === Math.max(h.start, start), key, onOverlay, () =>
          renderLayer(layers, depth + 1, segStart, s, `${key}-${depth}`)
        )
      }
      if (h.id < 0) {
        // A draft, drawn while its tag is on the way to the service: it looks like the highlight
        // it will be, but has no id, kind or controls for anything to act on yet.
        return (
          <mark key={key} className={`hl hl-${h.kind}`} data-draft-passage={-h.id}>
            {renderLayer(layers, depth + 1, segStart, s, `${key}-${depth}`)}
          </mark>
        )
      }
      const button = h.buttonAt === segStart
      const classes = ['hl', `hl-${h.kind}`]
      if (h.selected) classes.push('hl-selected')
      if (h.claimSelected) classes.push('hl-claim-selected')
      return (
        <mark
          key={key}
          className={classes.join(' ')}
          data-passage-id={h.id}
          data-kind={h.kind}
          // A highlight is interactive (it selects its claim), so one fragment is a named button;
          // the <mark> role itself cannot carry a name.
          role={button ? 'button' : undefined}
          tabIndex={button ? 0 : -1}
          aria-label={button ? h.name : undefined}
          aria-pressed={button ? h.selected : undefined}
          title={h.name}
          onClick={(e) => {
            if (window.getSelection()?.isCollapsed === false) return
            e.stopPropagation()
            onSelect(h.id)
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault()
              e.stopPropagation()
              onSelect(h.id)
            }
          }}
        >
          {renderLayer(layers, depth + 1, segStart, s, `${key}-${depth}`)}
        </mark>
      )
    }
    // Overlays go inside the passage marks, so passages keep their structure and buttons.
    const segments =
      overlays.length === 0
        ? segmentsOf<Highlight | Overlay>(highlights, start, end)
        : segmentsOf<Highlight | Overlay>([...highlights, ...overlays], start, end).map((seg) => ({
            ...seg,
            covering: [...seg.covering.filter((x) => !isOverlay(x)), ...seg.covering.filter(isOverlay)]
          }))
    return (
      <p data-start={start} data-end={end}>
        {segments.map((seg) =>
          seg.covering.length === 0
            ? text.slice(seg.start - start, seg.end - start)
            : renderLayer(seg.covering, 0, seg.start, text.slice(seg.start - start, seg.end - start), `s${seg.start}`)
        )}
      </p>
    )
  },
  (a, b) =>
    a.start === b.start &&
    a.end === b.end &&
    a.text === b.text &&
    a.onSelect === b.onSelect &&
    a.onOverlay === b.onOverlay &&
    sameHighlights(a.highlights, b.highlights) &&
    sameOverlays(a.overlays, b.overlays)
)

/**
 * A match is a plain described mark; a suggestion's first fragment is a button that takes
 * Enter or A to accept (through the tag dialog) and X or Delete to dismiss.
 */
function renderOverlay(
  o: Overlay,
  first: boolean,
  key: string,
  onOverlay: OverlayHandler,
  inner: () => ReactNode
): ReactNode {
  if (o.type === 'match') {
    return (
      <span
        key={key}
        className="match-mark"
        data-match={o.score.toFixed(2)}
        aria-description={first ? o.label : undefined}
        title={o.label}
      >
        {inner()}
      </span>
    )
  }
  const act = (action: OverlayAction) => onOverlay(o.key, action)
  return (
    <span
      key={key}
      className={`suggestion-mark suggestion-${o.kind}`}
      data-suggestion={o.key}
      data-suggestion-kind={o.kind ?? undefined}
      role={first ? 'button' : undefined}
      tabIndex={first ? 0 : -1}
      aria-label={first ? o.label : undefined}
      title={o.label}
      // Only a keyboard focus chooses it: a press that starts a drag here must select text, and
      // choosing it on mouse-down took that first drag.
      onFocus={(e) => e.currentTarget.matches(':focus-visible') && act('focus')}
      onClick={(e) => {
        if (window.getSelection()?.isCollapsed === false) return
        e.stopPropagation()
        act('focus')
      }}
      onKeyDown={(e) => {
        if (e.ctrlKey || e.metaKey || e.altKey) return
        const k = e.key.toLowerCase()
        if (k === 'enter' || k === 'a') act('accept')
        else if (k === 'x' || k === 'delete') act('dismiss')
        else return
        e.preventDefault()
        e.stopPropagation()
      }}
    >
      {inner()}
    </span>
  )
}
