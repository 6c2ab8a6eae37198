/**
 * Where the words of a search are in a text: the first place (for the reader to scroll to) and a
 * marked window of text around the best place (the snippet). FTS5's own snippet() needs the
 * query's cursor on the row, which only its rank-sorted mode keeps for the top rows, and that
 * mode computes bm25 twice for every match and sorts them all; snippet() also tokenises the
 * whole text, twice. Here the text is read only up to the matches that make the window.
 */
import { isTokenAt, isTokenBefore, tokenEnd, tokenStartFrom } from './searchTokens'

export const MARK_OPEN = '\u0002'
export const MARK_CLOSE = '\u0003'
const ELLIPSIS = '…'
/** A snippet's length: about the 16 words FTS5's snippet() was asked for. */
export const SNIPPET_CHARS = 100
/** A long text with one common word and one rare one stops looking for both after this many. */
const MAX_MATCHES = 64

/** A word of the search as FTS5 matches it: the whole token, or (prefix) any token it starts. */
export interface SearchTerm {
  word: string
  prefix: boolean
}

/** Lower case without diacritics, as the index's remove_diacritics 2 compares words. */
export function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

let variants: Map<string, string> | null = null
/** Each base letter's accented forms (é, è, ê… for e), so a search for "cafe" finds "Café" in the text. */
function accented(): Map<string, string> {
  if (variants) return variants
  variants = new Map()
  for (const [from, to] of [
    [0xc0, 0x24f],
    [0x1e00, 0x1eff]
  ]) {
    for (let cp = from; cp <= to; cp++) {
      const ch = String.fromCodePoint(cp).toLowerCase()
      const base = fold(ch)
      if (ch.length === 1 && base.length === 1 && base !== ch && !variants.get(base)?.includes(ch))
        variants.set(base, (variants.get(base) ?? '') + ch)
    }
  }
  return variants
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')

/**
 * A term as a pattern of plain letters and small classes. Word boundaries are checked in code:
 * a Unicode property class in the pattern makes V8 spend ~80 µs compiling it, on every search.
 */
function pattern(word: string): string {
  const table = accented()
  return `(${[...word].map((c) => (table.has(c) ? `[${escape(c + table.get(c)!)}]` : escape(c))).join('')})`
}

interface Match {
  index: number
  term: number
}

export interface Located {
  /** About SNIPPET_CHARS of text around the best place, matched words between MARK_OPEN and MARK_CLOSE. */
  snippet: string
  /** Where the first word of the search starts, or null when the text has none of them. */
  first: number | null
}

export type TextMatcher = (text: string) => Located

export function textMatcher(terms: SearchTerm[]): TextMatcher {
  const folded = terms.map((t) => ({ word: fold(t.word), prefix: t.prefix })).filter((t) => t.word)
  const unique = [...new Map(folded.map((t) => [`${t.word} ${t.prefix}`, t])).values()]
  // The ASCII look-behind only saves trying matches inside words; isTokenBefore decides.
  const scan = unique.length
    ? new RegExp(`(?<![A-Za-z0-9])(?:${unique.map((t) => pattern(t.word)).join('|')})`, 'giu')
    : null

  /** The next match from `from` on that starts a word (and ends one, for a whole-word term). */
  function next(text: string, from: number): Match | null {
    if (!scan) return null
    scan.lastIndex = from
    let m: RegExpExecArray | null
    while ((m = scan.exec(text))) {
      let term = 1
      while (m[term] === undefined) term++
      if (isTokenBefore(text, m.index)) continue
      if (!unique[term - 1].prefix && isTokenAt(text, m.index + m[0].length)) continue
      return { index: m.index, term: term - 1 }
    }
    return null
  }

  /** The matches in text until one window holds every word of the search (or MAX_MATCHES). */
  function matches(text: string): Match[] {
    const found: Match[] = []
    for (let m = next(text, 0); m; m = next(text, m.index + 1)) {
      found.push(m)
      if (found.length >= MAX_MATCHES || coversAll(found)) break
    }
    return found
  }

  /** Every match in a short text. */
  function all(text: string): Match[] {
    const found: Match[] = []
    for (let m = next(text, 0); m; m = next(text, m.index + 1)) found.push(m)
    return found
  }

  function coversAll(found: Match[]): boolean {
    if (unique.length === 1) return true
    const last = found[found.length - 1].index
    const seen = new Set<number>()
    for (let i = found.length - 1; i >= 0 && last - found[i].index < SNIPPET_CHARS; i--) seen.add(found[i].term)
    return seen.size === unique.length
  }

  /** A text with its matches marked, as whole words: FTS5 marks "lighthouse" for "lighth". */
  function marked(part: string, found: Match[]): string {
    let out = ''
    let at = 0
    for (const m of found) {
      const wordEnd = tokenEnd(part, m.index)
      out += part.slice(at, m.index) + MARK_OPEN + part.slice(m.index, wordEnd) + MARK_CLOSE
      at = wordEnd
    }
    return out + part.slice(at)
  }

  return (text) => {
    // A short text (a passage's quote, mostly) is shown whole: one scan finds all there is.
    if (text.length <= SNIPPET_CHARS) {
      const found = all(text)
      return { snippet: marked(text, found), first: found[0]?.index ?? null }
    }
    const found = matches(text)
    const [start, end] = window(text, unique.length > 1 ? bestGroup(found) : single(found))
    // The window starts and ends on word boundaries, so its words are the same on their own,
    // and scanning it alone does not run on through the rest of a long text.
    const part = text.slice(start, end)
    const snippet = (start > 0 ? ELLIPSIS : '') + marked(part, all(part)) + (end < text.length ? ELLIPSIS : '')
    return { snippet, first: found[0]?.index ?? null }
  }
}

/** With one word to find, the first place it is found. */
function single(found: Match[]): { anchor: number; last: number } {
  return { anchor: found[0]?.index ?? 0, last: found[0]?.index ?? 0 }
}

/** The earliest run of matches within one window that holds the most different words. */
function bestGroup(found: Match[]): { anchor: number; last: number } {
  let best = { anchor: 0, last: 0, words: 0 }
  for (let i = 0; i < found.length; i++) {
    const words = new Set<number>()
    let last = found[i].index
    for (let j = i; j < found.length && found[j].index - found[i].index < SNIPPET_CHARS; j++) {
      words.add(found[j].term)
      last = found[j].index
    }
    if (words.size > best.words) best = { anchor: found[i].index, last, words: words.size }
  }
  return best
}

/**
 * Where to cut, as FTS5's snippet() chooses: from the start of the matches' sentence when they
 * fit after it, else with the matches in the middle; on word boundaries, and on to the end of
 * the text when no word is left after the window.
 */
function window(text: string, { anchor, last }: { anchor: number; last: number }): [number, number] {
  const lastEnd = tokenEnd(text, last)
  let start = sentenceStart(text, anchor, Math.max(0, lastEnd - SNIPPET_CHARS))
  if (start < 0) {
    const lead = Math.max(0, Math.floor((SNIPPET_CHARS - (lastEnd - anchor)) / 2))
    start = Math.max(0, Math.min(anchor - lead, text.length - SNIPPET_CHARS))
    // Not from the middle of a word.
    if (start > 0 && isTokenBefore(text, start)) start = tokenEnd(text, start)
    start = Math.min(anchor, tokenStartFrom(text, start))
  }
  if (tokenStartFrom(text, 0) >= start) start = 0
  let end = Math.max(lastEnd, start + SNIPPET_CHARS)
  if (end >= text.length || tokenStartFrom(text, end) >= text.length) end = text.length
  else if (isTokenBefore(text, end)) end = tokenEnd(text, end)
  return [start, end]
}

/**
 * The latest sentence start at or before `anchor` and not before `floor`: a word after a line
 * break, or after ".", ":", "!" or "?" and a space; the text's start counts. -1 when none.
 */
function sentenceStart(text: string, anchor: number, floor: number): number {
  for (let i = anchor - 1; i >= floor; i--) {
    const c = text.charCodeAt(i)
    if (c === 0x0a) return tokenStartFrom(text, i)
    const isStop = c === 0x2e || c === 0x3a || c === 0x21 || c === 0x3f
    if (isStop && /\s/.test(text[i + 1] ?? '')) return tokenStartFrom(text, i + 1)
  }
  return floor === 0 ? 0 : -1
}
