import { useEffect, useMemo, useState } from 'react'
import { KINDS, type SearchHit, type SearchType } from '../../../shared/domain'
import { keepWhileSame, sameShape } from '../lib/libraryRows'
import { useApp } from '../store'
import { NO_FILTERS, type SearchFiltersState } from '../store/librarySlice'

const keepShape = keepWhileSame(sameShape)

const GROUPS: { type: SearchType; label: string }[] = [
  { type: 'article', label: 'Articles' },
  { type: 'passage', label: 'Passages' },
  { type: 'note', label: 'Notes' },
  { type: 'claim', label: 'Claims' }
]

/** Snippets arrive as text with \u0002…\u0003 around matches: marks are made here, never from HTML. */
export function Snippet({ text }: { text: string }) {
  // Split on the markers without a control-character regex: odd pieces are the matches.
  const parts: { text: string; hit: boolean }[] = []
  for (const chunk of text.split('\u0002')) {
    const close = chunk.indexOf('\u0003')
    if (close < 0) parts.push({ text: chunk, hit: false })
    else parts.push({ text: chunk.slice(0, close), hit: true }, { text: chunk.slice(close + 1), hit: false })
  }
  return (
    <span className="snippet">
      {parts.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </span>
  )
}

export function LibrarySearch() {
  const search = useApp((s) => s.search)
  const runSearch = useApp((s) => s.runSearch)
  const openHit = useApp((s) => s.openHit)
  const articles = useApp((s) => s.articles)
  const statuses = useApp((s) => s.settings?.statuses ?? [])
  const [q, setQ] = useState(search.q)
  const [filters, setFilters] = useState<SearchFiltersState>(search.filters)
  const [showFilters, setShowFilters] = useState(false)

  useEffect(() => {
    const t = setTimeout(() => void runSearch(q, filters), 120)
    return () => clearTimeout(t)
  }, [q, filters, runSearch])

  // A tag changes an article's counts, not its outlet: the 10,000 are not gone through again then.
  const shaped = keepShape(articles)
  const outlets = useMemo(
    () => [...new Set(shaped.map((a) => a.outlet).filter((o): o is string => !!o))].sort(),
    [shaped]
  )
  const set = (patch: Partial<SearchFiltersState>) => setFilters((f) => ({ ...f, ...patch }))
  const active = Object.values(filters).some(Boolean)
  const byType = (t: SearchType) => search.hits.filter((h) => h.type === t)

  return (
    <div className="library-search">
      <div className="search-row">
        <input
          type="search"
          aria-label="Search"
          placeholder="Search articles, passages, claims…"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setQ('')
          }}
        />
        <button
          type="button"
          className={active ? 'small-button active' : 'small-button'}
          aria-expanded={showFilters}
          onClick={() => setShowFilters((v) => !v)}
        >
          Filters{active ? ' •' : ''}
        </button>
      </div>
      {showFilters && (
        <fieldset className="search-filters small">
          <legend className="visually-hidden">Search filters</legend>
          <label>
            Outlet
            <select value={filters.outlet} onChange={(e) => set({ outlet: e.target.value })}>
              <option value="">Any outlet</option>
              {outlets.map((o) => (
                <option key={o}>{o}</option>
              ))}
            </select>
          </label>
          <label>
            From
            <input type="date" value={filters.from} onChange={(e) => set({ from: e.target.value })} />
          </label>
          <label>
            To
            <input type="date" value={filters.to} onChange={(e) => set({ to: e.target.value })} />
          </label>
          <label>
            Passage kind
            <select value={filters.kind} onChange={(e) => set({ kind: e.target.value as SearchFiltersState['kind'] })}>
              <option value="">Any kind</option>
              {KINDS.map((k) => (
                <option key={k}>{k}</option>
              ))}
            </select>
          </label>
          <label>
            Claim status
            <select value={filters.status} onChange={(e) => set({ status: e.target.value })}>
              <option value="">Any status</option>
              {statuses.map((s) => (
                <option key={s.key} value={s.key}>
                  {s.label}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="small-button" onClick={() => setFilters(NO_FILTERS)} disabled={!active}>
            Clear filters
          </button>
        </fieldset>
      )}
      {q.trim() && (
        <section className="search-results" aria-label="Search results">
          {search.error && (
            <p className="error small" role="alert">
              {search.error}
            </p>
          )}
          {!search.error && !search.pending && search.hits.length === 0 && <p className="muted small">No matches.</p>}
          {GROUPS.map(({ type, label }) => {
            const hits = byType(type)
            if (!hits.length) return null
            return (
              <div key={type} className="search-group">
                <h3 className="search-group-title">
                  {label} <span className="muted">({hits.length})</span>
                </h3>
                <ul>
                  {hits.map((h) => (
                    <li key={`${h.type}-${h.id}`}>
                      <HitButton hit={h} onOpen={openHit} />
                    </li>
                  ))}
                </ul>
              </div>
            )
          })}
        </section>
      )}
    </div>
  )
}

function HitButton({ hit, onOpen }: { hit: SearchHit; onOpen: (h: SearchHit) => void }) {
  return (
    <button type="button" className="search-hit" onClick={() => onOpen(hit)} title={hit.title}>
      <span className="search-hit-title">{hit.title}</span>
      <Snippet text={hit.snippet} />
    </button>
  )
}
