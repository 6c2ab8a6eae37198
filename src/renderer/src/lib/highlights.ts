import type { ClaimSummary, Kind, Passage, StatusDef } from '../../../shared/domain'
import { statusLabel } from '../../../shared/statusScale'
import { firstParagraphEndingAfter, type Paragraph } from './paragraphs'
import { segmentsOf } from './segments'

export const KIND_LABEL: Record<Kind, string> = { claim: 'Claim', denial: 'Denial', evidence: 'Evidence' }

/** What one highlight needs to render; plain data, so a paragraph re-renders only when it changes. */
export interface Highlight {
  id: number
  start: number
  end: number
  kind: Kind
  name: string
  selected: boolean
  claimSelected: boolean
  /** The start of the segment where this highlight is the focusable button. */
  buttonAt: number
}

export function passageName(p: Passage, claim: ClaimSummary | undefined, statuses: StatusDef[]): string {
  const claimPart = claim ? `claim “${claim.text}”, ${statusLabel(statuses, claim.status)}` : 'no claim linked'
  return `${KIND_LABEL[p.kind]}: ${claimPart}`
}

// Only the claims a pane's passages link, found in one pass over the list and kept per claims
// list and passages list: a map of all 20,000 claims, rebuilt whenever a tag changed one count,
// cost more than the rest of the bucketing.
const linkedClaims = new WeakMap<ClaimSummary[], WeakMap<Passage[], Map<number, ClaimSummary>>>()
function claimsLinkedBy(claims: ClaimSummary[], passages: Passage[]): Map<number, ClaimSummary> {
  let byPassages = linkedClaims.get(claims)
  if (!byPassages) linkedClaims.set(claims, (byPassages = new WeakMap()))
  let found = byPassages.get(passages)
  if (!found) {
    const wanted = new Set<number>()
    for (const p of passages) if (p.claimId !== null) wanted.add(p.claimId)
    found = new Map()
    for (let i = 0; i < claims.length && found.size < wanted.size; i++) {
      if (wanted.has(claims[i].id)) found.set(claims[i].id, claims[i])
    }
    byPassages.set(passages, found)
  }
  return found
}

/**
 * Turns passages into highlights bucketed by paragraph. Each passage becomes a button on the
 * first of its fragments that is not already inside another passage's button, so the
 * accessibility tree has no nested interactive elements where the layout allows it.
 */
export function highlightsByParagraph(
  paragraphs: Paragraph[],
  passages: Passage[],
  buttonAt: Map<number, number>,
  claims: ClaimSummary[],
  statuses: StatusDef[],
  selectedPassageId: number | null,
  selectedClaimId: number | null
): Highlight[][] {
  const claimById = claimsLinkedBy(claims, passages)
  const live = passages.filter((p) => !p.orphaned)

  const out: Highlight[][] = paragraphs.map(() => [])
  for (const p of [...live].sort((x, y) => x.start - y.start || x.id - y.id)) {
    const claim = p.claimId ? claimById.get(p.claimId) : undefined
    const h: Highlight = {
      id: p.id,
      start: p.start,
      end: p.end,
      kind: p.kind,
      name: passageName(p, claim, statuses),
      selected: p.id === selectedPassageId,
      claimSelected: selectedClaimId !== null && p.claimId === selectedClaimId,
      buttonAt: buttonAt.get(p.id) ?? p.start
    }
    for (let i = firstParagraphEndingAfter(paragraphs, p.start); i < paragraphs.length; i++) {
      if (paragraphs[i].start >= p.end) break
      out[i].push(h)
    }
  }
  return out
}

/**
 * Where each passage's button fragment starts; depends on the passages only, not on selection.
 * The text renders paragraph by paragraph, so fragments are cut where paragraphs start and the
 * blank lines between them render nothing: a passage starting in a blank line gets its button at
 * the next paragraph's start, not at an offset no rendered fragment has (it would have none).
 */
export function buttonPositions(passages: Passage[], paragraphs: Paragraph[]): Map<number, number> {
  const live = passages.filter((p) => !p.orphaned)
  const buttonAt = new Map<number, number>()
  let para = 0
  for (const seg of segmentsOf(live, 0, Number.MAX_SAFE_INTEGER)) {
    while (para < paragraphs.length && paragraphs[para].end <= seg.start) para++
    for (let i = para; i < paragraphs.length && paragraphs[i].start < seg.end; i++) {
      const start = Math.max(seg.start, paragraphs[i].start)
      let insideButton = false
      for (const p of seg.covering) {
        const at = buttonAt.get(p.id)
        if (at === undefined && !insideButton) {
          buttonAt.set(p.id, start)
          insideButton = true
        } else if (at === start) insideButton = true
      }
    }
  }
  return buttonAt
}

export function sameHighlights(a: Highlight[], b: Highlight[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) {
    const x = a[i]
    const y = b[i]
    if (
      x.id !== y.id ||
      x.start !== y.start ||
      x.end !== y.end ||
      x.kind !== y.kind ||
      x.name !== y.name ||
      x.selected !== y.selected ||
      x.claimSelected !== y.claimSelected ||
      x.buttonAt !== y.buttonAt
    )
      return false
  }
  return true
}
