import { useEffect, useId, useRef, useState, type ReactNode } from 'react'

export interface MenuItem {
  label: string
  /** Accessible name when it says more than the label (e.g. which pane). */
  name?: string
  onSelect: () => void
  disabled?: boolean
  /** A checkable item (menuitemcheckbox) when set. */
  checked?: boolean
  hint?: string
}

interface Props {
  /** The button's accessible name, e.g. "Pane 2 options". */
  label: string
  /** What the button shows; the label when absent. */
  face?: ReactNode
  items: MenuItem[]
  /** Extra content below the items (a slider, a note), inside the menu's box. */
  footer?: ReactNode
  className?: string
}

/**
 * A button that opens a menu of actions: controls that do not fit a narrow header collapse into
 * one of these rather than wrap. Arrow keys move between items, Escape or a click outside closes it
 * and the focus goes back to the button.
 */
export function MenuButton({ label, face, items, footer, className }: Props) {
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const menu = useRef<HTMLDivElement>(null)
  const id = useId()

  useEffect(() => {
    if (!open) return
    menu.current?.querySelector<HTMLElement>('[role^="menuitem"]:not([disabled])')?.focus()
    const outside = (e: PointerEvent) => {
      const t = e.target as Node
      if (!menu.current?.contains(t) && !button.current?.contains(t)) setOpen(false)
    }
    document.addEventListener('pointerdown', outside)
    return () => document.removeEventListener('pointerdown', outside)
  }, [open])

  const close = (refocus: boolean) => {
    setOpen(false)
    if (refocus) button.current?.focus()
  }

  const onKey = (e: React.KeyboardEvent) => {
    const all = [...(menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]:not([disabled])') ?? [])]
    const at = all.indexOf(document.activeElement as HTMLElement)
    if (e.key === 'Escape') close(true)
    else if (e.key === 'ArrowDown') all[(at + 1) % all.length]?.focus()
    else if (e.key === 'ArrowUp') all[(at - 1 + all.length) % all.length]?.focus()
    else if (e.key === 'Home') all[0]?.focus()
    else if (e.key === 'End') all[all.length - 1]?.focus()
    else if (e.key === 'Tab') return setOpen(false)
    else return
    e.preventDefault()
    e.stopPropagation()
  }

  return (
    <span className={`menu-anchor ${className ?? ''}`}>
      <button
        ref={button}
        type="button"
        className="menu-button"
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen((v) => !v)}
      >
        {face ?? label}
      </button>
      {open && (
        <div ref={menu} id={id} role="menu" aria-label={label} className="menu" onKeyDown={onKey}>
          {items.map((it) => (
            <button
              key={it.label}
              type="button"
              role={it.checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
              aria-checked={it.checked}
              aria-label={it.name}
              disabled={it.disabled}
              className="menu-item"
              onClick={() => {
                close(true)
                it.onSelect()
              }}
            >
              <span className="menu-check" aria-hidden="true">
                {it.checked ? '✓' : ''}
              </span>
              <span className="menu-label">{it.label}</span>
              {it.hint && <kbd className="menu-hint">{it.hint}</kbd>}
            </button>
          ))}
          {footer && <div className="menu-footer">{footer}</div>}
        </div>
      )}
    </span>
  )
}
