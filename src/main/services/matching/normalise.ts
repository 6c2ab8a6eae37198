import type { Lexicon } from './lexicon'
import { stem } from './stem'

/** Curly, angled and prime quotes to straight ones, dashes to '-': one code unit each, so offsets hold. */
export function foldQuotes(s: string): string {
  return s
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
}

export interface Token {
  start: number
  end: number
  /** The word as written, lower case and folded. */
  word: string
}

export interface Term {
  /** Canonical stem (a synonym group's name, or the word's stem). */
  term: string
  /** Offsets of the words it came from. */
  start: number
  end: number
}

const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu

export function tokenize(text: string, offset = 0): Token[] {
  const folded = foldQuotes(text)
  const out: Token[] = []
  for (const m of folded.matchAll(WORD)) {
    let word = m[0].normalize('NFKC').toLowerCase()
    // The possessive adds nothing to the statement: "Okafor's" is Okafor.
    word = word.replace(/'s$/, '')
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, word })
  }
  return out
}

/**
 * Content terms of a text: irregular forms to their base, stems, synonym phrases (longest
 * first) to their group's canonical term, then stop words dropped. Reported speech meets the
 * quote because pronouns, auxiliaries and attribution verbs are stop words and tense is stemmed away.
 */
export function terms(text: string, lex: Lexicon, offset = 0): Term[] {
  const toks = tokenize(text, offset)
  const stems = toks.map((t) => stem(lex.lemmas.get(t.word) ?? t.word))
  const out: Term[] = []
  for (let i = 0; i < toks.length;) {
    let done = false
    for (let n = Math.min(lex.maxPhrase, toks.length - i); n >= 1 && !done; n--) {
      const canonical = lex.phrases.get(stems.slice(i, i + n).join(' '))
      if (canonical === undefined) continue
      out.push({ term: ftsSafe(canonical), start: toks[i].start, end: toks[i + n - 1].end })
      i += n
      done = true
    }
    if (done) continue
    const t = toks[i]
    const word = lex.words.get(t.word)
    if (word !== undefined) {
      out.push({ term: ftsSafe(word), start: t.start, end: t.end })
      i++
      continue
    }
    if (!lex.stopwords.has(t.word) && !lex.stopwords.has(stems[i]) && t.word.length > 0) {
      out.push({ term: ftsSafe(stems[i]), start: t.start, end: t.end })
    }
    i++
  }
  return out
}

/** Terms are stored as FTS5 tokens: letters, digits and '_' only ("u.s." → "u_s_", "six months" → "six_month"). */
export const ftsSafe = (term: string) => term.replace(/[^\p{L}\p{N}_]/gu, '_')
