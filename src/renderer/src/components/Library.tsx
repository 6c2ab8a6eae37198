import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { api, shellKind } from '../api'
import type { ArticleSummary } from '../../../shared/domain'
import { filesFromDrop } from '../lib/fileDrop'
import { useApp } from '../store'
import type { SortKey } from '../store/librarySlice'
import { ArticleDetailsDialog } from './ArticleDetailsDialog'
import { ArticleItem, GroupItems } from './ArticleListItem'
import { ImportStatus } from './ImportStatus'
import { LibrarySearch } from './LibrarySearch'
import './library.css'

const ACCEPT = '.txt,.text,.md,.markdown,.html,.htm,.xhtml,.pdf,.docx'

// The list is sorted again whenever a count changes; one Intl.Collator compares faster than
// localeCompare over 10,000 titles, and ISO dates order correctly as plain strings.
const collator = new Intl.Collator()
const byIsoDate = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

function sortArticles(list: ArticleSummary[], by: SortKey): ArticleSummary[] {
  const text = (v: string | null) => (v ?? '').toLocaleLowerCase()
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

export function Library() {
  const articles = useApp((s) => s.articles)
  const articlesLoaded = useApp((s) => s.articlesLoaded)
  const panes = useApp((s) => s.panes)
  const showInPane = useApp((s) => s.showInPane)
  const openDialog = useApp((s) => s.openDialog)
  const readOnly = useApp((s) => s.project?.readOnly ?? false)
  const sortBy = useApp((s) => s.sortBy)
  const groupByOutlet = useApp((s) => s.groupByOutlet)
  const setSort = useApp((s) => s.setSort)
  const setGroupByOutlet = useApp((s) => s.setGroupByOutlet)
  const importPaths = useApp((s) => s.importPaths)
  const importFiles = useApp((s) => s.importFiles)
  const importing = useApp((s) => s.importJob !== null && !s.importJob.finished)
  const call = useApp((s) => s.call)
  const loadArticles = useApp((s) => s.loadArticles)
  const refreshInfo = useApp((s) => s.refreshInfo)
  const fileInput = useRef<HTMLInputElement>(null)
  const [details, setDetails] = useState<ArticleSummary | null>(null)
  const [dragging, setDragging] = useState(false)
  const [deleted, setDeleted] = useState<string | null>(null)

  // Stable, so the memoised rows re-render only when their own article changes.
  const onKey = useCallback(
    (e: KeyboardEvent, id: number) => {
      if (e.key === 'Enter') showInPane(id)
      const n = Number(e.key)
      if (n >= 1 && n <= panes.length) showInPane(id, n - 1)
    },
    [showInPane, panes.length]
  )

  const pickAndImport = useApp((s) => s.pickAndImport)
  const folderInput = useRef<HTMLInputElement>(null)
  const startImport = (folders: boolean) => {
    if (shellKind === 'electron') void pickAndImport(folders)
    else (folders ? folderInput : fileInput).current?.click()
  }
  const onPicked = (input: HTMLInputElement) => {
    const files = Array.from(input.files ?? [])
    input.value = ''
    void importFiles(files)
  }

  // A finished import's summary belongs to the project it ran in.
  useEffect(
    () => () => {
      if (useApp.getState().importJob?.finished) useApp.getState().dismissImport()
    },
    []
  )

  // Files and folders dropped anywhere on the window are imported.
  useEffect(() => {
    if (readOnly) return
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files')
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return
      e.preventDefault()
      setDragging(true)
    }
    const leave = (e: DragEvent) => {
      if (!e.relatedTarget) setDragging(false)
    }
    const drop = (e: DragEvent) => {
      if (!hasFiles(e) || !e.dataTransfer) return
      e.preventDefault()
      setDragging(false)
      const pathFor = window.factdeskShell?.pathForFile
      if (pathFor) {
        const paths = Array.from(e.dataTransfer.files)
          .map((f) => pathFor(f))
          .filter(Boolean)
        if (paths.length) return void importPaths(paths)
      }
      void filesFromDrop(e.dataTransfer).then((files) => importFiles(files))
    }
    window.addEventListener('dragover', over)
    window.addEventListener('dragleave', leave)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragover', over)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('drop', drop)
    }
  }, [readOnly, importPaths, importFiles])

  const groups = useMemo(() => {
    const sorted = sortArticles(articles, groupByOutlet && sortBy === 'outlet' ? 'title' : sortBy)
    if (!groupByOutlet) return [{ outlet: null as string | null, items: sorted }]
    const map = new Map<string, ArticleSummary[]>()
    for (const a of sorted) {
      const k = a.outlet ?? 'Unknown outlet'
      map.set(k, [...(map.get(k) ?? []), a])
    }
    return [...map.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([outlet, items]) => ({ outlet, items }))
  }, [articles, sortBy, groupByOutlet])

  // The first pane showing each article, as the rows mark it.
  const paneOf = new Map<number | null, number>()
  panes.forEach((p, i) => !paneOf.has(p.articleId) && paneOf.set(p.articleId, i))

  const undoDelete = async () => {
    setDeleted(null)
    const r = await call(api.edit.undo({}))
    if (r) await Promise.all([loadArticles(), refreshInfo()])
  }

  return (
    <nav className={dragging ? 'library dragging' : 'library'} aria-label="Library">
      <div className="library-actions">
        <button type="button" className="primary" onClick={() => startImport(false)} disabled={readOnly || importing}>
          Import articles
        </button>
        <button type="button" onClick={() => startImport(true)} disabled={readOnly || importing}>
          Import folder
        </button>
        <button type="button" onClick={() => openDialog({ type: 'paste' })} disabled={readOnly}>
          Paste article
        </button>
        <input
          ref={fileInput}
          type="file"
          multiple
          accept={ACCEPT}
          hidden
          aria-label="Files to import"
          onChange={(e) => onPicked(e.target)}
        />
        <input
          ref={folderInput}
          type="file"
          hidden
          aria-label="Folder to import"
          {...{ webkitdirectory: '' }}
          onChange={(e) => onPicked(e.target)}
        />
      </div>
      {dragging && <p className="drop-hint small">Drop files or folders to import them</p>}
      <ImportStatus />
      {deleted && (
        <div className="deleted-bar small" role="status">
          <span>Deleted “{deleted}”.</span>
          <button type="button" className="small-button" onClick={() => void undoDelete()}>
            Undo delete
          </button>
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => setDeleted(null)}>
            ×
          </button>
        </div>
      )}
      <LibrarySearch />
      <div className="articles-header">
        <h2 className="section-title" id="articles-title">
          Articles <span className="muted">({articles.length})</span>
        </h2>
        <label className="small">
          <span className="visually-hidden">Sort articles by</span>
          <select aria-label="Sort articles by" value={sortBy} onChange={(e) => setSort(e.target.value as SortKey)}>
            <option value="date">Newest first</option>
            <option value="outlet">Outlet</option>
            <option value="title">Title</option>
          </select>
        </label>
        <select
          className="small"
          aria-label="Group articles"
          value={groupByOutlet ? 'outlet' : 'none'}
          onChange={(e) => setGroupByOutlet(e.target.value === 'outlet')}
        >
          <option value="none">No groups</option>
          <option value="outlet">Group by outlet</option>
        </select>
      </div>
      <ul className="article-list" aria-labelledby="articles-title">
        {articles.length === 0 && (
          <li className="muted small empty">
            {articlesLoaded ? 'No articles yet. Import files, drop them here, or paste one.' : 'Loading articles…'}
          </li>
        )}
        {groups.map((g) => (
          <GroupItems key={g.outlet ?? ''} outlet={g.outlet}>
            {g.items.map((a) => (
              <ArticleItem
                key={a.id}
                a={a}
                where={paneOf.get(a.id) ?? -1}
                paneCount={panes.length}
                showInPane={showInPane}
                onKey={onKey}
                onDetails={setDetails}
              />
            ))}
          </GroupItems>
        ))}
      </ul>
      {details && <ArticleDetailsDialog article={details} onClose={() => setDetails(null)} onDeleted={setDeleted} />}
    </nav>
  )
}
