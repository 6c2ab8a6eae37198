/** Reader panes that follow each other's scrolling when linked scroll is on. */
const panes = new Map<number, HTMLElement>()
let syncing = false

export function registerPane(index: number, el: HTMLElement | null): void {
  if (el) panes.set(index, el)
  else panes.delete(index)
}

/** Scrolls the other panes to the same fraction of their length as the pane that moved. */
export function followScroll(from: number): void {
  if (syncing) return
  const src = panes.get(from)
  if (!src) return
  const range = src.scrollHeight - src.clientHeight
  const fraction = range > 0 ? src.scrollTop / range : 0
  syncing = true
  for (const [i, el] of panes) {
    if (i !== from) el.scrollTop = fraction * (el.scrollHeight - el.clientHeight)
  }
  // The other panes' scroll events arrive after this frame; ignore them so they do not echo back.
  requestAnimationFrame(() => requestAnimationFrame(() => (syncing = false)))
}

/** Each registered pane's scroll position, for saving the layout. */
export function paneScrollTops(): Map<number, number> {
  return new Map([...panes].map(([i, el]) => [i, el.scrollTop]))
}
