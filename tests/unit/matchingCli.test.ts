import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dispatch } from '../../src/main/services/dispatch'
import { createHandlers } from '../../src/main/services/handlers'
import { cliRunner, newWorkspace, sha256, useTempDirs } from './helpers'

const tempDir = useTempDirs()

// On a loaded machine the dispatcher may log a slow call on stderr; nothing else may appear there.
const quiet = (stderr: string) => stderr.split('\n').filter((l) => l && !l.startsWith('[factdesk] slow call'))

const cli = cliRunner(tempDir)

describe('factdesk match and suggest', () => {
  it('work read-only while the project is open for writing elsewhere', async () => {
    const file = join(tempDir(), 'sample.factdesk')
    const ws = newWorkspace('the editor window')
    ws.openSample(file)
    try {
      const h = createHandlers(ws, { version: 'test', shell: 'browser' })
      const body = ws.read((db) => db.prepare('SELECT body FROM articles WHERE id = 1').pluck().get() as string)
      const quote = 'There is no serious corrosion in the main cables'
      const start = body.indexOf(quote)
      const tagged = await dispatch(h, 'passages.tag', {
        articleId: 1,
        start,
        end: start + quote.length,
        kind: 'denial',
        newClaimText: 'The cables are seriously corroded'
      })
      expect(tagged.ok).toBe(true)
      const passageId = tagged.ok ? (tagged.value as { passage: { id: number } }).passage.id : 0
      // Forget the stored index so the CLI has to index in memory, and check it writes nothing.
      ws.write(({ db }) => db.exec('DELETE FROM match_articles; DELETE FROM match_sentences'), {
        undoable: false
      })
      const before = sha256(file)

      const m = await cli('match', file, '--passage', String(passageId), '--limit', '3', '--json')
      expect(m.code).toBe(0)
      expect(quiet(m.stderr)).toEqual([])
      const matches = JSON.parse(m.stdout) as {
        articleId: number
        start: number
        end: number
        text: string
        score: number
      }[]
      expect(matches.length).toBeGreaterThan(0)
      expect(matches.length).toBeLessThanOrEqual(3)
      for (const x of matches) expect(Object.keys(x)).toEqual(['articleId', 'start', 'end', 'text', 'score'])
      expect(matches.every((x) => x.articleId !== 1)).toBe(true)
      expect(matches.some((x) => x.articleId === 3 && /no serious corrosion/.test(x.text))).toBe(true)
      expect(matches.map((x) => x.score)).toEqual([...matches.map((x) => x.score)].sort((a, b) => b - a))

      const s = await cli('suggest', file, '--article', '1', '--json')
      expect(s.code).toBe(0)
      expect(quiet(s.stderr)).toEqual([])
      const sugg = JSON.parse(s.stdout) as { kind: string; text: string }[]
      expect(Object.keys(sugg[0])).toEqual(['start', 'end', 'text', 'kind', 'confidence', 'reason'])
      expect(sugg.find((x) => x.text.startsWith('According to'))?.kind).toBe('evidence')
      expect(sugg.find((x) => /rejected/.test(x.text))?.kind).toBe('denial')

      const text = await cli('match', file, '--passage', String(passageId))
      expect(text.code).toBe(0)
      expect(text.stdout).toMatch(/key words in common/)
      expect(sha256(file)).toBe(before)
    } finally {
      ws.close()
    }
  })

  it('reports usage errors and missing passages', async () => {
    const file = join(tempDir(), 'sample.factdesk')
    const ws = newWorkspace()
    ws.openSample(file)
    ws.close()
    expect((await cli('match', file)).code).toBe(2)
    expect((await cli('match', file, '--passage', 'x')).code).toBe(2)
    const missing = await cli('match', file, '--passage', '99')
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/passage 99 does not exist/)
    expect((await cli('suggest', file, '--article', '42')).code).toBe(1)
  })
})
