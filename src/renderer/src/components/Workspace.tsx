import { Fragment } from 'react'
import { useApp } from '../store'
import { MAX_PANES } from '../store/panesSlice'
import { ClaimsPanel } from './ClaimsPanel'
import { ExportReportButton } from './ExportDialog'
import { UndoButtons, useGlobalShortcuts } from './EditControls'
import { Inspector } from './Inspector'
import { Library } from './Library'
import { PaneDivider } from './PaneDivider'
import { ReaderPane } from './ReaderPane'
import { SimilarPassages } from './SimilarPassages'

export function Workspace() {
  const project = useApp((s) => s.project)!
  const panes = useApp((s) => s.panes)
  const widths = useApp((s) => s.paneWidths)
  const linkedScroll = useApp((s) => s.linkedScroll)
  const setLinkedScroll = useApp((s) => s.setLinkedScroll)
  const addPane = useApp((s) => s.addPane)
  const closeProject = useApp((s) => s.closeProject)
  const openDialog = useApp((s) => s.openDialog)
  const editorName = useApp((s) => s.settings?.editorName)
  useGlobalShortcuts()

  const columns = panes.map((_, i) => `minmax(0, ${widths[i] ?? 1}fr)`).join(' 6px ')

  return (
    <div className="workspace">
      <header className="topbar">
        <div className="topbar-title">
          <span className="brand-mark small" aria-hidden="true">
            ✓
          </span>
          <h1>{project.title}</h1>
          {project.readOnly && <span className="badge badge-warn">Read-only</span>}
          <span className="muted small" title={project.file}>
            {project.articles} articles · {project.passages} passages · {project.claims} claims · saved
          </span>
        </div>
        <div className="topbar-actions">
          <UndoButtons />
          <button type="button" onClick={addPane} disabled={panes.length >= MAX_PANES}>
            Add pane
          </button>
          <ExportReportButton />
          <label className="toggle small">
            <input type="checkbox" checked={linkedScroll} onChange={(e) => setLinkedScroll(e.target.checked)} />
            Linked scroll
          </label>
          <button type="button" onClick={() => openDialog({ type: 'shortcuts' })} title="Keyboard shortcuts (?)">
            Keys
          </button>
          <button type="button" onClick={() => openDialog({ type: 'settings' })} title="Project settings">
            Settings{editorName ? ` · ${editorName}` : ''}
          </button>
          <button type="button" onClick={() => void closeProject()}>
            Close project
          </button>
        </div>
      </header>
      <Library />
      <main className="panes" style={{ gridTemplateColumns: columns }}>
        {panes.map((_, i) => (
          <Fragment key={i}>
            {i > 0 && <PaneDivider index={i - 1} />}
            <ReaderPane index={i} />
          </Fragment>
        ))}
      </main>
      <aside className="sidebar-right">
        <ClaimsPanel />
        <Inspector />
        <SimilarPassages />
      </aside>
    </div>
  )
}
