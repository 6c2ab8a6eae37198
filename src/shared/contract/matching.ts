import { z } from 'zod'
import type { Kind } from '../domain'
import { entry, id } from './entry'

/** A span in another article that reports the same statement, and why it matched. */
export interface SpanMatch {
  articleId: number
  start: number
  end: number
  text: string
  score: number
  matchedWords: string[]
  why: string
  /** The span reads as a denial, so "Link to this claim" links it as one. */
  denies: boolean
}

/** A span that looks like a claim, a denial or evidence; never tagged without the editor. */
export interface Suggestion {
  start: number
  end: number
  text: string
  kind: Kind
  confidence: number
  reason: string
}

/** An article that probably mentions a claim but has no passage linked to it yet. */
export interface UnlinkedArticle {
  articleId: number
  title: string
  best: SpanMatch
}

const limit = z.number().int().min(1).max(100).optional()
const span = z
  .object({ articleId: id, start: z.number().int().min(0), end: z.number().int().min(1), limit })
  .strict()
  .refine((v) => v.end > v.start, { message: 'a span must end after it starts' })

export const matchingEntries = {
  'match.forPassage': entry<SpanMatch[]>().read(z.object({ passageId: id, limit }).strict()),
  'match.forSpan': entry<SpanMatch[]>().read(span),
  /** The claims a new passage over this span most likely bears on, best first: for the tag dialog. */
  'match.claimsForSpan': entry<number[]>().read(span),
  'match.unlinkedForClaim': entry<UnlinkedArticle[]>().read(z.object({ claimId: id, limit }).strict()),
  'suggest.forArticle': entry<Suggestion[]>().read(
    z.object({ articleId: id, includeTagged: z.boolean().optional() }).strict()
  )
} as const
