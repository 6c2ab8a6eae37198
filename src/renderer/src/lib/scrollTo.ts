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
