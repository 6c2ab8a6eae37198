import { z } from 'zod'
import { KINDS, SEARCH_TYPES, type Article, type ImportProgress, type Passage, type SearchHit } from '../domain'
import { MAX_PATH, MAX_SHORT_TEXT } from '../limits'
import { articleMeta, entry, filePath, id, isoDate } from './entry'

const jobId = z.string().uuid()

/** Import, article details and search: the library's entries. */
export const libraryEntries = {
  /** Starts importing files and folders (recursively) from disk; poll import.progress. */
  'import.start': entry<{ jobId: string }>().write(z.object({ paths: z.array(filePath).min(1).max(10_000) }).strict()),
  /**
   * Browser mode sends file bytes (base64) in several calls, each under the server's request
   * limit; the last call (start: true) starts the job.
   */
  'import.uploads': entry<{ uploadId: string; jobId: string | null }>().write(
    z
      .object({
        uploadId: z.string().uuid().optional(),
        files: z
          .array(
            z
              .object({
                name: z.string().min(1).max(MAX_PATH),
                data: z.string(),
                /** Set, with empty data, for a file too large to send: it is reported, not read. */
                tooLarge: z.number().int().positive().optional()
              })
              .strict()
          )
          .max(1000),
        start: z.boolean().optional()
      })
      .strict()
  ),
  'import.progress': entry<ImportProgress>().read(z.object({ jobId }).strict()),
  'import.cancel': entry<ImportProgress>().read(z.object({ jobId }).strict()),
  /** The project's import size limit (setting importMaxBytes; 20 MB unless changed). */
  'import.limits': entry<{ maxBytes: number }>().read(z.object({}).strict()),
  'import.setLimits': entry<{ maxBytes: number }>().write(
    z
      .object({
        maxBytes: z
          .number()
          .int()
          .min(1024)
          .max(2 * 1024 * 1024 * 1024)
      })
      .strict()
  ),
  /** Asks the desktop shell for files to import; null where there is no native dialog or none chosen. */
  'import.pickFiles': entry<string[] | null>().read(z.object({ folders: z.boolean().optional() }).strict()),

  'library.updateArticle': entry<Article>().write(articleMeta.partial().extend({ id }).strict()),
  'library.deleteImpact': entry<{ passages: number; links: number; claims: number }>().read(z.object({ id }).strict()),
  /** Answers the passages that went with the article, so the claims' counts can follow. */
  'library.deleteArticle': entry<{ id: number; passages: Passage[] }>().write(z.object({ id }).strict()),

  'search.query': entry<SearchHit[]>().read(
    z
      .object({
        q: z.string().max(MAX_SHORT_TEXT),
        outlet: z.string().max(MAX_SHORT_TEXT).nullable().optional(),
        from: isoDate.nullable().optional(),
        to: isoDate.nullable().optional(),
        kind: z.enum(KINDS).nullable().optional(),
        status: z.string().max(100).nullable().optional(),
        types: z.array(z.enum(SEARCH_TYPES)).optional(),
        limit: z.number().int().min(1).max(200).optional()
      })
      .strict()
  )
} as const
