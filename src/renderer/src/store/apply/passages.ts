import type { Passage } from '../../../../shared/domain'
import type { Change, ChangeState } from '../change'

type ById = ChangeState['passagesByArticle']

/** Inserts by (start, id), the order the passages query returns, so a reload would change nothing. */
export function insertPassage(list: Passage[], p: Passage): Passage[] {
  let i = list.length
  while (i > 0 && (list[i - 1].start > p.start || (list[i - 1].start === p.start && list[i - 1].id > p.id))) i--
  return [...list.slice(0, i), p, ...list.slice(i)]
}

/**
 * The passages slice's part of a change: each written passage leaves its old place and takes its
 * new one. Only articles whose passages are loaded change: the others get theirs whole when a
 * pane first shows them. Untouched articles keep their lists' identity, so their panes skip rendering.
 */
export function applyToPassages(s: ChangeState, c: Change): Partial<ChangeState> {
  let byArticle: ById = s.passagesByArticle
  let selected = s.selectedPassageId
  const edit = (articleId: number, f: (list: Passage[]) => Passage[]) => {
    const list = byArticle[articleId]
    if (!list) return
    const next = f(list)
    if (next !== list) byArticle = { ...byArticle, [articleId]: next }
  }

  for (const { before, after } of c.passages ?? []) {
    const articleId = (after ?? before)!.articleId
    edit(articleId, (list) => {
      // The id: the store may hold a reload's copy of the row rather than the one written.
      const kept = before ? list.filter((p) => p.id !== before.id) : list
      // A reload that answered after the write may already hold it.
      const rest = after ? kept.filter((p) => p.id !== after.id) : kept
      return after ? insertPassage(rest, after) : rest.length === list.length ? list : rest
    })
    if (before && !after && before.id === selected) selected = null
  }
  for (const { articleId, passages } of c.articlePassages ?? []) edit(articleId, () => passages)

  // A deleted claim's passages stay, unlinked.
  const gone = new Set(c.claims?.removed ?? [])
  if (gone.size) {
    for (const key of Object.keys(byArticle)) {
      edit(Number(key), (list) =>
        list.some((p) => p.claimId !== null && gone.has(p.claimId))
          ? list.map((p) => (p.claimId !== null && gone.has(p.claimId) ? { ...p, claimId: null, role: null } : p))
          : list
      )
    }
  }
  for (const id of c.articles?.removed ?? []) {
    if (byArticle[id]) {
      byArticle = { ...byArticle }
      delete byArticle[id]
    }
  }
  if (byArticle === s.passagesByArticle && selected === s.selectedPassageId) return {}
  return { passagesByArticle: byArticle, selectedPassageId: selected }
}
