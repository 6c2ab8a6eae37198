import { describe, expect, it } from 'vitest'
import { statementCut } from '../../src/main/services/matching/statement'

const cut = (sentence: string) => {
  const c = statementCut(sentence)
  return sentence.slice(c.start, c.end)
}

describe('the statement of a matched sentence, without its attribution', () => {
  it.each([
    [
      '"The pier is no longer safe for passengers," said Mayor Lena Ortiz after the vote.',
      'The pier is no longer safe for passengers'
    ],
    [
      '“We will cut the ferry timetable by half,” the campaign said in a statement.',
      'We will cut the ferry timetable by half'
    ],
    ['"The tolls will rise by a third," Councillor Ames told the BBC on Monday.', 'The tolls will rise by a third'],
    [
      'In a statement, the operator said: "No sailing has been cancelled this winter."',
      'No sailing has been cancelled this winter'
    ],
    ['Okafor said: “The bridge will close for six months.”', 'The bridge will close for six months'],
    ['According to the harbour board, the dredging will finish in May.', 'the dredging will finish in May'],
    ['The dredging will finish in May, according to the harbour board.', 'The dredging will finish in May'],
    ['The dredging will finish in May, the harbour board said on Friday.', 'The dredging will finish in May'],
    ['The fares will double, said Piet Vandermeer, a spokesman for the company.', 'The fares will double'],
    ['Commissioner Dana Okafor said ferries would run every ten minutes.', 'ferries would run every ten minutes'],
    [
      'Transport Commissioner Dana Okafor said on Monday the bridge would shut for half a year.',
      'the bridge would shut for half a year'
    ],
    ['The mayor told reporters that the pier had been unsafe for years.', 'the pier had been unsafe for years'],
    [
      'The U.S. embassy said the talks would go on, and the ministry agreed.',
      'the talks would go on, and the ministry agreed'
    ]
  ])('%s', (sentence, expected) => {
    expect(cut(sentence)).toBe(expected)
  })

  it('leaves a sentence with no attribution whole, and scare quotes in place', () => {
    const plain = 'The bridge will close for six months from April.'
    expect(cut(plain)).toBe(plain)
    const scare = 'The cables were rated "fair", with corrosion on 4 of 36 bands.'
    expect(cut(scare)).toBe(scare)
    const clause = 'The bridge will close because inspectors said the cables were corroded.'
    expect(cut(clause)).toBe(clause)
    const relative = 'The pier will close, which residents said was a shame.'
    expect(cut(relative)).toBe(relative)
  })

  it('keeps the part of a split quote that holds the matched words', () => {
    const s = '"The bridge will close in April," Okafor said, "because the main cables are corroded."'
    const c = statementCut(s, (p) => (s.slice(p.start, p.end).includes('cables') ? 2 : 1))
    expect(s.slice(c.start, c.end)).toBe('because the main cables are corroded')
  })
})
