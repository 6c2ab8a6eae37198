import { useState, type FormEvent } from 'react'
import { useApp } from '../store'
import { Modal as ModalShell } from './Modal'

/** Browser mode has no native file dialog: the editor types the path of the project file. */
export function PathDialog({ purpose }: { purpose: 'open' | 'create' }) {
  const close = useApp((s) => s.closeDialog)
  const openProject = useApp((s) => s.openProject)
  const createProject = useApp((s) => s.createProject)
  const creating = purpose === 'create'
  const folder = useApp((s) => (creating ? (s.prefs?.projectsFolder ?? null) : null))
  const [file, setFile] = useState(folder ? 'Untitled.factdesk' : '')
  const [title, setTitle] = useState('')

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const ok = creating ? await createProject(file.trim(), title.trim() || undefined) : await openProject(file.trim())
    if (ok) close()
  }

  return (
    <ModalShell title={creating ? 'New project' : 'Open project'} onClose={close}>
      <form onSubmit={(e) => void submit(e)} className="form">
        {folder && (
          <p className="small">
            Folder: <code className="path-dialog-folder">{folder}</code>
          </p>
        )}
        <label>
          Project file
          <input
            autoFocus
            required
            value={file}
            onChange={(e) => setFile(e.target.value)}
            // "Untitled" is selected, so typing a name replaces it and keeps the extension.
            onFocus={(e) => e.target.setSelectionRange(0, e.target.value.replace(/\.factdesk$/i, '').length)}
            placeholder={creating ? '/home/me/Documents/bridge-story.factdesk' : 'path to a .factdesk file'}
            spellCheck={false}
          />
        </label>
        {creating && (
          <label>
            Project title
            <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder="Harbour Bridge closure" />
          </label>
        )}
        <p className="muted small">
          {creating
            ? `${folder ? 'A name alone is saved in the folder above; a full path goes where it says. ' : ''}The file is created on this computer; ".factdesk" is added when missing.`
            : 'The file stays where it is; edits are saved into it.'}
        </p>
        <div className="form-actions">
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="primary">
            {creating ? 'Create project' : 'Open'}
          </button>
        </div>
      </form>
    </ModalShell>
  )
}
