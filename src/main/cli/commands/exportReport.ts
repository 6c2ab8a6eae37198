import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/contract/export'
import type { Command } from '../command'
import { UsageError } from '../cliError'
import { plural } from '../../../shared/plural'
import { safeJsonText } from '../../services/export/jsonText'

export const exportCommand: Command = {
  name: 'export',
  summary: 'export the fact-check report or project data (html, pdf, md, json, csv, claimreview, w3c)',
  usage:
    'factdesk export FILE --format html|pdf|md|json|csv|claimreview|w3c --out PATH [--status K,…] [--claims ID,…] [--chromium PATH] [--json]',
  options: {
    format: { type: 'string' },
    out: { type: 'string' },
    status: { type: 'string' },
    claims: { type: 'string' },
    chromium: { type: 'string' }
  },
  positionals: [1, 1],
  async run({ positionals, values, json, session, io }) {
    const format = values.format as string | undefined
    if (!format) throw new UsageError('missing --format')
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`unknown format "${format}"; use one of ${EXPORT_FORMATS.join(', ')}`)
    }
    const out = values.out as string | undefined
    if (!out) throw new UsageError('missing --out PATH')
    const list = (v: unknown) =>
      typeof v === 'string'
        ? v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : undefined
    const statuses = list(values.status)
    const claimIds = list(values.claims)?.map((s) => {
      const n = Number(s)
      if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--claims takes claim ids, not "${s}"`)
      return n
    })
    // Read-only: works while the project is open for writing elsewhere.
    session.ws.open(positionals[0], 'read')
    const r = await session.call('export.toFile', {
      format: format as ExportFormat,
      path: out,
      selection: { statuses, claimIds },
      chromium: values.chromium as string | undefined
    })
    if (json) {
      io.out(safeJsonText({ out: r.out, format: r.format, claims: r.claims, passages: r.passages }))
      return
    }
    io.out(`Wrote ${r.out} (${r.format}: ${plural(r.claims, 'claim')}, ${plural(r.passages, 'passage')})`)
    if (format === 'claimreview' && r.withoutVerdict.length) {
      io.err(
        `${r.withoutVerdict.length} claim(s) left out, their status carries no verdict: ${r.withoutVerdict
          .map((c) => `#${c.id} (${c.status})`)
          .join(', ')}`
      )
    }
    if (format === 'claimreview' && r.withoutReviewUrl.length) {
      io.err(
        `${r.withoutReviewUrl.length} review(s) have no url; set one with factdesk status --review-url: ${r.withoutReviewUrl
          .map((c) => `#${c.id}`)
          .join(', ')}`
      )
    }
  }
}
