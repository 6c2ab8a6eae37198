import { dispatch } from '../../src/main/services/dispatch'
import { createHandlers } from '../../src/main/services/handlers'
import { ensureIndexed } from '../../src/main/services/matching/service'
import type { Workspace } from '../../src/main/services/workspace'
import type { CorpusArticle } from '../corpus'
import { median, p95, time, timeAsync, type Figure } from '../stats'

/** Building the matching index for the whole project (what background indexing does after an import). */
export function measureIndexBuild(ws: Workspace, articles: number): Figure {
  const ms = time(() => ensureIndexed(ws))
  return {
    unit: 'articles/s',
    median: (articles / ms) * 1000,
    samples: 1,
    target: '— (informational)',
    met: null,
    note: `${(ms / 1000).toFixed(1)} s for ${articles.toLocaleString()} articles`
  }
}

/** Same-statement match for one passage (a repeated statement) across all articles, at the API. */
export async function measureMatch(ws: Workspace, corpus: CorpusArticle[], samples: number): Promise<Figure> {
  const handlers = createHandlers(ws, { version: 'bench', shell: 'browser' })
  const ids = ws.read((db) => db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as number[])
  const withStatements = corpus.map((a, i) => ({ a, id: ids[i] })).filter((x) => x.a.statements.length)
  const ms: number[] = []
  let found = 0
  for (let i = 0; i < samples; i++) {
    const { a, id } = withStatements[(i * 7919) % withStatements.length]
    const s = a.statements[i % a.statements.length]
    const body = ws.read((db) => db.prepare('SELECT body FROM articles WHERE id = ?').pluck().get(id) as string)
    const text = a.body.slice(s.start, s.end)
    const start = body.indexOf(text)
    if (start < 0) continue
    let n = 0
    ms.push(
      await timeAsync(async () => {
        const r = await dispatch(handlers, 'match.forSpan', {
          articleId: id,
          start,
          end: start + text.length,
          limit: 10
        })
        if (!r.ok) throw new Error(r.error.message)
        n = (r.value as unknown[]).length
      })
    )
    if (n) found++
  }
  const p = p95(ms) ?? median(ms)
  return {
    unit: 'ms',
    median: median(ms),
    p95: p95(ms),
    samples: ms.length,
    target: 'p95 < 100 ms',
    met: p < 100,
    note: `${found} of ${ms.length} lookups found other articles`
  }
}
