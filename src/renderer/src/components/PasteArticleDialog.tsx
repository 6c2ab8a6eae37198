import { useState, type FormEvent } from 'react'
import { MAX_BODY_CHARS } from '../../../shared/limits'
import { paragraphise } from '../../../shared/paragraphs'
import { useApp } from '../store'
import { Modal } from './Modal'

export function PasteArticleDialog() {
  const close = useApp((s) => s.closeDialog)
  const pasteArticle = useApp((s) => s.pasteArticle)
  const [title, setTitle] = useState('')
  const [outlet, setOutlet] = useState('')
  const [author, setAuthor] = useState('')
  const [url, setUrl] = useState('')
  const [publishedAt, setPublishedAt] = useState('')
  const [body, setBody] = useState('')
  const [saving, setSaving] = useState(false)
  const tooLong = body.length > MAX_BODY_CHARS

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (tooLong) return
    setSaving(true)
    // Pasted text keeps its paragraphs by the rule a .txt import follows.
    const article = await pasteArticle({ title, body: paragraphise(body), outlet, author, url, publishedAt })
    setSaving(false)
    if (article) close()
  }

  return (
    <Modal title="Paste article" onClose={close} wide>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <div className="form-grid">
          <label>
            Title
            <input autoFocus required maxLength={1000} value={title} onChange={(e) => setTitle(e.target.value)} />
          </label>
          <label>
            Outlet
            <input value={outlet} onChange={(e) => setOutlet(e.target.value)} />
          </label>
          <label>
            Author
            <input value={author} onChange={(e) => setAuthor(e.target.value)} />
          </label>
          <label>
            Published
            <input type="date" value={publishedAt} onChange={(e) => setPublishedAt(e.target.value)} />
          </label>
          <label className="span-2">
            Link
            <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://" />
          </label>
        </div>
        <label>
          Article text
          <textarea required rows={14} value={body} onChange={(e) => setBody(e.target.value)} aria-invalid={tooLong} />
        </label>
        <p className={tooLong ? 'error small' : 'muted small'}>
          {tooLong
            ? `This text is ${body.length.toLocaleString()} characters; the limit is ${MAX_BODY_CHARS.toLocaleString()}.`
            : 'Pasted text is kept as plain text; formatting and links are not carried over.'}
        </p>
        <div className="form-actions">
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={saving || tooLong}>
            Add article
          </button>
        </div>
      </form>
    </Modal>
  )
}
