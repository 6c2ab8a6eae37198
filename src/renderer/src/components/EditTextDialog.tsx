import { useState, type FormEvent } from 'react'
import { useApp } from '../store'
import { Modal } from './Modal'

/** Corrects an article's text; the services re-anchor its passages and report any orphans. */
export function EditTextDialog({ articleId }: { articleId: number }) {
  const close = useApp((s) => s.closeDialog)
  const article = useApp((s) => s.bodies[articleId])
  const updateText = useApp((s) => s.updateText)
  const notify = useApp((s) => s.notify)
  const [text, setText] = useState(article?.body ?? '')
  const [saving, setSaving] = useState(false)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setSaving(true)
    const r = await updateText(articleId, text)
    setSaving(false)
    if (!r) return
    close()
    notify(
      r.orphaned.length ? 'error' : 'info',
      r.orphaned.length
        ? `Text saved; ${r.orphaned.length} passage(s) could not be placed and are listed as orphans in the pane`
        : `Text saved; ${r.placed} passage(s) re-anchored`
    )
  }

  return (
    <Modal title="Edit article text" onClose={close} wide>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <p className="muted small">
          Correct the text of “{article?.title}”. Tagged passages follow the text; any that can no longer be found
          become orphans you can re-attach by selecting new text.
        </p>
        <label>
          Article text
          <textarea rows={18} value={text} onChange={(e) => setText(e.target.value)} required />
        </label>
        <div className="form-actions">
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={saving || !text.trim()}>
            Save text
          </button>
        </div>
      </form>
    </Modal>
  )
}
