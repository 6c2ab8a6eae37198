import { memo, type ReactNode } from 'react'
import type { ClaimSummary, Kind, Passage, StatusDef } from '../../../shared/domain'
import { statusLabel } from '../../../shared/statusScale'
import { paragraphsOf } from '../lib/paragraphs'
import { segmentsOf } from '../lib/segments'

export const KIND_LABEL: Record<Kind, string> = { claim: 'Claim', denial: 'Denial', evidence: 'Evidence' }

interface Props {
  body: string
  passages: Passage[]
  claims: ClaimSummary[]
  statuses: StatusDef[]
  selectedPassageId: number | null
  selectedClaimId: number | null
  onSelectPassage: (p: Passage) => void
}

export function passageName(p: Passage, claim: ClaimSummary | undefined, statuses: StatusDef[]): string {
  const claimPart = claim ? `claim “${claim.text}”, ${statusLabel(statuses, claim.status)}` : 'no claim linked'
  return `${KIND_LABEL[p.kind]}: ${claimPart}`
}

/**
 * The article as text, never as markup: React escapes every character, and highlights are
 * nested <mark> elements cut at passage boundaries so overlapping passages all stay visible.
 */
export const ArticleText = memo(function ArticleText(props: Props) {
  const { body, passages, claims, statuses, selectedPassageId, selectedClaimId, onSelectPassage } = props
  const claimById = new Map(claims.map((c) => [c.id, c]))
  const firstFragment = new Set<number>()

  const renderLayer = (layers: Passage[], depth: number, text: string, key: string): ReactNode => {
    if (depth >= layers.length) return text
    const p = layers[depth]
    const first = !firstFragment.has(p.id)
    firstFragment.add(p.id)
    const claim = p.claimId ? claimById.get(p.claimId) : undefined
    const classes = ['hl', `hl-${p.kind}`]
    if (p.id === selectedPassageId) classes.push('hl-selected')
    if (selectedClaimId !== null && p.claimId === selectedClaimId) classes.push('hl-claim-selected')
    return (
      <mark
        key={key}
        className={classes.join(' ')}
        data-passage-id={p.id}
        data-kind={p.kind}
        // A highlight is interactive (it selects its claim), so its first fragment is a named button;
        // the <mark> role itself cannot carry a name.
        role={first ? 'button' : undefined}
        tabIndex={first ? 0 : -1}
        aria-label={first ? passageName(p, claim, statuses) : undefined}
        title={passageName(p, claim, statuses)}
        onClick={(e) => {
          if (window.getSelection()?.isCollapsed === false) return
          e.stopPropagation()
          onSelectPassage(p)
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault()
            onSelectPassage(p)
          }
        }}
      >
        {renderLayer(layers, depth + 1, text, `${key}-${depth}`)}
      </mark>
    )
  }

  return (
    <div className="article-body">
      {paragraphsOf(body).map((para) => (
        <p key={para.start} data-start={para.start} data-end={para.end}>
          {segmentsOf(passages, para.start, para.end).map((seg) =>
            seg.covering.length === 0
              ? body.slice(seg.start, seg.end)
              : renderLayer(seg.covering, 0, body.slice(seg.start, seg.end), `s${seg.start}`)
          )}
        </p>
      ))}
    </div>
  )
})
