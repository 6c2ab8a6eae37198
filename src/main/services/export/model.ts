import type Database from 'better-sqlite3'
import type { Kind, Role, StatusDef } from '../../../shared/domain'
import type { ClaimSelection } from '../../../shared/contract/export'
import { FactdeskError } from '../../../shared/result'
import { getSettings } from '../settings'
import { orderedIds, reportEditors } from './modelParts'

export { humanDate, roleLabel } from './modelParts'

/** What every report format is built from: one read of the project, already grouped. */
export interface ReportArticle {
  id: number
  title: string
  outlet: string | null
  author: string | null
  url: string | null
  publishedAt: string | null
  language: string | null
  contentHash: string
}

export interface ReportPassage {
  id: number
  articleId: number
  kind: Kind
  role: Role | null
  start: number
  end: number
  exact: string
  prefix: string
  suffix: string
  note: string
  editor: string
  createdAt: string
  updatedAt: string
  article: ReportArticle
}

export type Mark = 'stated' | 'denied' | 'evidence'

export interface ReportClaim {
  id: number
  text: string
  claimant: string
  status: string
  statusLabel: string
  rating: number | null
  rationale: string
  note: string
  /** The published fact-check's page for this claim, or ''. */
  reviewUrl: string
  createdAt: string
  updatedAt: string
  stated: ReportPassage[]
  denied: ReportPassage[]
  evidence: { supports: ReportPassage[]; refutes: ReportPassage[]; context: ReportPassage[] }
  /** Every passage linked to the claim, in article then offset order. */
  passages: ReportPassage[]
}

export interface ReportModel {
  title: string
  publisherName: string
  publisherUrl: string
  /** The published fact-check's headline and page, or ''. */
  reviewTitle: string
  reviewUrl: string
  introduction: string
  /** Who edited the claims and passages in this report. */
  editors: string[]
  /** When the report was made, ISO 8601. */
  generatedAt: string
  statuses: StatusDef[]
  claims: ReportClaim[]
  /** Outlets in the order they first appear among the sources; articles without one count as "Unknown outlet". */
  outlets: string[]
  /** claimId → outlet → the marks passages give it there; an empty list means absent. */
  coverage: Map<number, Map<string, Mark[]>>
  distribution: { key: string; label: string; count: number }[]
  sources: ReportArticle[]
}

export const UNKNOWN_OUTLET = 'Unknown outlet'
export const outletOf = (a: ReportArticle): string => a.outlet ?? UNKNOWN_OUTLET

interface Row {
  id: number
  article_id: number
  kind: Kind
  start: number
  end: number
  exact: string
  prefix: string
  suffix: string
  note: string
  editor: string
  created_at: string
  updated_at: string
  claim_id: number
  role: Role
}

/** Claims chosen by id, by status, or all; ids that do not exist are refused rather than dropped. */
export function selectClaimIds(db: Database.Database, sel: ClaimSelection | undefined): number[] {
  return orderedIds(selectedIds(db, sel), getSettings(db).claimOrder)
}

function selectedIds(db: Database.Database, sel: ClaimSelection | undefined): number[] {
  const all = db.prepare('SELECT id, status FROM claims ORDER BY id').all() as { id: number; status: string }[]
  if (sel?.claimIds && sel.claimIds.length > 0) {
    const known = new Set(all.map((c) => c.id))
    const missing = sel.claimIds.filter((id) => !known.has(id))
    if (missing.length) throw new FactdeskError('not_found', `no claim with id ${missing.join(', ')}`)
    const wanted = new Set(sel.claimIds)
    return all.filter((c) => wanted.has(c.id)).map((c) => c.id)
  }
  if (sel?.statuses && sel.statuses.length > 0) {
    const keys = new Set(getSettings(db).statuses.map((s) => s.key))
    const unknown = sel.statuses.filter((k) => !keys.has(k))
    if (unknown.length) throw new FactdeskError('invalid_input', `unknown status ${unknown.join(', ')}`)
    const wanted = new Set(sel.statuses)
    return all.filter((c) => wanted.has(c.status)).map((c) => c.id)
  }
  return all.map((c) => c.id)
}

export function buildReportModel(db: Database.Database, sel?: ClaimSelection, now = new Date()): ReportModel {
  const settings = getSettings(db)
  const ids = selectClaimIds(db, sel)
  const statusByKey = new Map(settings.statuses.map((s) => [s.key, s]))

  const articles = new Map<number, ReportArticle>()
  for (const a of db
    .prepare('SELECT id, title, outlet, author, url, published_at, language, content_hash FROM articles ORDER BY id')
    .all() as (Omit<ReportArticle, 'publishedAt' | 'contentHash'> & {
    published_at: string | null
    content_hash: string
  })[]) {
    articles.set(a.id, {
      id: a.id,
      title: a.title,
      outlet: a.outlet,
      author: a.author,
      url: a.url,
      publishedAt: a.published_at,
      language: a.language,
      contentHash: a.content_hash
    })
  }

  const claimRows = db.prepare('SELECT * FROM claims ORDER BY id').all() as {
    id: number
    text: string
    claimant: string
    status: string
    rationale: string
    note: string
    review_url: string
    created_at: string
    updated_at: string
  }[]
  const rowById = new Map(claimRows.map((c) => [c.id, c]))
  // Built in report order (selectClaimIds gives the editor's order), so every format follows it.
  const claims = new Map<number, ReportClaim>()
  for (const id of ids) {
    const c = rowById.get(id)
    if (!c) continue
    const st = statusByKey.get(c.status)
    claims.set(c.id, {
      id: c.id,
      text: c.text,
      claimant: c.claimant,
      status: c.status,
      statusLabel: st?.label ?? c.status,
      rating: st?.rating ?? null,
      rationale: c.rationale,
      note: c.note,
      reviewUrl: c.review_url,
      createdAt: c.created_at,
      updatedAt: c.updated_at,
      stated: [],
      denied: [],
      evidence: { supports: [], refutes: [], context: [] },
      passages: []
    })
  }

  const rows = db
    .prepare(
      `SELECT p.*, l.claim_id, l.role FROM passages p JOIN links l ON l.passage_id = p.id
       ORDER BY p.article_id, p.start, p.id`
    )
    .all() as Row[]
  const cited = new Set<number>()
  for (const r of rows) {
    const claim = claims.get(r.claim_id)
    const article = articles.get(r.article_id)
    if (!claim || !article) continue
    const p: ReportPassage = {
      id: r.id,
      articleId: r.article_id,
      kind: r.kind,
      role: r.role,
      start: r.start,
      end: r.end,
      exact: r.exact,
      prefix: r.prefix,
      suffix: r.suffix,
      note: r.note,
      editor: r.editor,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      article
    }
    cited.add(article.id)
    claim.passages.push(p)
    if (r.role === 'states') claim.stated.push(p)
    else if (r.role === 'denies') claim.denied.push(p)
    else claim.evidence[r.role].push(p)
  }

  const sources = [...articles.values()]
    .filter((a) => cited.has(a.id))
    .sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '') || a.id - b.id)
  const outlets: string[] = []
  for (const a of sources) if (!outlets.includes(outletOf(a))) outlets.push(outletOf(a))

  const coverage = new Map<number, Map<string, Mark[]>>()
  for (const c of claims.values()) {
    const row = new Map<string, Mark[]>(outlets.map((o) => [o, []]))
    const add = (p: ReportPassage, m: Mark) => {
      const marks = row.get(outletOf(p.article))!
      if (!marks.includes(m)) marks.push(m)
    }
    c.stated.forEach((p) => add(p, 'stated'))
    c.denied.forEach((p) => add(p, 'denied'))
    ;[...c.evidence.supports, ...c.evidence.refutes, ...c.evidence.context].forEach((p) => add(p, 'evidence'))
    coverage.set(c.id, row)
  }

  const counts = new Map<string, number>()
  for (const c of claims.values()) counts.set(c.status, (counts.get(c.status) ?? 0) + 1)
  const distribution = settings.statuses
    .map((s) => ({ key: s.key, label: s.label, count: counts.get(s.key) ?? 0 }))
    .filter((d) => d.count > 0 || !settings.statuses.find((s) => s.key === d.key)?.retired)

  const passageIds = [...claims.values()].flatMap((c) => c.passages.map((p) => p.id))
  const editors = reportEditors(db, [...claims.keys()], passageIds)

  return {
    title: settings.title,
    publisherName: settings.publisherName,
    publisherUrl: settings.publisherUrl,
    reviewTitle: settings.reviewTitle,
    reviewUrl: settings.reviewUrl,
    introduction: settings.introduction,
    editors,
    generatedAt: now.toISOString(),
    statuses: settings.statuses,
    claims: [...claims.values()],
    outlets,
    coverage,
    distribution,
    sources
  }
}

export function passageCount(m: ReportModel): number {
  return m.claims.reduce((n, c) => n + c.passages.length, 0)
}
