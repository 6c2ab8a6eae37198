import { useEffect, useState, type FormEvent } from 'react'
import { api } from '../api'
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
  const call = useApp((s) => s.call)
  const loadArticles = useApp((s) => s.loadArticles)
  const refreshInfo = useApp((s) => s.refreshInfo)
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
    void api.articles.get({ id: article.id }).then((r) => r.ok && setSource(r.value.source))
  }, [article.id])

  const refreshAll = async () => {
    useApp.setState((s) => {
      const bodies = { ...s.bodies }
      delete bodies[article.id]
      return { bodies }
    })
    await Promise.all([loadArticles(), refreshInfo()])
  }

  const save = async (e: FormEvent) => {
    e.preventDefault()
    const clean = (v: string) => (v.trim() ? v.trim() : null)
    const r = await call(
      api.library.updateArticle({
        id: article.id,
        title: form.title,
        outlet: clean(form.outlet),
        author: clean(form.author),
        url: clean(form.url),
        publishedAt: clean(form.publishedAt),
        language: clean(form.language)
      })
    )
    if (!r) return
    await refreshAll()
    onClose()
  }

  const askDelete = async () => {
    const impact = await call(api.library.deleteImpact({ id: article.id }))
    if (impact) setConfirm(impact)
  }

  const doDelete = async () => {
    const r = await call(api.library.deleteArticle({ id: article.id }))
    if (!r) return
    useApp.setState((s) => ({ panes: s.panes.map((p) => (p.articleId === article.id ? { articleId: null } : p)) }))
    await refreshAll()
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
