import type { Passage } from '../../../shared/domain'

const positions = new WeakMap<readonly { id: number }[], Map<number, number>>()

/**
 * Where the row with this id sits in a list the store keeps whole (20,000 claims, 10,000
 * articles). Store selectors run on every update, and a scan per selector per update added up to
 * milliseconds on each tag; the index is built once per list, when a load or a tag replaces it.
 */
export function positionOfId(list: readonly { id: number }[], id: number): number {
  let index = positions.get(list)
  if (!index) {
    index = new Map(list.map((row, i) => [row.id, i]))
    positions.set(list, index)
  }
  return index.get(id) ?? -1
}

export function byId<T extends { id: number }>(list: readonly T[], id: number | null): T | undefined {
  if (id === null) return undefined
  const at = positionOfId(list, id)
  return at < 0 ? undefined : list[at]
}

const passageIndexes = new WeakMap<Record<number, Passage[]>, Map<number, Passage>>()

/** A loaded passage by id, over every article whose passages are in the store. */
export function loadedPassage(byArticle: Record<number, Passage[]>, id: number | null): Passage | undefined {
  if (id === null) return undefined
  let index = passageIndexes.get(byArticle)
  if (!index) {
    index = new Map(Object.values(byArticle).flatMap((list) => list.map((p) => [p.id, p] as const)))
    passageIndexes.set(byArticle, index)
  }
  return index.get(id)
}
