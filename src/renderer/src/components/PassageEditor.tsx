import { useEffect, useState } from 'react'
import type { Kind, Passage, Role } from '../../../shared/domain'
import { KINDS, rolesForKind } from '../../../shared/domain'
import { KIND_LABEL } from '../lib/highlights'
import { stepSpan } from '../lib/wordStep'
import { useApp } from '../store'
import { PassageClaimPicker } from './PassageClaimPicker'

const ROLE_LABEL: Record<Role, string> = {
  states: 'States the claim',
  denies: 'Denies the claim',
  supports: 'Supports the claim',
  refutes: 'Refutes the claim',
  context: 'Gives context'
}

/** The selected passage: kind, role, claim, span, note, delete. */
export function PassageEditor({ passage, readOnly }: { passage: Passage; readOnly: boolean }) {
  const body = useApp((s) => s.bodies[passage.articleId]?.body)
  const textSelection = useApp((s) => s.textSelection)
  const updatePassage = useApp((s) => s.updatePassage)
  const deletePassage = useApp((s) => s.deletePassage)
  const [note, setNote] = useState(passage.note)
  useEffect(() => setNote(passage.note), [passage.note])

  const selectionHere = textSelection && textSelection.articleId === passage.articleId ? textSelection : null
  const step = (edge: 'start' | 'end', dir: -1 | 1) => {
    if (!body) return
    const next = stepSpan(body, passage, edge, dir)
    if (next.start !== passage.start || next.end !== passage.end) void updatePassage(passage, next)
  }

  return (
    <div className="inspector-passage" role="group" aria-label="Selected passage">
      {passage.orphaned && (
        <p className="muted small">Orphaned: its text changed; set its span to a selection to place it again.</p>
      )}
      <blockquote className={`quote quote-${passage.kind}`}>{passage.exact}</blockquote>
      <div className="form inspector-form">
        <div className="row">
          <label>
            Passage kind
            <select
              value={passage.kind}
              disabled={readOnly}
              onChange={(e) => void updatePassage(passage, { kind: e.target.value as Kind })}
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABEL[k]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Role
            <select
              value={passage.role ?? ''}
              disabled={readOnly || passage.claimId === null || rolesForKind(passage.kind).length < 2}
              onChange={(e) => void updatePassage(passage, { role: e.target.value as Role })}
            >
              {passage.role === null && <option value="">—</option>}
              {rolesForKind(passage.kind).map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABEL[r]}
                </option>
              ))}
            </select>
          </label>
        </div>
        <PassageClaimPicker
          passage={passage}
          readOnly={readOnly}
          onChange={(claimId) => void updatePassage(passage, { claimId })}
        />
        <fieldset className="span-tools" disabled={readOnly}>
          <legend className="small">Span</legend>
          <button type="button" className="small" onClick={() => step('start', -1)}>
            Extend start
          </button>
          <button type="button" className="small" onClick={() => step('start', 1)}>
            Shrink start
          </button>
          <button type="button" className="small" onClick={() => step('end', -1)}>
            Shrink end
          </button>
          <button type="button" className="small" onClick={() => step('end', 1)}>
            Extend end
          </button>
          <button
            type="button"
            className="small"
            disabled={!selectionHere}
            title="Select text in this article first"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => selectionHere && void updatePassage(passage, selectionHere)}
          >
            Set span to selection
          </button>
        </fieldset>
        <label>
          Passage note
          <textarea
            rows={2}
            value={note}
            readOnly={readOnly}
            onChange={(e) => setNote(e.target.value)}
            onBlur={() => note !== passage.note && void updatePassage(passage, { note })}
          />
        </label>
        <button type="button" className="danger small" disabled={readOnly} onClick={() => void deletePassage(passage)}>
          Delete passage
        </button>
      </div>
    </div>
  )
}
