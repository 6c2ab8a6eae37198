/**
 * Maps a DOM position inside a rendered article back to an offset into the stored body.
 * Every paragraph element carries data-start; text inside it is the body's text verbatim.
 */
export function offsetOf(container: HTMLElement, node: Node, offset: number): number | null {
  let el: Node | null = node
  while (el && !(el instanceof HTMLElement && el.dataset.start !== undefined)) {
    if (el === container) break
    el = el.parentNode
  }
  if (!(el instanceof HTMLElement) || el.dataset.start === undefined) {
    return edgeOffset(container, node, offset)
  }
  const para = el
  const base = Number(para.dataset.start)
  if (node.nodeType !== Node.TEXT_NODE) {
    // A position between children: count the text of the children before it.
    let count = 0
    for (let i = 0; i < offset && i < node.childNodes.length; i++) count += node.childNodes[i].textContent?.length ?? 0
    return base + textBefore(para, node) + count
  }
  return base + textBefore(para, node) + offset
}

function textBefore(para: HTMLElement, target: Node): number {
  let total = 0
  const walker = document.createTreeWalker(para, NodeFilter.SHOW_TEXT)
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n === target || target.contains(n)) return total
    if (target.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING) return total
    total += n.textContent?.length ?? 0
  }
  return total
}

/** A selection that starts or ends between paragraphs snaps to the nearest paragraph edge. */
function edgeOffset(container: HTMLElement, node: Node, offset: number): number | null {
  const paras = [...container.querySelectorAll<HTMLElement>('[data-start]')]
  if (paras.length === 0) return null
  const probe = node.childNodes[offset] ?? node
  for (const p of paras) {
    if (probe.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING || p.contains(probe))
      return Number(p.dataset.start)
  }
  const last = paras[paras.length - 1]
  return Number(last.dataset.end)
}

export interface BodySelection {
  start: number
  end: number
  rect: DOMRect
}

export function selectionIn(container: HTMLElement): BodySelection | null {
  const sel = window.getSelection()
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null
  const range = sel.getRangeAt(0)
  if (!container.contains(range.commonAncestorContainer)) return null
  const a = offsetOf(container, range.startContainer, range.startOffset)
  const b = offsetOf(container, range.endContainer, range.endOffset)
  if (a === null || b === null || a === b) return null
  return { start: Math.min(a, b), end: Math.max(a, b), rect: range.getBoundingClientRect() }
}
