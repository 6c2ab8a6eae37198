import type { Article, ArticleSummary, ClaimSummary, Passage, ProjectInfo } from '../../../src/shared/domain'
import type { ChangeState } from '../../../src/renderer/src/store/change'
import type { Harness } from '../serviceHarness'

const NO_UNDO = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null }

/** A store state made by hand: only what a test names differs from an empty project. */
export function stateWith(parts: Partial<ChangeState>): ChangeState {
  return {
    passagesByArticle: {},
    selectedPassageId: null,
    claims: [],
    selectedClaimId: null,
    articles: [],
    bodies: {},
    panes: [{ articleId: null }, { articleId: null }],
    project: null,
    settings: null,
    undoState: NO_UNDO,
    revision: 0,
    ...parts
  }
}

/** The store's data as a fresh load from the services gives it, with these articles open in panes. */
export async function reload(h: Harness, open: number[]): Promise<ChangeState> {
  const articles = await h.call<ArticleSummary[]>('articles.list')
  const shown = open.filter((id) => articles.some((a) => a.id === id))
  const passagesByArticle: Record<number, Passage[]> = {}
  const bodies: Record<number, Article> = {}
  for (const id of shown) {
    passagesByArticle[id] = await h.call<Passage[]>('passages.listForArticle', { articleId: id })
    bodies[id] = await h.call<Article>('articles.get', { id })
  }
  return stateWith({
    passagesByArticle,
    bodies,
    articles,
    claims: await h.call<ClaimSummary[]>('claims.list'),
    project: await h.call<ProjectInfo>('project.current'),
    panes: shown.map((articleId) => ({ articleId }))
  })
}

/** The data a reload gives, to compare a patched state with. */
export const data = (s: ChangeState) => ({
  passagesByArticle: s.passagesByArticle,
  bodies: s.bodies,
  articles: s.articles,
  claims: s.claims,
  project: s.project
})

let nextId = 1
/** A passage row for the pure reducer tests. */
export function passage(p: Partial<Passage> & { articleId: number }): Passage {
  return {
    id: nextId++,
    start: 0,
    end: 5,
    exact: 'words',
    prefix: '',
    suffix: '',
    kind: 'claim',
    note: '',
    claimId: null,
    role: null,
    orphaned: false,
    editor: 'E',
    createdAt: '',
    updatedAt: '',
    ...p
  }
}

export function claim(id: number, counts = { states: 0, denies: 0, evidence: 0 }): ClaimSummary {
  return {
    id,
    text: `Claim ${id}`,
    claimant: '',
    status: 'unverified',
    rationale: '',
    note: '',
    createdAt: '',
    updatedAt: '',
    counts
  }
}
