import type { Kind } from '../../../shared/domain'
import type { Lexicon, SuggestCue } from './lexicon'
import { foldQuotes } from './normalise'
import { segmentSentences } from './segment'
import type { Suggestion } from '../../../shared/contract/matching'

export type { Suggestion } from '../../../shared/contract/matching'

const QUOTE = /"(?:[^"\s]+\s+){3,}[^"]*"/
const compiled = new WeakMap<SuggestCue, RegExp>()

function cueTest(cue: SuggestCue, lower: string, original: string): boolean {
  if (cue.cue === '#number') return /\d/.test(lower)
  // A quote of four words or more: scare quotes around a phrase are not a quoted statement.
  if (cue.cue === '#quote') return QUOTE.test(lower)
  if (cue.cue === '#speaker') {
    // A quote, an attribution verb and a capitalised name other than the sentence's first word.
    return QUOTE.test(lower) && /\b(said|says|told)\b/.test(lower) && /\s\p{Lu}\p{Ll}+/u.test(original)
  }
  let re = compiled.get(cue)
  if (!re) {
    const words = cue.cue.toLowerCase().split(/\s+/).filter(Boolean)
    let pattern = ''
    words.forEach((w, i) => {
      if (w === '*') pattern += '(?:\\S+\\s+){0,4}?'
      else pattern += w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + (i < words.length - 1 ? '\\s+' : '')
    })
    re = new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'u')
    compiled.set(cue, re)
  }
  return re.test(lower)
}

/** The kind a sentence looks like, with its confidence and the cues that said so; null when none does. */
export function classifySentence(
  text: string,
  lex: Lexicon
): { kind: Kind; confidence: number; reason: string; score: number } | null {
  const lower = foldQuotes(text).toLowerCase()
  const original = foldQuotes(text)
  let best: { kind: Kind; score: number; reasons: string[] } | null = null
  for (const kind of ['denial', 'evidence', 'claim'] as const) {
    let score = 0
    const reasons: string[] = []
    for (const cue of lex.suggest.kinds[kind] ?? []) {
      if (cueTest(cue, lower, original)) {
        score += cue.weight
        if (!reasons.includes(cue.reason)) reasons.push(cue.reason)
      }
    }
    // Ties go to the earlier kind: a denial is also "said", evidence is often attributed.
    if (score > 0 && (!best || score > best.score)) best = { kind, score, reasons }
  }
  if (!best || best.score < lex.suggest.minScore) return null
  const confidence = Math.round(Math.min(0.95, 1 - Math.exp(-best.score / 2.5)) * 100) / 100
  return { kind: best.kind, confidence, reason: best.reasons.join('; '), score: best.score }
}

/** Sentences of an article that look like claims, denials or evidence; the editor decides. */
export function suggestForText(body: string, lex: Lexicon): Suggestion[] {
  const out: Suggestion[] = []
  for (const s of segmentSentences(body, lex)) {
    const c = classifySentence(s.text, lex)
    if (c)
      out.push({ start: s.start, end: s.end, text: s.text, kind: c.kind, confidence: c.confidence, reason: c.reason })
  }
  return out
}

/** Whether a sentence carries denial cues strong enough on their own to be suggested as a denial. */
export function readsAsDenial(text: string, lex: Lexicon): boolean {
  const lower = foldQuotes(text).toLowerCase()
  let score = 0
  for (const cue of lex.suggest.kinds.denial ?? []) if (cueTest(cue, lower, lower)) score += cue.weight
  return score >= Math.max(lex.suggest.minScore, 1.5)
}
