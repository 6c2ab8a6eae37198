import { memo, useMemo, type ReactNode } from 'react'
import type { ClaimSummary, Passage, StatusDef } from '../../../shared/domain'
import { buttonPositions, highlightsByParagraph, sameHighlights, type Highlight } from '../lib/highlights'
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
}

/**
 * The article as text, never as markup: React escapes every character, and highlights are
 * nested <mark> elements cut at passage boundaries so overlapping passages all stay visible.
 * Paragraphs are memoised on plain highlight data, so tagging or selecting re-renders only the
 * paragraphs it touches, and off-screen paragraphs skip layout (content-visibility in the CSS).
 */
export const ArticleText = memo(function ArticleText(props: Props) {
  const { body, passages, claims, statuses, selectedPassageId, selectedClaimId, onSelectPassage } = props
  const paragraphs = useMemo(() => paragraphsOf(body), [body])
  const buttonAt = useMemo(() => buttonPositions(passages), [passages])
  const byParagraph = useMemo(
    () => highlightsByParagraph(paragraphs, passages, buttonAt, claims, statuses, selectedPassageId, selectedClaimId),
    [paragraphs, passages, buttonAt, claims, statuses, selectedPassageId, selectedClaimId]
  )
  return (
    <div className="article-body">
      {paragraphs.map((para, i) => (
        <ParagraphText
          key={para.start}
          start={para.start}
          end={para.end}
          text={body.slice(para.start, para.end)}
          highlights={byParagraph[i]}
          onSelect={onSelectPassage}
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
  onSelect: (id: number) => void
}

const ParagraphText = memo(
  function ParagraphText({ start, end, text, highlights, onSelect }: ParagraphProps) {
    const renderLayer = (layers: Highlight[], depth: number, segStart: number, s: string, key: string): ReactNode => {
      if (depth >= layers.length) return s
      const h = layers[depth]
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
    return (
      <p data-start={start} data-end={end}>
        {segmentsOf(highlights, start, end).map((seg) =>
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
    sameHighlights(a.highlights, b.highlights)
)
