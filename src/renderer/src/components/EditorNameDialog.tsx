import { useState, type FormEvent } from 'react'
import { useApp } from '../store'
import { Modal } from './Modal'

/**
 * Asked once, on first use: the name history and reports give for this editor's changes. Closing
 * it keeps the suggested name, so it is not asked again; Settings changes it later.
 */
export function EditorNameDialog({ suggested }: { suggested: string }) {
  const save = useApp((s) => s.saveEditorName)
  const [name, setName] = useState(suggested)
  const submit = (e?: FormEvent) => {
    e?.preventDefault()
    void save(name.trim() || suggested)
  }
  return (
    <Modal title="Your name" onClose={() => submit()}>
      <form onSubmit={submit} className="form">
        <p className="muted small">Factdesk records who made each change. New projects use this name.</p>
        <label>
          Your name
          <input autoFocus required value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
        </label>
        <div className="form-actions">
          <button type="submit" className="primary">
            Save name
          </button>
        </div>
      </form>
    </Modal>
  )
}
