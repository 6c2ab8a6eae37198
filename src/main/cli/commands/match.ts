import type { Command } from '../command'
import { UsageError } from '../cliError'
import { safeJsonText } from '../../services/export/jsonText'

export function positiveInt(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} must be a positive whole number`)
  return n
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim()

export const matchCommand: Command = {
  name: 'match',
  summary: 'spans in other articles that say the same thing as a passage, best first',
  usage: 'factdesk match FILE --passage ID [--limit N] [--json]',
  options: { passage: { type: 'string' }, limit: { type: 'string' } },
  positionals: [1, 1],
  async run({ positionals, values, json, session, io }) {
    const passageId = positiveInt(values.passage, 'passage')
    if (passageId === undefined) throw new UsageError('missing --passage ID')
    const limit = positiveInt(values.limit, 'limit')
    if (limit !== undefined && limit > 100) throw new UsageError('--limit must be at most 100')
    // Read-only: articles missing from the stored index are indexed in memory, never written.
    session.ws.open(positionals[0], 'read')
    const matches = await session.call('match.forPassage', { passageId, limit })
    if (json) {
      io.out(
        safeJsonText(matches.map(({ articleId, start, end, text, score }) => ({ articleId, start, end, text, score })))
      )
      return
    }
    if (matches.length === 0) io.out('No matching spans in other articles.')
    for (const m of matches) {
      io.out(`${m.score.toFixed(3)}  article ${m.articleId} [${m.start}–${m.end}]  ${oneLine(m.text)}`)
      io.out(`       ${m.why}${m.denies ? ' (reads as a denial)' : ''}`)
    }
  }
}

export const suggestCommand: Command = {
  name: 'suggest',
  summary: 'spans of an article that look like claims, denials or evidence',
  usage: 'factdesk suggest FILE --article ID [--json]',
  options: { article: { type: 'string' } },
  positionals: [1, 1],
  async run({ positionals, values, json, session, io }) {
    const articleId = positiveInt(values.article, 'article')
    if (articleId === undefined) throw new UsageError('missing --article ID')
    session.ws.open(positionals[0], 'read')
    const suggestions = await session.call('suggest.forArticle', { articleId, includeTagged: true })
    if (json) {
      io.out(
        safeJsonText(
          suggestions.map(({ start, end, text, kind, confidence, reason }) => ({
            start,
            end,
            text,
            kind,
            confidence,
            reason
          }))
        )
      )
      return
    }
    if (suggestions.length === 0) io.out('No suggestions for this article.')
    for (const s of suggestions) {
      io.out(`${s.kind.padEnd(8)} ${s.confidence.toFixed(2)}  [${s.start}–${s.end}]  ${oneLine(s.text)}`)
      io.out(`         ${s.reason}`)
    }
  }
}
