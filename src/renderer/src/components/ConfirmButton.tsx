import { useState } from 'react'

/** A destructive button that asks first, inline, so it works by keyboard and in every shell. */
export function ConfirmButton({
  label,
  question,
  onConfirm
}: {
  label: string
  question: string
  onConfirm: () => void
}) {
  const [asking, setAsking] = useState(false)
  if (!asking) {
    return (
      <button type="button" className="danger small" onClick={() => setAsking(true)}>
        {label}
      </button>
    )
  }
  return (
    <div className="confirm" role="alertdialog" aria-label={label}>
      <p className="small">{question}</p>
      <button
        type="button"
        className="danger small"
        autoFocus
        onClick={() => {
          setAsking(false)
          onConfirm()
        }}
      >
        Yes, {label.toLowerCase()}
      </button>
      <button type="button" className="small" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </div>
  )
}
