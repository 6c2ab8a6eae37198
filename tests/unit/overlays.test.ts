import { describe, expect, it } from 'vitest'
import type { SpanMatch, Suggestion } from '../../src/shared/contract/matching'
import type { Passage } from '../../src/shared/domain'
import { ghostSpansFor } from '../../src/renderer/src/lib/ghostSpans'
import {
  matchOverlays,
  overlaysByParagraph,
  sameOverlays,
  suggestionKey,
  suggestionOverlays
} from '../../src/renderer/src/lib/overlays'
import { paragraphsOf } from '../../src/renderer/src/lib/paragraphs'

const match = (articleId: number, start: number, end: number, score = 0.8, denies = false): SpanMatch => ({
  articleId,
  start,
  end,
  text: 'x',
  score,
  matchedWords: [],
  why: '',
  denies
})

const sug = (start: number, end: number, kind: Suggestion['kind'] = 'claim'): Suggestion => ({
  start,
  end,
  text: 'x',
  kind,
  confidence: 0.72,
  reason: 'attributed statement ("said")'
})

describe('reader overlays', () => {
  it('describes matches with their score and whether they deny or are already tagged', () => {
    const tagged = { id: 9, articleId: 2, start: 10, end: 20, orphaned: false } as Passage
    const spans = ghostSpansFor(2, [match(2, 10, 20, 0.87), match(3, 0, 5), match(2, 30, 40, 0.5, true)], [tagged])
    const marks = matchOverlays(spans, 'selection')
    expect(marks.map((m) => m.label)).toEqual([
      'Matches the active selection, score 87%, already tagged',
      'Matches the active selection, score 50%, reads as a denial'
    ])
    expect(marks.every((m) => m.id < 0 && m.type === 'match')).toBe(true)
  })

  it('labels suggestions with kind, confidence and reason, with ids apart from the match marks', () => {
    const [s] = suggestionOverlays(4, [sug(5, 9, 'denial')], 3)
    expect(s).toMatchObject({ id: -4, type: 'suggestion', kind: 'denial', key: suggestionKey(4, sug(5, 9, 'denial')) })
    expect(s.label).toBe('Suggested denial, confidence 72%: attributed statement ("said")')
  })

  it('buckets overlays by paragraph and shares one empty array where there are none', () => {
    const body = 'First para.\n\nSecond one.\n\nThird here.'
    const paragraphs = paragraphsOf(body)
    const o = suggestionOverlays(1, [sug(14, 20), sug(5, 30)], 0)
    const buckets = overlaysByParagraph(paragraphs, o)
    expect(buckets.map((b) => b.map((x) => x.start))).toEqual([[5], [5, 14], [5]])
    const none = overlaysByParagraph(paragraphs, [])
    expect(none[0]).toBe(none[2])
    expect(sameOverlays(none[0], none[1])).toBe(true)
    expect(sameOverlays(buckets[0], buckets[1])).toBe(false)
    expect(sameOverlays(buckets[1], overlaysByParagraph(paragraphs, o)[1])).toBe(true)
  })
})
