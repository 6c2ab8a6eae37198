import { describe, expect, it } from 'vitest'
import type { ArticleSummary, ClaimSummary, Passage, ProjectInfo, TagResult } from '../../src/shared/domain'
import { applyChange } from '../../src/renderer/src/store/apply'
import { changeOf, type ChangeState } from '../../src/renderer/src/store/change'
import { useProject } from './serviceHarness'
import { useTempDirs } from './helpers'

/** The lists a new passage touches; everything else in the store stays as it was. */
interface TagState {
  passagesByArticle: Record<number, Passage[]>
  claims: ClaimSummary[]
  articles: ArticleSummary[]
  project: ProjectInfo | null
}

/**
 * The store after a tag, computed from the tag's answer alone, through the same applyChange as
 * every write: the service has committed exactly this passage and link, so reloading 20,000
 * claims and every article summary to learn two counts would only repeat what the answer says.
 */
function applyTagResult(s: TagState, r: TagResult): TagState {
  const state = {
    ...s,
    selectedPassageId: null,
    selectedClaimId: null,
    bodies: {},
    panes: []
  } as unknown as ChangeState
  const next = { ...state, ...applyChange(state, changeOf.tag(r), ['passages', 'claims', 'articles', 'project']) }
  return {
    passagesByArticle: next.passagesByArticle,
    claims: next.claims,
    articles: next.articles,
    project: next.project
  }
}

const BODY =
  'The mayor said the pier is unsafe for lorries.\n\nThe ferry company denied any safety problem at the pier.\n\n' +
  'An inspection in May found cracks in two piles.'

describe('the store after a tag, from the answer alone', () => {
  const tmp = useTempDirs()
  const h = useProject(tmp)
  const at = (q: string) => ({ start: BODY.indexOf(q), end: BODY.indexOf(q) + q.length })

  async function reload(articleId: number): Promise<TagState> {
    return {
      passagesByArticle: { [articleId]: await h.call<Passage[]>('passages.listForArticle', { articleId }) },
      claims: await h.call<ClaimSummary[]>('claims.list'),
      articles: await h.call<ArticleSummary[]>('articles.list'),
      project: await h.call<ProjectInfo>('project.current')
    }
  }

  it('matches a full reload after new claims, linked claims, denials, evidence and unlinked passages', async () => {
    const article = await h.call<{ id: number }>('articles.paste', { title: 'Pier', body: BODY })
    await h.call<{ id: number }>('articles.paste', { title: 'Other', body: 'Nothing tagged here at all.' })
    let state = await reload(article.id)
    const steps = [
      { ...at('the pier is unsafe for lorries'), kind: 'claim', newClaimText: 'The pier is unsafe' },
      { ...at('The mayor said'), kind: 'claim', claimId: 1 },
      { ...at('denied any safety problem'), kind: 'denial', claimId: 1 },
      { ...at('found cracks in two piles'), kind: 'evidence', claimId: 1, role: 'supports' },
      { ...at('An inspection in May'), kind: 'evidence', claimId: 1, role: 'context' },
      { ...at('ferry company'), kind: 'evidence' },
      { ...at('pier'), kind: 'claim', newClaimText: 'A second claim' }
    ]
    for (const step of steps) {
      const r = await h.call<TagResult>('passages.tag', { articleId: article.id, ...step })
      const before = state
      state = applyTagResult(state, r)
      expect(state).toEqual(await reload(article.id))
      // Rows the tag did not touch keep their identity, so memoised rows skip rendering.
      expect(state.articles.find((a) => a.id !== article.id)).toBe(before.articles.find((a) => a.id !== article.id))
    }
  })

  it('leaves an article whose passages were never loaded to load them whole', async () => {
    const article = await h.call<{ id: number }>('articles.paste', { title: 'Pier', body: BODY })
    const state = { ...(await reload(article.id)), passagesByArticle: {} }
    const r = await h.call<TagResult>('passages.tag', { articleId: article.id, ...at('pier'), kind: 'evidence' })
    expect(applyTagResult(state, r).passagesByArticle).toEqual({})
  })
})
