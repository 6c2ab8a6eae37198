import { readFileSync, writeFileSync } from 'node:fs'
import type { Figure } from './stats'
import { formatTable } from './table'

const START = '<!-- bench:start -->'
const END = '<!-- bench:end -->'

/**
 * Replaces the benchmark section of the README between its markers with this run's heading line
 * and table, nothing else: notes on a run and the history of misses belong in docs/performance.md.
 */
export function writeReadmeTable(
  readme: string,
  figures: Record<string, Figure>,
  machine: string,
  date: string,
  quick: boolean,
  conditions: string
): void {
  const text = readFileSync(readme, 'utf8')
  const a = text.indexOf(START)
  const b = text.indexOf(END)
  if (a < 0 || b < a) throw new Error(`README has no ${START} … ${END} section`)
  const scale = quick ? '1,000 articles (--quick)' : '10,000 articles, 100,000 passages, 20,000 claims'
  const body = `${START}\n\nMeasured ${date} on ${machine}, at ${scale}; ${conditions}:\n\n${formatTable(figures)}\n\n${END}`
  writeFileSync(readme, text.slice(0, a) + body + text.slice(b + END.length))
}
