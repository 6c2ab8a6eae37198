/**
 * Where the words of a search are in a text: the first place (for the reader to scroll to) and a
 * marked window of text around the best place (the snippet). FTS5's own snippet() needs the
 * query's cursor on the row, which only its rank-sorted mode keeps for the top rows, and that
 * mode computes bm25 twice for every match and sorts them all; snippet() also tokenises the
 * whole text, twice. Here the text is read only up to the matches that make the window.
 */
import { foldTerms, termPattern, type SearchTerm } from './terms'
import { isTokenAt, isTokenBefore, tokenEnd, tokenStartFrom } from './tokens'

export const MARK_OPEN = '\u0002'
export const MARK_CLOSE = '\u0003'
const ELLIPSIS = '…'
/** A snippet's length: about the 16 words FTS5's snippet() was asked for. */
export const SNIPPET_CHARS = 100
/** The longest a snippet gets, where the text has no word boundary near the hit. */
export const MAX_SNIPPET_CHARS = 300
/** A long text with one common word and one rare one stops looking for both after this many. */
const MAX_MATCHES = 64

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
  const matcher = new Matcher(foldTerms(terms))
  return (text) => matcher.locate(text)
}

/** One search's words, found in any number of texts; a class so its methods are not remade for every search. */
class Matcher {
  private readonly scan: RegExp | null

  constructor(private readonly terms: SearchTerm[]) {
    // Each term its own group, to tell which one matched. The ASCII look-behind only saves
    // trying matches inside words; isTokenBefore decides.
    this.scan = terms.length
      ? new RegExp(`(?<![A-Za-z0-9])(?:${terms.map((t) => `(${termPattern(t.word)})`).join('|')})`, 'giu')
      : null
  }

  locate(text: string): Located {
    // A short text (a passage's quote, mostly) is shown whole: one scan finds all there is.
    if (text.length <= SNIPPET_CHARS) {
      const found = this.all(text)
      return { snippet: this.marked(text, found), first: found[0]?.index ?? null }
    }
    const found = this.matches(text)
    const [start, end] = window(text, this.terms.length > 1 ? bestGroup(found) : single(found))
    // The window starts and ends on word boundaries, so its words are the same on their own,
    // and scanning it alone does not run on through the rest of a long text.
    const part = text.slice(start, end)
    const marked = this.marked(part, this.all(part))
    return {
      snippet: (start > 0 ? ELLIPSIS : '') + marked + (end < text.length ? ELLIPSIS : ''),
      first: found[0]?.index ?? null
    }
  }

  /** The next match from `from` on that starts a word (and ends one, for a whole-word term). */
  private next(text: string, from: number): Match | null {
    if (!this.scan) return null
    this.scan.lastIndex = from
    let m: RegExpExecArray | null
    while ((m = this.scan.exec(text))) {
      let term = 1
      while (m[term] === undefined) term++
      if (isTokenBefore(text, m.index)) continue
      if (!this.terms[term - 1].prefix && isTokenAt(text, m.index + m[0].length)) continue
      return { index: m.index, term: term - 1 }
    }
    return null
  }

  /** The matches in text until one window holds every word of the search (or MAX_MATCHES). */
  private matches(text: string): Match[] {
    const found: Match[] = []
    for (let m = this.next(text, 0); m; m = this.next(text, m.index + 1)) {
      found.push(m)
      if (found.length >= MAX_MATCHES || this.coversAll(found)) break
    }
    return found
  }

  /** Every match in a short text. */
  private all(text: string): Match[] {
    const found: Match[] = []
    for (let m = this.next(text, 0); m; m = this.next(text, m.index + 1)) found.push(m)
    return found
  }

  private coversAll(found: Match[]): boolean {
    if (this.terms.length === 1) return true
    const last = found[found.length - 1].index
    const seen = new Set<number>()
    for (let i = found.length - 1; i >= 0 && last - found[i].index < SNIPPET_CHARS; i--) seen.add(found[i].term)
    return seen.size === this.terms.length
  }

  /** A text with its matches marked, as whole words: FTS5 marks "lighthouse" for "lighth". */
  private marked(part: string, found: Match[]): string {
    let out = ''
    let at = 0
    for (const m of found) {
      const wordEnd = tokenEnd(part, m.index)
      out += part.slice(at, m.index) + MARK_OPEN + part.slice(m.index, wordEnd) + MARK_CLOSE
      at = wordEnd
    }
    return out + part.slice(at)
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
  // Word boundaries may be megabytes apart (a one-line article, a run with no spaces): a 19 MB
  // line gave a 22.9 MB snippet. Such a window is cut around the hit instead, mid-word.
  if (end - start > MAX_SNIPPET_CHARS) {
    start = Math.max(start, anchor - (MAX_SNIPPET_CHARS - SNIPPET_CHARS) / 2)
    end = Math.min(end, start + MAX_SNIPPET_CHARS)
    // Not between the halves of a surrogate pair.
    if (isLowSurrogate(text.charCodeAt(start))) start++
    if (isLowSurrogate(text.charCodeAt(end))) end--
  }
  return [start, end]
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff

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
