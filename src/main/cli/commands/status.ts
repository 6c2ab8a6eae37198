import type { Command } from '../command'
import { UsageError } from '../cliError'
import { checkWebAddress } from './settings'
import { positiveInt } from './tag'
import { safeJsonText } from '../../services/export/jsonText'

export const statusCommand: Command = {
  name: 'status',
  summary: "set a claim's verification status",
  usage: 'factdesk status FILE --claim ID --set KEY [--rationale TEXT] [--review-url URL] [--json]',
  options: {
    claim: { type: 'string' },
    set: { type: 'string' },
    rationale: { type: 'string' },
    'review-url': { type: 'string' }
  },
  positionals: [1, 1],
  async run({ positionals, values, json, session, io }) {
    const id = positiveInt(values.claim, '--claim')
    const status = values.set as string | undefined
    if (!status) throw new UsageError('--set KEY is required')
    session.ws.open(positionals[0], 'write')
    const claim = await session.call('claims.update', {
      id,
      status,
      ...(values.rationale !== undefined ? { rationale: values.rationale as string } : {}),
      ...(values['review-url'] !== undefined
        ? { reviewUrl: checkWebAddress('review-url', values['review-url'] as string) }
        : {})
    })
    if (json) io.out(safeJsonText({ claim }))
    else io.out(`Claim ${claim.id} is now ${claim.status}: ${claim.text}`)
  }
}
