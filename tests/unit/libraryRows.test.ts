import { describe, expect, it } from 'vitest'
import type { ArticleSummary } from '../../src/shared/domain'
import { groupArticles, groupRuns, libraryRows, sameShape } from '../../src/renderer/src/lib/libraryRows'
import { rowTops, scrollTopForRow, visibleRowsOf } from '../../src/renderer/src/lib/rowWindow'
import { nextInCycle } from '../../src/renderer/src/lib/focusCycle'

const article = (id: number, title: string, outlet: string | null, publishedAt: string | null): ArticleSummary => ({
  id,
  title,
  outlet,
  author: null,
  url: null,
  publishedAt,
  language: 'en',
  chars: 100,
  counts: { claim: 0, denial: 0, evidence: 0 }
})

describe('library rows', () => {
  const list = [
    article(1, 'Bridge closes', 'Courier', '2026-01-03'),
    article(2, 'apples rise', 'Ledger', '2026-01-05'),
    article(3, 'Ferry strike', null, '2026-01-04'),
    article(4, 'Cable snaps', 'Courier', null)
  ]
  const titles = (items: number[]) => items.map((i) => list[i].title)

  it('sorts one unnamed group by date, newest first, undated last', () => {
    const groups = groupArticles(list, 'date', false)
    expect(groups).toHaveLength(1)
    expect(groups[0].outlet).toBeNull()
    expect(titles(groups[0].items)).toEqual(['apples rise', 'Ferry strike', 'Bridge closes', 'Cable snaps'])
    expect(libraryRows(groups).every((r) => r.type === 'article')).toBe(true)
  })

  it('groups by outlet with unknown outlets named, and flattens to a header then its articles', () => {
    const groups = groupArticles(list, 'outlet', true)
    expect(groups.map((g) => g.outlet)).toEqual(['Courier', 'Ledger', 'Unknown outlet'])
    expect(titles(groups[0].items)).toEqual(['Bridge closes', 'Cable snaps'])
    const rows = libraryRows(groups)
    expect(rows.map((r) => (r.type === 'outlet' ? `# ${r.outlet}` : `${r.pos}:${list[r.index].title}`))).toEqual([
      '# Courier',
      '0:Bridge closes',
      '1:Cable snaps',
      '# Ledger',
      '0:apples rise',
      '# Unknown outlet',
      '0:Ferry strike'
    ])
    // A window from the middle of one group into the next is cut where the group changes.
    expect(groupRuns(rows, 2, 6)).toEqual([
      { group: 0, start: 2, end: 3 },
      { group: 1, start: 3, end: 5 },
      { group: 2, start: 5, end: 6 }
    ])
  })

  it('sees a change of counts as the same shape, and a new title, order or length as another', () => {
    const counted = list.map((a, i) => (i === 1 ? { ...a, counts: { claim: 5, denial: 0, evidence: 0 } } : a))
    expect(sameShape(list, counted)).toBe(true)
    expect(
      sameShape(
        list,
        list.map((a, i) => (i === 1 ? { ...a, title: 'Apples fall' } : a))
      )
    ).toBe(false)
    expect(sameShape(list, [list[1], list[0], list[2], list[3]])).toBe(false)
    expect(sameShape(list, list.slice(1))).toBe(false)
  })
})

describe('row window over rows of known heights', () => {
  // A header (30) then articles (100), twice: tops 0, 30, 130, 230, 260, 360, end 460.
  const heights = [30, 100, 100, 30, 100, 100]
  const tops = rowTops(heights.length, (i) => heights[i])

  it('lays rows out end to end', () => {
    expect(tops).toEqual([0, 30, 130, 230, 260, 360, 460])
  })

  it('finds the rows a view shows, partly shown ones included', () => {
    expect(visibleRowsOf(tops, 0, 100)).toEqual({ first: 0, last: 2 })
    expect(visibleRowsOf(tops, 130, 100)).toEqual({ first: 2, last: 3 })
    expect(visibleRowsOf(tops, 131, 100)).toEqual({ first: 2, last: 4 })
    expect(visibleRowsOf(tops, 400, 300)).toEqual({ first: 5, last: 6 })
    expect(
      visibleRowsOf(
        rowTops(0, () => 10),
        0,
        100
      )
    ).toEqual({ first: 0, last: 0 })
  })

  it('scrolls as little as it can, bringing a header in with its first row when there is room', () => {
    expect(scrollTopForRow(tops, 1, 0, 200)).toBe(0)
    expect(scrollTopForRow(tops, 4, 0, 200)).toBe(160)
    expect(scrollTopForRow(tops, 4, 0, 200, 3)).toBe(160)
    expect(scrollTopForRow(tops, 4, 300, 200, 3)).toBe(230)
    expect(scrollTopForRow(tops, 4, 300, 200)).toBe(260)
    // No room for the header: the row itself wins.
    expect(scrollTopForRow(tops, 4, 300, 90, 3)).toBe(260)
  })
})

describe('focus cycle of a modal', () => {
  const stops = ['first', 'middle', 'last']
  it('wraps at both ends and enters from outside, leaving moves inside to the browser', () => {
    expect(nextInCycle(stops, 'last', false)).toBe('first')
    expect(nextInCycle(stops, 'first', true)).toBe('last')
    expect(nextInCycle(stops, 'middle', false)).toBeNull()
    expect(nextInCycle(stops, 'middle', true)).toBeNull()
    expect(nextInCycle(stops, 'elsewhere', false)).toBe('first')
    expect(nextInCycle(stops, 'elsewhere', true)).toBe('last')
    expect(nextInCycle([], 'elsewhere', false)).toBeNull()
  })
})
