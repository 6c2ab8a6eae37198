import { z } from 'zod'
import type { ProjectInfo } from '../domain'
import { MAX_PATH } from '../limits'
import { entry, filePath, id } from './entry'

export const EXPORT_FORMATS = ['html', 'pdf', 'md', 'json', 'csv', 'claimreview', 'w3c'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export const FORMAT_INFO: Record<ExportFormat, { label: string; extension: string; mime: string }> = {
  html: { label: 'HTML report', extension: 'html', mime: 'text/html' },
  pdf: { label: 'PDF report', extension: 'pdf', mime: 'application/pdf' },
  md: { label: 'Markdown (for a CMS)', extension: 'md', mime: 'text/markdown' },
  csv: { label: 'CSV, one row per passage', extension: 'csv', mime: 'text/csv' },
  json: { label: 'JSON project data (re-importable)', extension: 'json', mime: 'application/json' },
  claimreview: { label: 'ClaimReview (schema.org JSON-LD)', extension: 'jsonld', mime: 'application/ld+json' },
  w3c: { label: 'W3C Web Annotations (JSON-LD)', extension: 'jsonld', mime: 'application/ld+json' }
}

/** Which claims go into a report: by id, else by status, else all. */
export const claimSelection = z
  .object({
    claimIds: z.array(id).max(100_000).optional(),
    statuses: z.array(z.string().min(1).max(40)).max(50).optional()
  })
  .strict()
export type ClaimSelection = z.infer<typeof claimSelection>

export interface ExportSummary {
  format: ExportFormat
  claims: number
  passages: number
  /** Claims left out of a ClaimReview export because their status carries no verdict. */
  withoutVerdict: { id: number; text: string; status: string }[]
}

export interface ExportPreview extends ExportSummary {
  html: string
}

export interface RenderedExport extends ExportSummary {
  /** Text formats as UTF-8 text; the PDF as base64. */
  content: string
  encoding: 'utf8' | 'base64'
  mime: string
  fileName: string
}

export const exportEntries = {
  'export.preview': entry<ExportPreview>().read(z.object({ selection: claimSelection.optional() }).strict()),
  'export.render': entry<RenderedExport>().read(
    z.object({ format: z.enum(EXPORT_FORMATS), selection: claimSelection.optional() }).strict()
  ),
  /** Writes the export to a file: reads the project only, so it works on a read-only project too. */
  'export.toFile': entry<ExportSummary & { out: string }>().read(
    z
      .object({
        format: z.enum(EXPORT_FORMATS),
        path: filePath,
        selection: claimSelection.optional(),
        chromium: z.string().min(1).max(MAX_PATH).optional()
      })
      .strict()
  ),
  /** The desktop shell's save dialog; browser mode answers "unsupported" and downloads instead. */
  'export.pickFile': entry<{ file: string | null }>().read(
    z.object({ format: z.enum(EXPORT_FORMATS), defaultName: z.string().max(200).optional() }).strict()
  ),
  /** Creates a new project from a JSON export: the dump given as text or as a path to read. */
  'projectData.import': entry<ProjectInfo>().write(
    z
      .object({
        file: filePath,
        from: filePath.optional(),
        json: z.string().max(60_000_000).optional()
      })
      .strict()
      .refine((v) => (v.from === undefined) !== (v.json === undefined), {
        message: 'give the export either as a path (from) or as its text (json)'
      })
  )
} as const
