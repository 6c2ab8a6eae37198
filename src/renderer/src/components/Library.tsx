import { useEffect, useRef, useState } from 'react'
import { shellKind } from '../lib/shell'
import type { ArticleSummary } from '../../../shared/domain'
import { filesFromDrop } from '../lib/fileDrop'
import { useApp } from '../store'
import type { SortKey } from '../store/librarySlice'
import { ArticleDetailsDialog } from './ArticleDetailsDialog'
import { ArticleList } from './ArticleList'
import { ImportStatus } from './ImportStatus'
import { LibrarySearch } from './LibrarySearch'

const ACCEPT = '.txt,.text,.md,.markdown,.html,.htm,.xhtml,.pdf,.docx'

export function Library() {
  const articles = useApp((s) => s.articles)
  // No count while the list is on its way: 0 would read as an empty project.
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
  const step = useApp((s) => s.step)
  const fileInput = useRef<HTMLInputElement>(null)
  const [details, setDetails] = useState<ArticleSummary | null>(null)
  const [dragging, setDragging] = useState(false)
  const [deleted, setDeleted] = useState<string | null>(null)

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

  // The first pane showing each article, as the rows mark it.
  const paneOf = new Map<number | null, number>()
  panes.forEach((p, i) => !paneOf.has(p.articleId) && paneOf.set(p.articleId, i))

  const undoDelete = async () => {
    setDeleted(null)
    await step('undo')
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
          Articles {articlesLoaded && <span className="muted">({articles.length.toLocaleString('en')})</span>}
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
      {/* A new order starts at its top, with the first row as the tab stop. */}
      <ArticleList
        key={`${sortBy}-${groupByOutlet}`}
        articles={articles}
        sortBy={sortBy}
        groupByOutlet={groupByOutlet}
        paneOf={paneOf}
        paneCount={panes.length}
        showInPane={showInPane}
        onDetails={setDetails}
      />
      {details && <ArticleDetailsDialog article={details} onClose={() => setDetails(null)} onDeleted={setDeleted} />}
    </nav>
  )
}
