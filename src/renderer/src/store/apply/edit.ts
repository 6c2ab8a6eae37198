import type { Change, ChangeState } from '../change'

/**
 * The edit slice's part of a change: the undo labels an undo or redo answered with, and a new
 * revision where views holding their own copies (a claim's passages, its history, unlinked
 * articles) cannot tell from the counts that their copy is stale.
 */
export function applyToEdit(s: ChangeState, c: Change): Partial<ChangeState> {
  const stale = c.reload?.includes('texts') || !!c.articlePassages?.length || !!c.claims?.removed?.length
  return {
    ...(c.undo ? { undoState: c.undo } : {}),
    ...(stale ? { revision: s.revision + 1 } : {})
  }
}
