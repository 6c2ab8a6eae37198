import { describe, expect, it } from 'vitest'
import { buildReportModel } from '../../src/main/services/export/model'
import { renderHtml } from '../../src/main/services/export/html'
import { renderMarkdown } from '../../src/main/services/export/markdown'
import { csvCell, renderCsv } from '../../src/main/services/export/csv'
import { useTempDirs } from './helpers'
import { useProject } from './serviceHarness'
import { buildExportProject, IMG, QUOTES, SCRIPT } from './exportFixture'

const temp = useTempDirs()
const h = useProject(() => temp())
const NOW = new Date('2026-03-10T09:00:00Z')

describe('the report model', () => {
  it('groups passages by role and builds the coverage matrix', () => {
    const b = buildExportProject(h.ws)
    const m = h.ws.read((db) => buildReportModel(db, undefined, NOW))
    expect(m.title).toBe('Bridge story')
    expect(m.publisherName).toBe('Harbour Checks')
    expect(m.editors[0]).toBe('Mira Chen')
    expect(m.outlets).toEqual(['Marlow Courier', 'Eastshore Daily', 'Radio Marlow'])
    const fares = m.claims.find((c) => c.id === b.claims.fares)!
    expect(fares.stated).toHaveLength(3)
    expect(fares.denied).toHaveLength(2)
    expect(fares.evidence.refutes).toHaveLength(1)
    expect(fares.statusLabel).toBe('False')
    expect(fares.rating).toBe(1)
    const row = m.coverage.get(b.claims.bridge)!
    expect(row.get('Marlow Courier')).toEqual([])
    expect(row.get('Eastshore Daily')).toEqual(['stated'])
    expect(row.get('Radio Marlow')).toEqual(['evidence'])
    expect(m.coverage.get(b.claims.fares)!.get('Marlow Courier')).toEqual(['stated', 'denied', 'evidence'])
    expect(m.distribution.find((d) => d.key === 'false')!.count).toBe(1)
  })

  it('selects claims by status or by id, and refuses unknown ones', async () => {
    const b = buildExportProject(h.ws)
    expect(h.ws.read((db) => buildReportModel(db, { statuses: ['true', 'false'] })).claims.map((c) => c.id)).toEqual([
      b.claims.fares,
      b.claims.bridge
    ])
    expect(h.ws.read((db) => buildReportModel(db, { claimIds: [b.claims.notice] })).claims).toHaveLength(1)
    expect((await h.failure('export.preview', { selection: { claimIds: [999] } })).code).toBe('not_found')
    expect((await h.failure('export.preview', { selection: { statuses: ['nope'] } })).code).toBe('invalid_input')
  })
})

describe('the HTML report', () => {
  it('carries the contents and keeps markup-like text as text', () => {
    buildExportProject(h.ws)
    const html = h.ws.read((db) => renderHtml(buildReportModel(db, undefined, NOW)))
    expect(html).toContain("default-src 'none'")
    expect(html).toContain('Harbour Checks')
    expect(html).toContain('Mira Chen')
    expect(html).toContain('10 March 2026')
    expect(html).toContain('Coverage: who said what')
    expect(html).toContain('Ferry fares will double by June')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).toContain('&quot;quotes&quot; &amp; ampersands')
    expect(html).not.toContain(SCRIPT)
    expect(html).not.toContain(IMG)
    expect(html).not.toContain(QUOTES)
    // No executable markup at all: no script elements, no event handlers, no javascript: urls.
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/<img/i)
    expect(html).not.toMatch(/javascript:/i)
    expect(html).not.toMatch(/<(iframe|object|embed|link|base|form|meta http-equiv="refresh")\b/i)
    for (const tag of html.match(/<[a-zA-Z][^>]*>/g) ?? []) {
      expect(tag, tag).not.toMatch(/\son[a-z]+\s*=/i)
      expect(tag, tag).not.toMatch(/\s(src|srcset|srcdoc|action|formaction)\s*=/i)
    }
    expect(html).toContain('<svg role="img"')
    expect(html).toContain('href="https://eastshore.example/news/fares?id=7&amp;ref=home"')
  })
})

describe('Markdown and CSV', () => {
  it('escapes markup in Markdown', () => {
    buildExportProject(h.ws)
    const text = h.ws.read((db) => renderMarkdown(buildReportModel(db, undefined, NOW)))
    expect(text).toContain('# Bridge story')
    expect(text).toContain('## Coverage: who said what')
    expect(text).not.toContain('<script')
    expect(text).not.toContain('<img')
    expect(text).toContain('&lt;script&gt;alert\\(1\\)&lt;/script&gt;')
  })

  it('writes one row per passage with a BOM, RFC 4180 quoting and formula guards', () => {
    const b = buildExportProject(h.ws)
    const csv = h.ws.read((db) => renderCsv(buildReportModel(db, undefined, NOW)))
    expect(csv.startsWith('\uFEFFclaim_id,claim,')).toBe(true)
    const lines = csv.slice(1).split('\r\n').filter(Boolean)
    expect(lines).toHaveLength(1 + h.ws.read((db) => db.prepare('SELECT count(*) FROM links').pluck().get() as number))
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"") unverified"`)
    expect(csv).toContain('""quotes"" & ampersands')
    expect(
      lines.some((l) => l.startsWith(`${b.claims.fares},Ferry fares will double by June,Harbour Board,false,False,1,`))
    ).toBe(true)
    expect(csvCell('-1')).toBe("'-1")
    expect(csvCell('+1')).toBe("'+1")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell(-3)).toBe('-3')
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"')
  })
})
