/** The rows of a fixed-row-height list that a scroll position shows: first, and last exclusive. */
export function visibleRows(scrollTop: number, viewHeight: number, rowHeight: number): { first: number; last: number } {
  const top = Math.max(0, scrollTop)
  return { first: Math.floor(top / rowHeight), last: Math.ceil((top + viewHeight) / rowHeight) }
}

/** The scroll position that brings row `index` fully into view with the least movement. */
export function scrollTopFor(index: number, scrollTop: number, viewHeight: number, rowHeight: number): number {
  const top = index * rowHeight
  const bottom = top + rowHeight
  if (top < scrollTop) return top
  if (bottom > scrollTop + viewHeight) return Math.max(0, bottom - viewHeight)
  return scrollTop
}
