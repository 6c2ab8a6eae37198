import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react'
import { flushSync } from 'react-dom'
import { scrollTopFor, visibleRows } from '../lib/rowWindow'

/**
 * The window of rows a fixed-row-height list in a scrolling element should render. The range
 * (not the scroll position) is state, so scrolling within the rendered rows renders nothing, and
 * a change is rendered before the frame is painted, so fast scrolling never shows blank space.
 */
export function useRowWindow<E extends HTMLElement>(
  count: number,
  rowHeight: number,
  overscan: number
): {
  /** For the scrolling element. */
  scroller: RefObject<E | null>
  start: number
  end: number
  scrollToIndex: (index: number) => void
} {
  const scroller = useRef<E>(null)
  const [view, setView] = useState({ first: 0, last: 0 })
  useLayoutEffect(() => {
    const el = scroller.current
    if (!el) return
    const update = (sync: boolean) => {
      const { first, last } = visibleRows(el.scrollTop, el.clientHeight, rowHeight)
      const next = () => setView((v) => (v.first === first && v.last === last ? v : { first, last }))
      if (sync) flushSync(next)
      else next()
    }
    update(false)
    const onScroll = () => update(true)
    el.addEventListener('scroll', onScroll, { passive: true })
    const resized = new ResizeObserver(() => update(false))
    resized.observe(el)
    return () => {
      el.removeEventListener('scroll', onScroll)
      resized.disconnect()
    }
  }, [rowHeight])

  const scrollToIndex = useCallback(
    (index: number) => {
      const el = scroller.current
      if (!el) return
      const top = scrollTopFor(index, el.scrollTop, el.clientHeight, rowHeight)
      if (top !== el.scrollTop) el.scrollTop = top
    },
    [rowHeight]
  )

  return {
    scroller,
    start: Math.min(count, Math.max(0, view.first - overscan)),
    end: Math.min(count, view.last + overscan),
    scrollToIndex
  }
}
