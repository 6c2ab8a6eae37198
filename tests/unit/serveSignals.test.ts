// Stopping `factdesk serve` with a signal at any moment closes the project: nothing is left
// beside it (no .lock, -wal or -shm), the file is whole, and every acknowledged write is in it.
import Database from 'better-sqlite3'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT, newWorkspace, postApi, sidecars, spawnServe, useTempDirs, type ServedChild } from './helpers'

const built = existsSync(join(REPO_ROOT, 'out', 'renderer', 'index.html'))
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function paste(url: URL, n: number): Promise<[number, string]> {
  const res = await postApi(url, 'articles.paste', {
    title: `Signal ${n}`,
    outlet: 'Stop Times',
    body: `Paragraph ${n}. `.repeat(2_000)
  })
  const r = (await res.json()) as { ok: boolean; value: { id: number } }
  if (!r.ok) throw new Error(JSON.stringify(r))
  return [r.value.id, `Signal ${n}`]
}

async function expectClosedCleanly(s: ServedChild, file: string, acked: [number, string][] = []): Promise<void> {
  const code = await Promise.race([s.exited, sleep(20_000).then(() => 'still running')])
  s.child.kill('SIGKILL')
  expect(code).not.toBe('still running')
  expect(sidecars(file)).toEqual([])
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    const stored = db.prepare('SELECT title, length(body) > 20000 AS whole FROM articles WHERE id = ?')
    for (const [id, title] of acked) expect(stored.get(id)).toEqual({ title, whole: 1 })
  } finally {
    db.close()
  }
}

describe('factdesk serve stopped by a signal', () => {
  const tempDir = useTempDirs()
  const project = () => {
    const dir = tempDir()
    const file = join(dir, 'signals.factdesk')
    const ws = newWorkspace()
    ws.create(file, 'Signals')
    ws.close()
    return { dir, file }
  }

  it.skipIf(!built)(
    'closes cleanly when stopped while starting, before ready',
    async () => {
      for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
        const { dir, file } = project()
        const s = spawnServe(file, { FACTDESK_CONFIG_DIR: dir })
        // The lock appears as the project opens: the stop lands between that and the ready line.
        while (!existsSync(`${file}.lock`) && s.child.exitCode === null) await sleep(2)
        s.child.kill(sig)
        await expectClosedCleanly(s, file)
      }
      const { dir, file } = project()
      const s = spawnServe(file, { FACTDESK_CONFIG_DIR: dir })
      s.child.kill('SIGINT')
      await expectClosedCleanly(s, file)
    },
    60_000
  )

  it.skipIf(!built)(
    'closes cleanly on a signal right after ready, sent twice as npm start forwards it',
    async () => {
      // The forwarded copy comes a moment after the terminal's own, while the first is closing.
      for (const gap of [0, 5, 30]) {
        const { dir, file } = project()
        const s = spawnServe(file, { FACTDESK_CONFIG_DIR: dir })
        await s.ready
        s.child.kill('SIGINT')
        await sleep(gap)
        s.child.kill('SIGINT')
        await expectClosedCleanly(s, file)
      }
    },
    60_000
  )

  it.skipIf(!built)(
    'keeps every acknowledged write when stopped during writes',
    async () => {
      const { dir, file } = project()
      const s = spawnServe(file, { FACTDESK_CONFIG_DIR: dir })
      const url = await s.ready
      const acked: [number, string][] = []
      const writes = Array.from({ length: 12 }, (_, n) =>
        paste(url, n).then(
          (a) => void acked.push(a),
          () => undefined
        )
      )
      while (acked.length === 0) await sleep(1)
      s.child.kill('SIGINT')
      await sleep(5)
      s.child.kill('SIGINT')
      await Promise.all(writes)
      await expectClosedCleanly(s, file, acked)
    },
    30_000
  )
})
