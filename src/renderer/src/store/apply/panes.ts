import type { Change, ChangeState } from '../change'

/** The panes slice's part of a change: a pane showing a deleted article is left empty. */
export function applyToPanes(s: ChangeState, c: Change): Partial<ChangeState> {
  const removed = new Set(c.articles?.removed ?? [])
  if (!s.panes.some((p) => p.articleId !== null && removed.has(p.articleId))) return {}
  return { panes: s.panes.map((p) => (p.articleId !== null && removed.has(p.articleId) ? { articleId: null } : p)) }
}
