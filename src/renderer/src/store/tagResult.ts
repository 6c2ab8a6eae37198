import {
  defaultRole,
  type ArticleSummary,
  type ClaimSummary,
  type Kind,
  type Passage,
  type ProjectInfo,
  type Role,
  type TagResult
} from '../../../shared/domain'
import { applyChange } from './apply'
import { changeOf, type ChangeState } from './change'

/** The lists a new passage touches; everything else in the store stays as it was. */
export interface TagState {
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
export function applyTagResult(s: TagState, r: TagResult): TagState {
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

let lastDraft = 0

/**
 * The passage a tag is about to create, drawn before the service has answered: negative ids mark
 * it as a draft, which the reader shows as a plain highlight with no id and no controls.
 */
export function draftPassage(
  req: { articleId: number; start: number; end: number; kind: Kind; claimId?: number; role?: Role },
  body: string
): Passage {
  return {
    id: --lastDraft,
    articleId: req.articleId,
    start: req.start,
    end: req.end,
    exact: body.slice(req.start, req.end),
    prefix: '',
    suffix: '',
    kind: req.kind,
    note: '',
    claimId: req.claimId ?? null,
    role: req.role ?? defaultRole(req.kind),
    orphaned: false,
    editor: '',
    createdAt: '',
    updatedAt: ''
  }
}
