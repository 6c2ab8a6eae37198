/** Scrolls a reader to the paragraph holding a body offset and marks it briefly (a search hit). */
export function scrollToOffset(container: HTMLElement | null, offset: number): boolean {
  if (!container) return false
  const paras = Array.from(container.querySelectorAll<HTMLElement>('[data-start][data-end]'))
  const target =
    paras.find((p) => Number(p.dataset.start) <= offset && offset < Number(p.dataset.end)) ??
    paras.filter((p) => Number(p.dataset.start) <= offset).pop()
  if (!target) return false
  target.scrollIntoView({ block: 'center' })
  target.classList.add('search-target')
  setTimeout(() => target.classList.remove('search-target'), 2500)
  return true
}

/**
 * Scrolls to a saved position as soon as the text is long enough to reach it: a freshly opened
 * article lays its paragraphs out over a few frames (off-screen ones start at an estimated height),
 * so a position set at once would be cut short. Gives up after about half a second.
 */
export function restoreScrollTop(el: HTMLElement, top: number, frames = 30): () => void {
  let handle = 0
  const step = (left: number) => {
    el.scrollTop = top
    if (Math.abs(el.scrollTop - top) < 1 || left === 0) return
    handle = requestAnimationFrame(() => step(left - 1))
  }
  step(frames)
  return () => cancelAnimationFrame(handle)
}
