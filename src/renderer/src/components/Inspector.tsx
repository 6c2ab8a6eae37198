import { useEffect, useState } from 'react'
import type { ClaimSummary, HistoryEntry } from '../../../shared/domain'
import { afterPaint } from '../lib/afterPaint'
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
  const claim = useApp((s) => byId(s.claims, claimId))
  const passage = useApp((s) => loadedPassage(s.passagesByArticle, passageId))
  const readOnly = useApp((s) => s.project?.readOnly ?? false)

  return (
    <section className="inspector" aria-label="Inspector">
      <h2 className="section-title">Inspector</h2>
      {/* Keys are prefixed: passage 1 and claim 1 are siblings here, and a shared key made React
          leave a stale copy of the passage editor in the DOM. */}
      {passage && <PassageEditor key={`passage-${passage.id}`} passage={passage} readOnly={readOnly} />}
      {claim ? (
        <ClaimForm key={`claim-${claim.id}`} claim={claim} readOnly={readOnly} />
      ) : (
        <p className="muted small">Select a claim or a highlight to see it here.</p>
      )}
    </section>
  )
}

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
        {claim.counts.states} stating · {claim.counts.denies} denying · {claim.counts.evidence} evidence passages
      </p>
      <ClaimPassages claimId={claim.id} />
      <UnlinkedArticles claim={claim} />
      <ClaimHistory claim={claim} />
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

const FIELD_LABEL: Record<string, string> = {
  text: 'claim text',
  claimant: 'claimant',
  status: 'status',
  rationale: 'rationale',
  note: 'note',
  kind: 'kind',
  role: 'role',
  span: 'span',
  claim: 'claim'
}

function describe(e: HistoryEntry, statusLabel: (k: string) => string): string {
  const subject = e.entity === 'passage' ? `passage ${e.entityId}` : 'claim'
  const show = (v: string | null) => {
    if (v === null || v === '') return '(empty)'
    if (e.field === 'status') return statusLabel(v)
    return v.length > 60 ? `${v.slice(0, 60)}…` : v
  }
  if (e.action === 'update' && e.field) {
    return `${subject}: ${FIELD_LABEL[e.field] ?? e.field} ${show(e.oldValue)} → ${show(e.newValue)}`
  }
  return `${subject}: ${e.action}${e.newValue && e.action !== 'create' ? ` ${show(e.newValue)}` : ''}`
}

/** Who changed what and when, newest first, for the claim and its passages. */
function ClaimHistory({ claim }: { claim: ClaimSummary }) {
  const claimHistory = useApp((s) => s.claimHistory)
  const statuses = useApp((s) => s.settings?.statuses)
  const revision = useApp((s) => s.revision)
  const counts = `${claim.counts.states}-${claim.counts.denies}-${claim.counts.evidence}`
  const [entries, setEntries] = useState<HistoryEntry[]>([])
  useEffect(() => {
    let live = true
    const cancel = afterPaint(() => void claimHistory(claim.id).then((h) => live && setEntries(h)))
    return () => {
      live = false
      cancel()
    }
  }, [claim.id, claim.updatedAt, counts, revision, claimHistory])
  const label = (k: string) => statuses?.find((s) => s.key === k)?.label ?? k
  return (
    <details className="claim-history">
      <summary>History ({entries.length})</summary>
      <ol aria-label="Claim history">
        {entries.map((e) => (
          <li key={e.id}>
            <span className="history-what">{describe(e, label)}</span>
            <span className="muted small">
              {e.editor} · <time dateTime={e.at}>{new Date(e.at).toLocaleString()}</time>
            </span>
          </li>
        ))}
      </ol>
    </details>
  )
}
