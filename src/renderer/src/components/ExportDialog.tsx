import { useEffect, useMemo, useRef, useState } from 'react'
import { shellKind } from '../lib/shell'
import { useApp } from '../store'
import type { ClaimSelection, ExportPreview } from '../../../shared/contract/export'
import { EXPORT_FORMATS, FORMAT_INFO, type ExportFormat } from '../../../shared/exportFormats'
import { ExportClaimOrder } from './ExportClaimOrder'
import { ExportWarnings } from './ExportWarnings'
import { Modal } from './Modal'

type Scope = 'all' | 'status' | 'selected'

/** Export report: a live preview of the HTML report, the claims to include, a format, then the file. */
export function ExportDialog({ onClose }: { onClose: () => void }) {
  const claims = useApp((s) => s.claims)
  const statuses = useApp((s) => s.settings?.statuses ?? [])
  const selectedClaimId = useApp((s) => s.selectedClaimId)
  const exportPreview = useApp((s) => s.exportPreview)
  const exportReport = useApp((s) => s.exportReport)
  const claimOrder = useApp((s) => s.settings?.claimOrder)
  const [scope, setScope] = useState<Scope>('all')
  const [chosenStatuses, setChosenStatuses] = useState<string[]>(() =>
    statuses.filter((s) => s.rating !== null).map((s) => s.key)
  )
  const [chosenClaims, setChosenClaims] = useState<number[]>(() => (selectedClaimId ? [selectedClaimId] : []))
  const [format, setFormat] = useState<ExportFormat>('html')
  const [preview, setPreview] = useState<(ExportPreview & { seq: number }) | null>(null)
  const previewSeq = useRef(0)
  const [working, setWorking] = useState(false)

  const selection = useMemo<ClaimSelection>(() => {
    if (scope === 'status') return { statuses: chosenStatuses }
    if (scope === 'selected') return { claimIds: chosenClaims }
    return {}
  }, [scope, chosenStatuses, chosenClaims])
  const empty =
    (scope === 'status' && chosenStatuses.length === 0) || (scope === 'selected' && chosenClaims.length === 0)

  useEffect(() => {
    let live = true
    if (empty) {
      setPreview(null)
      return
    }
    void exportPreview(selection).then((p) => {
      if (live) setPreview(p ? { ...p, seq: ++previewSeq.current } : null)
    })
    return () => {
      live = false
    }
    // claimOrder: a new order changes the report, so the preview is made again.
  }, [selection, empty, exportPreview, claimOrder])

  const toggle = <T,>(list: T[], v: T) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v])

  const onExport = async () => {
    setWorking(true)
    try {
      if (await exportReport(format, selection)) onClose()
    } finally {
      setWorking(false)
    }
  }

  const statusOf = new Map(claims.map((c) => [c.id, c.status]))
  const included = (id: number) =>
    scope === 'all' ||
    (scope === 'status' && chosenStatuses.includes(statusOf.get(id) ?? '')) ||
    (scope === 'selected' && chosenClaims.includes(id))
  return (
    <Modal title="Export report" onClose={onClose} wide>
      <div className="export-dialog">
        <div className="export-options">
          <fieldset>
            <legend>Claims</legend>
            <label>
              <input type="radio" name="scope" checked={scope === 'all'} onChange={() => setScope('all')} /> All claims
              ({claims.length})
            </label>
            <label>
              <input type="radio" name="scope" checked={scope === 'status'} onChange={() => setScope('status')} /> By
              status
            </label>
            {scope === 'status' && (
              <div className="export-choices" role="group" aria-label="Statuses to include">
                {statuses.map((s) => (
                  <label key={s.key}>
                    <input
                      type="checkbox"
                      checked={chosenStatuses.includes(s.key)}
                      onChange={() => setChosenStatuses((l) => toggle(l, s.key))}
                    />{' '}
                    {s.label}
                  </label>
                ))}
              </div>
            )}
            <label>
              <input type="radio" name="scope" checked={scope === 'selected'} onChange={() => setScope('selected')} />{' '}
              Selected claims
            </label>
            {scope === 'selected' && (
              <div className="export-choices" role="group" aria-label="Claims to include">
                {claims.map((c) => (
                  <label key={c.id}>
                    <input
                      type="checkbox"
                      checked={chosenClaims.includes(c.id)}
                      onChange={() => setChosenClaims((l) => toggle(l, c.id))}
                    />{' '}
                    {c.text}
                  </label>
                ))}
              </div>
            )}
          </fieldset>
          <ExportClaimOrder include={included} />
          <label className="export-format">
            Format
            <select value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
              {EXPORT_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {FORMAT_INFO[f].label}
                </option>
              ))}
            </select>
          </label>
          {format === 'json' && (
            <p className="muted small">Project data is the whole project, whatever claims are chosen.</p>
          )}
          {format === 'claimreview' && <ExportWarnings preview={preview} />}
          <div className="form-actions">
            <button type="button" onClick={onClose}>
              Cancel
            </button>
            <button type="button" className="primary" disabled={working || empty} onClick={() => void onExport()}>
              {working ? 'Exporting…' : shellKind === 'electron' ? 'Export…' : 'Export'}
            </button>
          </div>
        </div>
        <div className="export-preview">
          <p className="muted small">
            {preview
              ? `${preview.claims} ${preview.claims === 1 ? 'claim' : 'claims'} · ${preview.passages} ${preview.passages === 1 ? 'passage' : 'passages'}`
              : empty
                ? 'Choose some claims'
                : 'Loading…'}
          </p>
          {/* No scripts can run here: an empty sandbox, and the report's own CSP forbids them too.
              A fresh iframe per preview, born with its srcdoc: changing srcdoc on a live sandboxed
              frame raced its first load in Chromium and sometimes left the preview blank. */}
          {preview ? (
            <iframe key={preview.seq} title="Report preview" sandbox="" srcDoc={preview.html} />
          ) : (
            <div className="export-preview-placeholder" aria-hidden="true" />
          )}
        </div>
      </div>
    </Modal>
  )
}

export function ExportReportButton() {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Export report
      </button>
      {open && <ExportDialog onClose={() => setOpen(false)} />}
    </>
  )
}
