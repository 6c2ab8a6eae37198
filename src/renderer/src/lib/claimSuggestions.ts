import type { Kind } from '../../../shared/domain'
import { api } from '../api'

export interface SuggestionRequest {
  articleId: number
  start: number
  end: number
  exact: string
  kind: Kind
}

/**
 * The ids of existing claims this passage most likely states, denies or bears on, best first:
 * claims with a passage over a span that matches the new selection in another article. The tag
 * dialog lists these claims first and preselects the best one. One request: the server matches
 * and reads the matched articles' passages itself.
 */
export async function suggestClaimsForPassage(req: SuggestionRequest): Promise<number[]> {
  if (req.end <= req.start) return []
  const r = await api.match.claimsForSpan({ articleId: req.articleId, start: req.start, end: req.end, limit: 20 })
  return r.ok ? r.value : []
}
