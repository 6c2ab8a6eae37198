import { readFileSync } from 'node:fs'
import { SCHEMA_VERSION } from '../../src/main/store/migrations'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { renderHtml } from '../../src/main/services/export/html'
import { buildReportModel } from '../../src/main/services/export/model'
import { cliRunner, newWorkspace, sha256, useTempDirs } from './helpers'
import { useProject } from './serviceHarness'
import { buildExportProject } from './exportFixture'

const temp = useTempDirs()
const h = useProject(() => temp())
const cli = cliRunner(temp)

describe('factdesk settings', () => {
  it('shows and sets the publisher, its address and the editor, as product.md gives it', async () => {
    h.ws.close()
    const shown = await cli('settings', h.file, '--json')
    expect(shown).toMatchObject({ code: 0, stderr: '' })
    expect(JSON.parse(shown.stdout)).toMatchObject({ publisher: '', publisherUrl: '', reviewUrl: '', reviewTitle: '' })

    const set = await cli(
      'settings',
      h.file,
      '--publisher',
      'Harbour Checks',
      '--publisher-url',
      'https://checks.example/',
      '--editor',
      'Mira Chen',
      '--review-title',
      'What the harbour board said',
      '--review-url',
      'https://checks.example/harbour',
      '--json'
    )
    expect(set).toMatchObject({ code: 0, stderr: '' })
    expect(JSON.parse(set.stdout)).toMatchObject({
      publisher: 'Harbour Checks',
      publisherUrl: 'https://checks.example/',
      editor: 'Mira Chen',
      reviewTitle: 'What the harbour board said',
      reviewUrl: 'https://checks.example/harbour'
    })
    const text = await cli('settings', h.file)
    expect(text.stdout).toMatch(/Publisher\s+Harbour Checks/)
  })

  it('refuses an address that is not http(s) in one line, exit 1, leaving the file as it was', async () => {
    h.ws.close()
    const before = sha256(h.file)
    for (const bad of ['javascript:alert(1)', 'ftp://checks.example/', 'not a url']) {
      const r = await cli('settings', h.file, '--publisher-url', bad, '--json')
      expect(r.code, bad).toBe(1)
      expect(r.stdout).toBe('')
      expect(r.stderr.trim().split('\n')).toHaveLength(1)
      expect(r.stderr).toMatch(/--publisher-url .* must start with http:\/\/ or https:\/\//)
    }
    expect(sha256(h.file)).toBe(before)
    expect((await cli('settings', h.file, '--publisher')).code).toBe(2)
    expect((await cli('settings', h.file, '--colour', 'red')).code).toBe(2)
  })
})

describe('review urls and ClaimReview', () => {
  it('sets a claim review url with factdesk status and exports url and author', async () => {
    const b = buildExportProject(h.ws)
    h.ws.close()
    const r = await cli(
      'status',
      h.file,
      '--claim',
      String(b.claims.fares),
      '--set',
      'false',
      '--review-url',
      'https://checks.example/ferry-fares',
      '--json'
    )
    expect(r).toMatchObject({ code: 0, stderr: '' })
    expect(JSON.parse(r.stdout).claim).toMatchObject({
      id: b.claims.fares,
      reviewUrl: 'https://checks.example/ferry-fares'
    })
    const bad = await cli(
      'status',
      h.file,
      '--claim',
      String(b.claims.fares),
      '--set',
      'false',
      '--review-url',
      'data:x'
    )
    expect(bad.code).toBe(1)
    expect(bad.stderr.trim().split('\n')).toHaveLength(1)

    const out = join(temp(), 'cr.jsonld')
    const ex = await cli('export', h.file, '--format', 'claimreview', '--out', out)
    expect(ex.code).toBe(0)
    // The two other claims with a verdict have no review url, and the editor is told so.
    expect(ex.stderr).toMatch(/2 review\(s\) have no url/)
    const reviews = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>[]
    const fares = reviews.find((x) => x.claimReviewed === 'Ferry fares will double by June')!
    expect(fares.url).toBe('https://checks.example/ferry-fares')
    expect(fares.author).toEqual({
      '@type': 'Organization',
      name: 'Harbour Checks',
      url: 'https://checks.example/fact-checks/'
    })
  })

  it('lists the claims with a verdict but no review url in the export summary', async () => {
    const b = buildExportProject(h.ws)
    await h.call('claims.update', { id: b.claims.bridge, reviewUrl: 'https://checks.example/bridge' })
    const p = await h.call<{ withoutReviewUrl: { id: number }[] }>('export.preview', {})
    expect(p.withoutReviewUrl.map((c) => c.id).sort()).toEqual([b.claims.fares, b.claims.notice].sort())
    // The published fact-check's page stands in for a claim without a page of its own.
    await h.call('settings.update', { reviewUrl: 'https://checks.example/harbour' })
    expect((await h.call<{ withoutReviewUrl: unknown[] }>('export.preview', {})).withoutReviewUrl).toEqual([])
    expect((await h.failure('claims.update', { id: b.claims.fares, reviewUrl: 'javascript:x' })).code).toBe(
      'invalid_input'
    )
  })

  it('adds the review url column to a version 3 project', () => {
    const file = join(temp(), 'v3.factdesk')
    const old = newWorkspace()
    old.create(file, 'Old')
    old.close()
    // Make it a v3 file: the claims table as it was before migration 4.
    const db = new Database(file)
    db.exec('ALTER TABLE claims DROP COLUMN review_url; PRAGMA user_version = 3;')
    db.close()
    const ws = newWorkspace()
    try {
      expect(ws.open(file, 'write').schemaVersion).toBe(SCHEMA_VERSION)
      const cols = ws.read((d) => d.prepare("SELECT name FROM pragma_table_info('claims')").pluck().all())
      expect(cols).toContain('review_url')
    } finally {
      ws.close()
    }
  })
})

describe('the report front matter and claim order', () => {
  it('shows the introduction as text at the top and lists claims in the stored order', async () => {
    const b = buildExportProject(h.ws)
    const order = [b.claims.notice, b.claims.bridge]
    await h.call('settings.update', {
      introduction: 'We checked <b>four</b> claims.\n\nSecond paragraph.',
      reviewTitle: 'Harbour claims checked',
      claimOrder: order
    })
    const m = h.ws.read((db) => buildReportModel(db))
    expect(m.claims.map((c) => c.id)).toEqual([b.claims.notice, b.claims.bridge, b.claims.fares, b.claims.open])
    const html = renderHtml(m)
    expect(html).toContain('<h1>Harbour claims checked</h1>')
    expect(html).toContain('<p>We checked &lt;b&gt;four&lt;/b&gt; claims.</p><p>Second paragraph.</p>')
    expect(html.indexOf('class="intro"')).toBeLessThan(html.indexOf('id="h-summary"'))
    const claimIds = [...html.matchAll(/<article class="claim" id="claim-(\d+)"/g)].map((x) => Number(x[1]))
    expect(claimIds).toEqual(m.claims.map((c) => c.id))
    // A selection keeps the order too.
    const sel = h.ws.read((db) => buildReportModel(db, { claimIds: [b.claims.fares, b.claims.notice] }))
    expect(sel.claims.map((c) => c.id)).toEqual([b.claims.notice, b.claims.fares])
  })
})
