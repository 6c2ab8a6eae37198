import search from 'approx-string-match'

/** A passage's selectors: text position (start/end) and text quote (exact, prefix, suffix). */
export interface Anchor {
  start: number
  end: number
  exact: string
  prefix: string
  suffix: string
}

export interface Placement {
  start: number
  end: number
  how: 'position' | 'quote' | 'fuzzy'
}

/**
 * Maps an offset in the old text to the new one, assuming the edit lies between the two texts'
 * common prefix and common suffix; offsets inside the edited region have no certain mapping.
 */
export function editMap(oldText: string, newText: string) {
  const max = Math.min(oldText.length, newText.length)
  let head = 0
  while (head < max && oldText.charCodeAt(head) === newText.charCodeAt(head)) head++
  let tail = 0
  while (
    tail < max - head &&
    oldText.charCodeAt(oldText.length - 1 - tail) === newText.charCodeAt(newText.length - 1 - tail)
  )
    tail++
  const delta = newText.length - oldText.length
  return {
    head,
    oldTailStart: oldText.length - tail,
    /** The expected new offset: exact outside the edit, proportional guess inside it. */
    map(offset: number): number {
      if (offset <= head) return offset
      if (offset >= oldText.length - tail) return offset + delta
      return Math.min(newText.length, Math.max(head, offset + delta))
    }
  }
}

/** Levenshtein distance; both strings are at most a quote context (32 characters) long. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    prev = cur
  }
  return prev[b.length]
}

/**
 * How well the text beside a candidate matches the stored context, in [0, 1]. Near the start or
 * end of the text there is less context to compare, so only what exists is compared.
 */
function contextSimilarity(found: string, stored: string, side: 'prefix' | 'suffix'): number {
  if (!stored) return 1
  const n = Math.min(found.length, stored.length)
  if (n === 0) return 0
  const a = side === 'prefix' ? found.slice(-n) : found.slice(0, n)
  const b = side === 'prefix' ? stored.slice(-n) : stored.slice(0, n)
  return (1 - distance(a, b) / n) * (0.5 + (0.5 * n) / stored.length)
}

/**
 * Scores a candidate span like Hypothesis's match-quote: the quote matters most, then the text
 * either side, then how near it lies to where the passage is expected.
 */
function score(text: string, anchor: Anchor, start: number, end: number, errors: number, expected: number): number {
  const quote = 1 - errors / Math.max(1, anchor.exact.length)
  const prefix = contextSimilarity(
    text.slice(Math.max(0, start - anchor.prefix.length), start),
    anchor.prefix,
    'prefix'
  )
  const suffix = contextSimilarity(text.slice(end, end + anchor.suffix.length), anchor.suffix, 'suffix')
  const position = 1 - Math.min(1, Math.abs(start - expected) / Math.max(1, text.length))
  return (50 * quote + 20 * prefix + 20 * suffix + 2 * position) / 92
}

/** Finds where a passage belongs in an edited text, or null when it cannot be placed (an orphan). */
export function reanchor(oldText: string, newText: string, anchor: Anchor): Placement | null {
  const map = editMap(oldText, newText)
  const expected = map.map(anchor.start)

  // 1. By position: the span lies outside the edited region and still reads the same.
  const ps = map.map(anchor.start)
  const pe = map.map(anchor.end)
  const untouched = anchor.end <= map.head || anchor.start >= map.oldTailStart
  if (untouched && newText.slice(ps, pe) === anchor.exact) return { start: ps, end: pe, how: 'position' }

  // 2. By exact quote: every occurrence, the one whose context and position fit best.
  let best: { start: number; score: number } | null = null
  for (let i = newText.indexOf(anchor.exact); i >= 0 && anchor.exact; i = newText.indexOf(anchor.exact, i + 1)) {
    const s = score(newText, anchor, i, i + anchor.exact.length, 0, expected)
    if (!best || s > best.score) best = { start: i, score: s }
  }
  if (best) return { start: best.start, end: best.start + anchor.exact.length, how: 'quote' }

  // 3. Fuzzy quote: up to a quarter of the quote's characters may differ.
  const maxErrors = Math.min(256, Math.floor(anchor.exact.length / 4))
  if (maxErrors === 0) return null
  let fuzzy: { start: number; end: number; score: number } | null = null
  for (const m of search(newText, anchor.exact, maxErrors)) {
    const s = score(newText, anchor, m.start, m.end, m.errors, expected)
    if (!fuzzy || s > fuzzy.score) fuzzy = { start: m.start, end: m.end, score: s }
  }
  if (!fuzzy || fuzzy.score < 0.7 || fuzzy.end <= fuzzy.start) return null
  return { start: fuzzy.start, end: fuzzy.end, how: 'fuzzy' }
}
