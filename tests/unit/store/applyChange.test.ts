import { describe, expect, it } from 'vitest'
import type {
  Article,
  ClaimSummary,
  Passage,
  PassageUpdateResult,
  TagResult,
  UpdateTextResult
} from '../../../src/shared/domain'
import { applyChange } from '../../../src/renderer/src/store/apply'
import { changeOf, type Change, type ChangeState } from '../../../src/renderer/src/store/change'
import { useProject } from '../serviceHarness'
import { useTempDirs } from '../helpers'
import { data, reload } from './state'

const BODY =
  'The mayor said the pier is unsafe for lorries.\n\nThe ferry company denied any safety problem at the pier.\n\n' +
  'An inspection in May found cracks in two piles.'

/** Every write's answer, through its change and applyChange, leaves the store as a reload would. */
describe('applyChange: the store after each write, from the answer alone', () => {
  const tmp = useTempDirs()
  const h = useProject(tmp)
  const at = (q: string) => ({ start: BODY.indexOf(q), end: BODY.indexOf(q) + q.length })

  async function setup() {
    const pier = await h.call<Article>('articles.paste', { title: 'Pier', body: BODY, publishedAt: '2024-05-02' })
    const other = await h.call<Article>('articles.paste', {
      title: 'Other',
      body: 'The pier is unsafe, said the mayor.'
    })
    const open = [pier.id, other.id]
    const claim = await h.call<TagResult>('passages.tag', {
      articleId: pier.id,
      ...at('the pier is unsafe for lorries'),
      kind: 'claim',
      newClaimText: 'The pier is unsafe'
    })
    const denial = await h.call<TagResult>('passages.tag', {
      articleId: pier.id,
      ...at('denied any safety problem'),
      kind: 'denial',
      claimId: claim.claim!.id
    })
    return { pier, other, open, claim, denial, state: await reload(h, open) }
  }

  /** Applies the change and holds the result against a reload; returns the patched state. */
  async function expectReload(s: ChangeState, c: Change, open: number[]): Promise<ChangeState> {
    const next = { ...s, ...applyChange(s, c) }
    expect(data(next)).toEqual(data(await reload(h, open)))
    return next
  }

  it('follows passage edits: kind and role, a new claim, another claim, unlinking, a note', async () => {
    const { open, claim, denial, state } = await setup()
    let s = state
    const update = async (patch: object) => {
      const before = Object.values(s.passagesByArticle)
        .flat()
        .find((p) => p.id === denial.passage.id)!
      const r = await h.call<PassageUpdateResult>('passages.update', { id: denial.passage.id, ...patch })
      s = await expectReload(s, changeOf.passageUpdated(before, r), open)
    }
    await update({ kind: 'evidence', role: 'refutes' })
    await update({ newClaimText: 'The pier is safe' })
    await update({ claimId: claim.claim!.id })
    await update({ ...at('denied any safety problem at the pier') })
    await update({ claimId: null })
    await update({ note: 'check the survey' })
  })

  it('follows a passage deleted, a claim deleted (its passages stay, unlinked) and a claim edited', async () => {
    const { open, claim, denial, state } = await setup()
    const gone = await h.call<Passage>('passages.delete', { id: denial.passage.id })
    let s = await expectReload(state, changeOf.passageDeleted(gone), open)
    const edited = await h.call<ClaimSummary>('claims.update', { id: claim.claim!.id, status: 'false' })
    s = await expectReload(s, changeOf.claimUpdated(edited), open)
    s = { ...s, selectedClaimId: claim.claim!.id, selectedPassageId: denial.passage.id }
    await h.call('claims.delete', { id: claim.claim!.id })
    const after = { ...s, ...applyChange(s, changeOf.claimDeleted(claim.claim!.id)) }
    expect(data(after)).toEqual(data(await reload(h, open)))
    expect(after.selectedClaimId).toBeNull()
    expect(after.revision).toBe(s.revision + 1)
  })

  it('follows articles pasted, edited, re-texted and deleted with their passages', async () => {
    const { pier, other, open, state } = await setup()
    const pasted = await h.call<Article>('articles.paste', { title: 'Later', body: 'Cracks 🌉 in piles.' })
    const open3 = [...open, pasted.id]
    let s = { ...state, ...applyChange(state, changeOf.articleWritten(pasted)) }
    // Its text is kept for the pane about to show it, which loads its (no) passages.
    s = {
      ...s,
      passagesByArticle: { ...s.passagesByArticle, [pasted.id]: [] },
      panes: open3.map((articleId) => ({ articleId }))
    }
    expect(data(s)).toEqual(data(await reload(h, open3)))
    const details = await h.call<Article>('library.updateArticle', { id: other.id, publishedAt: '2025-01-01' })
    s = await expectReload(s, changeOf.articleWritten(details), open3)
    const text = await h.call<UpdateTextResult>('articles.updateText', {
      id: pier.id,
      body: 'Yesterday. ' + BODY.replace('cracks', 'deep cracks')
    })
    s = await expectReload(s, changeOf.textUpdated(text), open3)
    const deleted = await h.call<{ id: number; passages: Passage[] }>('library.deleteArticle', { id: pier.id })
    const after = { ...s, ...applyChange(s, changeOf.articleDeleted(deleted)) }
    const fresh = await reload(h, open3)
    expect(data(after)).toEqual(data(fresh))
    expect(after.panes).toEqual([{ articleId: null }, { articleId: other.id }, { articleId: pasted.id }])
  })

  it('follows a tag after a draft: the draft goes, the passage takes its place, counted once', async () => {
    const { pier, open, claim, state } = await setup()
    const draft: Passage = { ...claim.passage, id: -1, ...at('found cracks in two piles'), kind: 'evidence' }
    let s = { ...state, ...applyChange(state, { passages: [{ before: null, after: draft }] }, ['passages']) }
    expect(s.passagesByArticle[pier.id]).toContain(draft)
    const r = await h.call<TagResult>('passages.tag', {
      articleId: pier.id,
      ...at('found cracks in two piles'),
      kind: 'evidence',
      claimId: claim.claim!.id,
      role: 'supports'
    })
    s = { ...s, ...applyChange(s, changeOf.tag(r, draft), ['passages']) }
    // The lists take their counts in a second update, after the highlight is painted.
    expect(s.claims).toBe(state.claims)
    await expectReload(s, changeOf.tag(r, draft), open.filter(Boolean))
  })
})
