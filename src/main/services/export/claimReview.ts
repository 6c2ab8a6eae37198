import type { ReportClaim, ReportModel, ReportPassage } from './model'

/**
 * schema.org ClaimReview JSON-LD, one object per claim whose status carries a verdict, with the
 * fields Google's fact-check markup documents: claimReviewed, reviewRating (ratingValue,
 * bestRating, worstRating, alternateName), itemReviewed as a Claim (author, datePublished,
 * appearance, firstAppearance), author, datePublished and url.
 */
export interface ClaimReviewResult {
  reviews: Record<string, unknown>[]
  withoutVerdict: { id: number; text: string; status: string }[]
  withoutReviewUrl: { id: number; text: string }[]
  warnings: string[]
}

/**
 * A review's url: the claim's own review page, else the project's published fact-check (one page
 * may hold several reviews, as Google's guidelines allow); '' when neither is set.
 */
export function reviewUrlOf(m: ReportModel, c: ReportClaim): string {
  return c.reviewUrl || m.reviewUrl
}

/** Claims that would go into ClaimReview (they have a verdict) but have no page to point to. */
export function withoutReviewUrl(m: ReportModel): { id: number; text: string }[] {
  return m.claims.filter((c) => c.rating !== null && !reviewUrlOf(m, c)).map((c) => ({ id: c.id, text: c.text }))
}

const ORG_WORDS =
  /\b(council|ministry|department|dept|government|agency|authority|office|police|service|services|party|union|committee|board|group|company|corporation|corp|inc|ltd|llc|plc|gmbh|association|institute|university|college|school|hospital|bank|trust|foundation|commission|news|daily|times|radio|tv|press|club|federation|organi[sz]ation|ngo|port|harbour|harbor|city|county|state)\b/i

export function claimantType(name: string): 'Person' | 'Organization' {
  return ORG_WORDS.test(name) ? 'Organization' : 'Person'
}

export function renderClaimReview(m: ReportModel): ClaimReviewResult {
  const warnings: string[] = []
  if (!m.publisherName) warnings.push('no publisher name is set (Project settings); the review author is left out')
  if (!m.publisherUrl) warnings.push('no publisher web address is set (Project settings); the author has no url')
  const missing = withoutReviewUrl(m)
  if (missing.length) {
    warnings.push(`${missing.length} ${missing.length === 1 ? 'claim has' : 'claims have'} no review url`)
  }
  const withoutVerdict: ClaimReviewResult['withoutVerdict'] = []
  const reviews: Record<string, unknown>[] = []
  const datePublished = m.generatedAt.slice(0, 10)
  for (const c of m.claims) {
    if (c.rating === null) {
      withoutVerdict.push({ id: c.id, text: c.text, status: c.statusLabel })
      continue
    }
    const review: Record<string, unknown> = {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview'
    }
    const url = reviewUrlOf(m, c)
    if (url) review.url = url
    review.claimReviewed = c.text
    review.datePublished = datePublished
    if (m.publisherName) {
      review.author = {
        '@type': 'Organization',
        name: m.publisherName,
        ...(m.publisherUrl ? { url: m.publisherUrl } : {})
      }
    }
    review.reviewRating = {
      '@type': 'Rating',
      ratingValue: c.rating,
      bestRating: 5,
      worstRating: 1,
      alternateName: c.statusLabel
    }
    review.itemReviewed = itemReviewed(c)
    reviews.push(review)
  }
  return { reviews, withoutVerdict, withoutReviewUrl: missing, warnings }
}

function itemReviewed(c: ReportClaim): Record<string, unknown> {
  const item: Record<string, unknown> = { '@type': 'Claim' }
  if (c.claimant.trim()) item.author = { '@type': claimantType(c.claimant), name: c.claimant.trim() }
  // Where the claim was made: the articles that state it, earliest first.
  const seen = new Set<number>()
  const stating: ReportPassage[] = []
  for (const p of [...c.stated].sort(
    (a, b) =>
      (a.article.publishedAt ?? '9999').localeCompare(b.article.publishedAt ?? '9999') || a.articleId - b.articleId
  )) {
    if (!seen.has(p.articleId)) {
      seen.add(p.articleId)
      stating.push(p)
    }
  }
  const first = stating.find((p) => p.article.publishedAt)
  if (first) item.datePublished = first.article.publishedAt!.slice(0, 10)
  const works = stating.map((p) => creativeWork(p))
  // Google's Fact Check markup: appearance lists the works "aside from" the first appearance.
  if (works.length) item.firstAppearance = works[0]
  if (works.length > 1) item.appearance = works.slice(1)
  return item
}

function creativeWork(p: ReportPassage): Record<string, unknown> {
  const a = p.article
  const w: Record<string, unknown> = { '@type': 'CreativeWork' }
  if (a.url) w.url = a.url
  w.headline = a.title
  if (a.publishedAt) w.datePublished = a.publishedAt.slice(0, 10)
  if (a.outlet) w.publisher = { '@type': 'Organization', name: a.outlet }
  if (a.author) w.author = { '@type': 'Person', name: a.author }
  return w
}
