import { describe, expect, it } from 'vitest'
import { reanchor, type Anchor } from '../../src/main/services/anchoring'
import { quoteSelector } from '../../src/main/services/text'

const OLD =
  'The harbour board met on Tuesday. The chair said the north pier is unsafe for heavy lorries. ' +
  'A ferry spokesperson denied that the pier had any structural fault. Engineers will inspect it in May.'

function anchorOf(text: string, quote: string, occurrence = 0): Anchor {
  let start = -1
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1)
  if (start < 0) throw new Error(`no "${quote}"`)
  return { start, end: start + quote.length, ...quoteSelector(text, start, start + quote.length) }
}

const placed = (text: string, p: { start: number; end: number } | null) => (p ? text.slice(p.start, p.end) : null)

describe('re-anchoring a passage in an edited text', () => {
  const quote = 'the north pier is unsafe for heavy lorries'
  const a = anchorOf(OLD, quote)

  it('keeps the position when the text is unchanged or edited after the passage', () => {
    expect(reanchor(OLD, OLD, a)).toEqual({ start: a.start, end: a.end, how: 'position' })
    const after = OLD.replace('in May', 'in early May')
    expect(reanchor(OLD, after, a)).toEqual({ start: a.start, end: a.end, how: 'position' })
  })

  it('shifts the passage when text is inserted before it', () => {
    const edited = 'Update: ' + OLD.replace('met on Tuesday', 'met late on Tuesday')
    const p = reanchor(OLD, edited, a)
    expect(p?.how).toBe('position')
    expect(placed(edited, p)).toBe(quote)
    expect(p!.start).toBe(a.start + 'Update: '.length + 'late '.length)
  })

  it('finds a passage edited inside through the fuzzy quote', () => {
    const edited = OLD.replace('unsafe for heavy lorries', 'unsafe for all heavy lorries')
    const p = reanchor(OLD, edited, a)
    expect(p?.how).toBe('fuzzy')
    expect(placed(edited, p)).toContain('north pier is unsafe for all heavy lorries')
  })

  it('orphans a passage whose text was deleted', () => {
    const edited = OLD.replace('The chair said the north pier is unsafe for heavy lorries. ', '')
    expect(reanchor(OLD, edited, a)).toBeNull()
  })

  it('picks the right one of repeated quotes by context and position', () => {
    const text = 'He said no. Then the board met. She said no. Then the board left.'
    const second = anchorOf(text, 'said no', 1)
    const edited = 'Late news. ' + text.replace('Then the board met.', 'Then the board met again.')
    const p = reanchor(text, edited, second)
    expect(edited.slice(p!.start - 4, p!.end)).toBe('She said no')
  })

  it('picks a repeated quote whose context moved', () => {
    const text = 'Alpha said yes to the plan. Beta said yes to the budget.'
    const second = anchorOf(text, 'said yes', 1)
    const edited = 'Beta said yes to the budget. Alpha said yes to the plan.'
    const p = reanchor(text, edited, second)
    expect(edited.slice(p!.start - 5, p!.end)).toBe('Beta said yes')
  })
})
