import { useEffect, useState } from 'react'
import type { ClaimSummary } from '../../../shared/domain'
import { useApp } from '../store'
import type { ClaimPatch } from '../store/claimsSlice'
import { KIND_LABEL } from './ArticleText'

export function Inspector() {
  const claim = useApp((s) => s.claims.find((c) => c.id === s.selectedClaimId))
  const passage = useApp((s) =>
    s.selectedPassageId === null
      ? undefined
      : Object.values(s.passagesByArticle)
          .flat()
          .find((p) => p.id === s.selectedPassageId)
  )
  const deletePassage = useApp((s) => s.deletePassage)
  const readOnly = useApp((s) => s.project?.readOnly ?? false)

  return (
    <section className="inspector" aria-label="Inspector">
      <h2 className="section-title">Inspector</h2>
      {passage && (
        <div className="inspector-passage">
          <p className="muted small">
            Selected passage · <span className={`kind-label kind-${passage.kind}`}>{KIND_LABEL[passage.kind]}</span>
            {passage.role ? ` · ${passage.role}` : ''}
          </p>
          <blockquote className={`quote quote-${passage.kind}`}>{passage.exact}</blockquote>
          <button
            type="button"
            className="danger small"
            disabled={readOnly}
            onClick={() => void deletePassage(passage)}
          >
            Delete passage
          </button>
        </div>
      )}
      {claim ? (
        <ClaimForm key={claim.id} claim={claim} readOnly={readOnly} />
      ) : (
        <p className="muted small">Select a claim or a highlight to see it here.</p>
      )}
    </section>
  )
}

function ClaimForm({ claim, readOnly }: { claim: ClaimSummary; readOnly: boolean }) {
  const statuses = useApp((s) => s.settings?.statuses ?? [])
  const updateClaim = useApp((s) => s.updateClaim)
  const [text, setText] = useState(claim.text)
  const [claimant, setClaimant] = useState(claim.claimant)
  const [rationale, setRationale] = useState(claim.rationale)

  useEffect(() => setText(claim.text), [claim.text])
  useEffect(() => setClaimant(claim.claimant), [claim.claimant])
  useEffect(() => setRationale(claim.rationale), [claim.rationale])

  const commit = (patch: ClaimPatch) => {
    const changed = Object.entries(patch).some(([k, v]) => claim[k as keyof ClaimPatch] !== v)
    if (changed) void updateClaim(claim.id, patch)
  }

  return (
    <form className="form inspector-form" onSubmit={(e) => e.preventDefault()}>
      <label>
        Claim text
        <textarea
          rows={3}
          value={text}
          readOnly={readOnly}
          onChange={(e) => setText(e.target.value)}
          onBlur={() => text.trim() && commit({ text: text.trim() })}
        />
      </label>
      <label>
        Claimant
        <input
          value={claimant}
          readOnly={readOnly}
          onChange={(e) => setClaimant(e.target.value)}
          onBlur={() => commit({ claimant })}
        />
      </label>
      <label>
        Verification status
        <select value={claim.status} disabled={readOnly} onChange={(e) => commit({ status: e.target.value })}>
          {statuses
            .filter((s) => !s.retired || s.key === claim.status)
            .map((s) => (
              <option key={s.key} value={s.key}>
                {s.label}
              </option>
            ))}
        </select>
      </label>
      <label>
        Rationale
        <textarea
          rows={5}
          value={rationale}
          readOnly={readOnly}
          onChange={(e) => setRationale(e.target.value)}
          onBlur={() => commit({ rationale })}
        />
      </label>
      <p className="muted small">
        {claim.counts.states} stating · {claim.counts.denies} denying · {claim.counts.evidence} evidence passages
      </p>
    </form>
  )
}
