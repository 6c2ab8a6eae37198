import { describe, expect, it } from 'vitest'
import type { Passage } from '../../src/shared/domain'
import { buttonPositions, highlightsByParagraph } from '../../src/renderer/src/lib/highlights'
import { paragraphsOf } from '../../src/renderer/src/lib/paragraphs'
import { segmentsOf } from '../../src/renderer/src/lib/segments'
import { stepSpan } from '../../src/renderer/src/lib/wordStep'

const p = (id: number, start: number, end: number, extra: Partial<Passage> = {}): Passage => ({
  id,
  articleId: 1,
  start,
  end,
  exact: '',
  prefix: '',
  suffix: '',
  kind: 'claim',
  note: '',
  claimId: null,
  role: null,
  orphaned: false,
  editor: 'e',
  createdAt: '',
  updatedAt: '',
  ...extra
})

describe('highlight layout', () => {
  it('gives each passage a button fragment outside every other button where it can', () => {
    // 1 and 2 start together (2 nested in 1); 3 overlaps 1's end.
    const passages = [p(1, 0, 20), p(2, 0, 5), p(3, 15, 30)]
    const at = buttonPositions(passages, [{ start: 0, end: 30 }])
    expect(at.get(1)).toBe(0)
    // Passage 2 lies wholly inside 1's first fragment: the one case that must nest (at its start).
    expect(at.get(2)).toBeUndefined()
    expect(highlightsByParagraph([{ start: 0, end: 30 }], passages, at, [], [], null, null)[0][1].buttonAt).toBe(0)
    expect(at.get(3)).toBe(15)
    for (const seg of segmentsOf(passages, 0, 30)) {
      const buttons = seg.covering.filter((s) => at.get(s.id) === seg.start)
      if (seg.start !== 0) expect(buttons.length).toBeLessThanOrEqual(1)
    }
  })

  it('puts the button of a passage that starts in a blank line on a fragment that renders', () => {
    const body = 'one two three\n\nfour five six\n\nseven'
    const paras = paragraphsOf(body)
    // 1 starts on the blank line after "three"; 2 covers "four" and 1's first rendered fragment too.
    const passages = [p(1, 13, 24), p(2, 15, 19), p(3, 28, 35)]
    const at = buttonPositions(passages, paras)
    // Every passage's button fragment is one the paragraphs render (a segment start in a paragraph it is in).
    const by = highlightsByParagraph(paras, passages, at, [], [], null, null)
    const buttons = new Set<number>()
    paras.forEach((para, i) => {
      for (const seg of segmentsOf(by[i], para.start, para.end))
        for (const h of seg.covering) if (h.buttonAt === seg.start) buttons.add(h.id)
    })
    expect([...buttons].sort()).toEqual([1, 2, 3])
    expect(at.get(1)).toBe(15)
    // 2 starts where 1's button does, inside it: it nests, as a passage wholly inside another's first fragment.
    expect(at.get(2)).toBeUndefined()
    expect(at.get(3)).toBe(30)
  })

  it('buckets highlights by paragraph, skips orphans and marks the selection', () => {
    const body = 'one two three\n\nfour five six'
    const paras = paragraphsOf(body)
    const passages = [p(1, 4, 20), p(2, 15, 19, { orphaned: true }), p(3, 20, 24, { claimId: 9 })]
    const by = highlightsByParagraph(paras, passages, buttonPositions(passages, paras), [], [], 1, 9)
    expect(by[0].map((h) => h.id)).toEqual([1])
    expect(by[1].map((h) => h.id)).toEqual([1, 3])
    expect(by[0][0].selected).toBe(true)
    expect(by[1][1].claimSelected).toBe(true)
  })

  it('sweeps thousands of spans into segments', () => {
    const spans = Array.from({ length: 3000 }, (_, i) => ({ id: i, start: i * 10, end: i * 10 + 15 }))
    const t = performance.now()
    const segs = segmentsOf(spans, 0, 30_015)
    expect(performance.now() - t).toBeLessThan(200)
    expect(segs.find((s) => s.start === 10)!.covering.map((s) => s.id)).toEqual([0, 1])
  })

  it('steps a span edge by whole words', () => {
    const body = 'alpha beta gamma delta'
    expect(stepSpan(body, { start: 6, end: 10 }, 'end', 1)).toEqual({ start: 6, end: 16 })
    expect(stepSpan(body, { start: 6, end: 16 }, 'end', -1)).toEqual({ start: 6, end: 10 })
    expect(stepSpan(body, { start: 6, end: 10 }, 'start', -1)).toEqual({ start: 0, end: 10 })
    expect(stepSpan(body, { start: 0, end: 10 }, 'start', 1)).toEqual({ start: 6, end: 10 })
    expect(stepSpan(body, { start: 6, end: 10 }, 'end', -1)).toEqual({ start: 6, end: 10 })
  })
})
