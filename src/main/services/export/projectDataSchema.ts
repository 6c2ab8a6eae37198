import { z } from 'zod'
import { KINDS, ROLES } from '../../../shared/domain'

/**
 * The complete, versioned JSON dump of a project. It keeps every id, timestamp and history
 * entry, so `factdesk new FILE --from dump.json` rebuilds the same project, and exporting that
 * again gives the same bytes apart from `exportedAt`.
 */
export const DUMP_FORMAT = 'factdesk-project'
export const DUMP_VERSION = 1

const text = z.string()
const nullableText = z.string().nullable()
const rowId = z.number().int().positive()
// Global identities (schema v5); optional so that older dumps still restore, getting new ones.
const uid = z
  .string()
  .regex(/^[0-9a-f-]{36}$/)
  .optional()

export const dumpSchema = z
  .object({
    format: z.literal(DUMP_FORMAT),
    version: z.number().int().min(1),
    schemaVersion: z.number().int().min(1),
    exportedAt: text,
    generator: text,
    settings: z.record(z.string(), z.unknown()),
    statuses: z.array(
      z
        .object({
          key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/),
          label: text,
          rating: z.number().int().min(1).max(5).nullable(),
          position: z.number().int(),
          retired: z.boolean()
        })
        .strict()
    ),
    articles: z.array(
      z
        .object({
          id: rowId,
          uid,
          title: text,
          outlet: nullableText,
          author: nullableText,
          url: nullableText,
          publishedAt: nullableText,
          language: nullableText,
          body: text,
          contentHash: text,
          source: nullableText,
          importedAt: text,
          updatedAt: text
        })
        .strict()
    ),
    claims: z.array(
      z
        .object({
          id: rowId,
          uid,
          text,
          claimant: text,
          status: text,
          rationale: text,
          note: text,
          // Optional: dumps written before review urls existed still restore.
          reviewUrl: text.optional(),
          createdAt: text,
          updatedAt: text,
          createdBy: text,
          updatedBy: text
        })
        .strict()
    ),
    passages: z.array(
      z
        .object({
          id: rowId,
          uid,
          articleId: rowId,
          start: z.number().int().min(0),
          end: z.number().int().min(1),
          selector: z.object({ exact: text, prefix: text, suffix: text }).strict(),
          kind: z.enum(KINDS),
          note: text,
          orphaned: z.boolean(),
          editor: text,
          createdAt: text,
          updatedAt: text
        })
        .strict()
    ),
    links: z.array(
      z.object({ uid, passageId: rowId, claimId: rowId, role: z.enum(ROLES), editor: text, createdAt: text }).strict()
    ),
    history: z.array(
      z
        .object({
          id: rowId,
          uid,
          at: text,
          editor: text,
          entity: text,
          entityId: z.number().int().nullable(),
          action: text,
          field: nullableText,
          oldValue: nullableText,
          newValue: nullableText,
          entityUid: uid.nullable()
        })
        .strict()
    )
  })
  .strict()

export type ProjectDump = z.infer<typeof dumpSchema>
