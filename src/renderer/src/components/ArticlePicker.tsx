import { memo } from 'react'
import type { ArticleSummary } from '../../../shared/domain'

interface Props {
  n: number
  articles: ArticleSummary[]
  value: number | null
  onPick: (id: number | null) => void
}

/** The same options: a tag changes an article's counts, which the picker does not show. */
function sameOptions(a: ArticleSummary[], b: ArticleSummary[]): boolean {
  if (a === b) return true
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) {
    if (a[i].id !== b[i].id || a[i].title !== b[i].title || a[i].outlet !== b[i].outlet) return false
  }
  return true
}

/** The pane's article combobox, memoised: with 10,000 articles its options are costly to re-render. */
export const ArticlePicker = memo(
  function ArticlePicker({ n, articles, value, onPick }: Props) {
    return (
      <select
        aria-label={`Article in pane ${n}`}
        value={value ?? ''}
        onChange={(e) => onPick(e.target.value ? Number(e.target.value) : null)}
      >
        <option value="">Choose an article…</option>
        {articles.map((a) => (
          <option key={a.id} value={a.id}>
            {a.outlet ? `${a.outlet} — ` : ''}
            {a.title}
          </option>
        ))}
      </select>
    )
  },
  (a, b) => a.n === b.n && a.value === b.value && a.onPick === b.onPick && sameOptions(a.articles, b.articles)
)
