import { useEffect, useState, type FormEvent } from 'react'
import type { ArticleSummary } from '../../../shared/domain'
import { useApp } from '../store'
import { Modal } from './Modal'

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/** Edit an article's metadata, or delete it (after saying what goes with it; Undo brings it back). */
export function ArticleDetailsDialog({
  article,
  onClose,
  onDeleted
}: {
  article: ArticleSummary
  onClose: () => void
  onDeleted: (title: string) => void
}) {
  const readArticle = useApp((s) => s.readArticle)
  const updateArticleDetails = useApp((s) => s.updateArticleDetails)
  const articleDeleteImpact = useApp((s) => s.articleDeleteImpact)
  const deleteArticle = useApp((s) => s.deleteArticle)
  const readOnly = useApp((s) => s.project?.readOnly ?? false)
  const [form, setForm] = useState({
    title: article.title,
    outlet: article.outlet ?? '',
    author: article.author ?? '',
    url: article.url ?? '',
    publishedAt: article.publishedAt?.slice(0, 10) ?? '',
    language: article.language ?? ''
  })
  const [confirm, setConfirm] = useState<{ passages: number; links: number } | null>(null)
  const [source, setSource] = useState<string | null>(null)

  useEffect(() => {
    void readArticle(article.id).then((a) => a && setSource(a.source))
  }, [article.id, readArticle])

  const save = async (e: FormEvent) => {
    e.preventDefault()
    if (!(await updateArticleDetails(article.id, form))) return
    onClose()
  }

  const askDelete = async () => {
    const impact = await articleDeleteImpact(article.id)
    if (impact) setConfirm(impact)
  }

  const doDelete = async () => {
    if (!(await deleteArticle(article.id))) return
    onClose()
    onDeleted(article.title)
  }

  const field = (key: keyof typeof form, label: string, type = 'text') => (
    <label>
      {label}
      <input
        type={type}
        value={form[key]}
        required={key === 'title'}
        readOnly={readOnly}
        onChange={(e) => setForm((f) => ({ ...f, [key]: e.target.value }))}
      />
    </label>
  )

  return (
    <Modal title="Article details" onClose={onClose} wide>
      <form className="form" onSubmit={(e) => void save(e)}>
        <div className="form-grid">
          <div className="span-2">{field('title', 'Title')}</div>
          {field('outlet', 'Outlet')}
          {field('author', 'Author')}
          {field('publishedAt', 'Published', 'date')}
          {field('language', 'Language')}
          <div className="span-2">{field('url', 'Link', 'url')}</div>
        </div>
        <p className="muted small">
          {article.chars.toLocaleString()} characters · {plural(article.counts.claim, 'claim')},{' '}
          {plural(article.counts.denial, 'denial')}, {article.counts.evidence} evidence
          {source ? ` · from ${source}` : ''}
        </p>
        {confirm ? (
          <div className="confirm-delete" role="alertdialog" aria-label="Confirm delete">
            <p>
              Delete “{article.title}” with {plural(confirm.passages, 'passage')} and {plural(confirm.links, 'link')}?
              Undo delete brings it back until the project is closed.
            </p>
            <div className="form-actions">
              <button type="button" onClick={() => setConfirm(null)}>
                Keep article
              </button>
              <button type="button" className="danger" onClick={() => void doDelete()}>
                Delete article
              </button>
            </div>
          </div>
        ) : (
          <div className="form-actions">
            <button type="button" className="danger" onClick={() => void askDelete()} disabled={readOnly}>
              Delete article…
            </button>
            <span className="spacer" />
            <button type="button" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="primary" disabled={readOnly}>
              Save details
            </button>
          </div>
        )}
      </form>
    </Modal>
  )
}
