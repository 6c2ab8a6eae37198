import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react'
import { nextInCycle } from '../lib/focusCycle'
import { focusableIn } from '../lib/focusTrap'

interface Props {
  title: string
  onClose: () => void
  children: ReactNode
  wide?: boolean
}

/** Open modals, innermost last: only the innermost holds the focus. */
const open: HTMLElement[] = []

/**
 * A modal dialog: a <dialog> marked aria-modal over a backdrop that takes every click outside
 * it, with the focus kept inside (Tab and Shift+Tab cycle, focus that escapes is brought back),
 * Escape to close, and the focus returned to where it was when it closes.
 *
 * Not showModal(): a modal <dialog> makes the rest of the document inert, and opening or closing
 * it restyles every element of the page (with 10,000 articles in the reader panes' pickers, about
 * 60,000 of them, half a second per tag). aria-modal gives assistive technology the same
 * boundary, and the backdrop and focus handling give the mouse and the keyboard the same.
 */
export function Modal({ title, onClose, children, wide }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  const close = useRef(onClose)
  useLayoutEffect(() => {
    close.current = onClose
  })
  useEffect(() => {
    const d = ref.current
    if (!d) return
    // Nothing to return to when nothing had the focus; focusing the body would only force a
    // style and layout pass in the middle of the update that closes the dialog.
    const active = document.activeElement
    const opener = active instanceof HTMLElement && active !== document.body ? active : null
    open.push(d)
    const innermost = () => open[open.length - 1] === d
    // The first field is more useful than the close button, which comes first.
    const first = d.querySelector<HTMLElement>('textarea, input:not([type="radio"]), select, [role="radio"]')
    if (!d.contains(document.activeElement)) (first ?? focusableIn(d)[0] ?? d).focus()
    const keepFocus = (e: FocusEvent) => {
      if (!innermost() || !(e.target instanceof Node) || d.contains(e.target)) return
      ;(focusableIn(d)[0] ?? d).focus()
    }
    // On the document, not the dialog: the keys work wherever the focus is, even on the body.
    const onKey = (e: KeyboardEvent) => {
      if (!innermost() || e.defaultPrevented) return
      if (e.key === 'Escape') {
        e.preventDefault()
        close.current()
      } else if (e.key === 'Tab' && !e.altKey && !e.ctrlKey && !e.metaKey) {
        const next = nextInCycle(focusableIn(d), document.activeElement, e.shiftKey)
        if (next) {
          e.preventDefault()
          next.focus()
        }
      }
    }
    document.addEventListener('focusin', keepFocus)
    document.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('focusin', keepFocus)
      document.removeEventListener('keydown', onKey)
      open.splice(open.indexOf(d), 1)
      if (opener?.isConnected && (open.length === 0 || open[open.length - 1].contains(opener))) {
        opener.focus({ preventScroll: true })
      }
    }
  }, [])

  return (
    // A press on the backdrop leaves the focus where it is, in the dialog.
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && e.preventDefault()}>
      <dialog
        ref={ref}
        open
        aria-modal="true"
        tabIndex={-1}
        className={wide ? 'modal modal-wide' : 'modal'}
        aria-label={title}
      >
        <header className="modal-header">
          <h2>{title}</h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </header>
        {children}
      </dialog>
    </div>
  )
}
