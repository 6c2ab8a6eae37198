import { cpSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ImportProgress } from '../../src/shared/domain'
import { REPO_ROOT, useTempDirs } from './helpers'
import { useProject } from './serviceHarness'

const tempDir = useTempDirs()
const h = useProject(tempDir)
const FIXTURES = join(REPO_ROOT, 'tests/fixtures/import')

async function runToEnd(jobId: string): Promise<ImportProgress> {
  for (;;) {
    const p = await h.call<ImportProgress>('import.progress', { jobId })
    if (p.finished) return p
    await new Promise((r) => setTimeout(r, 10))
  }
}

const articleCount = () => h.ws.read((db) => db.prepare('SELECT count(*) FROM articles').pluck().get() as number)

describe('import pipeline', () => {
  it('imports a folder recursively; bad files are reported and the rest import', async () => {
    const { jobId } = await h.call<{ jobId: string }>('import.start', { paths: [FIXTURES] })
    const p = await runToEnd(jobId)
    expect(p.total).toBe(13)
    expect(p.done).toBe(13)
    expect(p.summary.imported.map((a) => a.title).sort()).toEqual([
      'Bridge tolls to rise by a third',
      'Café on the quay to close, owner says',
      'Ferry crews walk out over rota changes',
      'Harbour dredging report',
      'Library opening hours cut',
      'Orchard grant doubled, council says',
      'Reservoir at record low, water board claims'
    ])
    expect(p.summary.skipped).toHaveLength(3)
    expect(p.summary.failed).toHaveLength(3)
    expect(articleCount()).toBe(7)
    // Imports are bulk work: not one undoable step each.
    expect((await h.call<{ canUndo: boolean }>('edit.state')).canUndo).toBe(false)
  })

  it('skips the same content imported twice, in one run and in the next', async () => {
    const dir = tempDir()
    cpSync(join(FIXTURES, 'good', 'ferry-strike.txt'), join(dir, 'a.txt'))
    cpSync(join(FIXTURES, 'good', 'ferry-strike.txt'), join(dir, 'b.txt'))
    let p = await runToEnd((await h.call<{ jobId: string }>('import.start', { paths: [dir] })).jobId)
    expect(p.summary.imported).toHaveLength(1)
    expect(p.summary.skipped).toEqual([{ source: join(dir, 'b.txt'), reason: expect.stringMatching(/^duplicate: /) }])
    p = await runToEnd((await h.call<{ jobId: string }>('import.start', { paths: [join(dir, 'a.txt')] })).jobId)
    expect(p.summary.imported).toHaveLength(0)
    expect(p.summary.skipped[0].reason).toMatch(/already in this project as "Ferry crews/)
    expect(articleCount()).toBe(1)
  })

  it('refuses files over the size limit, which is a project setting', async () => {
    expect(await h.call('import.limits')).toEqual({ maxBytes: 20 * 1024 * 1024 })
    await h.call('import.setLimits', { maxBytes: 1024 })
    const dir = tempDir()
    writeFileSync(join(dir, 'big.txt'), 'word '.repeat(300))
    writeFileSync(join(dir, 'small.txt'), 'Small note\n\nfits.')
    const p = await runToEnd((await h.call<{ jobId: string }>('import.start', { paths: [dir] })).jobId)
    expect(p.summary.failed).toEqual([
      { source: join(dir, 'big.txt'), error: expect.stringMatching(/larger than the .* import limit/) }
    ])
    expect(p.summary.imported).toHaveLength(1)
  })

  it('reports a path that does not exist as failed', async () => {
    const p = await runToEnd((await h.call<{ jobId: string }>('import.start', { paths: ['/no/such/folder'] })).jobId)
    expect(p.summary.failed).toEqual([{ source: '/no/such/folder', error: 'no such file or folder' }])
  })

  it('cancel stops the job and leaves only whole articles behind', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'many'))
    for (let i = 0; i < 300; i++)
      writeFileSync(join(dir, 'many', `a${i}.txt`), `Article ${i}\n\nBody number ${i} of the set.`)
    const { jobId } = await h.call<{ jobId: string }>('import.start', { paths: [dir] })
    await new Promise((r) => setTimeout(r, 5))
    await h.call('import.cancel', { jobId })
    const p = await runToEnd(jobId)
    expect(p.cancelled).toBe(true)
    expect(p.done).toBeLessThan(300)
    // Every article in the project is one the summary lists as imported, whole.
    const rows = h.ws.read((db) => db.prepare('SELECT id, title, body FROM articles ORDER BY id').all()) as {
      id: number
      title: string
      body: string
    }[]
    expect(rows.map((r) => r.id)).toEqual(p.summary.imported.map((a) => a.id))
    for (const r of rows) expect(r.body).toMatch(/^Article \d+\n\nBody number \d+ of the set\.$/)
  })

  it('browser uploads arrive in parts and import like files', async () => {
    const enc = (s: string) => Buffer.from(s).toString('base64')
    const first = await h.call<{ uploadId: string; jobId: null }>('import.uploads', {
      files: [{ name: 'one.txt', data: enc('date 2026-01-02 First upload\n\nText one.') }]
    })
    expect(first.jobId).toBeNull()
    const second = await h.call<{ uploadId: string; jobId: string }>('import.uploads', {
      uploadId: first.uploadId,
      files: [
        { name: 'two.md', data: enc('# Second upload\n\nText *two*.') },
        { name: 'x.exe', data: enc('MZ\u0000\u0000') },
        { name: 'huge.pdf', data: '', tooLarge: 10 * 1024 * 1024 }
      ],
      start: true
    })
    const p = await runToEnd(second.jobId)
    expect(p.summary.imported.map((a) => [a.title, a.source])).toEqual([
      ['First upload', 'one.txt'],
      ['Second upload', 'two.md']
    ])
    expect(p.summary.skipped).toEqual([{ source: 'x.exe', reason: 'unsupported file type (.exe)' }])
    expect(p.summary.failed).toEqual([
      { source: 'huge.pdf', error: 'too large to send from the browser; import it with factdesk import' }
    ])
  })
})
