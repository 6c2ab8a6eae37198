import { describe, expect, it } from 'vitest'
import type { SpanMatch, Suggestion } from '../../src/shared/contract/matching'
import { overlapShare } from '../../src/main/services/matching/service'
import { useTempDirs } from './helpers'
import { loadFixtureStories, readAnnotations, type Span } from './matchingFixtures'
import { useProject } from './serviceHarness'

/**
 * Span agreement: two spans agree when they overlap by at least half of the shorter one.
 *
 * Matching recall@3: every member of a same-statement group is used as a query; each other
 * member (another article; groups have at most 4 members, so at most 3 targets) counts as found
 * when one of the 3 best results agrees with it. recall@3 = found / all (query, target) pairs.
 *
 * Suggestions: a suggestion is correct when it agrees with an annotated span of the same kind
 * and article (kind-correct). precision = correct suggestions / all suggestions; recall =
 * annotated spans matched by a kind-correct suggestion / all annotated spans.
 */
const agrees = (a: { start: number; end: number }, b: { start: number; end: number }) => overlapShare(a, b) >= 0.5

describe('matching and suggestions on the project test stories', () => {
  const tempDir = useTempDirs()
  const h = useProject(tempDir)

  it('finds the same statement in the other outlets (recall@3 ≥ 0.9)', async () => {
    const { ids, bodies } = loadFixtureStories(h.ws)
    const ann = readAnnotations(ids, bodies)
    let pairs = 0
    let found = 0
    const misses: string[] = []
    for (const g of ann.groups) {
      for (const q of g.spans) {
        const results = await h.call<SpanMatch[]>('match.forSpan', {
          articleId: q.articleId,
          start: q.start,
          end: q.end,
          limit: 3
        })
        expect(results.every((r) => r.articleId !== q.articleId)).toBe(true)
        for (const t of g.spans.filter((s: Span) => s !== q)) {
          pairs++
          if (results.some((r) => r.articleId === t.articleId && agrees(r, t))) found++
          else misses.push(`${g.id}: ${q.file} → ${t.file}`)
        }
      }
    }
    const recall = found / pairs
    console.log(`matching recall@3 = ${recall.toFixed(3)} (${found}/${pairs} query-target pairs)`)
    if (misses.length) console.log(`missed: ${misses.join('; ')}`)
    expect(recall).toBeGreaterThanOrEqual(0.9)
  })

  it('suggests claims, denials and evidence (precision ≥ 0.6, recall ≥ 0.7, kind-correct)', async () => {
    const { ids, bodies } = loadFixtureStories(h.ws)
    const ann = readAnnotations(ids, bodies)
    let suggested = 0
    let correct = 0
    const matched = new Set<number>()
    const wrong: string[] = []
    for (const [file, articleId] of ids) {
      const sugg = await h.call<Suggestion[]>('suggest.forArticle', { articleId })
      const gold = ann.suggestions.map((g, i) => ({ g, i })).filter(({ g }) => g.articleId === articleId)
      for (const s of sugg) {
        suggested++
        const hit = gold.find(({ g }) => g.kind === s.kind && agrees(g, s))
        if (hit) {
          correct++
          matched.add(hit.i)
        } else wrong.push(`${file} ${s.kind}: ${s.text.slice(0, 50)}`)
      }
    }
    const precision = correct / suggested
    const recall = matched.size / ann.suggestions.length
    const missed = ann.suggestions.filter((_, i) => !matched.has(i)).map((g) => `${g.file} ${g.kind}`)
    console.log(
      `suggestions: precision = ${precision.toFixed(3)} (${correct}/${suggested}), recall = ${recall.toFixed(3)} (${matched.size}/${ann.suggestions.length})`
    )
    if (wrong.length) console.log(`not kind-correct: ${wrong.join(' | ')}`)
    if (missed.length) console.log(`missed: ${missed.join('; ')}`)
    expect(precision).toBeGreaterThanOrEqual(0.6)
    expect(recall).toBeGreaterThanOrEqual(0.7)
  })
})
