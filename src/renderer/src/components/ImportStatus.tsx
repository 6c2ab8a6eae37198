import { useApp } from '../store'

const baseName = (s: string) => s.split(/[\\/]/).pop() ?? s

/** The running import's progress bar, count and cancel button, then its summary. */
export function ImportStatus() {
  const job = useApp((s) => s.importJob)
  const cancel = useApp((s) => s.cancelImport)
  const dismiss = useApp((s) => s.dismissImport)
  if (!job) return null
  const { imported, skipped, failed } = job.summary
  const pct = job.total ? Math.round((job.done / job.total) * 100) : 0
  return (
    <section className="import-status" aria-label="Import">
      {!job.finished ? (
        <>
          <div className="import-row">
            <progress aria-label="Import progress" max={job.total || 1} value={job.done} />
            <span className="small" aria-live="polite">
              {job.done} of {job.total}
            </span>
            <button type="button" className="small-button" onClick={() => void cancel()} disabled={!job.jobId}>
              Cancel import
            </button>
          </div>
          <p className="muted small import-current">{job.current ? baseName(job.current) : `${pct}%`}</p>
        </>
      ) : (
        <div role="status" className="import-summary">
          <p>
            <strong>{job.cancelled ? 'Import cancelled' : 'Import finished'}:</strong> {imported.length} imported,{' '}
            {skipped.length} skipped, {failed.length} failed
          </p>
          {(skipped.length > 0 || failed.length > 0) && (
            <ul className="import-problems small">
              {failed.map((f, i) => (
                <li key={`f${i}`} className="error">
                  {baseName(f.source)}: {f.error}
                </li>
              ))}
              {skipped.map((s, i) => (
                <li key={`s${i}`} className="muted">
                  {baseName(s.source)}: {s.reason}
                </li>
              ))}
            </ul>
          )}
          <button type="button" className="small-button" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      )}
    </section>
  )
}
