import { z } from 'zod'
import type { ProjectInfo } from '../domain'
import { MAX_PATH } from '../limits'
import { entry, filePath, id } from './entry'

// The formats live apart from the schemas so the renderer can list them without loading zod.
export { EXPORT_FORMATS, FORMAT_INFO, type ExportFormat } from '../exportFormats'
import { EXPORT_FORMATS, type ExportFormat } from '../exportFormats'

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
  /** Claims that would go into ClaimReview but have no review url (neither their own nor the project's). */
  withoutReviewUrl: { id: number; text: string }[]
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
