import type { UndoStateDto } from '../../../shared/contract/editorial'
import type {
  Article,
  ArticleSummary,
  Claim,
  ClaimSummary,
  Passage,
  PassageUpdateResult,
  ProjectInfo,
  Settings,
  TagResult,
  UpdateTextResult
} from '../../../shared/domain'

/**
 * One passage as a write left it: `before` is what the store held (null for a new one), `after`
 * what the service committed (null once deleted). A draft (negative id) is drawn, never counted.
 */
export interface PassageWrite {
  before: Passage | null
  after: Passage | null
}

/** Data a slice asks the services for again, where an answer cannot say what changed. */
export type Reload = 'claims' | 'articles' | 'project' | 'texts'
export const RELOAD_ALL: Reload[] = ['claims', 'articles', 'project', 'texts']

/**
 * What one write changed, as its answer tells it. applyChange hands the same change to every
 * slice; each applies the part about the data it owns (the claims slice derives its counts from
 * the passage writes, the project slice its totals), so no write patches another slice's state.
 */
export interface Change {
  passages?: PassageWrite[]
  /** An article's passages whole, as the service holds them now (its text was edited). */
  articlePassages?: { articleId: number; passages: Passage[] }[]
  claims?: { upserted?: Claim[]; removed?: number[] }
  /** Articles written (whole, with their text) and deleted; a deleted one's passages come as writes. */
  articles?: { upserted?: Article[]; removed?: number[] }
  settings?: Settings
  undo?: UndoStateDto
  reload?: Reload[]
}

/** The slices that own data a change can touch, in the order they apply it. */
export const DOMAINS = ['passages', 'claims', 'articles', 'panes', 'project', 'edit'] as const
export type Domain = (typeof DOMAINS)[number]
/** A tag's highlight is painted first, alone; the lists take their counts after that frame. */
export const HIGHLIGHT: Domain[] = ['passages']
export const AFTER_HIGHLIGHT: Domain[] = DOMAINS.filter((d) => d !== 'passages')

/**
 * The state a change can touch: the slices' reducers read and return only these keys. Spelled
 * out rather than picked from AppState, so the reducers and their tests load no slice (and no api).
 */
export interface ChangeState {
  passagesByArticle: Record<number, Passage[]>
  selectedPassageId: number | null
  claims: ClaimSummary[]
  selectedClaimId: number | null
  articles: ArticleSummary[]
  bodies: Record<number, Article>
  panes: { articleId: number | null }[]
  project: ProjectInfo | null
  settings: Settings | null
  undoState: UndoStateDto
  revision: number
}

export const isDraft = (p: Passage): boolean => p.id < 0

/** The change each write's answer stands for. */
export const changeOf = {
  tag: (r: TagResult, draft: Passage | null = null): Change => ({
    passages: [{ before: draft, after: r.passage }],
    ...(r.claim ? { claims: { upserted: [r.claim] } } : {})
  }),
  passageDeleted: (p: Passage): Change => ({ passages: [{ before: p, after: null }] }),
  passageUpdated: (before: Passage, r: PassageUpdateResult): Change => {
    const { claim, ...after } = r
    return { passages: [{ before, after }], ...(claim ? { claims: { upserted: [claim] } } : {}) }
  },
  claimUpdated: (claim: Claim): Change => ({ claims: { upserted: [claim] } }),
  claimDeleted: (id: number): Change => ({ claims: { removed: [id] } }),
  articleWritten: (article: Article): Change => ({ articles: { upserted: [article] } }),
  articleDeleted: (r: { id: number; passages: Passage[] }): Change => ({
    articles: { removed: [r.id] },
    passages: r.passages.map((p) => ({ before: p, after: null }))
  }),
  textUpdated: (r: UpdateTextResult): Change => ({
    articles: { upserted: [r.article] },
    articlePassages: [{ articleId: r.article.id, passages: r.passages }]
  }),
  /** Undo and redo say only which step they took: every slice reloads. */
  stepped: (undo: UndoStateDto): Change => ({ undo, reload: RELOAD_ALL })
}
