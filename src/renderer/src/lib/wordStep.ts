const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c)

/** Moves one edge of a span by a whole word, never letting the span become empty. */
export function stepSpan(
  body: string,
  span: { start: number; end: number },
  edge: 'start' | 'end',
  dir: -1 | 1
): { start: number; end: number } {
  let { start, end } = span
  if (edge === 'end') {
    if (dir > 0) {
      let i = end
      while (i < body.length && isSpace(body[i])) i++
      while (i < body.length && !isSpace(body[i])) i++
      end = i
    } else {
      let i = end
      while (i > start && isSpace(body[i - 1])) i--
      while (i > start && !isSpace(body[i - 1])) i--
      while (i > start && isSpace(body[i - 1])) i--
      if (i > start) end = i
    }
  } else if (dir < 0) {
    let i = start
    while (i > 0 && isSpace(body[i - 1])) i--
    while (i > 0 && !isSpace(body[i - 1])) i--
    start = i
  } else {
    let i = start
    while (i < end && !isSpace(body[i])) i++
    while (i < end && isSpace(body[i])) i++
    if (i < end) start = i
  }
  return { start, end }
}
