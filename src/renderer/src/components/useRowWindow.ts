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
  // Where the scroller was at its last scroll or resize: scrolling to a row then reads no layout
  // when the row is already in view (a claim selected by a tag, in the middle of the update).
  const at = useRef({ top: 0, height: 0, first: 0, last: 0 })
  const measure = useCallback(
    (el: HTMLElement) => {
      const top = el.scrollTop
      const height = el.clientHeight
      const { first, last } =
        typeof layout === 'number' ? visibleRows(top, height, layout) : visibleRowsOf(layout, top, height)
      const changed = first !== at.current.first || last !== at.current.last
      at.current = { top, height, first, last }
      return changed
    },
    [layout]
  )
  const show = useCallback(() => {
    const { first, last } = at.current
    setView((v) => (v.first === first && v.last === last ? v : { first, last }))
  }, [])
  useLayoutEffect(() => {
    const el = scroller.current
    if (!el) return
    measure(el)
    show()
    const onScroll = () => {
      if (measure(el)) flushSync(show)
    }
    el.addEventListener('scroll', onScroll, { passive: true })
    const resized = new ResizeObserver(() => {
      measure(el)
      show()
    })
    resized.observe(el)
    return () => {
      el.removeEventListener('scroll', onScroll)
      resized.disconnect()
    }
  }, [measure, show])

  // The rows for the new place render at once, not after the scroll event of the next frame.
  const scrollToIndex = useCallback(
    (index: number, from = index) => {
      const el = scroller.current
      if (!el) return
      const { top: scrollTop, height } = at.current
      const top =
        typeof layout === 'number'
          ? scrollTopFor(index, scrollTop, height, layout)
          : scrollTopForRow(layout, index, scrollTop, height, from)
      if (top === scrollTop) return
      el.scrollTop = top
      measure(el)
      show()
    },
    [layout, measure, show]
  )

  return {
    scroller,
    start: Math.min(count, Math.max(0, view.first - overscan)),
    end: Math.min(count, view.last + overscan),
    scrollToIndex
  }
}
