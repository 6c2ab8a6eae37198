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

/**
 * Cuts [from, to) at every span boundary. Overlapping and nested spans each get their own
 * layer on the segments they cover, so no span hides another.
 */
export function segmentsOf<S extends Span>(spans: readonly S[], from: number, to: number): Segment<S>[] {
  const inRange = spans.filter((s) => s.end > from && s.start < to)
  const cuts = new Set<number>([from, to])
  for (const s of inRange) {
    if (s.start > from) cuts.add(s.start)
    if (s.end < to) cuts.add(s.end)
  }
  const points = [...cuts].sort((a, b) => a - b)
  const byLength = [...inRange].sort((a, b) => b.end - b.start - (a.end - a.start) || a.id - b.id)
  const out: Segment<S>[] = []
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]
    const end = points[i + 1]
    out.push({ start, end, covering: byLength.filter((s) => s.start <= start && s.end >= end) })
  }
  return out
}
