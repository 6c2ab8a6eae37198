/**
 * Search words as the full-text index compares them (lower case, without diacritics: unicode61
 * with remove_diacritics 2), and as patterns that find them in the original text.
 */

/** A word of the search as FTS5 matches it: the whole token, or (prefix) any token it starts. */
export interface SearchTerm {
  word: string
  prefix: boolean
}

/** Only a word beyond plain ASCII can carry diacritics to strip. */
const BEYOND_ASCII = /[^\x20-\x7e]/

export function fold(word: string): string {
  return BEYOND_ASCII.test(word) ? word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase() : word.toLowerCase()
}

/** The terms folded, without repeats or words that fold to nothing. */
export function foldTerms(terms: SearchTerm[]): SearchTerm[] {
  const out: SearchTerm[] = []
  for (const t of terms) {
    const word = fold(t.word)
    if (word && !out.some((o) => o.word === word && o.prefix === t.prefix)) out.push({ word, prefix: t.prefix })
  }
  return out
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')

let classes: Map<string, string> | null = null
/** Each base letter as a class with its accented forms ([eéèê…] for e), so "cafe" finds "Café". */
function letterClasses(): Map<string, string> {
  if (classes) return classes
  const variants = new Map<string, string>()
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
  classes = new Map([...variants].map(([base, forms]) => [base, `[${escape(base + forms)}]`]))
  return classes
}

/**
 * A folded word as a pattern of plain letters and small classes, for a case-insensitive regular
 * expression. Word boundaries are for the caller to check: a Unicode property class in the
 * pattern makes V8 spend ~80 µs compiling it, on every search.
 */
export function termPattern(word: string): string {
  const table = letterClasses()
  let out = ''
  for (const c of word) out += table.get(c) ?? escape(c)
  return out
}
