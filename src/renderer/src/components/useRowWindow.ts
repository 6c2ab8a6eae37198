import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react'
import { flushSync } from 'react-dom'
import { scrollTopFor, scrollTopForRow, visibleRows, visibleRowsOf } from '../lib/rowWindow'

/**
 * The window of rows a list in a scrolling element should render. Rows have one fixed height
 * (a number) or known heights (their tops, from rowTops). The range (not the scroll position) is
 * state, so scrolling within the rendered rows renders nothing, and a change is rendered before
 * the frame is painted, so fast scrolling never shows blank space.
 */
export function useRowWindow<E extends HTMLElement>(
  count: number,
  layout: number | readonly number[],
  overscan: number
): {
  /** For the scrolling element. */
  scroller: RefObject<E | null>
  start: number
  end: number
  /** Brings row `index` into view; with `from`, rows from..index, as far as they fit. */
  scrollToIndex: (index: number, from?: number) => void
} {
  const scroller = useRef<E>(null)
  const [view, setView] = useState({ first: 0, last: 0 })
  const visible = useCallback(
    (el: HTMLElement) =>
      typeof layout === 'number'
        ? visibleRows(el.scrollTop, el.clientHeight, layout)
        : visibleRowsOf(layout, el.scrollTop, el.clientHeight),
    [layout]
  )
  const show = useCallback(
    ({ first, last }: { first: number; last: number }) =>
      setView((v) => (v.first === first && v.last === last ? v : { first, last })),
    []
  )
  useLayoutEffect(() => {
    const el = scroller.current
    if (!el) return
    show(visible(el))
    const onScroll = () => flushSync(() => show(visible(el)))
    el.addEventListener('scroll', onScroll, { passive: true })
    const resized = new ResizeObserver(() => show(visible(el)))
    resized.observe(el)
    return () => {
      el.removeEventListener('scroll', onScroll)
      resized.disconnect()
    }
  }, [visible, show])

  // The rows for the new place render at once, not after the scroll event of the next frame.
  const scrollToIndex = useCallback(
    (index: number, from = index) => {
      const el = scroller.current
      if (!el) return
      const top =
        typeof layout === 'number'
          ? scrollTopFor(index, el.scrollTop, el.clientHeight, layout)
          : scrollTopForRow(layout, index, el.scrollTop, el.clientHeight, from)
      if (top === el.scrollTop) return
      el.scrollTop = top
      show(visible(el))
    },
    [layout, show, visible]
  )

  return {
    scroller,
    start: Math.min(count, Math.max(0, view.first - overscan)),
    end: Math.min(count, view.last + overscan),
    scrollToIndex
  }
}
