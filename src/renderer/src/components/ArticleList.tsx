import { useCallback, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react'
import type { ArticleSummary } from '../../../shared/domain'
import { groupArticles, groupRuns, keepWhileSame, libraryRows, sameShape, type LibraryRow } from '../lib/libraryRows'
import { ROW_KEY_MOVES, rowTops } from '../lib/rowWindow'
import type { SortKey } from '../lib/libraryRows'
import { ArticleItem } from './ArticleListItem'
import { useApp } from '../store'
import { useRowWindow } from './useRowWindow'

/** Row heights, in step with the CSS (which clamps a row's text to fit): the window is arithmetic. */
const ARTICLE_ROW = 104
const OUTLET_ROW = 30

interface Props {
  articles: ArticleSummary[]
  sortBy: SortKey
  groupByOutlet: boolean
  /** The first pane showing each article. */
  paneOf: Map<number | null, number>
  paneCount: number
  showInPane: (id: number, pane?: number) => void
  onDetails: (a: ArticleSummary) => void
}

const keepShape = keepWhileSame(sameShape)

/**
 * The library's articles as a virtualised list: only the rows in view (and a few either side) are
 * in the page, so 10,000 articles cost no more to render, restyle or scroll than 20 (a modal
 * dialog restyles the whole page as it opens and closes). Grouped, each outlet's rows in view
 * render inside that outlet's own named list. Rows keep their place in the whole list
 * (aria-setsize, aria-posinset); Tab stops at one row, and the arrow keys, Page Up/Down, Home
 * and End move between rows, scrolling the next one in before focusing it.
 */
export function ArticleList({ articles, sortBy, groupByOutlet, paneOf, paneCount, showInPane, onDetails }: Props) {
  // An empty list while a big project's list is still on its way is loading, not empty.
  const loaded = useApp((s) => s.articlesLoaded)
  // A tag changes an article's counts, not the order: sorting 10,000 titles again is skipped then.
  const shaped = keepShape(articles)
  const groups = useMemo(() => groupArticles(shaped, sortBy, groupByOutlet), [shaped, sortBy, groupByOutlet])
  const rows = useMemo(() => libraryRows(groups), [groups])
  const tops = useMemo(
    () => rowTops(rows.length, (i) => (rows[i].type === 'outlet' ? OUTLET_ROW : ARTICLE_ROW)),
    [rows]
  )
  /** The row of each article, in the order shown; keyboard moves step through these. */
  const articleRows = useMemo(() => rows.flatMap((r, i) => (r.type === 'article' ? [i] : [])), [rows])
  const { scroller, start, end, scrollToIndex } = useRowWindow<HTMLDivElement>(rows.length, tops, 4)

  const [active, setActive] = useState(0)
  const focusNext = useRef<number | null>(null)

  useLayoutEffect(() => {
    const row = focusNext.current
    if (row === null) return
    const item = scroller.current?.querySelector<HTMLElement>(`[data-row="${row}"] .article-item`)
    if (item) {
      focusNext.current = null
      item.focus({ preventScroll: true })
    }
  })

  const onKey = useCallback(
    (e: KeyboardEvent, id: number) => {
      if (e.key === 'Enter') showInPane(id)
      const n = Number(e.key)
      if (n >= 1 && n <= paneCount) showInPane(id, n - 1)
    },
    [showInPane, paneCount]
  )

  const onListKey = useCallback(
    (e: KeyboardEvent) => {
      const move = ROW_KEY_MOVES[e.key]
      if (!move || articleRows.length === 0 || e.altKey || e.ctrlKey || e.metaKey) return
      e.preventDefault()
      const view = scroller.current?.clientHeight ?? ARTICLE_ROW
      const next = move(
        Math.min(active, articleRows.length - 1),
        Math.max(1, Math.floor(view / ARTICLE_ROW) - 1),
        articleRows.length - 1
      )
      const row = articleRows[next]
      focusNext.current = row
      setActive(next)
      // The first article of a group comes into view with its outlet's header.
      scrollToIndex(row, rows[row - 1]?.type === 'outlet' ? row - 1 : row)
    },
    [active, articleRows, rows, scrollToIndex, scroller]
  )

  // The remembered row may have scrolled out of the page; then Tab enters at the first row shown.
  const activeRow = articleRows[Math.min(active, articleRows.length - 1)] ?? -1
  let tabStop = activeRow >= start && activeRow < end ? activeRow : -1
  for (let i = start; tabStop < 0 && i < end; i++) if (rows[i].type === 'article') tabStop = i

  const item = (row: Extract<LibraryRow, { type: 'article' }>, i: number, style: CSSProperties) => {
    const a = articles[row.index]
    return (
      <li
        key={a.id}
        data-row={i}
        aria-setsize={groups[row.group].items.length}
        aria-posinset={row.pos + 1}
        style={{ ...style, height: ARTICLE_ROW }}
      >
        <ArticleItem
          a={a}
          where={paneOf.get(a.id) ?? -1}
          paneCount={paneCount}
          tabStop={i === tabStop}
          showInPane={showInPane}
          onKey={onKey}
          onDetails={onDetails}
        />
      </li>
    )
  }

  let content
  if (rows.length === 0) {
    content = (
      <li className="muted small empty">
        {loaded ? 'No articles yet. Import files, drop them here, or paste one.' : 'Loading articles…'}
      </li>
    )
  } else if (!groupByOutlet) {
    content = []
    for (let i = start; i < end; i++) {
      const row = rows[i]
      if (row.type === 'article') content.push(item(row, i, { transform: `translateY(${tops[i]}px)` }))
    }
  } else {
    // A run of rows of one outlet sits where its first row does; its rows flow inside it.
    content = groupRuns(rows, start, end).map((run) => {
      const outlet = groups[run.group].outlet ?? ''
      const children = []
      for (let i = run.start; i < run.end; i++) {
        const row = rows[i]
        if (row.type === 'article') children.push(item(row, i, {}))
      }
      return (
        <li
          key={`group-${run.group}`}
          className="outlet-group"
          aria-setsize={groups.length}
          aria-posinset={run.group + 1}
          style={{ transform: `translateY(${tops[run.start]}px)` }}
        >
          {rows[run.start].type === 'outlet' && (
            <h3 className="outlet-group-title small" style={{ height: OUTLET_ROW }}>
              {outlet}
            </h3>
          )}
          <ul className="article-rows-group" aria-label={outlet}>
            {children}
          </ul>
        </li>
      )
    })
  }

  return (
    <div className="article-scroll" ref={scroller}>
      <ul
        className="article-rows"
        aria-labelledby="articles-title"
        style={{ height: tops[rows.length] }}
        onKeyDown={onListKey}
        onFocus={(e) => {
          const li = (e.target as HTMLElement).closest<HTMLElement>('[data-row]')
          const at = li ? articleRows.indexOf(Number(li.dataset.row)) : -1
          if (at >= 0) setActive(at)
        }}
      >
        {content}
      </ul>
    </div>
  )
}
