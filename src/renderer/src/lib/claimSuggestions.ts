import type { Kind } from '../../../shared/domain'

export interface SuggestionRequest {
  articleId: number
  start: number
  end: number
  exact: string
  kind: Kind
}

/**
 * MATCHING HOOK: the ids of existing claims this passage most likely states, denies or bears on,
 * best first. The tag dialog lists these claims first and preselects the best one. The matching
 * service (another issue) plugs in here, e.g. through api.match.*; until then nothing is
 * suggested and the dialog falls back to the selected or first claim.
 */
export async function suggestClaimsForPassage(req: SuggestionRequest): Promise<number[]> {
  void req
  return []
}
