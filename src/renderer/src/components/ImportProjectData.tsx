import { useState } from 'react'
import { useApp } from '../store'
import { Modal } from './Modal'

/** Import project data: a new project rebuilt from a Factdesk JSON export (ids and history kept). */
export function ImportProjectDataButton() {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Import project data
      </button>
      {open && <ImportProjectDataDialog onClose={() => setOpen(false)} />}
    </>
  )
}

function ImportProjectDataDialog({ onClose }: { onClose: () => void }) {
  const importProjectData = useApp((s) => s.importProjectData)
  const [text, setText] = useState<string | null>(null)
  const [fileName, setFileName] = useState('')
  const [target, setTarget] = useState('')
  const [working, setWorking] = useState(false)

  const onPick = async (f: File | undefined) => {
    if (!f) return
    setFileName(f.name)
    setText(await f.text())
    if (!target) setTarget(f.name.replace(/\.json$/i, '') + '.factdesk')
  }
  const onSubmit = async () => {
    if (text === null || !target.trim()) return
    setWorking(true)
    try {
      if (await importProjectData(target.trim(), text)) onClose()
    } finally {
      setWorking(false)
    }
  }

  return (
    <Modal title="Import project data" onClose={onClose}>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault()
          void onSubmit()
        }}
      >
        <p className="muted small">
          Rebuilds a project from a Factdesk JSON export, with the same articles, passages, claims and history.
        </p>
        <label>
          Export file (JSON)
          <input type="file" accept=".json,application/json" onChange={(e) => void onPick(e.target.files?.[0])} />
        </label>
        {fileName && <p className="muted small">{fileName}</p>}
        <label>
          New project file
          <input
            type="text"
            value={target}
            placeholder="/path/to/story.factdesk"
            onChange={(e) => setTarget(e.target.value)}
          />
        </label>
        <div className="form-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={working || text === null || !target.trim()}>
            Import
          </button>
        </div>
      </form>
    </Modal>
  )
}
