export interface Paragraph {
  start: number
  end: number
}

/** Paragraphs of a stored body (separated by blank lines), as offsets into the body. */
export function paragraphsOf(body: string): Paragraph[] {
  const out: Paragraph[] = []
  const re = /\n{2,}/g
  let start = 0
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (m.index > start) out.push({ start, end: m.index })
    start = m.index + m[0].length
  }
  if (start < body.length) out.push({ start, end: body.length })
  return out
}

/** Index of the first paragraph that ends after `offset` (binary search; paragraphs are in order). */
export function firstParagraphEndingAfter(paragraphs: Paragraph[], offset: number): number {
  let lo = 0
  let hi = paragraphs.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (paragraphs[mid].end <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}
