import type { ArticleSummary, ClaimSummary, Passage, ProjectInfo, TagResult } from '../../../shared/domain'

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
