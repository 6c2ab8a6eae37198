import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findAppRoot } from '../../paths'
import { stem } from './stem'

export interface SuggestCue {
  cue: string
  weight: number
  reason: string
}

export interface SuggestRules {
  minScore: number
  kinds: Record<'claim' | 'denial' | 'evidence', SuggestCue[]>
}

/** The editable data files under resources/lexicons/<language>/, parsed once per process. */
export interface Lexicon {
  /** Changes whenever a file changes, so an index built with older lexicons is rebuilt. */
  hash: string
  stopwords: Set<string>
  /** Irregular form → base form, before stemming. */
  lemmas: Map<string, string>
  /** Stem sequence joined by spaces → canonical stem; phrases longest first at lookup. */
  phrases: Map<string, string>
  maxPhrase: number
  /** Single words whose stem is also a stop word's ("one" and "on" both stem to "on"): matched as written. */
  words: Map<string, string>
  abbreviations: Set<string>
  starters: Set<string>
  suggest: SuggestRules
}

let lexiconDir: string | null = null
const cache = new Map<string, Lexicon>()

/** Where the lexicons live; the default is resources/lexicons in the Factdesk package. */
export function setLexiconDir(dir: string | null): void {
  lexiconDir = dir
  cache.clear()
}

function defaultDir(): string {
  return join(findAppRoot(dirname(fileURLToPath(import.meta.url))), 'resources', 'lexicons')
}

/** Lines without comments and blanks. */
export function dataLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/(^|\s)#.*$/, '').trim())
    .filter((l) => l.length > 0)
}

function groups(text: string): [string, string[]][] {
  return dataLines(text).map((line) => {
    const colon = line.indexOf(':')
    if (colon < 0) return [line.toLowerCase(), []]
    const head = line.slice(0, colon).trim().toLowerCase()
    const rest = line
      .slice(colon + 1)
      .split(',')
      .map((v) => v.trim().toLowerCase())
      .filter(Boolean)
    return [head, rest]
  })
}

/** The normalised key of a phrase: each word lemmatised and stemmed, as matching sees it. */
export function phraseKey(phrase: string, lemmas: Map<string, string>): string {
  return phrase
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => stem(lemmas.get(w) ?? w))
    .join(' ')
}

/** A word's regular inflections: Porter does not always stem them alike (interfere/interfered). */
function inflections(w: string): string[] {
  if (!/^[a-z]+$/.test(w) || w.length < 3) return [w]
  const e = w.endsWith('e')
  return [w, `${w}s`, e ? `${w}d` : `${w}ed`, e ? `${w.slice(0, -1)}ing` : `${w}ing`]
}

/** The keys of every inflected form of a phrase, as matching sees them. */
function inflectedKeys(phrase: string, lemmas: Map<string, string>): Set<string> {
  let keys = ['']
  for (const w of phrase.split(/\s+/).filter(Boolean)) {
    const forms = [...new Set(inflections(w).map((f) => stem(lemmas.get(f) ?? f)))]
    keys = keys.flatMap((k) => forms.map((f) => (k ? `${k} ${f}` : f))).slice(0, 256)
  }
  return new Set(keys)
}

export function loadLexicon(language = 'en'): Lexicon {
  const dir = join(lexiconDir ?? defaultDir(), language)
  const cached = cache.get(dir)
  if (cached) return cached
  const files = [
    'stopwords.txt',
    'lemmas.txt',
    'synonyms.txt',
    'abbreviations.txt',
    'sentence-starters.txt',
    'suggest.json'
  ]
  const text = Object.fromEntries(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]))
  const hash = createHash('sha256')
  for (const f of files) hash.update(f).update('\0').update(text[f]).update('\0')

  const lemmas = new Map<string, string>()
  for (const [base, forms] of groups(text['lemmas.txt'])) for (const f of forms) lemmas.set(f, base)

  const stopwords = new Set(dataLines(text['stopwords.txt']).map((w) => w.toLowerCase()))
  const stopStems = new Set([...stopwords].map((w) => stem(lemmas.get(w) ?? w)))
  const phrases = new Map<string, string>()
  const words = new Map<string, string>()
  let maxPhrase = 1
  for (const [canonical, variants] of groups(text['synonyms.txt'])) {
    const target = phraseKey(canonical, lemmas).replace(/[^\p{L}\p{N}]/gu, '_')
    for (const v of [canonical, ...variants]) {
      // A one-word variant stemming onto a stop word would turn that stop word into content.
      if (!/\s/.test(v) && !stopwords.has(v) && stopStems.has(phraseKey(v, lemmas))) {
        if (!words.has(v)) words.set(v, target)
        continue
      }
      for (const key of inflectedKeys(v, lemmas)) if (!phrases.has(key)) phrases.set(key, target)
      maxPhrase = Math.max(maxPhrase, v.split(/\s+/).length)
    }
  }
  const lex: Lexicon = {
    hash: hash.digest('hex').slice(0, 16),
    stopwords,
    lemmas,
    phrases,
    maxPhrase,
    words,
    abbreviations: new Set(dataLines(text['abbreviations.txt']).map((w) => w.toLowerCase())),
    starters: new Set(dataLines(text['sentence-starters.txt']).map((w) => w.toLowerCase())),
    suggest: JSON.parse(text['suggest.json']) as SuggestRules
  }
  cache.set(dir, lex)
  return lex
}
