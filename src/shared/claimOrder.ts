/** Ids in the editor's stored order; ids it does not name follow in their own (id) order. */
export function orderedIds(ids: number[], order: number[]): number[] {
  const rank = new Map<number, number>()
  order.forEach((id, i) => {
    if (!rank.has(id)) rank.set(id, i)
  })
  return [...ids].sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || a - b)
}

/** The order after moving one id a step up (-1) or down (+1) within the given ordered list. */
export function moveId(ordered: number[], id: number, step: -1 | 1): number[] {
  const i = ordered.indexOf(id)
  const j = i + step
  if (i < 0 || j < 0 || j >= ordered.length) return ordered
  const next = [...ordered]
  ;[next[i], next[j]] = [next[j], next[i]]
  return next
}
