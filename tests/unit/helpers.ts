import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach } from 'vitest'
import { addArticle } from '../../src/main/services/articles'
import { Workspace } from '../../src/main/services/workspace'
import { findChromium } from '../../src/main/services/export/chromium'

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const RESOURCES_DIR = join(REPO_ROOT, 'resources')
export const IS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0

/** Temp folders for one test file, removed after each test. */
export function useTempDirs(): (prefix?: string) => string {
  const dirs: string[] = []
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
  })
  return (prefix = 'factdesk-test-') => {
    const d = mkdtempSync(join(tmpdir(), prefix))
    dirs.push(d)
    return d
  }
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex')
}

/** The -wal, -shm and .lock files that exist beside a path. */
export function sidecars(file: string): string[] {
  return ['-wal', '-shm', '.lock'].map((s) => file + s).filter((f) => existsSync(f))
}

export function listDir(dir: string): string[] {
  return readdirSync(dir).sort()
}

export function newWorkspace(via = 'the test suite'): Workspace {
  return new Workspace({ via, resourcesDir: RESOURCES_DIR, recent: null })
}

/** Adds n distinct articles (numbered from `first`) of `words` words each through the real service. */
export function addArticles(ws: Workspace, n: number, words = 50, first = 0): void {
  ws.write(({ db, editor, at }) => {
    for (let i = first; i < first + n; i++) {
      addArticle(
        db,
        {
          title: `Article ${i}`,
          outlet: 'Test Outlet',
          author: null,
          url: null,
          publishedAt: '2026-03-02',
          language: 'en',
          body: Array.from({ length: words }, (_, w) => `harbour${i}word${w}`).join(' ')
        },
        editor,
        at
      )
    }
  })
}

/** Deterministic bytes (mulberry32), so a failing case can be reproduced. */
export function seededBytes(seed: number, length: number): Buffer {
  let a = seed >>> 0
  const out = Buffer.alloc(length)
  for (let i = 0; i < length; i++) {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff
  }
  return out
}

/** Runs fn, expecting a FactdeskError-like throw with the given code; returns it for more checks. */
export function expectCode(fn: () => unknown, code: string): Error & { code: string } {
  let thrown: unknown
  try {
    fn()
  } catch (e) {
    thrown = e
  }
  if (thrown === undefined) throw new Error(`expected an error with code ${code}, but nothing was thrown`)
  const err = thrown as Error & { code: string }
  if (err.code !== code) throw new Error(`expected code ${code}, got ${err.code}: ${err.message}`)
  return err
}

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs the real `factdesk` binary in a child process, with its config in a temp folder. */
export function cliRunner(tempDir: () => string): (...args: string[]) => Promise<CliRun> {
  return (...args) =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'factdesk.mjs'), ...args], {
        cwd: REPO_ROOT,
        env: { ...process.env, FACTDESK_CONFIG_DIR: join(tempDir(), 'config'), NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe']
      })
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
      child.on('error', reject)
      child.on('close', (code) => resolve({ code, stdout, stderr }))
    })
}

/** True where a Chromium to print with is found; the PDF tests run only there. */
export function hasChromium(): boolean {
  try {
    findChromium()
    return true
  } catch {
    return false
  }
}

export interface ServedChild {
  child: ChildProcessWithoutNullStreams
  /** The ready line's address, token included; rejects if serve exits first. */
  ready: Promise<URL>
  exited: Promise<number | string | null>
}

/** `factdesk serve FILE --no-open` as a child process, as an editor starts browser mode. */
export function spawnServe(file: string, env: NodeJS.ProcessEnv): ServedChild {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'factdesk.mjs'), 'serve', file, '--no-open'], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe']
  })
  let out = ''
  const exited = new Promise<number | string | null>((r) => child.once('exit', (code, sig) => r(code ?? sig)))
  const ready = new Promise<URL>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString()
      const m = /Factdesk ready at (\S+)/.exec(out)
      if (m) resolve(new URL(m[1]))
    })
    void exited.then((c) => reject(new Error(`serve exited (${c}) before ready`)))
  })
  ready.catch(() => undefined)
  return { child, ready, exited }
}

/** One API call to a served project, as the browser renderer makes it (token in the header). */
export function postApi(url: URL, channel: string, input: unknown): Promise<Response> {
  return fetch(new URL(`/api/${channel}`, url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Factdesk-Token': url.searchParams.get('token')! },
    body: JSON.stringify(input)
  })
}
