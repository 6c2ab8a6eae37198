import type { Kind } from '../../../shared/domain'

interface Props {
  top: number
  left: number
  onTag: (kind: Kind) => void
}

const BUTTONS: { kind: Kind; label: string; key: string }[] = [
  { kind: 'claim', label: 'Claim', key: 'C' },
  { kind: 'denial', label: 'Denial', key: 'D' },
  { kind: 'evidence', label: 'Evidence', key: 'E' }
]

export function SelectionToolbar({ top, left, onTag }: Props) {
  return (
    <div role="toolbar" aria-label="Tag selection" className="selection-toolbar" style={{ top, left }}>
      {BUTTONS.map((b) => (
        <button
          key={b.kind}
          type="button"
          className={`tag-button tag-${b.kind}`}
          aria-keyshortcuts={b.key}
          title={`${b.label} (${b.key})`}
          // Keep the text selection while the pointer goes down on the button.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onTag(b.kind)}
        >
          {b.label} <kbd>{b.key}</kbd>
        </button>
      ))}
    </div>
  )
}
