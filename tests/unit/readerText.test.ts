import { describe, expect, it } from 'vitest'
import { paragraphsOf } from '../../src/renderer/src/lib/paragraphs'
import { segmentsOf } from '../../src/renderer/src/lib/segments'
import { snapToWords } from '../../src/renderer/src/lib/snap'

describe('paragraphsOf', () => {
  it('splits on blank lines and keeps offsets into the body', () => {
    const body = 'First line.\nStill first.\n\nSecond.\n\n\nThird.'
    const paras = paragraphsOf(body)
    expect(paras.map((p) => body.slice(p.start, p.end))).toEqual(['First line.\nStill first.', 'Second.', 'Third.'])
  })

  it('returns nothing for an empty body', () => {
    expect(paragraphsOf('')).toEqual([])
  })
})

describe('segmentsOf', () => {
  it('cuts at every boundary and layers overlapping spans, longest outermost', () => {
    const spans = [
      { id: 1, start: 0, end: 10 },
      { id: 2, start: 5, end: 15 },
      { id: 3, start: 6, end: 8 }
    ]
    const segs = segmentsOf(spans, 0, 20)
    expect(segs.map((s) => [s.start, s.end, s.covering.map((c) => c.id)])).toEqual([
      [0, 5, [1]],
      [5, 6, [1, 2]],
      [6, 8, [1, 2, 3]],
      [8, 10, [1, 2]],
      [10, 15, [2]],
      [15, 20, []]
    ])
  })

  it('clips spans to the paragraph being rendered', () => {
    const segs = segmentsOf([{ id: 7, start: 3, end: 30 }], 10, 20)
    expect(segs).toEqual([{ start: 10, end: 20, covering: [{ id: 7, start: 3, end: 30 }] }])
  })

  it('gives identical spans a stable order', () => {
    const segs = segmentsOf(
      [
        { id: 9, start: 0, end: 4 },
        { id: 2, start: 0, end: 4 }
      ],
      0,
      4
    )
    expect(segs[0].covering.map((s) => s.id)).toEqual([2, 9])
  })
})

describe('snapToWords', () => {
  const text = 'The pier is no longer safe, said Ortiz’s office.'
  it('grows a selection that starts and ends inside words', () => {
    const start = text.indexOf('ier')
    const end = text.indexOf('afe') + 2
    const r = snapToWords(text, start, end)
    expect(text.slice(r.start, r.end)).toBe('pier is no longer safe')
  })

  it('drops white space at the edges and keeps punctuation outside', () => {
    const start = text.indexOf(' safe')
    const r = snapToWords(text, start, start + 7)
    expect(text.slice(r.start, r.end)).toBe('safe,')
  })

  it('treats apostrophes as part of a word', () => {
    const start = text.indexOf('Ortiz') + 2
    const r = snapToWords(text, start, start + 1)
    expect(text.slice(r.start, r.end)).toBe('Ortiz’s')
  })

  it('accepts a backwards selection', () => {
    const r = snapToWords(text, 8, 4)
    expect(text.slice(r.start, r.end)).toBe('pier')
  })
})
