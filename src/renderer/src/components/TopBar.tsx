import { useApp } from '../store'
import { MAX_PANES } from '../store/panesSlice'
import { plural } from '../../../shared/plural'
import { ExportReportButton } from './ExportDialog'
import { UndoButtons } from './EditControls'
import { MenuButton } from './MenuButton'

/**
 * One line at any width: the title gives way (ellipsis) before any control does, the undo
 * buttons keep a fixed size and name what they undo in their accessible name and tooltip, and the
 * less frequent commands sit in the Project menu.
 */
export function TopBar({ libraryOpen }: { libraryOpen: boolean }) {
  const project = useApp((s) => s.project)!
  const panes = useApp((s) => s.panes.length)
  const linkedScroll = useApp((s) => s.linkedScroll)
  const setLinkedScroll = useApp((s) => s.setLinkedScroll)
  const addPane = useApp((s) => s.addPane)
  const closeProject = useApp((s) => s.closeProject)
  const openDialog = useApp((s) => s.openDialog)
  const toggleLibrary = useApp((s) => s.toggleLibrary)
  const editorName = useApp((s) => s.settings?.editorName)
  const counts = [
    plural(project.articles, 'article'),
    plural(project.passages, 'passage'),
    plural(project.claims, 'claim')
  ].join(' · ')

  return (
    <header className="topbar">
      <button
        type="button"
        className="icon-button library-toggle"
        aria-label={libraryOpen ? 'Hide library' : 'Show library'}
        aria-expanded={libraryOpen}
        title={libraryOpen ? 'Hide library' : 'Show library'}
        onClick={() => toggleLibrary(!libraryOpen)}
      >
        <span aria-hidden="true">☰</span>
      </button>
      <span className="brand-mark small" aria-hidden="true">
        ✓
      </span>
      <div className="topbar-title">
        <h1 title={project.title}>{project.title}</h1>
        <span className="topbar-counts muted small" title={project.file}>
          {counts}
          {project.readOnly ? '' : ' · saved'}
        </span>
      </div>
      {project.readOnly && (
        <span className="badge badge-warn" title="Opened read-only: edits are off">
          Read-only
        </span>
      )}
      <div className="topbar-actions">
        <UndoButtons />
        <button type="button" onClick={addPane} disabled={panes >= MAX_PANES} title="Add a reader pane">
          Add pane
        </button>
        <ExportReportButton />
        <button
          type="button"
          onClick={() => openDialog({ type: 'settings' })}
          title={editorName ? `Project settings (editing as ${editorName})` : 'Project settings'}
        >
          Settings
        </button>
        <MenuButton
          label="Project menu"
          face={<span aria-hidden="true">⋯</span>}
          items={[
            { label: 'Linked scroll', checked: linkedScroll, onSelect: () => setLinkedScroll(!linkedScroll) },
            { label: 'Keyboard shortcuts', hint: '?', onSelect: () => openDialog({ type: 'shortcuts' }) },
            { label: 'Close project', onSelect: () => void closeProject() }
          ]}
        />
      </div>
    </header>
  )
}
