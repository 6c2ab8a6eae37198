import { describe, expect, it } from 'vitest'
import type { Article, ClaimSummary, HistoryEntry, Passage, TagResult, UpdateTextResult } from '../../src/shared/domain'
import { useProject } from './serviceHarness'
import { useTempDirs } from './helpers'

const BODY =
  'The mayor said the pier is unsafe for lorries.\n\nThe ferry company denied any safety problem at the pier.'

describe('editing passages and claims', () => {
  const tmp = useTempDirs()
  const h = useProject(tmp)

  async function setup() {
    const article = await h.call<Article>('articles.paste', { title: 'Pier', body: BODY })
    const at = (q: string) => ({ start: BODY.indexOf(q), end: BODY.indexOf(q) + q.length })
    const claim = await h.call<TagResult>('passages.tag', {
      articleId: article.id,
      ...at('the pier is unsafe for lorries'),
      kind: 'claim',
      newClaimText: 'The pier is unsafe'
    })
    const denial = await h.call<TagResult>('passages.tag', {
      articleId: article.id,
      ...at('denied any safety problem'),
      kind: 'denial',
      claimId: claim.claim!.id
    })
    return { article, claim, denial, at }
  }

  it('changes kind, role, span, claim and note, each recorded and undoable', async () => {
    const { claim, denial, at } = await setup()
    let p = await h.call<Passage>('passages.update', { id: denial.passage.id, kind: 'evidence', role: 'refutes' })
    expect(p).toMatchObject({ kind: 'evidence', role: 'refutes', claimId: claim.claim!.id })
    expect(await h.call('edit.state')).toMatchObject({ undoLabel: 'Change passage kind' })

    p = await h.call<Passage>('passages.update', {
      id: denial.passage.id,
      ...at('denied any safety problem at the pier')
    })
    expect(p.exact).toBe('denied any safety problem at the pier')

    p = await h.call<Passage>('passages.update', { id: denial.passage.id, newClaimText: 'The pier is safe' })
    expect(p.claimId).not.toBe(claim.claim!.id)
    p = await h.call<Passage>('passages.update', { id: denial.passage.id, note: 'check the survey' })
    expect(p.note).toBe('check the survey')
    p = await h.call<Passage>('passages.update', { id: denial.passage.id, claimId: null })
    expect(p.claimId).toBeNull()

    const history = await h.call<HistoryEntry[]>('history.list', { entity: 'passage', entityId: p.id })
    expect(history.map((e) => e.field)).toEqual(expect.arrayContaining(['kind', 'role', 'span', 'claim', 'note']))
    expect(history.every((e) => e.editor.length > 0)).toBe(true)

    for (let i = 0; i < 4; i++) await h.call('edit.undo')
    p = (await h.call<Passage[]>('passages.listForClaim', { claimId: claim.claim!.id })).find(
      (x) => x.id === denial.passage.id
    )!
    expect(p).toMatchObject({ kind: 'evidence', role: 'refutes', exact: 'denied any safety problem', note: '' })
  })

  it('refuses a role that does not fit the kind and a span outside the article', async () => {
    const { denial } = await setup()
    expect((await h.failure('passages.update', { id: denial.passage.id, role: 'supports' })).code).toBe('invalid_input')
    expect((await h.failure('passages.update', { id: denial.passage.id, start: 5, end: 9999 })).code).toBe(
      'invalid_input'
    )
  })

  it('deletes a claim but keeps its passages, and undo brings it back linked', async () => {
    const { claim, article } = await setup()
    await h.call('claims.delete', { id: claim.claim!.id })
    expect(await h.call<ClaimSummary[]>('claims.list')).toHaveLength(0)
    const left = await h.call<Passage[]>('passages.listForArticle', { articleId: article.id })
    expect(left.map((p) => p.claimId)).toEqual([null, null])
    await h.call('edit.undo')
    const [c] = await h.call<ClaimSummary[]>('claims.list')
    expect(c.counts).toEqual({ states: 1, denies: 1, evidence: 0 })
  })

  it('edits an article text, re-anchors passages, orphans the lost one and re-attaches it', async () => {
    const { article, claim, denial } = await setup()
    const edited =
      'Correction: ' + BODY.replace('The ferry company denied any safety problem at the pier.', 'No reply.')
    const r = await h.call<UpdateTextResult>('articles.updateText', { id: article.id, body: edited })
    expect(r.placed).toBe(1)
    expect(r.orphaned).toEqual([denial.passage.id])
    const list = await h.call<Passage[]>('passages.listForArticle', { articleId: article.id })
    const moved = list.find((p) => p.id === claim.passage.id)!
    expect(edited.slice(moved.start, moved.end)).toBe('the pier is unsafe for lorries')
    expect(list.find((p) => p.id === denial.passage.id)!.orphaned).toBe(true)

    const start = edited.indexOf('No reply')
    const back = await h.call<Passage>('passages.update', { id: denial.passage.id, start, end: start + 8 })
    expect(back).toMatchObject({ orphaned: false, exact: 'No reply' })

    await h.call('edit.undo')
    await h.call('edit.undo')
    expect((await h.call<Article>('articles.get', { id: article.id })).body).toBe(BODY)
    const restored = await h.call<Passage[]>('passages.listForArticle', { articleId: article.id })
    expect(restored.every((p) => !p.orphaned)).toBe(true)
  })
})
