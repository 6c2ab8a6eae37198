import { describe, expect, it } from 'vitest'
import type { Article, ArticleSummary } from '../../../src/shared/domain'
import { applyToArticles } from '../../../src/renderer/src/store/apply/articles'
import { passage, stateWith } from './state'

const summary = (id: number, publishedAt: string | null): ArticleSummary => ({
  id,
  title: `A${id}`,
  outlet: null,
  author: null,
  url: null,
  publishedAt,
  language: null,
  chars: 10,
  counts: { claim: 0, denial: 0, evidence: 0 }
})
const article = (id: number, publishedAt: string | null, body = 'text'): Article => ({
  ...summary(id, publishedAt),
  body,
  contentHash: 'h',
  source: null,
  importedAt: ''
})

describe('articles slice: apply', () => {
  it('counts passages by kind, moving a count when the kind changes; drafts are not counted', () => {
    const s = stateWith({ articles: [summary(1, null), summary(2, null)] })
    const p = passage({ articleId: 1, kind: 'claim' })
    const next = applyToArticles(s, {
      passages: [
        { before: p, after: { ...p, kind: 'denial' } },
        { before: null, after: passage({ articleId: 1, id: -3 }) }
      ]
    })
    expect(next.articles![0].counts).toEqual({ claim: -1, denial: 1, evidence: 0 })
    expect(next.articles![1]).toBe(s.articles[1])
  })

  it('places a written article in list order: newest first, undated last, then by id', () => {
    const s = stateWith({ articles: [summary(1, '2024-05-02'), summary(2, '2024-01-01'), summary(3, null)] })
    const next = applyToArticles(s, { articles: { upserted: [article(4, '2024-03-01', 'a 🌉 b')] } })
    expect(next.articles!.map((a) => a.id)).toEqual([1, 4, 2, 3])
    // Characters as SQLite counts them: the bridge is one.
    expect(next.articles![1].chars).toBe(5)
    expect(next.bodies![4].body).toBe('a 🌉 b')
  })

  it('keeps counts when an article is rewritten, and its text only where it was kept', () => {
    const s = stateWith({ articles: [{ ...summary(1, null), counts: { claim: 2, denial: 0, evidence: 1 } }] })
    const next = applyToArticles(s, { articles: { upserted: [article(1, '2020-01-01')] } })
    expect(next.articles![0]).toMatchObject({ publishedAt: '2020-01-01', counts: { claim: 2, denial: 0, evidence: 1 } })
    expect(next.bodies).toEqual({})
  })

  it('drops a deleted article and its text', () => {
    const s = stateWith({ articles: [summary(1, null), summary(2, null)], bodies: { 1: article(1, null) } })
    expect(applyToArticles(s, { articles: { removed: [1] } })).toEqual({ articles: [summary(2, null)], bodies: {} })
  })
})
