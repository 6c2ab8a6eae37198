/**
 * How well a candidate sentence restates a query: an idf-weighted F-measure of the shared
 * content terms (recall over the query's terms weighs more, since reports add attribution and
 * context around a statement), plus a bonus for shared term bigrams (word order kept).
 */
export interface ScoreInput {
  query: string[]
  candidate: string[]
  idf: (term: string) => number
}

const BETA2 = 1.5 * 1.5

export function bigrams(ts: string[]): Set<string> {
  const out = new Set<string>()
  for (let i = 1; i < ts.length; i++) out.add(`${ts[i - 1]} ${ts[i]}`)
  return out
}

export function scoreUnit({ query, candidate, idf }: ScoreInput): { score: number; shared: string[] } {
  const q = new Set(query)
  const c = new Set(candidate)
  let qw = 0
  let cw = 0
  let overlap = 0
  const shared: string[] = []
  for (const t of q) {
    const w = idf(t)
    qw += w
    if (c.has(t)) {
      overlap += w
      shared.push(t)
    }
  }
  for (const t of c) cw += idf(t)
  if (overlap === 0 || qw === 0 || cw === 0) return { score: 0, shared }
  const recall = overlap / qw
  const precision = overlap / cw
  const f = ((1 + BETA2) * precision * recall) / (BETA2 * precision + recall)
  const qb = bigrams(query)
  let b = 0
  if (qb.size > 0) {
    const cb = bigrams(candidate)
    for (const g of qb) if (cb.has(g)) b++
    b /= qb.size
  }
  return { score: Math.min(1, 0.85 * f + 0.15 * b), shared }
}

export const idfOf = (n: number, df: number) => Math.log(1 + Math.max(n, 1) / Math.max(df, 1))
