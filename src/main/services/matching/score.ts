/**
 * How well a candidate sentence restates a query: an idf-weighted F-measure of the shared
 * content terms (recall over the query's terms weighs more, since reports add attribution and
 * context around a statement), plus a bonus for shared term bigrams (word order kept).
 */
export interface PreparedQuery {
  weights: Map<string, number>
  total: number
  bigrams: Set<string>
  idf: (term: string) => number
}

export function prepareQuery(query: string[], idf: (term: string) => number): PreparedQuery {
  const weights = new Map<string, number>()
  for (const t of query) if (!weights.has(t)) weights.set(t, idf(t))
  let total = 0
  for (const w of weights.values()) total += w
  return { weights, total, bigrams: bigrams(query), idf }
}

const BETA2 = 1.5 * 1.5

export function bigrams(ts: string[]): Set<string> {
  const out = new Set<string>()
  for (let i = 1; i < ts.length; i++) out.add(`${ts[i - 1]} ${ts[i]}`)
  return out
}

export function scoreUnit(q: PreparedQuery, candidate: string[]): { score: number; shared: string[] } {
  const c = new Set(candidate)
  let cw = 0
  let overlap = 0
  const shared: string[] = []
  for (const t of c) {
    const w = q.weights.get(t)
    if (w !== undefined) {
      overlap += w
      shared.push(t)
      cw += w
    } else cw += q.idf(t)
  }
  if (overlap === 0 || q.total === 0 || cw === 0) return { score: 0, shared }
  const recall = overlap / q.total
  const precision = overlap / cw
  const f = ((1 + BETA2) * precision * recall) / (BETA2 * precision + recall)
  let b = 0
  if (q.bigrams.size > 0) {
    for (let i = 1; i < candidate.length; i++) if (q.bigrams.has(`${candidate[i - 1]} ${candidate[i]}`)) b++
    b = Math.min(1, b / q.bigrams.size)
  }
  return { score: Math.min(1, 0.85 * f + 0.15 * b), shared }
}

export const idfOf = (n: number, df: number) => Math.log(1 + Math.max(n, 1) / Math.max(df, 1))
