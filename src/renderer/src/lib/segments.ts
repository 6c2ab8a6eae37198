export interface Span {
  id: number
  start: number
  end: number
}

export interface Segment<S extends Span> {
  start: number
  end: number
  /** The spans covering this segment, outermost (longest) first, so nesting renders inside out. */
  covering: S[]
}

const outermostFirst = (a: Span, b: Span) => b.end - b.start - (a.end - a.start) || a.id - b.id

/**
 * Cuts [from, to) at every span boundary. Overlapping and nested spans each get their own
 * layer on the segments they cover, so no span hides another. One sweep over the cut points
 * keeps only the spans open at each point, so thousands of spans stay cheap.
 */
export function segmentsOf<S extends Span>(spans: readonly S[], from: number, to: number): Segment<S>[] {
  const inRange = spans.filter((s) => s.end > from && s.start < to).sort((a, b) => a.start - b.start)
  const cuts = new Set<number>([from, to])
  for (const s of inRange) {
    if (s.start > from) cuts.add(s.start)
    if (s.end < to) cuts.add(s.end)
  }
  const points = [...cuts].sort((a, b) => a - b)
  const out: Segment<S>[] = []
  let open: S[] = []
  let next = 0
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]
    const end = points[i + 1]
    let changed = false
    while (next < inRange.length && inRange[next].start <= start) {
      open.push(inRange[next++])
      changed = true
    }
    if (open.some((s) => s.end <= start)) {
      open = open.filter((s) => s.end > start)
      changed = true
    }
    if (changed) open.sort(outermostFirst)
    out.push({ start, end, covering: open.slice() })
  }
  return out
}
