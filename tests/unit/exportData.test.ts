import Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderClaimReview } from '../../src/main/services/export/claimReview'
import { buildReportModel } from '../../src/main/services/export/model'
import { cliRunner, newWorkspace, useTempDirs } from './helpers'
import { useProject } from './serviceHarness'
import { buildExportProject, SCRIPT } from './exportFixture'
import { WriterLock } from '../../src/main/store/writerLock'

const temp = useTempDirs()
const h = useProject(() => temp())

const cli = cliRunner(temp)

const withoutExportTime = (text: string) => text.replace(/"exportedAt": "[^"]*"/, '"exportedAt": ""')

describe('ClaimReview', () => {
  it('reviews every claim with a verdict, with the documented fields', async () => {
    const b = buildExportProject(h.ws)
    await h.call('claims.update', { id: b.claims.fares, reviewUrl: 'https://checks.example/fact-checks/ferry-fares' })
    const r = h.ws.read((db) => renderClaimReview(buildReportModel(db, undefined, new Date('2026-03-10T09:00:00Z'))))
    expect(r.reviews).toHaveLength(3)
    expect(r.withoutVerdict).toEqual([
      { id: b.claims.open, text: '=HYPERLINK("http://evil.example") unverified', status: 'Unverified' }
    ])
    const fares = r.reviews.find((x) => x.claimReviewed === 'Ferry fares will double by June')!
    expect(fares).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://checks.example/fact-checks/ferry-fares',
      datePublished: '2026-03-10',
      author: { '@type': 'Organization', name: 'Harbour Checks', url: 'https://checks.example/fact-checks/' },
      reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'False' },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Organization', name: 'Harbour Board' },
        datePublished: '2026-03-02',
        firstAppearance: { '@type': 'CreativeWork', url: 'https://courier.example/ferry-fares' }
      }
    })
    const appearance = (fares.itemReviewed as { appearance: { url?: string }[] }).appearance
    expect(appearance.map((a) => a.url)).toEqual(['https://eastshore.example/news/fares?id=7&ref=home', undefined])
    const bridge = r.reviews.find((x) => x.claimReviewed === 'The bridge will close for six weeks')!
    expect(bridge.itemReviewed).toMatchObject({ author: { '@type': 'Person', name: 'Jo Marsh' } })
    expect(bridge.reviewRating).toMatchObject({ ratingValue: 5, alternateName: 'True' })
    // Text stays data: JSON escapes it, nothing is interpreted.
    expect(r.reviews.some((x) => x.claimReviewed === `The pier notice said ${SCRIPT}`)).toBe(true)
  })

  it('flags claims without a verdict in the export summary', async () => {
    const b = buildExportProject(h.ws)
    const out = join(temp(), 'cr.jsonld')
    const r = await h.call<{ claims: number; withoutVerdict: { id: number }[] }>('export.toFile', {
      format: 'claimreview',
      path: out
    })
    expect(r.claims).toBe(3)
    expect(r.withoutVerdict.map((c) => c.id)).toEqual([b.claims.open])
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveLength(3)
  })
})

describe('JSON project data', () => {
  it('round-trips exactly: export, new --from, export again', async () => {
    buildExportProject(h.ws)
    const dir = temp()
    h.ws.close()
    const first = join(dir, 'first.json')
    const r1 = await cli('export', h.file, '--format', 'json', '--out', first, '--json')
    expect(r1.stderr).toBe('')
    expect(r1.code).toBe(0)
    expect(JSON.parse(r1.stdout)).toMatchObject({ out: first, format: 'json', claims: 4, passages: 11 })
    const copy = join(dir, 'copy.factdesk')
    const r2 = await cli('new', copy, '--from', first, '--json')
    expect(r2.stderr).toBe('')
    expect(JSON.parse(r2.stdout)).toEqual({ file: copy, title: 'Bridge story' })
    const second = join(dir, 'second.json')
    expect((await cli('export', copy, '--format', 'json', '--out', second)).code).toBe(0)
    const a = readFileSync(first, 'utf8')
    const b = readFileSync(second, 'utf8')
    expect(a).not.toBe(b) // the export times differ…
    expect(withoutExportTime(b)).toBe(withoutExportTime(a)) // …and nothing else does
    const dump = JSON.parse(a)
    expect(dump).toMatchObject({ format: 'factdesk-project', version: 1 })
    expect(dump.history.length).toBeGreaterThan(10)
    expect(dump.articles[0].body).toContain('harbour board chair')
    expect(dump.passages[0].selector).toMatchObject({ exact: 'ferry fares will double by June' })
    // The rebuilt project works: its search index was filled as rows went in.
    const ws = newWorkspace()
    ws.open(copy, 'read')
    expect(
      ws.read((db) => db.prepare(`SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'harbour'`).pluck().get())
    ).toBe(2)
    ws.close()
  })

  it('refuses a malformed or newer dump and leaves no file behind', async () => {
    const dir = temp()
    const dumpPath = join(dir, 'd.json')
    await h.call('export.toFile', { format: 'json', path: dumpPath })
    const good = JSON.parse(readFileSync(dumpPath, 'utf8'))
    const cases: [string, unknown, RegExp][] = [
      ['not json', '{', /not JSON/],
      ['other', { hello: 1 }, /not a Factdesk project export/],
      ['newer', { ...good, version: 99 }, /format version 99, newer than this Factdesk reads \(version 1\)/],
      ['schema', { ...good, schemaVersion: 999 }, /schema version 999/],
      ['bad', { ...good, articles: [{ id: 'x' }] }, /malformed at articles\.0/]
    ]
    for (const [name, content, message] of cases) {
      const src = join(dir, `${name}.json`)
      writeFileSync(src, typeof content === 'string' ? content : JSON.stringify(content))
      const target = join(dir, `${name}.factdesk`)
      const r = await cli('new', target, '--from', src)
      expect(r.code, name).toBe(1)
      expect(r.stderr, name).toMatch(message)
      expect(existsSync(target), name).toBe(false)
    }
  })

  it("recomputes each article's content hash rather than trusting the dump's", async () => {
    const dir = temp()
    buildExportProject(h.ws)
    const dump = JSON.parse((await h.call<{ content: string }>('export.render', { format: 'json' })).content)
    dump.articles[0].contentHash = 'forged'
    const src = join(dir, 'forged.json')
    writeFileSync(src, JSON.stringify(dump))
    const target = join(dir, 'forged.factdesk')
    expect((await cli('new', target, '--from', src)).code).toBe(0)
    const db = new Database(target, { readonly: true })
    const rows = db.prepare('SELECT body, content_hash AS hash FROM articles').all() as { body: string; hash: string }[]
    db.close()
    for (const r of rows) expect(r.hash).toBe(createHash('sha256').update(r.body, 'utf8').digest('hex'))

    // Two articles with the same text cannot both be in a project: refused, no file left.
    dump.articles[1].body = dump.articles[0].body
    writeFileSync(src, JSON.stringify(dump))
    const twin = join(dir, 'twin.factdesk')
    const r = await cli('new', twin, '--from', src)
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/have the same text/)
    expect(existsSync(twin)).toBe(false)
  })

  it('imports through projectData.import from text (the app path)', async () => {
    buildExportProject(h.ws)
    const r = await h.call<{ content: string }>('export.render', { format: 'json' })
    const target = join(temp(), 'imported.factdesk')
    const info = await h.call<{ file: string; claims: number; passages: number }>('projectData.import', {
      file: target,
      json: r.content
    })
    expect(info).toMatchObject({ file: target, claims: 4, passages: 11 })
    const again = await h.call<{ content: string }>('export.render', { format: 'json' })
    expect(withoutExportTime(again.content)).toBe(withoutExportTime(r.content))
  })
})

describe('factdesk export', () => {
  // Seven CLI runs, one of them a Chromium print: a generous limit for a loaded two-core machine.
  it('writes each format while the project is open for writing elsewhere', async () => {
    buildExportProject(h.ws)
    expect(WriterLock.owner(h.file)).toBeTruthy()
    const dir = temp()
    for (const format of ['html', 'md', 'csv', 'claimreview', 'w3c']) {
      const out = join(dir, `r.${format}`)
      const r = await cli('export', h.file, '--format', format, '--out', out, '--status', 'true,false', '--json')
      expect(r.stderr, format).toBe('')
      expect(JSON.parse(r.stdout), format).toEqual({
        out,
        format,
        claims: 2,
        passages: 9
      })
      expect(existsSync(out)).toBe(true)
    }
    const bad = await cli('export', h.file, '--format', 'docx', '--out', join(dir, 'x'))
    expect(bad.code).toBe(2)
    const noOut = await cli('export', h.file, '--format', 'html')
    expect(noOut.code).toBe(2)
  }, 180_000)
})
