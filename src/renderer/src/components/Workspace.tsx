import { useApp } from '../store'
import { MAX_PANES } from '../store/panesSlice'
import { ClaimsPanel } from './ClaimsPanel'
import { ExportReportButton } from './ExportDialog'
import { Inspector } from './Inspector'
import { Library } from './Library'
import { ReaderPane } from './ReaderPane'
import { SimilarPassages } from './SimilarPassages'

export function Workspace() {
  const project = useApp((s) => s.project)!
  const panes = useApp((s) => s.panes)
  const addPane = useApp((s) => s.addPane)
  const closeProject = useApp((s) => s.closeProject)
  const openDialog = useApp((s) => s.openDialog)
  const editorName = useApp((s) => s.settings?.editorName)

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
          <button type="button" onClick={addPane} disabled={panes.length >= MAX_PANES}>
            Add pane
          </button>
          <ExportReportButton />
          <button type="button" onClick={() => openDialog({ type: 'settings' })} title="Project settings">
            Settings{editorName ? ` · ${editorName}` : ''}
          </button>
          <button type="button" onClick={() => void closeProject()}>
            Close project
          </button>
        </div>
      </header>
      <Library />
      <main className="panes" style={{ gridTemplateColumns: `repeat(${panes.length}, minmax(0, 1fr))` }}>
        {panes.map((_, i) => (
          <ReaderPane key={i} index={i} />
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
