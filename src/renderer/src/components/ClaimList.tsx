import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import type { ClaimSummary, StatusDef } from '../../../shared/domain'
import { statusLabel } from '../../../shared/statusScale'
import { afterPaint } from '../lib/afterPaint'
import { ROW_KEY_MOVES } from '../lib/rowWindow'
import { ClaimRow } from './ClaimRow'
import { useRowWindow } from './useRowWindow'
import { positionOfId } from '../lib/byId'

/** Every row has this height (the CSS clamps its text to fit), so the window is plain arithmetic. */
const ROW_HEIGHT = 100

interface Props {
  claims: ClaimSummary[]
  statuses: StatusDef[]
  selectedClaimId: number | null
  onSelect: (id: number) => void
  /** Changes when the filter does: the list goes back to its top. */
  filterKey: string
}

/**
 * The claims as a virtualised list: only the rows in view (and a few either side) are in the
 * page, so 20,000 claims filter and scroll as fast as 20. Rows keep list semantics with their
 * position in the whole list; Tab stops at one row and the arrow keys, Page Up/Down, Home and End
 * move between rows, scrolling the next one in before focusing it.
 */
export function ClaimList({ claims, statuses, selectedClaimId, onSelect, filterKey }: Props) {
  const { scroller, start, end, scrollToIndex } = useRowWindow<HTMLDivElement>(claims.length, ROW_HEIGHT, 4)

  const [active, setActive] = useState(0)
  const focusNext = useRef<number | null>(null)

  useEffect(() => {
    scrollToIndex(0)
    setActive(0)
  }, [filterKey, scrollToIndex])

  // A claim selected anywhere (a highlight, a new tag, the keyboard) is brought into view here.
  const selectedIndex = selectedClaimId === null ? -1 : positionOfId(claims, selectedClaimId)
  // Only a change of selection scrolls; a claims update with the same selection leaves the view.
  const scrolledTo = useRef<number | null>(null)
  // After the frame that shows the change: a tag's highlight is painted without waiting for this
  // list to scroll to the new claim at its end.
  useEffect(() => {
    if (selectedIndex < 0 || scrolledTo.current === selectedClaimId) return
    return afterPaint(() => {
      scrolledTo.current = selectedClaimId
      setActive(selectedIndex)
      scrollToIndex(selectedIndex)
    })
  }, [selectedClaimId, selectedIndex, scrollToIndex])

  useLayoutEffect(() => {
    const i = focusNext.current
    if (i === null) return
    const button = scroller.current?.querySelector<HTMLElement>(`[data-index="${i}"] button`)
    if (button) {
      focusNext.current = null
      button.focus({ preventScroll: true })
    }
  })

  const onKeyDown = useCallback(
    (e: KeyboardEvent) => {
      const move = ROW_KEY_MOVES[e.key]
      if (!move || claims.length === 0 || e.altKey || e.ctrlKey || e.metaKey) return
      e.preventDefault()
      const view = scroller.current?.clientHeight ?? ROW_HEIGHT
      const next = move(active, Math.max(1, Math.floor(view / ROW_HEIGHT) - 1), claims.length - 1)
      focusNext.current = next
      setActive(next)
      scrollToIndex(next)
    },
    [active, claims.length, scrollToIndex, scroller]
  )

  // The remembered row may have scrolled out of the page; then Tab enters at the first row shown.
  const tabStop = active >= start && active < end ? active : start
  const rows = []
  for (let i = start; i < end; i++) {
    const c = claims[i]
    rows.push(
      <li
        key={c.id}
        data-index={i}
        aria-setsize={claims.length}
        aria-posinset={i + 1}
        style={{ height: ROW_HEIGHT, transform: `translateY(${i * ROW_HEIGHT}px)` }}
      >
        <ClaimRow
          claim={c}
          statusLabel={statusLabel(statuses, c.status)}
          selected={c.id === selectedClaimId}
          tabStop={i === tabStop}
          onSelect={onSelect}
        />
      </li>
    )
  }

  return (
    <div className="claim-scroll" ref={scroller}>
      <ul
        className="claim-list"
        aria-label="Claims list"
        style={{ height: claims.length * ROW_HEIGHT }}
        onKeyDown={onKeyDown}
        onFocus={(e) => {
          const li = (e.target as HTMLElement).closest<HTMLElement>('[data-index]')
          if (li) setActive(Number(li.dataset.index))
        }}
      >
        {rows}
      </ul>
    </div>
  )
}
