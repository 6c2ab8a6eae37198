import { CHANNELS, type Channel } from '../../src/shared/contract'
import { dispatch } from '../../src/main/services/dispatch'
import { createHandlers } from '../../src/main/services/handlers'
import type { Workspace } from '../../src/main/services/workspace'
import { p95, median, time, timeAsync, type Figure } from '../stats'

const QUERIES = [
  'bridge',
  'corrosion',
  'inspection',
  'council',
  'ferry service',
  'audit funds',
  'regulator',
  'clinic',
  'budget',
  'contract'
]

/** Full-text search at the API against a raw FTS5 query through better-sqlite3 on the same file. */
export async function measureSearch(ws: Workspace, samples: number): Promise<Figure> {
  const raw = ws.read((db) =>
    db.prepare(
      `SELECT rowid, bm25(articles_fts) AS score FROM articles_fts WHERE articles_fts MATCH ? ORDER BY score LIMIT 50`
    )
  )
  const rawMs: number[] = []
  for (let i = 0; i < samples; i++) rawMs.push(time(() => raw.all(QUERIES[i % QUERIES.length])))

  const channel = 'search.query' as Channel
  if (!CHANNELS.includes(channel)) {
    return {
      unit: 'ms',
      median: NaN,
      samples: 0,
      baseline: { median: median(rawMs), p95: p95(rawMs), unit: 'ms' },
      target: 'p95 < 20 ms and ≤ 1.5× the raw FTS5 query',
      met: null,
      note: 'the search API is not built yet (issue 3)'
    }
  }
  const handlers = createHandlers(ws, { version: 'bench', shell: 'browser' })
  const apiMs: number[] = []
  for (let i = 0; i < samples; i++) {
    const query = QUERIES[i % QUERIES.length]
    apiMs.push(await timeAsync(() => dispatch(handlers, channel, { q: query })))
  }
  const ratio = median(apiMs) / median(rawMs)
  const p = p95(apiMs) ?? median(apiMs)
  return {
    unit: 'ms',
    median: median(apiMs),
    p95: p95(apiMs),
    samples,
    ratio,
    baseline: { median: median(rawMs), p95: p95(rawMs), unit: 'ms' },
    target: 'p95 < 20 ms and ≤ 1.5× the raw FTS5 query',
    met: p < 20 && ratio <= 1.5
  }
}
