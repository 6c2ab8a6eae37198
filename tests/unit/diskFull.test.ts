import { execFileSync } from 'node:child_process'
import { closeSync, mkdirSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { WriterLock } from '../../src/main/store/writerLock'
import { IS_ROOT, REPO_ROOT, cliRunner, newWorkspace, sha256, useTempDirs } from './helpers'

/**
 * Every path that writes, on a small real file system that is already full (a 1 MB tmpfs): one
 * message, "the disk is full", exit 1 without a stack, and nothing left behind to block a retry.
 */
const tempDir = useTempDirs()
const cli = cliRunner(tempDir)
const mounts: string[] = []
afterEach(() => {
  for (const m of mounts.splice(0)) execFileSync('umount', ['-l', m], { stdio: 'ignore' })
})

function fullTmpfs(): string | null {
  const dir = join(tempDir(), 'full')
  mkdirSync(dir)
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir], { stdio: 'pipe' })
  } catch {
    return null
  }
  mounts.push(dir)
  return dir
}

/** Fills the file system to the last byte: big blocks, then single bytes. */
function fill(dir: string): void {
  for (const [name, size] of [
    ['fill-a', 64 * 1024],
    ['fill-b', 1]
  ] as const) {
    const fd = openSync(join(dir, name), 'w')
    try {
      for (;;) writeSync(fd, Buffer.alloc(size))
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e
    } finally {
      closeSync(fd)
    }
  }
}

const listing = (dir: string) => readdirSync(dir).sort()
const FIXTURE = join(REPO_ROOT, 'tests/fixtures/import/good/ferry-strike.txt')

describe.skipIf(!IS_ROOT)('a full disk', () => {
  it('new, new --from, import, tag, export and lock say "the disk is full" and leave nothing', async () => {
    const dir = fullTmpfs()
    if (!dir) return console.warn('skipped: tmpfs mount refused')
    const file = join(dir, 'a.factdesk')
    expect((await cli('new', file)).code).toBe(0)
    expect((await cli('import', file, FIXTURE)).code).toBe(0)
    const dump = join(tempDir(), 'dump.json')
    expect((await cli('export', file, '--format', 'json', '--out', dump)).code).toBe(0)
    fill(dir)
    const before = listing(dir)
    const hash = sha256(file)
    const runs = {
      new: ['new', join(dir, 'q.factdesk')],
      from: ['new', join(dir, 'r.factdesk'), '--from', dump],
      import: ['import', file, join(REPO_ROOT, 'tests/fixtures/import/good/orchard-grant.md')],
      tag: ['tag', file, '--article', '1', '--quote', 'Ferry', '--kind', 'claim', '--new-claim', 'Crews walk out'],
      export: ['export', file, '--format', 'md', '--out', join(dir, 'report.md')]
    }
    for (const [what, args] of Object.entries(runs)) {
      const r = await cli(...args)
      expect(r.code, `${what}: ${r.stderr}`).toBe(1)
      expect(r.stderr.trim().split('\n'), what).toHaveLength(1)
      expect(r.stderr, what).toMatch(/: the disk is full; \S+ was not (created|changed|written)$/m)
      expect(listing(dir), what).toEqual(before)
    }
    expect(() => WriterLock.acquire(join(dir, 'z.factdesk'), 'test')).toThrow(/^the disk is full/)
    expect(listing(dir)).toEqual(before)
    expect(sha256(file)).toBe(hash)
    // Reads still work, and once there is room the same commands succeed: no stale lock or stub.
    expect((await cli('list', file, 'articles')).stdout).toMatch(/Ferry/)
    rmSync(join(dir, 'fill-a'))
    expect((await cli('new', join(dir, 'q.factdesk'))).code).toBe(0)
  })

  it('Save As onto a full disk says so and leaves no partial copy', async () => {
    const dir = fullTmpfs()
    if (!dir) return console.warn('skipped: tmpfs mount refused')
    const ws = newWorkspace()
    try {
      ws.create(join(tempDir(), 'src.factdesk'), 'Source')
      fill(dir)
      const before = listing(dir)
      await expect(ws.saveAs(join(dir, 'copy.factdesk'))).rejects.toThrow(
        /^the disk is full; copy\.factdesk was not written$/
      )
      expect(listing(dir)).toEqual(before)
    } finally {
      ws.close()
    }
  })
})
