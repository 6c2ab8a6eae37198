import type { ArticleSummary } from '../../../shared/domain'

export type SortKey = 'date' | 'outlet' | 'title'

export interface ArticleGroup {
  /** Null when the library is not grouped: one group, no header. */
  outlet: string | null
  /** Positions in the article list, in the order shown. */
  items: number[]
}

/**
 * One row of the library as the window lays it out: an outlet's header, or an article by its
 * position in the article list (a tag replaces the article object, not its place in the list).
 */
export type LibraryRow =
  | { type: 'outlet'; group: number; outlet: string }
  | { type: 'article'; group: number; index: number; /** 0-based within the group */ pos: number }

// The list is sorted again whenever a count changes; one Intl.Collator compares faster than
// localeCompare over 10,000 titles, and ISO dates order correctly as plain strings.
const collator = new Intl.Collator()
const byIsoDate = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
const text = (v: string | null) => (v ?? '').toLocaleLowerCase()

export function sortArticles(list: readonly ArticleSummary[], by: SortKey): ArticleSummary[] {
  const sorted = [...list]
  if (by === 'title') sorted.sort((a, b) => collator.compare(text(a.title), text(b.title)))
  else if (by === 'outlet')
    sorted.sort(
      (a, b) =>
        collator.compare(text(a.outlet) || '\uffff', text(b.outlet) || '\uffff') ||
        collator.compare(text(a.title), text(b.title))
    )
  else sorted.sort((a, b) => byIsoDate(b.publishedAt ?? '', a.publishedAt ?? '') || a.id - b.id)
  return sorted
}

/** The library's groups: one unnamed group, or one per outlet (by name) with titles in order. */
export function groupArticles(list: readonly ArticleSummary[], by: SortKey, byOutlet: boolean): ArticleGroup[] {
  const position = new Map(list.map((a, i) => [a, i]))
  const sorted = sortArticles(list, byOutlet && by === 'outlet' ? 'title' : by).map((a) => position.get(a)!)
  if (!byOutlet) return [{ outlet: null, items: sorted }]
  const map = new Map<string, number[]>()
  for (const i of sorted) {
    const k = list[i].outlet ?? 'Unknown outlet'
    const items = map.get(k)
    if (items) items.push(i)
    else map.set(k, [i])
  }
  return [...map.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([outlet, items]) => ({ outlet, items }))
}

/** The groups as one list of rows: each named group's header, then its articles. */
export function libraryRows(groups: readonly ArticleGroup[]): LibraryRow[] {
  const rows: LibraryRow[] = []
  groups.forEach((g, group) => {
    if (g.outlet !== null) rows.push({ type: 'outlet', group, outlet: g.outlet })
    g.items.forEach((index, pos) => rows.push({ type: 'article', group, index, pos }))
  })
  return rows
}

/**
 * Whether two article lists differ at most in their counts: the same articles in the same places
 * with the same titles, outlets and dates. Then the library's order and rows, and the pickers'
 * options, are still right; a tag changes only counts.
 */
export function sameShape(a: readonly ArticleSummary[], b: readonly ArticleSummary[]): boolean {
  if (a === b) return true
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) {
    const x = a[i]
    const y = b[i]
    if (x.id !== y.id || x.title !== y.title || x.outlet !== y.outlet || x.publishedAt !== y.publishedAt) return false
  }
  return true
}

/**
 * The rows from start to end (exclusive) cut where the group changes: each run renders as its
 * group's list, so grouped rows keep their nesting (a list per outlet) inside the window.
 */
export function groupRuns(
  rows: readonly LibraryRow[],
  start: number,
  end: number
): { group: number; start: number; end: number }[] {
  const runs: { group: number; start: number; end: number }[] = []
  for (let i = start; i < end; i++) {
    const last = runs[runs.length - 1]
    if (last && last.group === rows[i].group) last.end = i + 1
    else runs.push({ group: rows[i].group, start: i, end: i + 1 })
  }
  return runs
}

/**
 * A memo over one value at a time: returns the value it holds while `same` says the next one is
 * no different, so what was computed from it (by identity) still holds.
 */
export function keepWhileSame<T>(same: (a: T, b: T) => boolean): (next: T) => T {
  let kept: T | undefined
  return (next) => (kept !== undefined && same(kept, next) ? kept : (kept = next))
}
