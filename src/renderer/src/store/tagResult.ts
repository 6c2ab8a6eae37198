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

/** The lists a new passage touches; everything else in the store stays as it was. */
export interface TagState {
  passagesByArticle: Record<number, Passage[]>
  claims: ClaimSummary[]
  articles: ArticleSummary[]
  project: ProjectInfo | null
}

type ClaimCounts = ClaimSummary['counts']

/** Which claim count a link role adds to, as the claims list query counts them. */
function countKey(role: Passage['role']): keyof ClaimCounts | null {
  if (role === 'states') return 'states'
  if (role === 'denies') return 'denies'
  if (role === 'supports' || role === 'refutes' || role === 'context') return 'evidence'
  return null
}

/** Inserts by (start, id), the order the passages query returns, so a reload would change nothing. */
function insertPassage(list: Passage[], p: Passage): Passage[] {
  // A reload that answered after the tag already holds it.
  if (list.some((x) => x.id === p.id)) return list.map((x) => (x.id === p.id ? p : x))
  let i = list.length
  while (i > 0 && (list[i - 1].start > p.start || (list[i - 1].start === p.start && list[i - 1].id > p.id))) i--
  return [...list.slice(0, i), p, ...list.slice(i)]
}

/**
 * The store after a tag, computed from the tag's answer alone: the service has committed exactly
 * this passage and link, so reloading 20,000 claims and every article summary to learn two
 * counts would only repeat what the answer says. Unchanged rows keep their identity, so memoised
 * rows and search keys stay valid.
 */
export function applyTagResult(s: TagState, r: TagResult): TagState {
  return { passagesByArticle: withTaggedPassage(s.passagesByArticle, r.passage), ...countTag(s, r) }
}

/** The article's passages with the new one in its place. */
export function withTaggedPassage(byArticle: TagState['passagesByArticle'], p: Passage): TagState['passagesByArticle'] {
  const passages = byArticle[p.articleId]
  // An article whose passages were never loaded gets them whole when a pane first shows it.
  return passages ? { ...byArticle, [p.articleId]: insertPassage(passages, p) } : byArticle
}

/** The article's passages without this one. */
export function withoutPassage(byArticle: TagState['passagesByArticle'], p: Passage): TagState['passagesByArticle'] {
  const passages = byArticle[p.articleId]
  return passages?.includes(p) ? { ...byArticle, [p.articleId]: passages.filter((x) => x !== p) } : byArticle
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

/** The claims list, article summaries and project counts after the tag. */
export function countTag(s: Omit<TagState, 'passagesByArticle'>, r: TagResult): Omit<TagState, 'passagesByArticle'> {
  const p = r.passage
  const key = r.claim ? countKey(p.role) : null
  const bump = (counts: ClaimCounts): ClaimCounts => (key ? { ...counts, [key]: counts[key] + 1 } : counts)

  let claims = s.claims
  let newClaim = false
  if (r.claim) {
    const at = claims.findIndex((c) => c.id === r.claim!.id)
    if (at < 0) {
      newClaim = true
      claims = [...claims, { ...r.claim, counts: bump({ states: 0, denies: 0, evidence: 0 }) }]
    } else {
      claims = claims.slice()
      claims[at] = { ...claims[at], ...r.claim, counts: bump(claims[at].counts) }
    }
  }

  let articles = s.articles
  const a = articles.findIndex((x) => x.id === p.articleId)
  if (a >= 0) {
    articles = articles.slice()
    articles[a] = { ...articles[a], counts: { ...articles[a].counts, [p.kind]: articles[a].counts[p.kind] + 1 } }
  }

  const project = s.project && {
    ...s.project,
    passages: s.project.passages + 1,
    claims: s.project.claims + (newClaim ? 1 : 0)
  }

  return { claims, articles, project }
}
