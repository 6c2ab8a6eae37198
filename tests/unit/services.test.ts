import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { samplePath } from '../../src/main/services/sample'
import { WriterLock } from '../../src/main/store/writerLock'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Article, ClaimSummary, HistoryEntry, Settings, TagResult } from '../../src/shared/domain'
import { RESOURCES_DIR, listDir, sidecars, useTempDirs } from './helpers'
import { useProject } from './serviceHarness'

const tempDir = useTempDirs()
const proj = useProject(tempDir)
const { call, failure } = proj

const BODY =
  'The bridge will close for six months, the commissioner said.\nThe operator said there is no serious corrosion.\nThe 2025 report rated the cables fair.'
const span = (text: string) => ({ start: BODY.indexOf(text), end: BODY.indexOf(text) + text.length })

describe('articles', () => {
  it('stores a pasted body normalised to LF line endings and NFC', async () => {
    const a = await call<Article>('articles.paste', {
      title: '  Cafe\u0301 owners object ',
      body: 'Line one\r\nCafe\u0301 owners\rsaid no.  \r\n\r\n\r\n\r\nEnd.'
    })
    expect(a.title).toBe('Café owners object')
    expect(a.body).toBe('Line one\nCafé owners\nsaid no.\n\nEnd.')
    expect(a.body).not.toMatch(/\r/)
    expect(a.body).toBe(a.body.normalize('NFC'))
    expect(a.contentHash).toBe(createHash('sha256').update(a.body).digest('hex'))
    expect(a.source).toBe('paste')
    expect(await call('articles.get', { id: a.id })).toEqual(a)
  })

  it('refuses the same text twice, even with other line endings', async () => {
    await call('articles.paste', { title: 'First', body: 'Same text.\nSecond line.' })
    const err = await failure('articles.paste', { title: 'Again', body: 'Same text.\r\nSecond line.\r\n' })
    expect(err).toMatchObject({ code: 'conflict' })
    expect(err.message).toContain('"First"')
    expect(await call<unknown[]>('articles.list')).toHaveLength(1)
  })

  it('lists articles newest first with passage counts, and names the first ones before the list', async () => {
    const paste = (title: string, publishedAt: string | null, body: string) =>
      call<Article>('articles.paste', { title, publishedAt, body })
    const old = await paste('Old', '2026-01-02', BODY)
    const undated = await paste('Undated', null, 'No date on this one.')
    const fresh = await paste('Fresh', '2026-03-04', 'Fresh text about the bridge.')
    await call('passages.tag', {
      articleId: old.id,
      ...span('no serious corrosion'),
      kind: 'denial',
      newClaimText: 'x'
    })
    await call('passages.tag', {
      articleId: old.id,
      ...span('rated the cables fair'),
      kind: 'claim',
      newClaimText: 'y'
    })
    const list = await call<{ id: number; chars: number; counts: Record<string, number> }[]>('articles.list')
    expect(list.map((a) => a.id)).toEqual([fresh.id, old.id, undated.id])
    expect(list[1]).toMatchObject({ chars: BODY.length, counts: { claim: 1, denial: 1, evidence: 0 } })
    expect(list[0].counts).toEqual({ claim: 0, denial: 0, evidence: 0 })
    expect(await call('articles.first', { limit: 2 })).toEqual([fresh.id, old.id])
    expect(await failure('articles.first', { limit: 0 })).toMatchObject({ code: 'invalid_input' })
  })

  it('refuses an article with no text', async () => {
    expect(await failure('articles.paste', { title: 'Blank', body: ' \r\n\t ' })).toMatchObject({
      code: 'invalid_input'
    })
  })
})

describe('passages and claims', () => {
  let articleId: number
  beforeEach(async () => {
    articleId = (await call<Article>('articles.paste', { title: 'Courier', body: BODY })).id
  })
  const tag = (input: Record<string, unknown>) => call<TagResult>('passages.tag', { articleId, ...input })

  it('tags a claim with new claim text: creates the claim and links it as "states"', async () => {
    const r = await tag({
      ...span('The bridge will close for six months'),
      kind: 'claim',
      newClaimText: ' The bridge closes for six months '
    })
    expect(r.claim).toMatchObject({ text: 'The bridge closes for six months', status: 'unverified' })
    expect(r.passage).toMatchObject({
      kind: 'claim',
      role: 'states',
      claimId: r.claim?.id,
      exact: 'The bridge will close for six months',
      prefix: ''
    })
    expect(r.passage.suffix).toBe(BODY.slice(r.passage.end, r.passage.end + 32))
    const claims = await call<ClaimSummary[]>('claims.list')
    expect(claims).toHaveLength(1)
    expect(claims[0].counts).toEqual({ states: 1, denies: 0, evidence: 0 })
  })

  it('links a denial as "denies" and evidence with the role given', async () => {
    const claim = (await tag({ ...span('The bridge will close'), kind: 'claim', newClaimText: 'Closure' })).claim!
    const denial = await tag({ ...span('there is no serious corrosion'), kind: 'denial', claimId: claim.id })
    expect(denial.passage).toMatchObject({ kind: 'denial', role: 'denies', claimId: claim.id })
    const evidence = await tag({
      ...span('rated the cables fair'),
      kind: 'evidence',
      claimId: claim.id,
      role: 'refutes',
      note: 'report p. 4'
    })
    expect(evidence.passage).toMatchObject({ kind: 'evidence', role: 'refutes', note: 'report p. 4' })
    expect((await call<ClaimSummary[]>('claims.list'))[0].counts).toEqual({ states: 1, denies: 1, evidence: 1 })
    expect(await call<unknown[]>('passages.listForArticle', { articleId })).toHaveLength(3)
  })

  it('refuses a role that does not fit the kind, and a span past the end, changing nothing', async () => {
    const bad = [
      [
        { ...span('The bridge'), kind: 'claim', role: 'refutes', newClaimText: 'x' },
        'invalid_input',
        /cannot have the role "refutes"/
      ],
      [{ ...span('The operator'), kind: 'denial', role: 'supports', newClaimText: 'x' }, 'invalid_input', /role/],
      [{ start: 10, end: BODY.length + 1, kind: 'evidence' }, 'invalid_input', /past the article's end/],
      [{ start: 5, end: 5, kind: 'claim' }, 'invalid_input', /end after it starts/],
      [{ ...span('The bridge'), kind: 'claim', claimId: 999 }, 'not_found', /claim 999/],
      [{ ...span('The bridge'), kind: 'claim', claimId: 1, newClaimText: 'both' }, 'invalid_input', /not both/]
    ] as const
    for (const [input, code, message] of bad) {
      const err = await failure('passages.tag', { articleId, ...input })
      expect(err.code).toBe(code)
      expect(err.message).toMatch(message)
    }
    expect(await failure('passages.tag', { articleId: 42, start: 0, end: 3, kind: 'claim' })).toMatchObject({
      code: 'not_found'
    })
    expect(await call<unknown[]>('claims.list')).toEqual([])
    expect(await call<unknown[]>('passages.listForArticle', { articleId })).toEqual([])
  })

  it('records a status change with old and new values under the editor from settings', async () => {
    const claim = (await tag({ ...span('The bridge will close'), kind: 'claim', newClaimText: 'Closure' })).claim!
    const { editorName } = await call<Settings>('settings.get')
    expect(editorName.length).toBeGreaterThan(0)
    const updated = await call<{ status: string }>('claims.update', {
      id: claim.id,
      status: 'mostly_false',
      rationale: 'Report says fair.'
    })
    expect(updated.status).toBe('mostly_false')
    const history = await call<HistoryEntry[]>('history.list', { entity: 'claim', entityId: claim.id })
    expect(history.find((h) => h.field === 'status')).toMatchObject({
      action: 'update',
      oldValue: 'unverified',
      newValue: 'mostly_false',
      editor: editorName
    })
    expect(history.find((h) => h.field === 'rationale')).toMatchObject({ oldValue: '', newValue: 'Report says fair.' })

    expect(await failure('claims.update', { id: claim.id, status: 'sort_of_true' })).toMatchObject({
      code: 'invalid_input'
    })
    expect(await failure('claims.update', { id: 999, status: 'true' })).toMatchObject({ code: 'not_found' })
    expect((await call<{ status: string }>('claims.get', { id: claim.id })).status).toBe('mostly_false')
  })

  it('records later changes under a new editor name', async () => {
    const claim = (await tag({ ...span('The bridge will close'), kind: 'claim', newClaimText: 'Closure' })).claim!
    expect((await call<Settings>('settings.update', { editorName: 'Ana Reyes' })).editorName).toBe('Ana Reyes')
    await call('claims.update', { id: claim.id, status: 'true' })
    const [latest] = await call<HistoryEntry[]>('history.list', { entity: 'claim', limit: 1 })
    expect(latest).toMatchObject({ field: 'status', newValue: 'true', editor: 'Ana Reyes' })
    const [setting] = await call<HistoryEntry[]>('history.list', { entity: 'settings' })
    expect(setting).toMatchObject({ field: 'editorName', newValue: 'Ana Reyes' })
  })

  it('keeps statuses in use: removing one is refused, retiring it is allowed', async () => {
    const claim = (await tag({ ...span('The bridge will close'), kind: 'claim', newClaimText: 'Closure' })).claim!
    await call('claims.update', { id: claim.id, status: 'mixed' })
    const { statuses } = await call<Settings>('settings.get')
    const without = statuses.filter((s) => s.key !== 'mixed')
    const err = await failure('settings.update', { statuses: without })
    expect(err).toMatchObject({ code: 'conflict' })
    expect(err.message).toContain('"mixed"')
    expect((await call<Settings>('settings.get')).statuses).toEqual(statuses)

    const retired = statuses
      .map((s) => (s.key === 'mixed' ? { ...s, retired: true } : s))
      .filter((s) => s.key !== 'unproven')
    const after = await call<Settings>('settings.update', { statuses: retired })
    expect(after.statuses.find((s) => s.key === 'mixed')?.retired).toBe(true)
    expect(after.statuses.some((s) => s.key === 'unproven')).toBe(false)
    expect(await failure('claims.update', { id: claim.id, status: 'unproven' })).toMatchObject({
      code: 'invalid_input'
    })
  })

  it('keeps the history append-only in the file itself', async () => {
    await tag({ ...span('The bridge will close'), kind: 'claim', newClaimText: 'Closure' })
    const count = () => proj.ws.read((db) => db.prepare('SELECT count(*) FROM history').pluck().get())
    const before = count()
    expect(before).toBeGreaterThan(0)
    proj.ws.read((db) => {
      expect(() => db.prepare(`UPDATE history SET editor = 'forger'`).run()).toThrow(/append-only/)
      expect(() => db.prepare('DELETE FROM history').run()).toThrow(/append-only/)
    })
    expect(count()).toBe(before)
    expect((await call<HistoryEntry[]>('history.list')).every((h) => h.editor !== 'forger')).toBe(true)
  })
})

describe('project files', () => {
  it('keeps the project writable when it is opened again', async () => {
    const info = await call<{ readOnly: boolean }>('project.open', { file: proj.file })
    expect(info.readOnly).toBe(false)
    expect(await call('articles.paste', { title: 'Still writable', body: 'Yes.' })).toMatchObject({
      title: 'Still writable'
    })
  })

  it('saves a copy with the same content and switches to it', async () => {
    const a = await call<Article>('articles.paste', { title: 'Courier', body: BODY })
    await call('passages.tag', {
      articleId: a.id,
      ...span('The bridge will close'),
      kind: 'claim',
      newClaimText: 'Closure'
    })
    const before = proj.ws.requireInfo()
    const dir = tempDir()
    const target = join(dir, 'copy')
    const info = await call<{ file: string; readOnly: boolean }>('project.saveAs', { file: target })
    expect(info).toEqual({ ...before, file: `${target}.factdesk`, readOnly: false })
    expect(proj.ws.file).toBe(`${target}.factdesk`)
    expect(sidecars(proj.file)).toEqual([])
    expect(listDir(dir).filter((f) => !f.startsWith('copy.factdesk'))).toEqual([])
    expect(await call<HistoryEntry[]>('history.list')).toHaveLength(before.articles + 3)

    expect(await failure('project.saveAs', { file: proj.file })).toMatchObject({ code: 'conflict' })
    expect(await failure('project.saveAs', { file: `${target}.factdesk` })).toMatchObject({ code: 'conflict' })
    proj.ws.close()
    expect(listDir(dir)).toEqual(['copy.factdesk'])
  })

  it('opens the sample as a new file and leaves the shipped files alone', () => {
    const sampleDir = join(RESOURCES_DIR, 'sample')
    const snapshot = () =>
      listDir(sampleDir).map((f) => [
        f,
        createHash('sha256')
          .update(readFileSync(join(sampleDir, f)))
          .digest('hex')
      ])
    const before = snapshot()
    const target = join(tempDir(), 'sample.factdesk')
    const info = proj.ws.openSample(target)
    expect(info).toMatchObject({
      file: target,
      articles: 3,
      readOnly: false,
      title: 'Sample: the Harbour Bridge closure'
    })
    expect(existsSync(proj.file)).toBe(true)
    expect(snapshot()).toEqual(before)
    expect(listDir(RESOURCES_DIR)).toEqual(['lexicons', 'sample'])
    expect(
      proj.ws.read((db) => db.prepare(`SELECT count(*) FROM articles WHERE source = 'sample'`).pluck().get())
    ).toBe(3)
  })

  it('a sample whose free name another program has just locked is made under the next name', () => {
    const first = samplePath()
    mkdirSync(dirname(first), { recursive: true })
    // Another window or server that picked the same name in the same second, and got there first.
    const lock = WriterLock.acquire(first, 'another factdesk serve')
    let made: string | null = null
    try {
      const info = proj.ws.openSample()
      made = info.file
      expect(info.file).not.toBe(first)
      expect(info.articles).toBe(3)
    } finally {
      proj.ws.close()
      lock.release()
      for (const f of made ? [made, ...sidecars(made)] : []) rmSync(f, { force: true })
    }
  })
})
