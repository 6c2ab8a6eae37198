import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { SpanMatch } from '../../src/shared/contract/matching'
import { articleGeneration } from '../../src/main/services/matching/generation'
import { lookupPool } from '../../src/main/services/matching/lookupPool'
import { runLookup } from '../../src/main/services/matching/lookups'
import { addArticles, newWorkspace, REPO_ROOT, useTempDirs, postApi, spawnServe } from './helpers'
import { useProject } from './serviceHarness'

describe('matching lookups', () => {
  const tempDir = useTempDirs()
  const h = useProject(tempDir)
  const paste = (title: string, body: string) => h.call<{ id: number; body: string }>('articles.paste', { title, body })
  const spanOf = (a: { id: number; body: string }, quote: string) => {
    const start = a.body.indexOf(quote)
    return { articleId: a.id, start, end: start + quote.length }
  }

  it('run in a worker thread and answer as the same lookup run here would', async () => {
    expect((await lookupPool()).inWorker).toBe(true)
    const a = await paste('A', 'Inspectors found serious corrosion in the main cables.')
    const b = await paste('B', 'Severe corrosion was discovered in the main cables by inspectors.')
    await paste('C', 'The cables were inspected and corrosion was found, the report said.')
    const span = spanOf(a, 'Inspectors found serious corrosion in the main cables.')
    const there = await h.call<SpanMatch[]>('match.forSpan', { ...span, limit: 5 })
    expect(there[0]?.articleId).toBe(b.id)
    expect(there).toEqual(h.ws.read((db) => runLookup(db, 'forSpan', { ...span, limit: 5 })))
  })

  it('see a write made just before them, and report a missing passage as not found', async () => {
    const a = await paste('A', 'The mayor said the ferry pier will close in May for repairs.')
    const tagged = await h.call<{ passage: { id: number } }>('passages.tag', {
      ...spanOf(a, 'the ferry pier will close in May for repairs'),
      kind: 'claim',
      newClaimText: 'The pier will close'
    })
    const b = await paste('B', 'The ferry pier closes in May for repairs, according to the mayor.')
    const r = await h.call<SpanMatch[]>('match.forPassage', { passageId: tagged.passage.id })
    expect(r.map((m) => m.articleId)).toEqual([b.id])
    expect(await h.failure('match.forPassage', { passageId: 999 })).toMatchObject({ code: 'not_found' })
  })

  it('remember the matches of a span while the articles stay the same, and not after they change', async () => {
    const a = await paste('A', 'Inspectors found serious corrosion in the main cables.')
    const b = await paste('B', 'Severe corrosion was discovered in the main cables by inspectors.')
    const span = spanOf(a, 'Inspectors found serious corrosion in the main cables.')
    const ids = async () => (await h.call<SpanMatch[]>('match.forSpan', span)).map((m) => m.articleId).sort()
    const generation = () => h.ws.read((db) => articleGeneration(db))
    expect(await ids()).toEqual([b.id])
    const before = generation()
    expect(before).not.toBeNull()
    // A tag changes passages and claims, which span matches do not depend on.
    await h.call('passages.tag', { ...span, kind: 'claim', newClaimText: 'Corroded cables' })
    expect(generation()).toBe(before)
    const c = await paste('C', 'Inspectors say serious corrosion was found in the main cables.')
    expect(generation()).not.toBe(before)
    expect(await ids()).toEqual([b.id, c.id].sort())
    await h.call('articles.updateText', { id: c.id, body: 'The ferry timetable changes in June.' })
    expect(await ids()).toEqual([b.id])
    await h.call('edit.undo')
    expect(await ids()).toEqual([b.id, c.id].sort())
  })

  it('name the claims with a passage over a matching span in another article', async () => {
    const a = await paste(
      'A',
      'The mayor said the ferry pier will close in May for repairs. Gulls nested on the lighthouse roof.'
    )
    const b = await paste('B', 'The ferry pier closes in May for repairs, according to the mayor.')
    const c = await paste('C', 'Ferry pier repairs will close it in May, the mayor confirmed. Tickets went on sale.')
    const pier = await h.call<{ claim: { id: number } }>('passages.tag', {
      ...spanOf(b, 'The ferry pier closes in May for repairs'),
      kind: 'claim',
      newClaimText: 'The pier will close in May'
    })
    const other = await h.call<{ claim: { id: number } }>('passages.tag', {
      ...spanOf(c, 'Ferry pier repairs will close it in May'),
      kind: 'claim',
      newClaimText: 'Repairs close the pier'
    })
    // A passage outside the matching sentence does not count.
    await h.call('passages.tag', {
      ...spanOf(c, 'Tickets went on sale'),
      kind: 'claim',
      newClaimText: 'Tickets are on sale'
    })
    const ids = await h.call<number[]>('match.claimsForSpan', spanOf(a, 'the ferry pier will close in May for repairs'))
    expect(ids.sort()).toEqual([pier.claim.id, other.claim.id].sort())
    expect(await h.call<number[]>('match.claimsForSpan', spanOf(a, 'Gulls nested on the lighthouse roof.'))).toEqual([])
  })
})

describe('the lookup worker in factdesk serve', () => {
  const tempDir = useTempDirs()
  const built = existsSync(join(REPO_ROOT, 'out', 'renderer', 'index.html'))

  it.skipIf(!built)(
    'does not keep the server running once it is told to stop',
    async () => {
      const dir = tempDir()
      const file = join(dir, 'stop.factdesk')
      const ws = newWorkspace()
      ws.create(file, 'Stop')
      addArticles(ws, 3)
      const articleId = ws.read((db) => db.prepare('SELECT min(id) FROM articles').pluck().get() as number)
      ws.close()
      const { child, ready, exited } = spawnServe(file, { FACTDESK_CONFIG_DIR: dir })
      try {
        const url = await ready
        // The first lookup starts the worker; the stop comes while it is starting.
        void postApi(url, 'match.forSpan', { articleId, start: 0, end: 20 }).catch(() => undefined)
        await new Promise((r) => setTimeout(r, 100))
        child.kill('SIGTERM')
        const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('still running'), 20_000))])
        expect(code).toBe(0)
      } finally {
        child.kill('SIGKILL')
      }
    },
    60_000
  )
})
