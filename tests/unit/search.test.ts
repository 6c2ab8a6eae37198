import { describe, expect, it } from 'vitest'
import type { Article, SearchHit, TagResult } from '../../src/shared/domain'
import { searchProject, type SearchFilters, toFtsQuery } from '../../src/main/services/search/search'
import { searchInParallel, searchWorkerRunning, startSearchWorker } from '../../src/main/services/search/pool'
import { useTempDirs } from './helpers'
import { useProject } from './serviceHarness'

const tempDir = useTempDirs()
const h = useProject(tempDir)

const paste = (title: string, body: string, outlet: string, publishedAt: string) =>
  h.call<Article>('articles.paste', { title, body, outlet, publishedAt })
const search = (q: string, more: Record<string, unknown> = {}) => h.call<SearchHit[]>('search.query', { q, ...more })
const ids = (hits: SearchHit[], type: string) => hits.filter((x) => x.type === type).map((x) => x.id)

async function story() {
  const a = await paste(
    'Ferry crews strike',
    'Crews on the ferry stopped work at dawn.\n\nThe union said the rota broke an agreement. The ferry company denied it.',
    'Harbour Times',
    '2026-03-14'
  )
  const b = await paste(
    'Bridge tolls rise',
    'The bridge trust raised tolls. A ferry is the only other way across, and the ferry ferry ferry is slow.',
    'Vale Ledger',
    '2026-05-01'
  )
  const c = await paste('Orchard grant', 'The orchard grant doubled, the council said.', 'Vale Ledger', '2026-06-10')
  const start = a.body.indexOf('the rota broke an agreement')
  const tag = await h.call<TagResult>('passages.tag', {
    articleId: a.id,
    start,
    end: start + 'the rota broke an agreement'.length,
    kind: 'claim',
    newClaimText: 'The new rota broke a signed agreement',
    note: 'check the signed paper'
  })
  return { a, b, c, tag, start }
}

describe('search', () => {
  it('finds words in the right articles, ranked by bm25, with marked snippets and the place', async () => {
    const { a, b, c } = await story()
    const hits = await search('ferry')
    expect(ids(hits, 'article').sort()).toEqual([a.id, b.id].sort())
    expect(ids(hits, 'article')).not.toContain(c.id)
    // A title match outweighs body matches.
    expect(hits.find((x) => x.type === 'article')?.id).toBe(a.id)
    const hit = hits.find((x) => x.id === a.id && x.type === 'article')!
    expect(hit.snippet).toContain('\u0002ferry\u0003')
    expect(hit.offset).toBe(a.body.indexOf('ferry'))
    expect(hit.score).toBeGreaterThan(0)
  })

  it('searches passage quotes, notes and claims, each as its own type', async () => {
    const { a, tag, start } = await story()
    expect(ids(await search('rota'), 'passage')).toEqual([tag.passage.id])
    const note = (await search('signed paper')).find((x) => x.type === 'note')!
    expect(note).toMatchObject({ id: tag.passage.id, articleId: a.id, offset: start })
    const claim = (await search('signed agreement')).find((x) => x.type === 'claim')!
    expect(claim).toMatchObject({ id: tag.claim!.id, articleId: a.id, offset: start })
  })

  it('gives the place of the first whole word searched for, and the title when only the title matches', async () => {
    const a = await paste(
      'Harbour walkout',
      'The ferryman waited.\n\nLater the ferry crews stopped work at dawn.',
      'Harbour Times',
      '2026-03-14'
    )
    // "ferry" is a whole word here (only the last word typed is a prefix), so not "ferryman".
    const hit = (await search('ferry crews')).find((x) => x.type === 'article')!
    expect(hit.offset).toBe(a.body.indexOf('ferry crews'))
    expect(hit.snippet).toContain('\u0002ferry\u0003 \u0002crews\u0003')
    const title = (await search('walkout')).find((x) => x.type === 'article')!
    expect(title).toMatchObject({ offset: null, snippet: 'Harbour \u0002walkout\u0003' })
  })

  it('answers at most limit hits of each type, best first', async () => {
    for (let i = 0; i < 5; i++)
      await paste(`Ferry story ${i}`, `The ferry ${'ferry '.repeat(i)}ran late.`, 'Vale', '2026-01-01')
    const hits = await search('ferry', { limit: 3 })
    expect(hits.filter((x) => x.type === 'article')).toHaveLength(3)
    expect(hits.map((x) => x.score)).toEqual([...hits.map((x) => x.score)].sort((x, y) => y - x))
  })

  it('finds a claim by its rationale, with the rationale as its snippet', async () => {
    const { tag } = await story()
    await h.call('claims.update', { id: tag.claim!.id, rationale: 'The union showed the signed paper to reporters.' })
    const claim = (await search('reporters')).find((x) => x.type === 'claim')!
    expect(claim).toMatchObject({ id: tag.claim!.id, title: 'The new rota broke a signed agreement' })
    expect(claim.snippet).toContain('\u0002reporters\u0003')
  })

  it('plain words need no syntax: prefixes while typing, punctuation and quotes are safe', async () => {
    await story()
    expect((await search('orch')).map((x) => x.type)).toContain('article')
    expect(await search("council's U.S. -ferry")).toBeInstanceOf(Array)
    expect(await search('   ')).toEqual([])
    expect(toFtsQuery('rota broke').fts).toBe('"rota" "broke"*')
  })

  it('answers a syntax error with a clear message, never a crash', async () => {
    await story()
    const err = await h.failure('search.query', { q: '"ferry AND' })
    expect(err.code).toBe('invalid_input')
    expect(err.message).toMatch(/the search could not be read/)
    expect((await search('ferry NOT bridge')).filter((x) => x.type === 'article')).toHaveLength(1)
  })

  it('filters by outlet, date range, passage kind and claim status', async () => {
    const { a, b, tag } = await story()
    expect(ids(await search('ferry', { outlet: 'Vale Ledger' }), 'article')).toEqual([b.id])
    expect(ids(await search('ferry', { from: '2026-04-01' }), 'article')).toEqual([b.id])
    expect(ids(await search('ferry', { to: '2026-04-01' }), 'article')).toEqual([a.id])
    expect(ids(await search('rota', { kind: 'claim' }), 'passage')).toEqual([tag.passage.id])
    expect(ids(await search('rota', { kind: 'evidence' }), 'passage')).toEqual([])
    expect(ids(await search('agreement', { status: 'unverified' }), 'claim')).toEqual([tag.claim!.id])
    expect(ids(await search('agreement', { status: 'false' }), 'claim')).toEqual([])
  })

  it('keeps in step with edits: metadata, claim text, delete and undo', async () => {
    const { a, tag } = await story()
    await h.call('library.updateArticle', { id: a.id, title: 'Harbour walkout' })
    expect(ids(await search('walkout'), 'article')).toEqual([a.id])
    await h.call('claims.update', { id: tag.claim!.id, text: 'The timetable breached the contract' })
    expect(ids(await search('timetable'), 'claim')).toEqual([tag.claim!.id])
    expect(ids(await search('signed agreement'), 'claim')).toEqual([])
    await h.call('library.deleteArticle', { id: a.id })
    expect(ids(await search('walkout'), 'article')).toEqual([])
    expect(ids(await search('rota'), 'passage')).toEqual([])
    await h.call('edit.undo')
    expect(ids(await search('walkout'), 'article')).toEqual([a.id])
    expect(ids(await search('rota'), 'passage')).toEqual([tag.passage.id])
  })
})

describe('article details', () => {
  it('edits metadata with history, and says what a delete takes with it', async () => {
    const { a } = await story()
    const updated = await h.call<Article>('library.updateArticle', { id: a.id, outlet: 'Coast Radio', author: '' })
    expect(updated).toMatchObject({ outlet: 'Coast Radio', author: null, title: 'Ferry crews strike' })
    expect(await h.call('library.deleteImpact', { id: a.id })).toEqual({ passages: 1, links: 1, claims: 1 })
    await h.call('library.deleteArticle', { id: a.id })
    expect(await h.failure('articles.get', { id: a.id })).toMatchObject({ code: 'not_found' })
    const undo = await h.call<{ label: string }>('edit.undo')
    expect(undo.label).toBe('Delete article')
    expect((await h.call<Article>('articles.get', { id: a.id })).outlet).toBe('Coast Radio')
    expect(await h.call('passages.listForArticle', { articleId: a.id })).toHaveLength(1)
  })
})

describe('search in two threads', () => {
  it('answers as one search on one thread does, filters and errors included', async () => {
    await startSearchWorker()
    expect(searchWorkerRunning()).toBe(true)
    const { tag } = await story()
    await h.call('claims.update', { id: tag.claim!.id, rationale: 'The ferry rota was signed.' })
    const cases: [string, SearchFilters][] = [
      ['ferry', {}],
      ['ferry agreement', {}],
      ['rota', { limit: 1 }],
      ['ferry', { types: ['article', 'passage'] }],
      ['rota', { kind: 'claim' }],
      ['council OR ferry', { outlet: 'Vale Ledger' }],
      ['ferry', { types: ['article'] }]
    ]
    for (const [q, f] of cases) {
      const one = h.ws.read((db) => searchProject(db, q, f))
      expect(one.length, `${q} ${JSON.stringify(f)}`).toBeGreaterThan(0)
      expect(await searchInParallel(h.ws, q, f)).toEqual(one)
    }
    await expect(searchInParallel(h.ws, '"ferry AND', {})).rejects.toThrow(/the search could not be read/)
  })
})
