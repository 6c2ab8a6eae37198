import { useRef } from 'react'
import { useApp } from '../store'

/** The draggable, keyboard-operable divider between pane `index` and the next one. */
export function PaneDivider({ index }: { index: number }) {
  const resizePane = useApp((s) => s.resizePane)
  const widths = useApp((s) => s.paneWidths)
  const drag = useRef<{ x: number; perPx: number } | null>(null)
  const total = widths.reduce((a, b) => a + b, 0)
  const share = Math.round((widths[index] / (widths[index] + (widths[index + 1] ?? 0))) * 100)

  return (
    <div
      className="pane-divider"
      role="separator"
      aria-orientation="vertical"
      aria-label={`Resize panes ${index + 1} and ${index + 2}`}
      aria-valuenow={share}
      aria-valuemin={0}
      aria-valuemax={100}
      tabIndex={0}
      onKeyDown={(e) => {
        const step = e.shiftKey ? 0.25 : 0.08
        if (e.key === 'ArrowLeft') resizePane(index, -step)
        else if (e.key === 'ArrowRight') resizePane(index, step)
        else return
        e.preventDefault()
      }}
      onPointerDown={(e) => {
        const grid = e.currentTarget.parentElement
        if (!grid) return
        e.currentTarget.setPointerCapture(e.pointerId)
        drag.current = { x: e.clientX, perPx: total / Math.max(1, grid.clientWidth) }
      }}
      onPointerMove={(e) => {
        const d = drag.current
        if (!d) return
        resizePane(index, (e.clientX - d.x) * d.perPx)
        d.x = e.clientX
      }}
      onPointerUp={() => (drag.current = null)}
    />
  )
}
