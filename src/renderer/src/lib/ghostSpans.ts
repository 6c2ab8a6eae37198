import type { SpanMatch } from '../../../shared/contract/matching'
import type { Passage } from '../../../shared/domain'

export interface GhostSpan {
  start: number
  end: number
  score: number
  denies: boolean
  /** The article already has a passage over most of this span. */
  tagged: boolean
}

const overlapShare = (a: { start: number; end: number }, b: { start: number; end: number }) => {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start)
  return inter <= 0 ? 0 : inter / Math.min(a.end - a.start, b.end - b.start)
}

/** The matches that fall in one article, as "ghost" spans a reader pane can mark; pure, for any pane. */
export function ghostSpansFor(articleId: number, matches: SpanMatch[], passages: Passage[] = []): GhostSpan[] {
  return matches
    .filter((m) => m.articleId === articleId)
    .map((m) => ({
      start: m.start,
      end: m.end,
      score: m.score,
      denies: m.denies,
      tagged: passages.some((p) => overlapShare(p, m) >= 0.5)
    }))
    .sort((a, b) => a.start - b.start)
}

/** Splits a match's text into plain and matched-word parts, for showing why it matched (as text). */
export function markWords(text: string, words: string[]): { text: string; hit: boolean }[] {
  const wanted = [...new Set(words.filter((w) => w.length > 0))].sort((a, b) => b.length - a.length)
  if (wanted.length === 0) return [{ text, hit: false }]
  const escaped = wanted.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu')
  const out: { text: string; hit: boolean }[] = []
  let last = 0
  for (const m of text.matchAll(re)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index), hit: false })
    out.push({ text: m[0], hit: true })
    last = m.index + m[0].length
  }
  if (last < text.length) out.push({ text: text.slice(last), hit: false })
  return out
}
