import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createHandlers } from '../../src/main/services/handlers'
import { dispatch } from '../../src/main/services/dispatch'
import { lockPathFor, WriterLock, type LockOwner } from '../../src/main/store/writerLock'
import { REPO_ROOT, addArticles, expectCode, newWorkspace, sha256, useTempDirs } from './helpers'

const tempDir = useTempDirs()
const children: ChildProcess[] = []
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL')
})

function project(articles = 2): string {
  const file = join(tempDir(), 'story.factdesk')
  const ws = newWorkspace()
  ws.create(file)
  addArticles(ws, articles)
  ws.close()
  return file
}

function writeLock(file: string, owner: Partial<LockOwner> & { pid: number }): void {
  const full: LockOwner = {
    host: hostname(),
    via: 'factdesk tag',
    since: '2026-03-02T09:00:00.000Z',
    token: 'their-token',
    ...owner
  }
  writeFileSync(lockPathFor(file), JSON.stringify(full))
}

const readLock = (file: string) => JSON.parse(readFileSync(lockPathFor(file), 'utf8')) as LockOwner
const exited = (c: ChildProcess) =>
  new Promise<void>((resolve) =>
    c.exitCode !== null || c.signalCode !== null ? resolve() : c.once('exit', () => resolve())
  )

function liveChild(): ChildProcess {
  const c = spawn('sleep', ['30'], { stdio: 'ignore' })
  children.push(c)
  expect(c.pid).toBeTypeOf('number')
  return c
}

async function deadPid(): Promise<number> {
  const c = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' })
  await exited(c)
  return c.pid as number
}

describe('one writer per project', () => {
  it('refuses a second writer in the same process, naming who holds the project', () => {
    const file = project()
    const first = newWorkspace('the Factdesk app')
    first.open(file, 'write')
    const err = expectCode(() => newWorkspace('factdesk tag').open(file, 'write'), 'locked')
    expect(err.message).toContain('already open in the Factdesk app')
    expect(err.message).toContain(`process ${process.pid}`)
    expect(readLock(file)).toMatchObject({ pid: process.pid, via: 'the Factdesk app' })
    first.close()
    expect(existsSync(lockPathFor(file))).toBe(false)
  })

  it('opens read-only on prefer-write while another writer holds it, and refuses writes', async () => {
    const file = project()
    const first = newWorkspace('the Factdesk app')
    first.open(file, 'write')
    const second = newWorkspace('another window')
    const info = second.open(file, 'prefer-write')
    expect(info).toMatchObject({ readOnly: true, articles: 2 })
    expect(second.info()?.readOnly).toBe(true)
    expect(expectCode(() => addArticles(second, 1), 'read_only').message).toMatch(
      /read-only.*already open in the Factdesk app/
    )

    const handlers = createHandlers(second, { version: 'test', shell: 'browser' })
    const r = await dispatch(handlers, 'articles.paste', { title: 'New', body: 'Some new text.' })
    expect(r).toMatchObject({ ok: false, error: { code: 'read_only' } })

    // The reader sees the writer's committed edits.
    addArticles(first, 1, 50, 100)
    expect(second.read((db) => db.prepare('SELECT count(*) FROM articles').pluck().get())).toBe(3)
    second.close()
    expect(readLock(file).via).toBe('the Factdesk app')
    first.close()
    expect(existsSync(lockPathFor(file))).toBe(false)
  })

  it('honours a lock held by another live process, and reads still work', async () => {
    const file = project()
    const child = liveChild()
    writeLock(file, { pid: child.pid as number })
    const err = expectCode(() => newWorkspace().open(file, 'write'), 'locked')
    expect(err.message).toMatch(new RegExp(`^already open in factdesk tag \\(process ${child.pid}, since 2026-03-02`))
    expect(WriterLock.owner(file)?.pid).toBe(child.pid)

    const reader = newWorkspace()
    expect(reader.open(file, 'read')).toMatchObject({ readOnly: true, articles: 2 })
    reader.close()
    expect(reader.open(file)).toMatchObject({ readOnly: true })
    reader.close()
    // Neither the refusal nor the readers touched the other process's lock.
    expect(readLock(file)).toMatchObject({ pid: child.pid, token: 'their-token' })

    child.kill('SIGKILL')
    await exited(child)
    const ws = newWorkspace()
    expect(ws.open(file, 'write')).toMatchObject({ readOnly: false })
    expect(readLock(file).pid).toBe(process.pid)
    ws.close()
    expect(existsSync(lockPathFor(file))).toBe(false)
  })

  it('takes over a lock left by a dead process on this machine', async () => {
    const file = project()
    const pid = await deadPid()
    writeLock(file, { pid })
    expect(WriterLock.owner(file)).toBeNull()
    const ws = newWorkspace()
    expect(ws.open(file, 'write').readOnly).toBe(false)
    expect(readLock(file)).toMatchObject({ pid: process.pid, via: 'the test suite' })
    ws.close()
    expect(existsSync(lockPathFor(file))).toBe(false)
  })

  it('takes over an unreadable lock file once it is a few seconds old', () => {
    const file = project()
    writeFileSync(lockPathFor(file), 'not json at all')
    // A fresh unreadable lock may be another process between creating and writing it.
    expectCode(() => newWorkspace().open(file, 'write'), 'locked')
    const old = new Date(Date.now() - 60_000)
    utimesSync(lockPathFor(file), old, old)
    const ws = newWorkspace()
    expect(ws.open(file, 'write').readOnly).toBe(false)
    ws.close()
    expect(existsSync(lockPathFor(file))).toBe(false)
  })

  it('does not take over a lock from another machine, whose processes it cannot see', async () => {
    const file = project()
    writeLock(file, { pid: await deadPid(), host: 'newsroom-laptop-7' })
    const err = expectCode(() => newWorkspace().open(file, 'write'), 'locked')
    expect(err.message).toContain('on newsroom-laptop-7')
    expect(WriterLock.owner(file)?.host).toBe('newsroom-laptop-7')
  })

  it('never removes a lock that is no longer its own', () => {
    const file = project()
    const ws = newWorkspace()
    ws.open(file, 'write')
    writeLock(file, { pid: process.pid, token: 'someone-else' })
    ws.close()
    expect(readLock(file).token).toBe('someone-else')
  })

  it('leaves the file unchanged when a write open is refused', () => {
    const file = project()
    const child = liveChild()
    writeLock(file, { pid: child.pid as number })
    const before = sha256(file)
    expectCode(() => newWorkspace().open(file, 'write'), 'locked')
    expect(sha256(file)).toBe(before)
  })
})

const built = existsSync(join(REPO_ROOT, 'out', 'renderer', 'index.html'))

describe.skipIf(!built)('a writer in another process (factdesk serve)', () => {
  it('locks the project while it runs and releases it when it stops', async () => {
    const file = project(3)
    const child = spawn(
      process.execPath,
      [join(REPO_ROOT, 'bin', 'factdesk.mjs'), 'serve', file, '--no-open', '--port', '0'],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, FACTDESK_CONFIG_DIR: tempDir(), DISPLAY: '', WAYLAND_DISPLAY: '' },
        stdio: ['ignore', 'pipe', 'pipe']
      }
    )
    children.push(child)
    let out = ''
    await new Promise<void>((resolve, reject) => {
      child.stdout?.on('data', (d: Buffer) => {
        out += d.toString()
        if (out.includes('Factdesk ready at http://127.0.0.1:')) resolve()
      })
      child.once('exit', (code) => reject(new Error(`serve exited early (${code}): ${out}`)))
    })
    const err = expectCode(() => newWorkspace().open(file, 'write'), 'locked')
    expect(err.message).toContain(`already open in factdesk serve (process ${child.pid}`)
    const reader = newWorkspace()
    expect(reader.open(file, 'prefer-write')).toMatchObject({ readOnly: true, articles: 3 })
    reader.close()

    child.kill('SIGTERM')
    await exited(child)
    expect(child.exitCode).toBe(0)
    expect(existsSync(lockPathFor(file))).toBe(false)
    const ws = newWorkspace()
    expect(ws.open(file, 'write').readOnly).toBe(false)
    ws.close()
  })

  it('a second serve on the same project reads, says it is read-only, and refuses edits by name', async () => {
    const file = project(2)
    const serve = async () => {
      const child = spawn(
        process.execPath,
        [join(REPO_ROOT, 'bin', 'factdesk.mjs'), 'serve', file, '--no-open', '--port', '0'],
        {
          cwd: REPO_ROOT,
          env: { ...process.env, FACTDESK_CONFIG_DIR: tempDir(), DISPLAY: '', WAYLAND_DISPLAY: '' },
          stdio: ['ignore', 'pipe', 'pipe']
        }
      )
      children.push(child)
      let out = ''
      let err = ''
      child.stderr?.on('data', (d: Buffer) => (err += d.toString()))
      const url = await new Promise<URL>((resolve, reject) => {
        child.stdout?.on('data', (d: Buffer) => {
          out += d.toString()
          const m = /Factdesk ready at (\S+)/.exec(out)
          if (m) resolve(new URL(m[1]))
        })
        child.once('exit', (code) => reject(new Error(`serve exited early (${code}): ${out} ${err}`)))
      })
      const call = async (channel: string, input: unknown) => {
        const res = await fetch(`${url.origin}/api/${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-factdesk-token': url.searchParams.get('token')! },
          body: JSON.stringify(input)
        })
        return (await res.json()) as { ok: boolean; value?: unknown; error?: { code: string; message: string } }
      }
      return { child, call, stderr: () => err }
    }
    const first = await serve()
    const second = await serve()
    expect(second.stderr()).toMatch(
      new RegExp(
        `story\\.factdesk is open read-only: it is already open in factdesk serve \\(process ${first.child.pid}`
      )
    )
    const refused = await second.call('articles.paste', { title: 'Second', body: 'Text from the second server.' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'read_only' } })
    expect(refused.error!.message).toMatch(/read-only: already open in factdesk serve/)
    expect(await first.call('articles.paste', { title: 'First', body: 'Text from the writer.' })).toMatchObject({
      ok: true
    })
    // The reader sees the writer's committed edit.
    const list = await second.call('articles.list', {})
    expect((list.value as { title: string }[]).map((a) => a.title)).toContain('First')
    for (const c of [second.child, first.child]) {
      c.kill('SIGTERM')
      await exited(c)
    }
  })
})
