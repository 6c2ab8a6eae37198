import { describe, expect, it } from 'vitest'
import { csvCell } from '../../src/main/services/export/csv'

/** Text a spreadsheet would run as a formula, in each form it accepts one. */
describe('CSV cells never start a formula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['  =HYPERLINK("http://evil.example")', `"'  =HYPERLINK(""http://evil.example"")"`],
    ['\t=1', "'\t=1"],
    ['＝1+1', "'＝1+1"],
    ['＋cmd', "'＋cmd"],
    ['－2', "'－2"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
    ['\u3000=1', "'\u3000=1"],
    ['x;=cmd|"/c calc"!A1', `"x;'=cmd|""/c calc""!A1"`],
    ['a; @SUM(1)', "a; '@SUM(1)"],
    ['plain text; fine', 'plain text; fine']
  ])('%j', (input, want) => {
    expect(csvCell(input)).toBe(want)
  })

  it('leaves numbers alone', () => {
    expect(csvCell(-3)).toBe('-3')
  })
})
