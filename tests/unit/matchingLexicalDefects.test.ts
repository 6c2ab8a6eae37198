import { describe, expect, it } from 'vitest'
import { loadLexicon } from '../../src/main/services/matching/lexicon'
import { terms } from '../../src/main/services/matching/normalise'

const termsOf = (text: string) => terms(text, loadLexicon()).map((t) => t.term)

describe('lexical defects (issue 14)', () => {
  it('does not read the stop word "on" as the number one', () => {
    expect(termsOf('The talks resumed on Monday')).not.toContain('1')
    expect(termsOf('One bridge will close')).toContain('1')
    expect(termsOf('1 bridge will close')).toContain('1')
  })
})

describe('synonym folds (issue 14)', () => {
  it('meets a demonym with its country', () => {
    expect(termsOf('Iranian hackers')[0]).toBe(termsOf('Iran')[0])
  })
  it('folds "interfere in" like "interfere with"', () => {
    expect(termsOf('interfere in the election')[0]).toBe(termsOf('interfere with the election')[0])
    expect(termsOf('interfered in the election')[0]).toBe('disrupt')
  })
})
