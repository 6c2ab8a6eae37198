import { memo, useLayoutEffect, useRef } from 'react'
import type { ArticleSummary } from '../../../shared/domain'
import { OptionFiller } from '../lib/optionFiller'

interface Props {
  n: number
  articles: ArticleSummary[]
  value: number | null
  /** How the chosen article reads in the list; shown before the list has arrived or been built. */
  valueLabel: string
  onPick: (id: number | null) => void
}

export function articleLabel(a: { outlet: string | null; title: string }): string {
  return a.outlet ? `${a.outlet} — ${a.title}` : a.title
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

/**
 * The pane's article combobox: a native select, whose options are added in idle time by an
 * OptionFiller rather than rendered by React (see there for why).
 */
export const ArticlePicker = memo(
  function ArticlePicker({ n, articles, value, valueLabel, onPick }: Props) {
    const select = useRef<HTMLSelectElement>(null)
    const filler = useRef<OptionFiller | null>(null)
    const listed = useRef<ArticleSummary[] | null>(null)

    useLayoutEffect(() => {
      const made = new OptionFiller(select.current!, 'Choose an article…')
      filler.current = made
      return () => {
        made.dispose()
        filler.current = null
        listed.current = null
      }
    }, [])
    useLayoutEffect(() => {
      if (listed.current && sameOptions(listed.current, articles)) return
      listed.current = articles
      filler.current?.setItems(articles.map((a) => ({ value: String(a.id), label: articleLabel(a) })))
    }, [articles])
    useLayoutEffect(() => {
      filler.current?.setValue(value === null ? '' : String(value), valueLabel)
    }, [value, valueLabel])

    const flush = () => filler.current?.flush()
    return (
      <select
        ref={select}
        aria-label={`Article in pane ${n}`}
        onFocus={flush}
        onPointerDown={flush}
        onChange={(e) => onPick(e.target.value ? Number(e.target.value) : null)}
      />
    )
  },
  (a, b) =>
    a.n === b.n &&
    a.value === b.value &&
    a.valueLabel === b.valueLabel &&
    a.onPick === b.onPick &&
    sameOptions(a.articles, b.articles)
)
