// The recent list holds what the editor opened in the app or browser mode, newest first, and
// says which files are gone; one-off CLI commands and temp files named to `serve` stay out.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runCli } from '../../src/main/cli/main'
import { RecentList, isTemporary } from '../../src/main/services/recent'
import { REPO_ROOT, addArticles, newWorkspace, useTempDirs, postApi, spawnServe } from './helpers'

const built = existsSync(join(REPO_ROOT, 'out', 'renderer', 'index.html'))
const quiet = { out: () => {}, err: () => {} }

describe('recent projects', () => {
  const tempDir = useTempDirs()
  const savedConfig = process.env.FACTDESK_CONFIG_DIR
  afterEach(() => {
    if (savedConfig === undefined) delete process.env.FACTDESK_CONFIG_DIR
    else process.env.FACTDESK_CONFIG_DIR = savedConfig
  })

  const project = (dir: string, name: string) => {
    const file = join(dir, `${name}.factdesk`)
    const ws = newWorkspace()
    ws.create(file, name)
    addArticles(ws, 1)
    ws.close()
    return file
  }

  it('lists newest first and marks a missing file', () => {
    const config = tempDir()
    const dir = tempDir()
    const [a, b] = [project(dir, 'a'), project(dir, 'b')]
    const gone = join(dir, 'gone.factdesk')
    // As two processes may leave it: not in the order opened.
    writeFileSync(
      join(config, 'recent.json'),
      JSON.stringify([
        { file: a, title: 'a', openedAt: '2026-01-01T10:00:00.000Z' },
        { file: gone, title: 'gone', openedAt: '2026-03-01T10:00:00.000Z' },
        { file: b, title: 'b', openedAt: '2026-02-01T10:00:00.000Z' }
      ])
    )
    const list = RecentList.inConfigDir(config).list()
    expect(list.map((r) => r.title)).toEqual(['gone', 'b', 'a'])
    expect(list[0].missing).toBe(true)
    expect(list.filter((r) => 'missing' in r)).toHaveLength(1)
  })

  it('is not written by one-off CLI commands', async () => {
    const config = tempDir()
    process.env.FACTDESK_CONFIG_DIR = config
    const file = project(tempDir(), 'cli')
    for (const args of [
      ['info', file],
      ['list', file, 'articles'],
      ['search', file, 'word'],
      ['settings', file, '--title=X']
    ]) {
      expect(await runCli(args, quiet)).toBe(0)
    }
    expect(existsSync(join(config, 'recent.json'))).toBe(false)
  })

  it('knows the temp folder', () => {
    expect(isTemporary(join(tempDir(), 'x.factdesk'))).toBe(true)
    // Not the repo root: a clone may itself sit in the temp folder (CI clones into one).
    expect(isTemporary(join(tmpdir(), '..', 'factdesk-not-temp', 'x.factdesk'))).toBe(false)
  })

  it.skipIf(!built)(
    'keeps a temp file named to serve out, and remembers what the page opens',
    async () => {
      const config = tempDir()
      const dir = tempDir()
      const [named, picked] = [project(dir, 'named'), project(dir, 'picked')]
      const { child, ready } = spawnServe(named, { FACTDESK_CONFIG_DIR: config })
      try {
        const url = await ready
        expect(RecentList.inConfigDir(config).list()).toEqual([])
        const res = await postApi(url, 'project.open', { file: picked })
        expect(((await res.json()) as { ok: boolean }).ok).toBe(true)
        expect(
          RecentList.inConfigDir(config)
            .list()
            .map((r) => r.file)
        ).toEqual([picked])
      } finally {
        child.kill('SIGTERM')
        await new Promise((r) => child.once('close', r))
      }
      // Outside the temp folder (TMPDIR moved away from it), the named project is remembered.
      const elsewhere = join(dir, 'tmp')
      mkdirSync(elsewhere)
      const again = spawnServe(named, { FACTDESK_CONFIG_DIR: config, TMPDIR: elsewhere })
      await again.ready
      again.child.kill('SIGTERM')
      await again.exited
      const files = (JSON.parse(readFileSync(join(config, 'recent.json'), 'utf8')) as { file: string }[]).map(
        (r) => r.file
      )
      expect(files).toEqual([named, picked])
    },
    60_000
  )
})
