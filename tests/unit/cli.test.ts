import { spawn } from 'node:child_process'
import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { SCHEMA_VERSION } from '../../src/main/store/migrations'
import { lockPathFor } from '../../src/main/store/writerLock'
import { REPO_ROOT, addArticles, newWorkspace, sha256, useTempDirs } from './helpers'

const BIN = join(REPO_ROOT, 'bin', 'factdesk.mjs')
const tempDir = useTempDirs()
let configDir: string

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs the real CLI in a child process, with its per-user state kept in a temp folder. */
function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, FACTDESK_CONFIG_DIR: configDir, NO_COLOR: '1' },
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

const lines = (s: string) => s.split('\n').filter((l) => l.length > 0)

beforeAll(() => {
  configDir = join(tempDir(), 'config')
})

describe('factdesk new', () => {
  it('creates a project and prints exactly {file, title} with --json', async () => {
    const file = join(tempDir(), 'bridge.factdesk')
    const r = await cli('new', file, '--json')
    expect(r).toMatchObject({ code: 0, stderr: '' })
    expect(lines(r.stdout)).toHaveLength(1)
    const out = JSON.parse(r.stdout)
    expect(out).toEqual({ file, title: 'bridge' })
    expect(Object.keys(out)).toEqual(['file', 'title'])
    expect(readdirSync(join(file, '..'))).toEqual([basename(file)])
    expect(newWorkspace().open(file, 'read')).toMatchObject({ schemaVersion: SCHEMA_VERSION, articles: 0 })
  })

  it('takes a title and adds the extension', async () => {
    const dir = tempDir()
    const r = await cli('new', join(dir, 'story'), '--title', 'Harbour Bridge', '--json')
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual({ file: join(dir, 'story.factdesk'), title: 'Harbour Bridge' })
    const plain = await cli('new', join(dir, 'other.factdesk'))
    expect(plain).toMatchObject({ code: 0, stderr: '' })
    expect(plain.stdout).toContain('other.factdesk')
  })

  it('refuses to overwrite an existing file: exit 1, one line, file unchanged', async () => {
    const file = join(tempDir(), 'taken.factdesk')
    await cli('new', file)
    const before = sha256(file)
    const r = await cli('new', file, '--json')
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(lines(r.stderr)).toHaveLength(1)
    expect(r.stderr).toMatch(/already exists/)
    expect(sha256(file)).toBe(before)
  })
})

describe('factdesk info', () => {
  it('describes a project with exactly {title, schemaVersion, articles, passages, claims}', async () => {
    const file = join(tempDir(), 'info.factdesk')
    const ws = newWorkspace()
    ws.create(file, 'Info story')
    addArticles(ws, 3)
    ws.close()
    const before = sha256(file)
    const r = await cli('info', file, '--json')
    expect(r).toMatchObject({ code: 0, stderr: '' })
    const out = JSON.parse(r.stdout)
    expect(out).toEqual({ title: 'Info story', schemaVersion: SCHEMA_VERSION, articles: 3, passages: 0, claims: 0 })
    expect(Object.keys(out)).toEqual(['title', 'schemaVersion', 'articles', 'passages', 'claims'])
    expect(sha256(file)).toBe(before)
    expect(existsSync(lockPathFor(file))).toBe(false)

    const text = await cli('info', file)
    expect(text.code).toBe(0)
    expect(text.stdout).toContain('Info story')
    expect(text.stdout).toMatch(new RegExp(`schema:\\s+v${SCHEMA_VERSION}`))
  })

  it('fails with exit 1 and one line on stderr for a file that is not a project', async () => {
    const dir = tempDir()
    const notes = join(dir, 'notes.txt')
    writeFileSync(notes, 'Call the commissioner back.\n')
    const before = sha256(notes)
    for (const args of [[notes, '--json'], [notes], [join(dir, 'missing.factdesk'), '--json']]) {
      const r = await cli('info', ...args)
      expect(r.code).toBe(1)
      expect(r.stdout).toBe('')
      expect(lines(r.stderr)).toHaveLength(1)
      expect(r.stderr).toMatch(/^factdesk info: /)
    }
    expect(sha256(notes)).toBe(before)
    expect(readdirSync(dir)).toEqual(['notes.txt'])
  })

  it('works while another process holds the project for writing', async () => {
    const file = join(tempDir(), 'busy.factdesk')
    const ws = newWorkspace('the Factdesk app')
    ws.create(file, 'Busy story')
    addArticles(ws, 2)
    try {
      const r = await cli('info', file, '--json')
      expect(r).toMatchObject({ code: 0, stderr: '' })
      // It sees what the writer has committed, even what is still only in the WAL.
      expect(JSON.parse(r.stdout)).toMatchObject({ title: 'Busy story', articles: 2 })
      expect(existsSync(lockPathFor(file))).toBe(true)
      addArticles(ws, 1, 50, 10)
      expect(JSON.parse((await cli('info', file, '--json')).stdout).articles).toBe(3)
      // The writer keeps its lock and can go on writing.
      addArticles(ws, 1, 50, 20)
    } finally {
      ws.close()
    }
    expect(existsSync(lockPathFor(file))).toBe(false)
  })
})

describe('usage errors and help', () => {
  it('exits 2 for missing arguments, unknown commands and unknown options', async () => {
    const file = join(tempDir(), 'u.factdesk')
    const cases = [
      [],
      ['info'],
      ['new'],
      ['frobnicate', file],
      ['info', file, '--bogus'],
      ['new', file, '--title'],
      ['info', file, 'extra']
    ]
    const runs = await Promise.all(cases.map((args) => cli(...args)))
    for (const [i, args] of cases.entries()) {
      const r = runs[i]
      expect({ args, code: r.code }).toEqual({ args, code: 2 })
      if (args.length > 0) {
        expect(r.stdout).toBe('')
        expect(r.stderr.length).toBeGreaterThan(0)
      }
    }
    expect(existsSync(file)).toBe(false)
    expect((await cli('frobnicate')).stderr).toMatch(/unknown command "frobnicate"/)
    expect((await cli('info', file, '--bogus')).stderr).toMatch(/--bogus/)
  })

  it('prints help with exit 0, for the program and for each command', async () => {
    const names = ['new', 'info', 'serve']
    const [main, version, ...each] = await Promise.all([
      cli('--help'),
      cli('--version'),
      ...names.map((n) => cli(n, '--help'))
    ])
    expect(main.code).toBe(0)
    for (const name of names) expect(main.stdout).toContain(name)
    for (const [i, name] of names.entries()) {
      const r = each[i]
      expect({ name, code: r.code, stderr: r.stderr }).toEqual({ name, code: 0, stderr: '' })
      expect(r.stdout).toMatch(new RegExp(`^Usage: factdesk ${name}`))
    }
    expect(version).toMatchObject({ code: 0, stderr: '' })
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/)
  })
})
