import { useEffect } from 'react'
import { useApp } from '../store'
import { afterPaint } from '../lib/afterPaint'

/** True where typing belongs to the focused field, so Ctrl+Z and single-letter keys are the field's. */
export function isEditable(el: Element | null): boolean {
  if (!el) return false
  if (el instanceof HTMLTextAreaElement) return !el.readOnly
  if (el instanceof HTMLInputElement) {
    return !el.readOnly && !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color'].includes(el.type)
  }
  if (el instanceof HTMLSelectElement) return false
  return (el as HTMLElement).isContentEditable
}

/**
 * Undo and Redo keep a fixed size: what they undo ("Undo Tag claim") is their accessible name and
 * tooltip, not their face, so a long label never pushes the title off the bar.
 */
export function UndoButtons() {
  const state = useApp((s) => s.undoState)
  const step = useApp((s) => s.step)
  const readOnly = useApp((s) => s.project?.readOnly ?? false)
  const undo = state.undoLabel ? `Undo ${state.undoLabel}` : 'Undo'
  const redo = state.redoLabel ? `Redo ${state.redoLabel}` : 'Redo'
  return (
    <span className="undo-buttons">
      <button
        type="button"
        aria-label={undo}
        disabled={!state.canUndo || readOnly}
        onClick={() => void step('undo')}
        title={`${undo} (Ctrl/Cmd+Z)`}
      >
        <span aria-hidden="true">↶</span> Undo
      </button>
      <button
        type="button"
        aria-label={redo}
        disabled={!state.canRedo || readOnly}
        onClick={() => void step('redo')}
        title={`${redo} (Shift+Ctrl/Cmd+Z or Ctrl+Y)`}
      >
        <span aria-hidden="true">↷</span> Redo
      </button>
    </span>
  )
}

/** App-wide keys: undo/redo outside text fields, ? for the shortcut sheet, and the Edit menu. */
export function useGlobalShortcuts(): void {
  const step = useApp((s) => s.step)
  const openDialog = useApp((s) => s.openDialog)
  const loadUndoState = useApp((s) => s.loadUndoState)
  // The labels of the project just opened; after each write, the store's commit refreshes them.
  const projectFile = useApp((s) => s.project?.file)

  // After the first frame: the labels are not what the editor looks at first.
  useEffect(() => afterPaint(() => void loadUndoState()), [loadUndoState, projectFile])

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (useApp.getState().dialog.type !== 'none') return
      if (isEditable(document.activeElement)) return
      const mod = e.ctrlKey || e.metaKey
      const key = e.key.toLowerCase()
      if (mod && !e.altKey && key === 'z') {
        e.preventDefault()
        void step(e.shiftKey ? 'redo' : 'undo')
      } else if (mod && !e.altKey && !e.shiftKey && key === 'y') {
        e.preventDefault()
        void step('redo')
      } else if (e.key === '?' && !mod && !e.altKey) {
        e.preventDefault()
        openDialog({ type: 'shortcuts' })
      }
    }
    window.addEventListener('keydown', onKey)
    const off = window.factdeskShell?.onEditStep?.((s) => {
      // A text field keeps its own undo; everything else undoes the last project edit.
      if (isEditable(document.activeElement)) document.execCommand(s)
      else void step(s)
    })
    return () => {
      window.removeEventListener('keydown', onKey)
      off?.()
    }
  }, [step, openDialog])
}
