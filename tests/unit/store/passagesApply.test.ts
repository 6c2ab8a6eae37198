import { describe, expect, it } from 'vitest'
import { applyToPassages } from '../../../src/renderer/src/store/apply/passages'
import { passage, stateWith } from './state'

describe('passages slice: apply', () => {
  it('puts a new passage in (start, id) order and leaves other articles alone', () => {
    const a = passage({ articleId: 1, start: 0 })
    const c = passage({ articleId: 1, start: 20 })
    const other = [passage({ articleId: 2 })]
    const s = stateWith({ passagesByArticle: { 1: [a, c], 2: other } })
    const b = passage({ articleId: 1, start: 10 })
    const next = applyToPassages(s, { passages: [{ before: null, after: b }] })
    expect(next.passagesByArticle![1]).toEqual([a, b, c])
    expect(next.passagesByArticle![2]).toBe(other)
  })

  it('moves an edited passage to its new place, by id even when the store holds another copy', () => {
    const a = passage({ articleId: 1, start: 0 })
    const b = passage({ articleId: 1, start: 10 })
    const s = stateWith({ passagesByArticle: { 1: [a, b] } })
    const moved = { ...a, start: 30 }
    const next = applyToPassages(s, { passages: [{ before: { ...a }, after: moved }] })
    expect(next.passagesByArticle![1]).toEqual([b, moved])
  })

  it('replaces a draft with the committed passage', () => {
    const draft = passage({ articleId: 1, id: -5, start: 4 })
    const s = stateWith({ passagesByArticle: { 1: [draft] } })
    const real = passage({ articleId: 1, start: 4 })
    expect(applyToPassages(s, { passages: [{ before: draft, after: real }] }).passagesByArticle![1]).toEqual([real])
  })

  it('drops a deleted passage and its selection', () => {
    const a = passage({ articleId: 1 })
    const s = stateWith({ passagesByArticle: { 1: [a] }, selectedPassageId: a.id })
    expect(applyToPassages(s, { passages: [{ before: a, after: null }] })).toEqual({
      passagesByArticle: { 1: [] },
      selectedPassageId: null
    })
  })

  it('leaves an article whose passages were never loaded to load them whole', () => {
    const s = stateWith({ passagesByArticle: {} })
    expect(applyToPassages(s, { passages: [{ before: null, after: passage({ articleId: 9 }) }] })).toEqual({})
  })

  it("unlinks a deleted claim's passages, and forgets a deleted article's", () => {
    const linked = passage({ articleId: 1, claimId: 7, role: 'states' })
    const free = passage({ articleId: 1 })
    const s = stateWith({ passagesByArticle: { 1: [linked, free], 2: [passage({ articleId: 2 })] } })
    const next = applyToPassages(s, { claims: { removed: [7] }, articles: { removed: [2] } })
    expect(next.passagesByArticle).toEqual({ 1: [{ ...linked, claimId: null, role: null }, free] })
    expect(next.passagesByArticle![1][1]).toBe(free)
  })

  it("takes an article's passages whole after its text was edited", () => {
    const fresh = [passage({ articleId: 1, orphaned: true })]
    const s = stateWith({ passagesByArticle: { 1: [passage({ articleId: 1 })] } })
    expect(applyToPassages(s, { articlePassages: [{ articleId: 1, passages: fresh }] }).passagesByArticle![1]).toBe(
      fresh
    )
  })
})
