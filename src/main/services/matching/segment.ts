import type { Lexicon } from './lexicon'

export interface Sentence {
  start: number
  end: number
  text: string
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })

/**
 * Sentences with offsets into `text`, from Intl.Segmenter with three repairs: lines are split
 * first (a headline has no full stop), a break after an abbreviation ("Dr.") or an initialism
 * ("U.S.") followed by a non-starter word is undone, and a break inside a quote's attribution
 * ('"…closing," she said.') is undone when the next part starts in lower case.
 */
export function segmentSentences(text: string, lex: Lexicon): Sentence[] {
  const out: Sentence[] = []
  const lineRe = /[^\n]+/g
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const base = m.index
    let pending: Sentence | null = null
    for (const seg of segmenter.segment(m[0])) {
      const s = trimmed(seg.segment, base + seg.index)
      if (!s) continue
      if (pending && shouldJoin(pending.text, s.text, lex)) {
        pending = { start: pending.start, end: s.end, text: text.slice(pending.start, s.end) }
        continue
      }
      if (pending) out.push(pending)
      pending = s
    }
    if (pending) out.push(pending)
  }
  return out
}

function trimmed(seg: string, at: number): Sentence | null {
  const lead = seg.length - seg.trimStart().length
  const body = seg.trim()
  if (!body) return null
  return { start: at + lead, end: at + lead + body.length, text: body }
}

function shouldJoin(prev: string, next: string, lex: Lexicon): boolean {
  const lastWord = /(\S+)$/.exec(prev)?.[1].toLowerCase() ?? ''
  const firstWord = /^[\s"'“‘(]*([\p{L}\p{N}]+)/u.exec(next)?.[1] ?? ''
  if (lex.abbreviations.has(lastWord)) return true
  if (/^(\p{L}\.){2,}$/u.test(lastWord)) {
    // An initialism: the sentence goes on unless the next word looks like a new sentence.
    return !(/^\p{Lu}/u.test(firstWord) && lex.starters.has(firstWord.toLowerCase()))
  }
  // '"We are closing," she said.' — the attribution belongs to the quote.
  return /^\p{Ll}/u.test(firstWord)
}
