/** The box a floating toolbar may use: the window, less a margin. */
export interface Viewport {
  width: number
  height: number
}

export interface Anchor {
  top: number
  bottom: number
  left: number
  right: number
}

const MARGIN = 8
const GAP = 8

/**
 * Where a toolbar of this size goes for a selection: centred above it, or below it when there is
 * no room above, and always wholly inside the viewport (the issue was a toolbar cut by a narrow
 * pane's edge).
 */
export function placeToolbar(anchor: Anchor, size: { width: number; height: number }, vp: Viewport) {
  const centre = (anchor.left + anchor.right) / 2
  const maxLeft = Math.max(MARGIN, vp.width - size.width - MARGIN)
  const left = Math.min(maxLeft, Math.max(MARGIN, centre - size.width / 2))
  const above = anchor.top - size.height - GAP
  const below = anchor.bottom + GAP
  const maxTop = Math.max(MARGIN, vp.height - size.height - MARGIN)
  const top = above >= MARGIN ? above : Math.min(maxTop, below)
  return { top: Math.round(top), left: Math.round(left) }
}
