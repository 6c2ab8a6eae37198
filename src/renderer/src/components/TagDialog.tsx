import { useDeferredValue, useEffect, useMemo, useState, type FormEvent } from 'react'
import type { Kind, Stance } from '../../../shared/domain'
import { STANCES } from '../../../shared/domain'
import { statusLabel } from '../../../shared/statusScale'
import { filterClaims } from '../lib/claimFilter'
import { suggestClaimsForPassage } from '../lib/claimSuggestions'
import { useApp } from '../store'
import type { TagForm } from '../store/uiSlice'
import { Modal } from './Modal'

interface Props {
  request: { kind: Kind; articleId: number; start: number; end: number; exact: string; form?: TagForm }
}

/** Claims offered as radios at once. */
const SHOWN = 100

const TITLES: Record<Kind, string> = { claim: 'Tag as claim', denial: 'Tag as denial', evidence: 'Tag as evidence' }

export function TagDialog({ request }: Props) {
  const close = useApp((s) => s.closeDialog)
  const claims = useApp((s) => s.claims)
  const statuses = useApp((s) => s.settings?.statuses ?? [])
  const selectedClaimId = useApp((s) => s.selectedClaimId)
  const tag = useApp((s) => s.tag)

  const isClaim = request.kind === 'claim'
  // Back after a failed tag, the dialog holds what the editor had entered.
  const entered = request.form
  const [mode, setMode] = useState<'new' | 'existing'>(
    entered?.mode ?? (isClaim || claims.length === 0 ? 'new' : 'existing')
  )
  const [newText, setNewText] = useState(entered?.newText ?? request.exact.replace(/\s+/g, ' ').trim())
  const [query, setQuery] = useState('')
  const [claimId, setClaimId] = useState<number | null>(() =>
    entered ? entered.claimId : claims.some((c) => c.id === selectedClaimId) ? selectedClaimId : (claims[0]?.id ?? null)
  )
  const [stance, setStance] = useState<Stance>(entered?.stance ?? 'supports')
  const [saving, setSaving] = useState(false)

  const [suggested, setSuggested] = useState<number[]>([])
  useEffect(() => {
    let live = true
    void suggestClaimsForPassage(request).then((ids) => {
      if (!live || ids.length === 0) return
      setSuggested(ids)
      if (!entered) setClaimId(ids[0])
    })
    return () => {
      live = false
    }
  }, [request, isClaim, entered])

  const deferredQuery = useDeferredValue(query)
  const found = useMemo(() => {
    const list = filterClaims(claims, deferredQuery, '')
    const rank = (id: number) => (suggested.includes(id) ? suggested.indexOf(id) : suggested.length)
    return suggested.length ? [...list].sort((a, b) => rank(a.id) - rank(b.id)) : list
  }, [claims, deferredQuery, suggested])
  // A radio per claim of 20,000 would take seconds to lay out; the search narrows the rest.
  const visible = useMemo(() => {
    const head = found.slice(0, SHOWN)
    const chosen = claimId === null ? undefined : found.find((c) => c.id === claimId)
    return chosen && !head.includes(chosen) ? [...head, chosen] : head
  }, [found, claimId])

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (mode === 'existing' && claimId === null) return
    setSaving(true)
    performance.mark('factdesk:tag-submit')
    // Dropped now, while the page's layout is fresh: dropped once the highlight is in the page, it
    // forces a style and layout pass of its own before that frame.
    window.getSelection()?.removeAllRanges()
    const passage = await tag(
      {
        articleId: request.articleId,
        start: request.start,
        end: request.end,
        kind: request.kind,
        ...(mode === 'new' ? { newClaimText: newText } : { claimId: claimId ?? undefined }),
        ...(request.kind === 'evidence' ? { role: stance } : {})
      },
      {
        closeDialog: true,
        reopen: {
          type: 'tag',
          kind: request.kind,
          articleId: request.articleId,
          start: request.start,
          end: request.end,
          exact: request.exact,
          form: { mode, newText, claimId, stance }
        }
      }
    )
    // Closed by the update that draws the highlight; still here if that could not be drawn.
    if (!passage) setSaving(false)
  }

  const newLabel = isClaim ? 'Create a new claim' : 'The claim it bears on is new'
  return (
    <Modal title={TITLES[request.kind]} onClose={close} wide>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <blockquote className={`quote quote-${request.kind}`}>{request.exact}</blockquote>
        <fieldset className="segmented">
          <legend className="visually-hidden">Claim</legend>
          <label>
            <input type="radio" name="mode" checked={mode === 'new'} onChange={() => setMode('new')} />
            {newLabel}
          </label>
          <label>
            <input
              type="radio"
              name="mode"
              checked={mode === 'existing'}
              disabled={claims.length === 0}
              onChange={() => setMode('existing')}
            />
            {isClaim ? 'Link to an existing claim' : 'Pick the claim'} ({claims.length})
          </label>
        </fieldset>
        {isClaim && mode === 'new' && suggested.length > 0 && (
          <p className="tag-hint small" role="status">
            Other articles have this statement tagged as{' '}
            {suggested.length === 1 ? 'a claim' : `${suggested.length} claims`}.{' '}
            <button type="button" className="link-button" onClick={() => setMode('existing')}>
              Link to the matching claim
            </button>
          </p>
        )}
        {mode === 'new' ? (
          <label>
            New claim text
            <textarea
              autoFocus
              required
              rows={3}
              value={newText}
              onChange={(e) => setNewText(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !e.shiftKey) {
                  e.preventDefault()
                  e.currentTarget.form?.requestSubmit()
                }
              }}
            />
          </label>
        ) : (
          <div className="claim-picker">
            <input
              type="search"
              aria-label="Find a claim"
              placeholder="Find a claim"
              value={query}
              autoFocus
              onChange={(e) => setQuery(e.target.value)}
            />
            <div role="radiogroup" aria-label="Claims to link" className="claim-options">
              {visible.map((c) => (
                <label key={c.id} className="claim-option">
                  <input type="radio" name="claim" checked={claimId === c.id} onChange={() => setClaimId(c.id)} />
                  <span className="claim-option-text">{c.text}</span>
                  {suggested.includes(c.id) && <span className="badge">Suggested</span>}
                  <span className={`status-chip status-${c.status}`}>{statusLabel(statuses, c.status)}</span>
                </label>
              ))}
              {visible.length === 0 && <p className="muted small">No claim matches.</p>}
              {found.length > visible.length && (
                <p className="muted small">{found.length - visible.length} more: narrow them with the search.</p>
              )}
            </div>
          </div>
        )}
        {request.kind === 'evidence' && (
          <label>
            Stance
            <select value={stance} onChange={(e) => setStance(e.target.value as Stance)}>
              {STANCES.map((s) => (
                <option key={s} value={s}>
                  {s === 'supports' ? 'Supports the claim' : s === 'refutes' ? 'Refutes the claim' : 'Gives context'}
                </option>
              ))}
            </select>
          </label>
        )}
        <div className="form-actions">
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={saving || (mode === 'existing' && claimId === null)}>
            {TITLES[request.kind]}
          </button>
        </div>
      </form>
    </Modal>
  )
}
