import { describe, expect, it } from 'vitest'
import { toFtsQuery } from '../../src/main/services/search/search'
import { MAX_SNIPPET_CHARS, SNIPPET_CHARS, textMatcher } from '../../src/main/services/search/text'

/** Locates what the editor typed in a text; marks shown as [ ] for reading. */
function locate(q: string, text: string) {
  const { snippet, first } = textMatcher(toFtsQuery(q).terms)(text)
  return { first, snippet: snippet.replaceAll('\u0002', '[').replaceAll('\u0003', ']') }
}

const filler = (n: number) =>
  Array.from({ length: n }, (_, i) => `Sentence ${i} of routine council business about bins and benches.`).join(' ')

describe('where a search is in a text', () => {
  it('finds the first word the search starts, as FTS5 matches it', () => {
    const text = 'The ferryman said the ferry was late.'
    // Plain words: every one whole, the last one also as a prefix (results as the editor types).
    expect(locate('ferry late', text).first).toBe(text.indexOf('ferry was'))
    expect(locate('late ferry', text).first).toBe(text.indexOf('ferryman'))
    expect(locate('erry', text).first).toBeNull()
    expect(locate('bridge', text)).toEqual({ first: null, snippet: text })
  })

  it('ignores case and accents as the index does (remove_diacritics)', () => {
    expect(locate('cafe', 'We met at the Café Noir.').first).toBe(14)
    expect(locate('café', 'We met at the CAFE NOIR.').first).toBe(14)
    expect(locate('noir', 'We met at the Café Noir.').snippet).toBe('We met at the Café [Noir].')
  })

  it('treats punctuation and quotes as word boundaries', () => {
    expect(locate('stop', 'A “stop” and ‘stop’ — stop.').snippet).toBe('A “[stop]” and ‘[stop]’ — [stop].')
    // "U.S." is two words to FTS5, the last a prefix, so "said" matches too.
    expect(locate('U.S.', 'The U.S. said no.').snippet).toBe('The [U].[S]. [said] no.')
    expect(locate('us', 'The U.S. said no.').first).toBeNull()
  })

  it('marks whole words, a prefix match included', () => {
    expect(locate('lighth', 'The lighthouse fund.').snippet).toBe('The [lighthouse] fund.')
  })

  it('shows a short text whole, as a passage quote cut mid-word', () => {
    expect(locate('valdes', 'month.\n\nInes Valdés denied tha').snippet).toBe('month.\n\nInes [Valdés] denied tha')
  })

  it('cuts about SNIPPET_CHARS around the match in a long text, on word boundaries, with ellipses', () => {
    const text = `${filler(40)} At the very end the treasurer admitted the lighthouse fund was overspent. ${filler(40)}`
    const { first, snippet } = locate('lighthouse', text)
    expect(first).toBe(text.indexOf('lighthouse'))
    // From the start of the match's sentence, since it fits.
    expect(snippet.startsWith('…At the very end the treasurer admitted the [lighthouse] fund')).toBe(true)
    expect(snippet.endsWith('…')).toBe(true)
    const words = snippet.slice(1, -1)
    expect(words.length).toBeGreaterThan(SNIPPET_CHARS - 20)
    expect(words.length).toBeLessThan(SNIPPET_CHARS + 30)
    expect(text).toContain(words.replaceAll('[', '').replaceAll(']', ''))
  })

  it('centres the match when its sentence starts too far back', () => {
    const long = `${'word '.repeat(60)}lighthouse ${'word '.repeat(60)}`
    const { snippet } = locate('lighthouse', long)
    const at = snippet.indexOf('[lighthouse]')
    expect(at).toBeGreaterThan(30)
    expect(snippet.length - at).toBeGreaterThan(40)
  })

  it('prefers the place that holds the most words of the search', () => {
    const text = `Audit mentioned once. ${filler(10)} The audit found missing funds in the harbour accounts. ${filler(10)}`
    const { first, snippet } = locate('audit funds', text)
    expect(first).toBe(0)
    expect(snippet).toContain('The [audit] found missing [funds]')
  })

  it('reads FTS5 syntax for its words, not its operators, column names or NEAR distances', () => {
    const text = 'The ferry was late; the bridge and the tolls not.'
    expect(locate('ferry NOT bridge', 'The ferry was late.').snippet).toBe('The [ferry] was late.')
    expect(locate('"ferry was"', text).snippet).toContain('[ferry] [was]')
    expect(locate('tol*', text).snippet).toContain('[tolls]')
    expect(locate('NEAR(ferry late, 5)', text).snippet).toBe('The [ferry] was [late]; the bridge and the tolls not.')
    expect(locate('{title body}: bridge', text).snippet).toContain('[bridge]')
    expect(locate('{title body}: bridge', text).snippet).not.toContain('[body]')
  })

  it('keeps a snippet short however long the text', () => {
    const text = `${'x'.repeat(200)} needle ${'long text. '.repeat(200_000)}`
    const { first, snippet } = locate('needle', text)
    expect(first).toBe(201)
    expect(snippet.length).toBeLessThan(SNIPPET_CHARS + 30)
  })
  it('keeps a snippet short where words are megabytes apart (a one-line article with no spaces)', () => {
    const run = 'x'.repeat(2_000_000)
    // Before: the whole 4 MB of text came back as one snippet.
    for (const text of [`${run} needle ${run}`, `needle${'-'.repeat(10)}${run}`, `${'橋'.repeat(1_000_000)} needle`]) {
      const { snippet } = locate('needle', text)
      expect(snippet).toContain('[needle]')
      expect(snippet.length).toBeLessThanOrEqual(MAX_SNIPPET_CHARS + 4)
    }
  })
})
