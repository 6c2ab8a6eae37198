import { useApp } from '../store'
import { shellKind } from '../lib/shell'
import { ImportProjectDataButton } from './ImportProjectData'

export function StartScreen() {
  const recent = useApp((s) => s.recent)
  const openProject = useApp((s) => s.openProject)
  const openSample = useApp((s) => s.openSample)
  const pickProject = useApp((s) => s.pickProject)

  const onNew = () => pickProject('create')
  const onOpen = () => pickProject('open')

  return (
    <main className="start">
      <section className="start-card" aria-labelledby="start-title">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            ✓
          </span>
          <div>
            <h1 id="start-title">Factdesk</h1>
            <p className="muted">Read the coverage side by side, tag who claims what, and check it.</p>
          </div>
        </div>
        <div className="start-actions">
          <button type="button" className="primary" onClick={() => void onNew()}>
            New project
          </button>
          <button type="button" onClick={() => void onOpen()}>
            Open project
          </button>
          <button type="button" onClick={() => void openSample()}>
            Open sample project
          </button>
          <ImportProjectDataButton />
        </div>
        <p className="muted small">
          Every edit is saved in the project file the moment you make it.
          {shellKind === 'browser' && ' Running in browser mode on this computer only.'}
        </p>
      </section>
      <section className="start-recent" aria-labelledby="recent-title">
        <h2 id="recent-title">Recent projects</h2>
        <ul aria-labelledby="recent-title" className="recent-list">
          {recent.length === 0 && <li className="muted">No recent projects yet.</li>}
          {recent.map((r) => (
            <li key={r.file}>
              <button
                type="button"
                className="recent-item"
                disabled={r.missing}
                onClick={() => void openProject(r.file)}
                title={r.missing ? `${r.file} (missing)` : r.file}
              >
                <span className="recent-title">{r.title}</span>
                <span className="recent-path">{r.missing ? `missing: ${r.file}` : r.file}</span>
                <span className="recent-date">{new Date(r.openedAt).toLocaleString()}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    </main>
  )
}
