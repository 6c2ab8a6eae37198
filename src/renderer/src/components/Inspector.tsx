import { useEffect, useState } from 'react'
import type { ClaimSummary } from '../../../shared/domain'
import { KIND_LABEL } from '../lib/highlights'
import { plural } from '../../../shared/plural'
import { useApp } from '../store'
import type { ClaimPatch } from '../store/claimsSlice'
import { ClaimPassages } from './ClaimPassages'
import { ConfirmButton } from './ConfirmButton'
import { PassageEditor } from './PassageEditor'
import { UnlinkedArticles } from './UnlinkedArticles'
import { useAfterPaint } from './useAfterPaint'
import { byId, loadedPassage } from '../lib/byId'

export function Inspector() {
  const claimId = useAfterPaint(useApp((s) => s.selectedClaimId))
  const passageId = useAfterPaint(useApp((s) => s.selectedPassageId))
  const inspected = useApp((s) => s.inspected)
  const claim = useApp((s) => byId(s.claims, claimId))
  const passage = useApp((s) => loadedPassage(s.passagesByArticle, passageId))
  const outlet = useApp((s) => (passage ? byId(s.articles, passage.articleId) : undefined))
  const readOnly = useApp((s) => s.project?.readOnly ?? false)
  const selectClaim = useApp((s) => s.selectClaim)
  const statuses = useApp((s) => s.settings?.statuses)
  // One item at a time: the passage or the claim the editor chose last, never both, so no field
  // can be edited while the eye is on another item's header.
  const showPassage = passage && (inspected === 'passage' || !claim)

  return (
    <section className="inspector" aria-label="Inspector">
      {showPassage ? (
        <>
          <header className="inspector-head">
            <span className={`kind-dot kind-${passage.kind}`} aria-hidden="true" />
            <h2 className="panel-heading">
              {KIND_LABEL[passage.kind]} passage{outlet ? ` in ${outlet.outlet ?? outlet.title}` : ''}
            </h2>
          </header>
          {claim && passage.claimId === claim.id && (
            <p className="inspector-link small">
              Linked to{' '}
              <button type="button" className="link-button" onClick={() => selectClaim(claim.id)}>
                “{claim.text.length > 80 ? `${claim.text.slice(0, 79)}…` : claim.text}”
              </button>
            </p>
          )}
          <PassageEditor key={`passage-${passage.id}`} passage={passage} readOnly={readOnly} />
        </>
      ) : claim ? (
        <>
          <header className="inspector-head">
            <span className="kind-dot kind-claim-record" aria-hidden="true" />
            <h2 className="panel-heading">Claim</h2>
            <span className={`status-chip status-${claim.status}`}>{statusName(statuses ?? [], claim.status)}</span>
          </header>
          <ClaimForm key={`claim-${claim.id}`} claim={claim} readOnly={readOnly} />
        </>
      ) : (
        <p className="muted small inspector-empty">Select a claim or a highlight to see it here.</p>
      )}
    </section>
  )
}

const statusName = (statuses: { key: string; label: string }[], key: string) =>
  statuses.find((s) => s.key === key)?.label ?? key

function ClaimForm({ claim, readOnly }: { claim: ClaimSummary; readOnly: boolean }) {
  const statuses = useApp((s) => s.settings?.statuses ?? [])
  const updateClaim = useApp((s) => s.updateClaim)
  const deleteClaim = useApp((s) => s.deleteClaim)
  const [text, setText] = useState(claim.text)
  const [claimant, setClaimant] = useState(claim.claimant)
  const [rationale, setRationale] = useState(claim.rationale)
  const [note, setNote] = useState(claim.note)
  const [reviewUrl, setReviewUrl] = useState(claim.reviewUrl ?? '')

  useEffect(() => setText(claim.text), [claim.text])
  useEffect(() => setClaimant(claim.claimant), [claim.claimant])
  useEffect(() => setRationale(claim.rationale), [claim.rationale])
  useEffect(() => setNote(claim.note), [claim.note])
  useEffect(() => setReviewUrl(claim.reviewUrl ?? ''), [claim.reviewUrl])

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
      <label>
        Claim note
        <textarea
          rows={2}
          value={note}
          readOnly={readOnly}
          onChange={(e) => setNote(e.target.value)}
          onBlur={() => commit({ note })}
        />
      </label>
      <label>
        Review URL
        <input
          type="url"
          placeholder="https://"
          value={reviewUrl}
          readOnly={readOnly}
          onChange={(e) => setReviewUrl(e.target.value)}
          onBlur={() => (claim.reviewUrl ?? '') !== reviewUrl.trim() && commit({ reviewUrl: reviewUrl.trim() })}
        />
      </label>
      <p className="muted small">
        {plural(claim.counts.states, 'passage')} stating it · {claim.counts.denies.toLocaleString('en')} denying ·{' '}
        {claim.counts.evidence.toLocaleString('en')} of evidence
      </p>
      <ClaimPassages claimId={claim.id} />
      <UnlinkedArticles claim={claim} />
      {!readOnly && (
        <ConfirmButton
          label="Delete claim"
          question="Delete this claim? Its passages stay, unlinked."
          onConfirm={() => void deleteClaim(claim.id)}
        />
      )}
    </form>
  )
}
