import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeReadmeTable } from '../../bench/readme'
import type { Figure } from '../../bench/stats'
import { cell, formatTable } from '../../bench/table'
import { conditions } from '../../bench/neighbour'
import { useTempDirs } from './helpers'

const tempDir = useTempDirs()
const figure = (over: Partial<Figure>): Figure => ({
  unit: 'ms',
  median: 12,
  samples: 3,
  target: '< 50 ms',
  met: true,
  ...over
})

/** A Markdown row's cells, split on the `|` that are not escaped. */
const cells = (row: string) => row.split(/(?<!\\)\|/).slice(1, -1)

describe('benchmark table', () => {
  it('keeps a | or a line break in a note inside its cell', () => {
    expect(cell('a | b\n  c')).toBe('a \\| b c')
    const table = formatTable({
      search: figure({ note: 'try --only openProject | tagToHighlight\nthen more' }),
      odd: figure({ target: 'x | y', met: false })
    })
    for (const row of table.split('\n')) expect(cells(row)).toHaveLength(4)
    expect(table).toContain('**missed**')
  })

  it('rewrites only the section between the markers, with the run conditions in its heading', () => {
    const readme = join(tempDir(), 'README.md')
    writeFileSync(readme, 'before\n<!-- bench:start -->\nold paragraph\n| old | row |\n<!-- bench:end -->\nafter\n')
    writeReadmeTable(readme, { search: figure({}) }, '2 × CPU', '2026-12-06', true, conditions(3.5, 4.25, true))
    const text = readFileSync(readme, 'utf8')
    expect(text.startsWith('before\n<!-- bench:start -->\n')).toBe(true)
    expect(text.endsWith('<!-- bench:end -->\nafter\n')).toBe(true)
    expect(text).not.toContain('old')
    expect(text).toContain(
      'load average 3.50 at the start, 4.25 at the end, beside a CPU-bound neighbour (stress-ng --cpu 1)'
    )
    const rows = text.split('\n').filter((l) => l.startsWith('|'))
    expect(rows).toHaveLength(3)
  })
})
