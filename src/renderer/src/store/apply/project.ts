import { isDraft, type Change, type ChangeState } from '../change'

/** The project slice's part of a change: its settings, and the totals the writes move. */
export function applyToProject(s: ChangeState, c: Change): Partial<ChangeState> {
  const out: Partial<ChangeState> = c.settings ? { settings: c.settings } : {}
  if (!s.project) return out
  let passages = 0
  for (const { before, after } of c.passages ?? []) {
    passages += (after && !isDraft(after) ? 1 : 0) - (before && !isDraft(before) ? 1 : 0)
  }
  const isNew = <T extends { id: number }>(list: T[], id: number) => !list.some((x) => x.id === id)
  const claims =
    (c.claims?.upserted ?? []).filter((x) => isNew(s.claims, x.id)).length - (c.claims?.removed?.length ?? 0)
  const articles =
    (c.articles?.upserted ?? []).filter((x) => isNew(s.articles, x.id)).length - (c.articles?.removed?.length ?? 0)
  if (!passages && !claims && !articles) return out
  const p = s.project
  return {
    ...out,
    project: { ...p, passages: p.passages + passages, claims: p.claims + claims, articles: p.articles + articles }
  }
}
