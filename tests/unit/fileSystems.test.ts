import Database from 'better-sqlite3'
import { execFileSync, spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { FactdeskError } from '../../src/shared/result'
import { dispatch } from '../../src/main/services/dispatch'
import { createHandlers } from '../../src/main/services/handlers'
import { projectDigest } from '../../src/main/store/digest'
import { ProjectFile } from '../../src/main/store/projectFile'
import { REPO_ROOT, addArticles, expectCode, IS_ROOT, newWorkspace, sha256, sidecars, useTempDirs } from './helpers'

/**
 * Real file-system conditions, not mocks: another program's SQLite lock, read-only files and
 * folders (read-only bind mounts, since root ignores permission bits), a full disk (a small
 * tmpfs), and Save As checked row by row. Where the machine refuses mount, the case says why.
 */
const tempDir = useTempDirs()
const mounts: string[] = []
afterEach(() => {
  for (const m of mounts.splice(0).reverse()) {
    try {
      execFileSync('umount', ['-l', m], { stdio: 'ignore' })
    } catch {
      /* already gone */
    }
  }
})

function tryMount(args: string[], target: string): string | null {
  if (!IS_ROOT) return 'needs root to mount'
  try {
    execFileSync('mount', [...args, target], { stdio: 'pipe' })
    mounts.push(target)
    return null
  } catch (e) {
    return `mount refused: ${
      String((e as { stderr?: Buffer }).stderr ?? e)
        .trim()
        .split('\n')[0]
    }`
  }
}

/** Makes path (a file or folder) read-only in place with a read-only bind mount over itself. */
function makeReadOnly(path: string): string | null {
  const bind = tryMount(['--bind', path], path)
  if (bind) return bind
  return tryMount(['-o', 'remount,bind,ro', path], path)
}

function project(dir: string, articles = 3): string {
  const file = join(dir, 'story.factdesk')
  const ws = newWorkspace()
  ws.create(file, 'Story')
  addArticles(ws, articles, 40)
  ws.close()
  return file
}

const integrity = (file: string) => {
  const db = new Database(file, { readonly: true })
  try {
    return db.pragma('integrity_check', { simple: true })
  } finally {
    db.close()
  }
}

describe('a project locked by another program', () => {
  it('says so, leaves the file unchanged, and opens once the other program lets go', async () => {
    const file = project(tempDir())
    const before = sha256(file)
    // Another program holds SQLite's exclusive lock (as a sync tool or DB browser might).
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const D = require('better-sqlite3'); const db = new D(process.argv[1]);
         db.pragma('locking_mode = EXCLUSIVE'); db.exec('BEGIN EXCLUSIVE'); db.prepare('SELECT count(*) FROM articles').get();
         console.log('locked'); setInterval(() => {}, 1000)`,
        file
      ],
      { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] }
    )
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout!.once('data', () => resolve())
        holder.once('exit', (c) => reject(new Error(`lock holder exited ${c}`)))
      })
      let err: unknown
      try {
        ProjectFile.open(file, { access: 'prefer-write', via: 'the test suite' }).close()
      } catch (e) {
        err = e
      }
      expect(err).toBeInstanceOf(FactdeskError)
      expect((err as FactdeskError).code).toBe('locked')
      expect((err as FactdeskError).message).toMatch(/story\.factdesk is locked by another program/)
      expect(sha256(file)).toBe(before)
    } finally {
      holder.kill('SIGKILL')
      await new Promise((r) => holder.once('exit', r))
    }
    const ws = newWorkspace()
    expect(ws.open(file)).toMatchObject({ articles: 3, readOnly: false })
    ws.close()
  }, 30_000)
})

describe('read-only locations', () => {
  it('opens a read-only file read-only, says why, and refuses edits cleanly', async (ctx) => {
    const dir = tempDir()
    const file = project(dir)
    const before = sha256(file)
    const skip = makeReadOnly(file)
    if (skip) return ctx.skip(skip)
    const ws = newWorkspace()
    const handlers = createHandlers(ws, { version: 'test', shell: 'browser' })
    expectCode(() => ws.open(file, 'write'), 'read_only')
    const info = ws.open(file)
    expect(info).toMatchObject({ readOnly: true, articles: 3 })
    const r = await dispatch(handlers, 'articles.paste', { title: 'New', body: 'New text for a read-only file.' })
    expect(r).toMatchObject({ ok: false, error: { code: 'read_only' } })
    expect((r as { error: { message: string } }).error.message).toMatch(/open read-only/)
    expect(await dispatch(handlers, 'articles.list', {})).toMatchObject({ ok: true })
    ws.close()
    expect(sha256(file)).toBe(before)
  })

  it('opens a project in a read-only folder read-only, and refuses to save a copy there', async (ctx) => {
    const dir = tempDir()
    const inner = join(dir, 'archive')
    mkdirSync(inner)
    const file = project(inner)
    const before = sha256(file)
    const skip = makeReadOnly(inner)
    if (skip) return ctx.skip(skip)
    const ws = newWorkspace()
    const info = ws.open(file)
    expect(info.readOnly).toBe(true)
    ws.close()
    expect(sha256(file)).toBe(before)
    expect(sidecars(file)).toEqual([])

    // Save As into a read-only folder fails with a clear reason and leaves nothing behind.
    const other = project(tempDir())
    const ws2 = newWorkspace()
    ws2.open(other)
    const handlers = createHandlers(ws2, { version: 'test', shell: 'browser' })
    const r = await dispatch(handlers, 'project.saveAs', { file: join(inner, 'copy.factdesk') })
    expect(r).toMatchObject({ ok: false })
    expect(['io', 'read_only']).toContain((r as { error: { code: string } }).error.code)
    expect(ws2.file).toBe(other)
    ws2.close()
    expect(existsSync(join(inner, 'copy.factdesk'))).toBe(false)
  })
})

describe('Save As', () => {
  it('writes a copy whose every table matches the original, row for row', async () => {
    const dir = tempDir()
    const file = project(dir, 20)
    const ws = newWorkspace()
    ws.open(file)
    const handlers = createHandlers(ws, { version: 'test', shell: 'browser' })
    await dispatch(handlers, 'passages.tag', { articleId: 1, start: 0, end: 12, kind: 'claim', newClaimText: 'X' })
    const original = ws.read(projectDigest)
    const target = join(dir, 'copy.factdesk')
    expect(await dispatch(handlers, 'project.saveAs', { file: target })).toMatchObject({ ok: true })
    ws.close()
    const read = (f: string) => {
      const db = new Database(f, { readonly: true })
      try {
        return projectDigest(db)
      } finally {
        db.close()
      }
    }
    expect(read(target)).toEqual(original)
    expect(read(file)).toEqual(original)
    expect(original.counts).toMatchObject({ articles: 20, passages: 1, claims: 1, links: 1 })
  })

  it('notices a single changed row', () => {
    const file = project(tempDir(), 2)
    const copy = `${file}.copy`
    copyFileSync(file, copy)
    const db = new Database(copy)
    const a = projectDigest(db)
    db.prepare("UPDATE articles SET title = 'Article 0.' WHERE id = 1").run()
    const b = projectDigest(db)
    db.close()
    expect(b.counts.articles).toBe(a.counts.articles)
    expect(b.sha256).not.toBe(a.sha256)
  })

  it('refuses a copy that came out different, and keeps nothing', async () => {
    const dir = tempDir()
    const file = project(dir, 2)
    const ws = newWorkspace()
    ws.open(file)
    const handlers = createHandlers(ws, { version: 'test', shell: 'browser' })
    // A copy that silently loses a row, as a faulty disk or sync tool might.
    const original = ProjectFile.prototype.backupTo
    ProjectFile.prototype.backupTo = async function (target: string) {
      await original.call(this, target)
      const db = new Database(target)
      db.prepare('DELETE FROM articles WHERE id = 2').run()
      db.pragma('wal_checkpoint(TRUNCATE)')
      db.close()
    }
    try {
      const target = join(dir, 'copy.factdesk')
      const r = await dispatch(handlers, 'project.saveAs', { file: target })
      expect(r).toMatchObject({ ok: false, error: { code: 'io' } })
      expect((r as { error: { message: string } }).error.message).toMatch(/did not match the project/)
      expect(existsSync(target)).toBe(false)
      expect(sidecars(target)).toEqual([])
      expect(ws.file).toBe(file)
    } finally {
      ProjectFile.prototype.backupTo = original
      ws.close()
    }
  })
})

describe('a full disk', () => {
  it('says the disk is full and keeps the project whole, without the failed edit', async (ctx) => {
    const dir = join(tempDir(), 'small')
    mkdirSync(dir)
    const skip = tryMount(['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs'], dir)
    if (skip) return ctx.skip(skip)
    const file = join(dir, 'full.factdesk')
    const ws = newWorkspace()
    ws.create(file, 'Full')
    const handlers = createHandlers(ws, { version: 'test', shell: 'browser' })
    const paste = (title: string, words: number) =>
      dispatch(handlers, 'articles.paste', {
        title,
        body: Array.from({ length: words }, (_, i) => `${title.replace(/\W/g, '')}w${i}`).join(' ')
      })
    expect(await paste('Small one', 200)).toMatchObject({ ok: true })
    expect(
      await dispatch(handlers, 'passages.tag', { articleId: 1, start: 0, end: 10, kind: 'claim', newClaimText: 'Kept' })
    ).toMatchObject({ ok: true })

    // Fill the disk, then keep tagging until a tag no longer fits: that one must say so.
    try {
      writeFileSync(join(dir, 'filler'), Buffer.alloc(2 * 1024 * 1024))
    } catch {
      /* ENOSPC: as much as fits was written */
    }
    let kept = 1
    let failed: { ok: false; error: { code: string; message: string } } | null = null
    for (let i = 0; i < 100 && !failed; i++) {
      const r = await dispatch(handlers, 'passages.tag', {
        articleId: 1,
        start: 20,
        end: 40,
        kind: 'claim',
        newClaimText: `Tag ${i}`,
        note: `${i} `.repeat(30_000)
      })
      if (r.ok) kept++
      else failed = r as unknown as NonNullable<typeof failed>
    }
    expect(failed).toMatchObject({ ok: false, error: { code: 'io' } })
    expect(failed!.error.message).toMatch(/^the disk is full; full\.factdesk was not changed$/)
    // A paste too large for what is left fails the same way.
    const big = await paste('Too big', 20_000)
    expect(big).toMatchObject({ ok: false, error: { code: 'io' } })
    expect((big as { error: { message: string } }).error.message).toMatch(/the disk is full/)
    // Reads keep working on the full disk.
    expect(await dispatch(handlers, 'articles.list', {})).toMatchObject({ ok: true })
    ws.close()

    const check = newWorkspace()
    expect(check.open(file, 'read')).toMatchObject({ articles: 1, passages: kept, claims: kept })
    check.close()
    expect(integrity(file)).toBe('ok')
  })
})
