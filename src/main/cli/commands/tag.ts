import { KINDS, STANCES, type Kind, type Stance } from '../../../shared/domain'
import type { Command } from '../command'
import { CliFailure, UsageError } from '../cliError'
import { safeJsonText } from '../../services/export/jsonText'

export const tagCommand: Command = {
  name: 'tag',
  summary: 'tag the N-th occurrence of a quote in an article as a claim, denial or evidence',
  usage:
    'factdesk tag FILE --article ID --quote TEXT [--occurrence N] --kind K [--claim ID | --new-claim TEXT] [--stance supports|refutes|context] [--note TEXT] [--json]',
  options: {
    article: { type: 'string' },
    quote: { type: 'string' },
    occurrence: { type: 'string' },
    kind: { type: 'string' },
    claim: { type: 'string' },
    'new-claim': { type: 'string' },
    stance: { type: 'string' },
    note: { type: 'string' }
  },
  positionals: [1, 1],
  async run({ positionals, values, json, session, io }) {
    const articleId = positiveInt(values.article, '--article')
    const quote = values.quote as string | undefined
    if (!quote) throw new UsageError('--quote is required')
    const kind = values.kind as Kind | undefined
    if (!kind || !KINDS.includes(kind)) throw new UsageError(`--kind must be one of ${KINDS.join(', ')}`)
    const occurrence = values.occurrence === undefined ? 1 : positiveInt(values.occurrence, '--occurrence')
    if (values.claim !== undefined && values['new-claim'] !== undefined) {
      throw new UsageError('give --claim or --new-claim, not both')
    }
    const stance = values.stance as Stance | undefined
    if (stance !== undefined && !STANCES.includes(stance)) {
      throw new UsageError(`--stance must be one of ${STANCES.join(', ')}`)
    }
    if (stance !== undefined && kind !== 'evidence') throw new UsageError('--stance applies to evidence only')

    session.ws.open(positionals[0], 'write')
    const article = await session.call('articles.get', { id: articleId })
    let start = -1
    for (let i = 0; i < occurrence; i++) {
      start = article.body.indexOf(quote, start + 1)
      if (start < 0) break
    }
    if (start < 0) {
      throw new CliFailure(
        occurrence === 1
          ? `"${quote}" is not in article ${articleId}`
          : `article ${articleId} has fewer than ${occurrence} occurrences of "${quote}"`
      )
    }
    const result = await session.call('passages.tag', {
      articleId,
      start,
      end: start + quote.length,
      kind,
      ...(values.claim !== undefined ? { claimId: positiveInt(values.claim, '--claim') } : {}),
      ...(values['new-claim'] !== undefined ? { newClaimText: values['new-claim'] as string } : {}),
      ...(stance ? { role: stance } : {}),
      ...(values.note !== undefined ? { note: values.note as string } : {})
    })
    if (json) io.out(safeJsonText(result))
    else {
      const p = result.passage
      io.out(
        `Tagged passage ${p.id} (${p.kind}, ${p.start}-${p.end})` +
          (result.claim ? ` on claim ${result.claim.id} "${result.claim.text}"` : '')
      )
    }
  }
}

export function positiveInt(v: unknown, flag: string): number {
  if (typeof v !== 'string' || !/^\d+$/.test(v) || Number(v) < 1)
    throw new UsageError(`${flag} needs a positive number`)
  return Number(v)
}
