import type Database from 'better-sqlite3'
import type { ClaimSelection, ExportFormat, ExportSummary, RenderedExport } from '../../../shared/contract/export'
import { FORMAT_INFO } from '../../../shared/contract/export'
import { renderClaimReview, withoutReviewUrl } from './claimReview'
import { renderCsv } from './csv'
import { renderHtml } from './html'
import { renderMarkdown } from './markdown'
import { buildReportModel, passageCount, type ReportModel } from './model'
import { printReport, type PdfPrinter } from './pdfReport'
import { dumpProject, dumpText } from './projectData'
import { slugify } from './escape'
import { renderW3c } from './w3c'
import { safeJsonText } from './jsonText'

export type { PdfPrinter }

export interface ExportOutput extends ExportSummary {
  data: string | Buffer
  fileName: string
  mime: string
  warnings: string[]
}

/** Everything the synchronous formats need, read in one go (so one consistent snapshot). */
export function collect(
  db: Database.Database,
  format: ExportFormat,
  selection: ClaimSelection | undefined,
  generator: string,
  now = new Date()
): Collected {
  const model = buildReportModel(db, selection, now)
  if (format !== 'json') return { model, dump: null }
  const d = dumpProject(db, generator, now)
  return { model, dump: { text: dumpText(d), claims: d.claims.length, passages: d.passages.length } }
}

export interface Collected {
  model: ReportModel
  dump: { text: string; claims: number; passages: number } | null
}

/** Renders a format from what collect() read; the PDF goes through the given printer. */
export async function render(format: ExportFormat, got: Collected, printPdf: PdfPrinter): Promise<ExportOutput> {
  const m = got.model
  const base: Omit<ExportOutput, 'data'> = {
    format,
    claims: m.claims.length,
    passages: passageCount(m),
    withoutVerdict: m.claims
      .filter((c) => c.rating === null)
      .map((c) => ({ id: c.id, text: c.text, status: c.statusLabel })),
    withoutReviewUrl: withoutReviewUrl(m),
    warnings: [],
    mime: FORMAT_INFO[format].mime,
    fileName: `${slugify(m.title || 'factdesk-report', 50)}${format === 'w3c' ? '-annotations' : format === 'claimreview' ? '-claimreview' : ''}.${FORMAT_INFO[format].extension}`
  }
  switch (format) {
    case 'html':
      return { ...base, data: renderHtml(m) }
    case 'pdf':
      return { ...base, data: await printReport(m, printPdf) }
    case 'md':
      return { ...base, data: renderMarkdown(m) }
    case 'csv':
      return { ...base, data: renderCsv(m) }
    case 'json':
      // The dump is the whole project whatever the selection: it exists to rebuild it.
      return { ...base, claims: got.dump!.claims, passages: got.dump!.passages, data: got.dump!.text }
    case 'claimreview': {
      const r = renderClaimReview(m)
      return {
        ...base,
        claims: r.reviews.length,
        withoutVerdict: r.withoutVerdict,
        withoutReviewUrl: r.withoutReviewUrl,
        warnings: r.warnings,
        data: safeJsonText(r.reviews, 2) + '\n'
      }
    }
    case 'w3c':
      return { ...base, data: safeJsonText(renderW3c(m), 2) + '\n' }
  }
}

export function toRendered(o: ExportOutput): RenderedExport {
  const binary = Buffer.isBuffer(o.data)
  return {
    format: o.format,
    claims: o.claims,
    passages: o.passages,
    withoutVerdict: o.withoutVerdict,
    withoutReviewUrl: o.withoutReviewUrl,
    content: binary ? (o.data as Buffer).toString('base64') : (o.data as string),
    encoding: binary ? 'base64' : 'utf8',
    mime: o.mime,
    fileName: o.fileName
  }
}
