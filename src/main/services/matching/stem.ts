import { stemmer } from 'stemmer'

/** Porter stemming through the small, maintained `stemmer` package (no hand-written rules). */
export function stem(word: string): string {
  // Numbers and initialisms pass through: the Porter rules are for English words.
  if (/[^a-z]/.test(word)) return word
  return stemmer(word)
}
