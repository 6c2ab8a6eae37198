import type { Suggestion } from '../../../shared/contract/matching'
import type { Kind } from '../../../shared/domain'
import { KIND_LABEL } from './highlights'
import type { GhostSpan } from './ghostSpans'
import { firstParagraphEndingAfter, type Paragraph } from './paragraphs'

/**
 * A mark drawn over the text that is not a passage: a span matching the active passage or
 * selection, or a proposed passage. Ids are negative so they never collide with passage ids
 * when both are cut into segments together.
 */
export interface Overlay {
  id: number
  start: number
  end: number
  type: 'match' | 'suggestion'
  /** Accessible description / tooltip, with the score or the confidence and reason. */
  label: string
  score: number
  kind: Kind | null
  /** Stable identity of a suggestion, for dismissing it. */
  key: string
}

export const isOverlay = (x: { id: number }): x is Overlay => 'type' in x

export const suggestionKey = (articleId: number, s: Suggestion) => `${articleId}:${s.start}:${s.end}:${s.kind}`

export function matchOverlays(spans: GhostSpan[], source: 'passage' | 'selection'): Overlay[] {
  return spans.map((g, i) => {
    const pct = Math.round(g.score * 100)
    return {
      id: -(i + 1),
      start: g.start,
      end: g.end,
      type: 'match',
      label: `Matches the active ${source}, score ${pct}%${g.denies ? ', reads as a denial' : ''}${g.tagged ? ', already tagged' : ''}`,
      score: g.score,
      kind: null,
      key: `m${g.start}:${g.end}`
    }
  })
}

export function suggestionOverlays(articleId: number, list: Suggestion[], offset: number): Overlay[] {
  return list.map((s, i) => ({
    id: -(offset + i + 1),
    start: s.start,
    end: s.end,
    type: 'suggestion',
    label: `Suggested ${KIND_LABEL[s.kind].toLowerCase()}, confidence ${Math.round(s.confidence * 100)}%: ${s.reason}`,
    score: s.confidence,
    kind: s.kind,
    key: suggestionKey(articleId, s)
  }))
}

const NONE: Overlay[] = []

/** Buckets overlays by paragraph; paragraphs without any share one empty array, so they skip re-rendering. */
export function overlaysByParagraph(paragraphs: Paragraph[], overlays: Overlay[]): Overlay[][] {
  const out: Overlay[][] = paragraphs.map(() => NONE)
  if (overlays.length === 0) return out
  for (const o of [...overlays].sort((a, b) => a.start - b.start)) {
    for (let i = firstParagraphEndingAfter(paragraphs, o.start); i < paragraphs.length; i++) {
      if (paragraphs[i].start >= o.end) break
      if (out[i] === NONE) out[i] = []
      out[i].push(o)
    }
  }
  return out
}

export function sameOverlays(a: Overlay[], b: Overlay[]): boolean {
  if (a === b) return true
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) {
    const x = a[i]
    const y = b[i]
    if (x.key !== y.key || x.id !== y.id || x.label !== y.label || x.type !== y.type) return false
  }
  return true
}
