import { useEffect, useState, type FormEvent } from 'react'
import { useApp } from '../store'
import { Modal } from './Modal'
import { StatusScaleEditor } from './StatusScaleEditor'

export function SettingsDialog() {
  const close = useApp((s) => s.closeDialog)
  const settings = useApp((s) => s.settings)
  const updateSettings = useApp((s) => s.updateSettings)
  const [title, setTitle] = useState(settings?.title ?? '')
  const [editorName, setEditorName] = useState(settings?.editorName ?? '')
  const [publisherName, setPublisherName] = useState(settings?.publisherName ?? '')
  const [publisherUrl, setPublisherUrl] = useState(settings?.publisherUrl ?? '')
  const [reviewTitle, setReviewTitle] = useState(settings?.reviewTitle ?? '')
  const [reviewUrl, setReviewUrl] = useState(settings?.reviewUrl ?? '')
  const [introduction, setIntroduction] = useState(settings?.introduction ?? '')
  const [importMb, setImportMb] = useState<{ loaded: number; value: string } | null>(null)
  const importLimit = useApp((s) => s.importLimit)
  const setImportLimit = useApp((s) => s.setImportLimit)
  const [statuses, setStatuses] = useState(settings?.statuses ?? [])
  const [savedKeys] = useState(() => new Set((settings?.statuses ?? []).map((s) => s.key)))

  useEffect(() => {
    void importLimit().then((maxBytes) => {
      if (maxBytes !== undefined) setImportMb({ loaded: maxBytes, value: String(Math.round(maxBytes / 2 ** 20)) })
    })
  }, [importLimit])

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const maxBytes = importMb ? Math.round(Number(importMb.value) * 2 ** 20) : null
    if (maxBytes && maxBytes !== importMb?.loaded && !(await setImportLimit(maxBytes))) return
    const scaleChanged = JSON.stringify(statuses) !== JSON.stringify(settings?.statuses ?? [])
    const patch = {
      title,
      editorName,
      publisherName,
      publisherUrl: publisherUrl.trim(),
      reviewTitle,
      reviewUrl: reviewUrl.trim(),
      introduction
    }
    if (await updateSettings(scaleChanged ? { ...patch, statuses } : patch)) close()
  }

  return (
    <Modal title="Project settings" onClose={close} wide>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <label>
          Project title
          <input required value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          Editor name
          <input required value={editorName} onChange={(e) => setEditorName(e.target.value)} />
        </label>
        <p className="muted small">Recorded with every change you make in this project.</p>
        <label>
          Publisher
          <input value={publisherName} onChange={(e) => setPublisherName(e.target.value)} />
        </label>
        <label>
          Publisher web address
          <input
            type="url"
            value={publisherUrl}
            onChange={(e) => setPublisherUrl(e.target.value)}
            placeholder="https://"
          />
        </label>
        <label>
          Published fact-check title
          <input value={reviewTitle} onChange={(e) => setReviewTitle(e.target.value)} />
        </label>
        <label>
          Published fact-check web address
          <input type="url" value={reviewUrl} onChange={(e) => setReviewUrl(e.target.value)} placeholder="https://" />
        </label>
        <label>
          Report introduction
          <textarea rows={4} value={introduction} onChange={(e) => setIntroduction(e.target.value)} />
        </label>
        <p className="muted small">Shown at the top of the report, before the summary.</p>
        <label>
          Import size limit (MB)
          <input
            type="number"
            min={1}
            max={2048}
            required
            disabled={!importMb}
            value={importMb?.value ?? ''}
            onChange={(e) => setImportMb((m) => (m ? { ...m, value: e.target.value } : m))}
          />
        </label>
        <p className="muted small">Larger files are refused when importing, with the reason in the summary.</p>
        <StatusScaleEditor statuses={statuses} savedKeys={savedKeys} onChange={setStatuses} />
        <div className="form-actions">
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Save settings
          </button>
        </div>
      </form>
    </Modal>
  )
}
