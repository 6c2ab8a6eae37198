import type { Kind } from '../../../shared/domain'
import { api } from '../api'

export interface SuggestionRequest {
  articleId: number
  start: number
  end: number
  exact: string
  kind: Kind
}

const overlapShare = (a: { start: number; end: number }, b: { start: number; end: number }) => {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start)
  return inter <= 0 ? 0 : inter / Math.min(a.end - a.start, b.end - b.start)
}

/**
 * The ids of existing claims this passage most likely states, denies or bears on, best first:
 * claims with a passage over a span that matches the new selection in another article. The tag
 * dialog lists these claims first and preselects the best one.
 */
export async function suggestClaimsForPassage(req: SuggestionRequest): Promise<number[]> {
  if (req.end <= req.start) return []
  const r = await api.match.forSpan({ articleId: req.articleId, start: req.start, end: req.end, limit: 20 })
  if (!r.ok || r.value.length === 0) return []
  const articleIds = [...new Set(r.value.map((m) => m.articleId))]
  const lists = await Promise.all(articleIds.map((articleId) => api.passages.listForArticle({ articleId })))
  const passagesOf = new Map(articleIds.map((id, i) => [id, lists[i].ok ? lists[i].value : []]))
  const best = new Map<number, number>()
  for (const m of r.value) {
    for (const p of passagesOf.get(m.articleId) ?? []) {
      if (p.claimId === null || p.orphaned || overlapShare(p, m) < 0.5) continue
      best.set(p.claimId, Math.max(best.get(p.claimId) ?? 0, m.score))
    }
  }
  return [...best.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id)
}
