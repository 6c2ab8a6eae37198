import { SEARCH_TYPES, type SearchHit, type SearchType } from '../../../shared/domain'
import { plainSnippet } from '../../services/search/search'
import { UsageError } from '../cliError'
import type { Command } from '../command'
import { safeJsonText } from '../../services/export/jsonText'

export const searchCommand: Command = {
  name: 'search',
  summary: 'full-text search over articles, passages, notes and claims',
  usage:
    'factdesk search FILE QUERY [--outlet O] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--kind K] [--status S] [--type T,…] [--limit N] [--json]',
  options: {
    outlet: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    kind: { type: 'string' },
    status: { type: 'string' },
    type: { type: 'string' },
    limit: { type: 'string' }
  },
  positionals: [2, 2],
  async run({ positionals, values, json, session, io }) {
    const [file, q] = positionals
    const types =
      typeof values.type === 'string' ? (values.type.split(',').map((t) => t.trim()) as SearchType[]) : undefined
    for (const t of types ?? []) {
      if (!SEARCH_TYPES.includes(t)) throw new UsageError(`--type takes ${SEARCH_TYPES.join(', ')}`)
    }
    const limit = typeof values.limit === 'string' ? Number(values.limit) : undefined
    if (limit !== undefined && !(Number.isInteger(limit) && limit > 0))
      throw new UsageError('--limit takes a positive number')
    // Read-only: works while the project is open for writing elsewhere.
    session.ws.open(file, 'read')
    const str = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : undefined)
    const hits: SearchHit[] = await session.call('search.query', {
      q,
      outlet: str('outlet'),
      from: str('from'),
      to: str('to'),
      kind: str('kind') as never,
      status: str('status'),
      types,
      limit
    })
    if (json) {
      io.out(
        safeJsonText(
          hits.map((h) => ({
            type: h.type,
            id: h.id,
            articleId: h.articleId,
            snippet: plainSnippet(h.snippet),
            score: h.score
          }))
        )
      )
    } else if (!hits.length) io.out('no matches')
    else {
      for (const h of hits)
        io.out(
          `${h.type.padEnd(7)} ${String(h.id).padStart(5)}  ${h.score.toFixed(2)}  ${plainSnippet(h.snippet).replace(/\s+/g, ' ')}`
        )
    }
  }
}
