import { z } from 'zod'
import type { Claim, ClaimSummary, HistoryEntry, Passage, PassageUpdateResult, TagResult } from '../domain'
import { KINDS, ROLES } from '../domain'
import { MAX_LONG_TEXT, MAX_SHORT_TEXT } from '../limits'
import { entry, id, none, webAddress } from './entry'

export interface UndoStateDto {
  canUndo: boolean
  canRedo: boolean
  undoLabel: string | null
  redoLabel: string | null
}

export const editorialEntries = {
  'edit.state': entry<UndoStateDto>().read(none),
  'edit.undo': entry<{ label: string | null; state: UndoStateDto }>().write(none),
  'edit.redo': entry<{ label: string | null; state: UndoStateDto }>().write(none),
  'passages.listForArticle': entry<Passage[]>().read(z.object({ articleId: id }).strict()),
  'passages.tag': entry<TagResult>().write(
    z
      .object({
        articleId: id,
        start: z.number().int().min(0),
        end: z.number().int().min(1),
        kind: z.enum(KINDS),
        claimId: id.optional(),
        newClaimText: z.string().trim().min(1).max(MAX_LONG_TEXT).optional(),
        role: z.enum(ROLES).optional(),
        note: z.string().max(MAX_LONG_TEXT).optional()
      })
      .strict()
      .refine((v) => v.end > v.start, { message: 'a passage must end after it starts' })
      .refine((v) => !(v.claimId && v.newClaimText), {
        message: 'give either an existing claim or the text of a new one, not both'
      })
  ),
  /** Answers the deleted passage, so the counts it was part of can follow. */
  'passages.delete': entry<Passage>().write(z.object({ id }).strict()),
  /** Change kind, role, span (which also re-attaches an orphan), claim or note. */
  'passages.update': entry<PassageUpdateResult>().write(
    z
      .object({
        id,
        kind: z.enum(KINDS).optional(),
        role: z.enum(ROLES).optional(),
        start: z.number().int().min(0).optional(),
        end: z.number().int().min(1).optional(),
        claimId: id.nullable().optional(),
        newClaimText: z.string().trim().min(1).max(MAX_LONG_TEXT).optional(),
        note: z.string().max(MAX_LONG_TEXT).optional()
      })
      .strict()
      .refine((v) => !(v.claimId !== undefined && v.newClaimText), {
        message: 'give either an existing claim or the text of a new one, not both'
      })
  ),
  'passages.list': entry<Passage[]>().read(none),
  'passages.listForClaim': entry<Passage[]>().read(z.object({ claimId: id }).strict()),
  'claims.delete': entry<null>().write(z.object({ id }).strict()),
  'claims.list': entry<ClaimSummary[]>().read(none),
  'claims.get': entry<Claim>().read(z.object({ id }).strict()),
  'claims.update': entry<Claim>().write(
    z
      .object({
        id,
        text: z.string().trim().min(1).max(MAX_LONG_TEXT).optional(),
        claimant: z.string().max(MAX_SHORT_TEXT).optional(),
        status: z.string().min(1).max(40).optional(),
        rationale: z.string().max(MAX_LONG_TEXT).optional(),
        note: z.string().max(MAX_LONG_TEXT).optional(),
        reviewUrl: z.union([z.literal(''), webAddress]).optional()
      })
      .strict()
  ),
  'history.list': entry<HistoryEntry[]>().read(
    z
      .object({
        entity: z.enum(['article', 'passage', 'claim', 'settings', 'project']).optional(),
        entityId: id.optional(),
        limit: z.number().int().min(1).max(10_000).optional()
      })
      .strict()
  )
} as const
