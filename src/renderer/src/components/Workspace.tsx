import { Fragment, useEffect, useSyncExternalStore } from 'react'
import { useApp } from '../store'
import { saveLayoutSoon } from '../store/deskSlice'
import { useGlobalShortcuts } from './EditControls'
import { Library } from './Library'
import { PaneDivider } from './PaneDivider'
import { ReaderPane } from './ReaderPane'
import { SidePanel } from './SidePanel'
import { TopBar } from './TopBar'

/** Below this window width, three or more panes take the library's room unless the editor opens it. */
const ROOMY_WIDTH = 1600

const subscribeResize = (cb: () => void) => {
  window.addEventListener('resize', cb)
  return () => window.removeEventListener('resize', cb)
}
const windowWidth = () => window.innerWidth

export function Workspace() {
  const panes = useApp((s) => s.panes)
  const widths = useApp((s) => s.paneWidths)
  const libraryChoice = useApp((s) => s.libraryOpen)
  const width = useSyncExternalStore(subscribeResize, windowWidth)
  const libraryOpen = libraryChoice ?? !(panes.length >= 3 && width < ROOMY_WIDTH)
  useGlobalShortcuts()
  useLayoutSaving()

  const columns = panes.map((_, i) => `minmax(0, ${widths[i] ?? 1}fr)`).join(' 6px ')

  return (
    <div className={libraryOpen ? 'workspace' : 'workspace library-closed'}>
      <TopBar libraryOpen={libraryOpen} />
      {libraryOpen ? <Library /> : <LibraryRail />}
      <main className="panes" style={{ gridTemplateColumns: columns }}>
        {panes.map((_, i) => (
          <Fragment key={i}>
            {i > 0 && <PaneDivider index={i - 1} />}
            <ReaderPane index={i} />
          </Fragment>
        ))}
      </main>
      <SidePanel />
    </div>
  )
}

/** The closed library: one button to open it, and the article count so the editor knows it is there. */
function LibraryRail() {
  const toggleLibrary = useApp((s) => s.toggleLibrary)
  const count = useApp((s) => s.project?.articles ?? 0)
  return (
    <nav className="library-rail" aria-label="Library">
      <button
        type="button"
        className="rail-button"
        onClick={() => toggleLibrary(true)}
        aria-label="Show library"
        title="Show library"
      >
        <span aria-hidden="true">☰</span>
        <span className="rail-label">Library · {count.toLocaleString('en')}</span>
      </button>
    </nav>
  )
}

/** Saves the desk (panes, articles, widths, scroll, side tab) to the project a moment after it changes. */
function useLayoutSaving() {
  useEffect(() => {
    const save = saveLayoutSoon(() => {
      const s = useApp.getState()
      return s.project && !s.project.readOnly && s.layoutRestored ? s.currentLayout() : null
    })
    const unsubscribe = useApp.subscribe((s, prev) => {
      if (
        s.panes !== prev.panes ||
        s.paneWidths !== prev.paneWidths ||
        s.activePane !== prev.activePane ||
        s.libraryOpen !== prev.libraryOpen ||
        s.sideTab !== prev.sideTab ||
        s.linkedScroll !== prev.linkedScroll ||
        s.suggestionThreshold !== prev.suggestionThreshold
      )
        save()
    })
    // Scrolling a pane changes no store state; its scroll events ask for a save too.
    const onScroll = (e: Event) => {
      if (e.target instanceof HTMLElement && e.target.classList.contains('pane-scroll')) save()
    }
    document.addEventListener('scroll', onScroll, { capture: true, passive: true })
    return () => {
      unsubscribe()
      document.removeEventListener('scroll', onScroll, { capture: true })
    }
  }, [])
}
