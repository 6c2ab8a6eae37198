import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT, cliRunner, useTempDirs } from './helpers'

const FIXTURES = join(REPO_ROOT, 'tests/fixtures/import')
const tempDir = useTempDirs()

const cli = cliRunner(tempDir)

describe('factdesk import and search', () => {
  it('imports folders and files, reports bad input, exits 1 when anything failed, and search finds the words', async () => {
    const file = join(tempDir(), 'story.factdesk')
    expect((await cli('new', file)).code).toBe(0)
    const good = await cli('import', file, join(FIXTURES, 'good'), '--json')
    expect(good.stderr).toBe('')
    expect(good.code).toBe(0)
    const out = JSON.parse(good.stdout) as {
      imported: { id: number; title: string; source: string }[]
      skipped: unknown[]
      failed: unknown[]
    }
    expect(out.imported).toHaveLength(7)
    expect(out.imported[0]).toEqual({
      id: expect.any(Number),
      title: expect.any(String),
      source: expect.stringContaining('good')
    })
    expect(out.failed).toEqual([])

    const again = await cli('import', file, FIXTURES, '--json')
    expect(again.code).toBe(1)
    const second = JSON.parse(again.stdout) as {
      imported: unknown[]
      skipped: { reason: string }[]
      failed: { error: string }[]
    }
    expect(second.imported).toEqual([])
    expect(second.skipped.filter((s) => s.reason.startsWith('duplicate'))).toHaveLength(7)
    expect(second.failed.map((f) => f.error)).toEqual([
      expect.stringMatching(/broken \.docx/),
      expect.stringMatching(/broken PDF/),
      expect.stringMatching(/broken PDF/)
    ])
    expect(again.stderr.trim().split('\n')).toHaveLength(1)

    const found = await cli('search', file, 'reservoir', '--json')
    expect(found.code).toBe(0)
    const hits = JSON.parse(found.stdout) as {
      type: string
      id: number
      articleId: number
      snippet: string
      score: number
    }[]
    const reservoir = out.imported.find((a) => a.title.startsWith('Reservoir'))!
    expect(hits[0]).toEqual({
      type: 'article',
      id: reservoir.id,
      articleId: reservoir.id,
      snippet: expect.stringContaining('[reservoir]'),
      score: expect.any(Number)
    })
    expect(hits.every((x) => Object.keys(x).sort().join() === 'articleId,id,score,snippet,type')).toBe(true)

    const bad = await cli('search', file, '"unclosed', '--json')
    expect(bad.code).toBe(1)
    expect(bad.stdout).toBe('')
    expect(bad.stderr).toMatch(/^factdesk search: the search could not be read/)

    expect((await cli('import', file)).code).toBe(2)
  }, 60_000)
})
