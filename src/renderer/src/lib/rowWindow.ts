/** The rows of a fixed-row-height list that a scroll position shows: first, and last exclusive. */
export function visibleRows(scrollTop: number, viewHeight: number, rowHeight: number): { first: number; last: number } {
  const top = Math.max(0, scrollTop)
  return { first: Math.floor(top / rowHeight), last: Math.ceil((top + viewHeight) / rowHeight) }
}

/** The scroll position that brings row `index` fully into view with the least movement. */
export function scrollTopFor(index: number, scrollTop: number, viewHeight: number, rowHeight: number): number {
  return scrollToSpan(index * rowHeight, (index + 1) * rowHeight, scrollTop, viewHeight)
}

/**
 * Where each row of a list with rows of known heights starts, and (last) where the list ends:
 * rows of a few fixed heights (headers and items) still window by arithmetic, not measurement.
 */
export function rowTops(count: number, heightOf: (index: number) => number): number[] {
  const tops = new Array<number>(count + 1)
  tops[0] = 0
  for (let i = 0; i < count; i++) tops[i + 1] = tops[i] + heightOf(i)
  return tops
}

/** The rows (first, and last exclusive) of a list with these row tops that a scroll position shows. */
export function visibleRowsOf(
  tops: readonly number[],
  scrollTop: number,
  viewHeight: number
): { first: number; last: number } {
  const count = tops.length - 1
  const top = Math.max(0, scrollTop)
  // The last row starting at or above the view's top, to the last row starting above its bottom.
  const first = Math.max(0, leading(tops, count, (t) => t <= top) - 1)
  const last = leading(tops, count, (t) => t < top + viewHeight)
  return { first, last: Math.max(first, last) }
}

/**
 * The scroll position that brings row `index` of a list with these row tops fully into view, and
 * the rows from `from` down to it as far as the view has room (a group's header with its first row).
 */
export function scrollTopForRow(
  tops: readonly number[],
  index: number,
  scrollTop: number,
  viewHeight: number,
  from = index
): number {
  const top = Math.max(tops[from], tops[index + 1] - viewHeight)
  return scrollToSpan(Math.min(top, tops[index]), tops[index + 1], scrollTop, viewHeight)
}

function scrollToSpan(top: number, bottom: number, scrollTop: number, viewHeight: number): number {
  if (top < scrollTop) return top
  if (bottom > scrollTop + viewHeight) return Math.max(0, bottom - viewHeight)
  return scrollTop
}

/** How many rows from the first have a top for which `test` holds (it must hold for a prefix). */
function leading(tops: readonly number[], count: number, test: (top: number) => boolean): number {
  let lo = 0
  let hi = count
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (test(tops[mid])) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * What the list keys do to the focused row of a list with a roving tab stop: from row i, with
 * `page` rows to a screen, to a row no further than `last`.
 */
export const ROW_KEY_MOVES: Record<string, (i: number, page: number, last: number) => number> = {
  ArrowDown: (i, _, last) => Math.min(last, i + 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  PageDown: (i, page, last) => Math.min(last, i + page),
  PageUp: (i, page) => Math.max(0, i - page),
  Home: () => 0,
  End: (_, __, last) => last
}
