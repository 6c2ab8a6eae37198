import type { Article, ArticleSummary, Kind, Passage } from '../../../../shared/domain'
import { isDraft, type Change, type ChangeState } from '../change'

const NO_COUNTS: Record<Kind, number> = { claim: 0, denial: 0, evidence: 0 }

/** Characters as SQLite's length() counts them (code points), which the list's `chars` holds. */
function codePoints(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0xdc00 || c > 0xdfff) n++
  }
  return n
}

/** The list order of the articles query: newest published first (undated last), then by id. */
function comesBefore(a: ArticleSummary, b: ArticleSummary): boolean {
  const pa = a.publishedAt ?? ''
  const pb = b.publishedAt ?? ''
  return pa > pb || (pa === pb && a.id < b.id)
}

function summaryOf(a: Article, counts: Record<Kind, number>): ArticleSummary {
  const { id, title, outlet, author, url, publishedAt, language } = a
  return { id, title, outlet, author, url, publishedAt, language, chars: codePoints(a.body), counts }
}

/**
 * The articles slice's part of a change: articles written (the summary in its list place, the
 * text where it is kept) and deleted, and the per-kind counts that follow from the passages
 * written. Untouched summaries keep their identity.
 */
export function applyToArticles(s: ChangeState, c: Change): Partial<ChangeState> {
  let articles = s.articles
  let bodies = s.bodies

  const delta = new Map<number, Record<Kind, number>>()
  const count = (p: Passage | null, by: number) => {
    if (!p || isDraft(p)) return
    const d = delta.get(p.articleId) ?? { ...NO_COUNTS }
    d[p.kind] += by
    delta.set(p.articleId, d)
  }
  for (const w of c.passages ?? []) {
    count(w.before, -1)
    count(w.after, +1)
  }
  for (const [id, d] of delta) {
    if (!d.claim && !d.denial && !d.evidence) continue
    const at = articles.findIndex((a) => a.id === id)
    if (at < 0) continue
    const was = articles[at].counts
    articles = articles.slice()
    articles[at] = {
      ...articles[at],
      counts: { claim: was.claim + d.claim, denial: was.denial + d.denial, evidence: was.evidence + d.evidence }
    }
  }

  for (const a of c.articles?.upserted ?? []) {
    const old = articles.find((x) => x.id === a.id)
    const summary = summaryOf(a, old?.counts ?? NO_COUNTS)
    const rest = old ? articles.filter((x) => x !== old) : articles
    let i = 0
    while (i < rest.length && comesBefore(rest[i], summary)) i++
    articles = [...rest.slice(0, i), summary, ...rest.slice(i)]
    // A new article's text is kept for the pane about to show it; others only where already kept.
    if (!old || bodies[a.id]) bodies = { ...bodies, [a.id]: a }
  }

  const removed = new Set(c.articles?.removed ?? [])
  if (removed.size) {
    articles = articles.filter((a) => !removed.has(a.id))
    bodies = { ...bodies }
    for (const id of removed) delete bodies[id]
  }
  if (articles === s.articles && bodies === s.bodies) return {}
  return { articles, bodies }
}
