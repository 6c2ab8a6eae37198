import { useEffect } from 'react'
import { useApp } from '../store'
import { Dialogs } from './Dialogs'
import { EditorNameDialog } from './EditorNameDialog'
import { StartScreen } from './StartScreen'
import { Toasts } from './Toasts'
import { Workspace } from './Workspace'

export function App() {
  const ready = useApp((s) => s.ready)
  const project = useApp((s) => s.project)
  const loadCurrent = useApp((s) => s.loadCurrent)
  const prefs = useApp((s) => s.prefs)

  useEffect(() => {
    void loadCurrent()
    // The desktop menu can open, close or replace the project behind the renderer's back.
    return window.factdeskShell?.onProjectChanged(() => void loadCurrent())
  }, [loadCurrent])

  useEffect(() => {
    document.title = project ? `${project.title} — Factdesk` : 'Factdesk'
  }, [project])

  return (
    <>
      {!ready ? (
        <div className="loading" role="status">
          Opening Factdesk…
        </div>
      ) : project ? (
        <Workspace />
      ) : (
        <StartScreen />
      )}
      <Dialogs />
      {ready && prefs?.editorName === null && <EditorNameDialog suggested={prefs.suggestedEditorName} />}
      <Toasts />
      {ready && <span data-testid="app-ready" hidden />}
    </>
  )
}
