import { useLayoutEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import type { Kind } from '../../../shared/domain'
import { placeToolbar, type Anchor } from '../lib/toolbarPlace'

interface Props {
  /** The selection's box in the viewport. */
  anchor: Anchor
  onTag: (kind: Kind) => void
}

const BUTTONS: { kind: Kind; label: string; key: string }[] = [
  { kind: 'claim', label: 'Claim', key: 'C' },
  { kind: 'denial', label: 'Denial', key: 'D' },
  { kind: 'evidence', label: 'Evidence', key: 'E' }
]

/**
 * Floats over the page, not inside the pane: a pane 230 px wide cannot hold it, and the pane's
 * edge clipped it ("Ev…"). It is measured once drawn and placed wholly inside the window.
 */
export function SelectionToolbar({ anchor, onTag }: Props) {
  const ref = useRef<HTMLDivElement>(null)
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null)
  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    const size = { width: el.offsetWidth, height: el.offsetHeight }
    setPlace(placeToolbar(anchor, size, { width: window.innerWidth, height: window.innerHeight }))
  }, [anchor])

  return createPortal(
    <div
      ref={ref}
      role="toolbar"
      aria-label="Tag selection"
      className="selection-toolbar"
      style={
        place ? { top: place.top, left: place.left } : { top: anchor.top, left: anchor.left, visibility: 'hidden' }
      }
    >
      {BUTTONS.map((b) => (
        <button
          key={b.kind}
          type="button"
          className={`tag-button tag-${b.kind}`}
          aria-keyshortcuts={b.key}
          title={`${b.label} (${b.key})`}
          // Keep the text selection while the pointer goes down on the button.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onTag(b.kind)}
        >
          {b.label} <kbd>{b.key}</kbd>
        </button>
      ))}
    </div>,
    document.body
  )
}
