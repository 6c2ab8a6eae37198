import Database from 'better-sqlite3'
import { execFileSync, spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FactdeskError } from '../../src/shared/result'
import { SCHEMA_VERSION } from '../../src/main/store/migrations'
import { ProjectFile, type Access } from '../../src/main/store/projectFile'
import { addArticles, listDir, newWorkspace, seededBytes, sha256, sidecars, useTempDirs } from './helpers'

/**
 * Files that are not (or no longer) Factdesk projects: each is refused with the right code and a
 * clear message, through every access mode, and left exactly as it was, with nothing beside it.
 */
const tempDir = useTempDirs()
const ACCESSES: Access[] = ['write', 'prefer-write', 'read']

function expectRefused(file: string, code: string, message: RegExp): void {
  const existed = existsSync(file)
  const isFile = existed && statSync(file).isFile()
  const before = isFile ? sha256(file) : null
  const parent = join(file, '..')
  const parentExisted = existsSync(parent)
  const neighbours = parentExisted ? listDir(parent) : null
  for (const access of ACCESSES) {
    let thrown: unknown
    try {
      ProjectFile.open(file, { access, via: 'the test suite' }).close()
    } catch (e) {
      thrown = e
    }
    expect(thrown, `${access} open of ${file} should be refused`).toBeInstanceOf(FactdeskError)
    const err = thrown as FactdeskError
    expect({ access, code: err.code }).toEqual({ access, code })
    expect(err.message).toMatch(message)
    expect(err.message).not.toMatch(/\n/)
  }
  // The workspace keeps nothing open after a refusal.
  const ws = newWorkspace()
  expect(() => ws.open(file)).toThrow(FactdeskError)
  expect(ws.isOpen).toBe(false)

  if (isFile) expect(sha256(file)).toBe(before)
  if (!existed) {
    expect(existsSync(file)).toBe(false)
    expect(existsSync(parent)).toBe(parentExisted)
    if (parentExisted) expect(listDir(parent)).toEqual(neighbours)
  }
  expect(sidecars(file)).toEqual([])
}

/** A closed, checkpointed project big enough to span many pages. */
function realProject(dir: string): string {
  const file = join(dir, 'real.factdesk')
  const ws = newWorkspace()
  ws.create(file, 'Real project')
  addArticles(ws, 40, 120)
  ws.close()
  expect(sidecars(file)).toEqual([])
  expect(statSync(file).size).toBeGreaterThan(16 * 4096)
  return file
}

describe('files that are not Factdesk projects', () => {
  it('refuses an empty file', () => {
    const file = join(tempDir(), 'empty.factdesk')
    writeFileSync(file, '')
    expectRefused(file, 'not_a_project', /empty\.factdesk is empty, not a Factdesk project/)
  })

  it('refuses a text file', () => {
    const file = join(tempDir(), 'notes.txt')
    writeFileSync(file, 'Notes for the bridge story.\nCall the commissioner back.\n'.repeat(200))
    expectRefused(file, 'not_a_project', /notes\.txt is not a Factdesk project/)
  })

  it('refuses random bytes, and hints at damage for a .factdesk name', () => {
    const dir = tempDir()
    for (const seed of [1, 42, 20260302]) {
      const file = join(dir, `random-${seed}.factdesk`)
      writeFileSync(file, seededBytes(seed, 8192 + (seed % 1000)))
      expectRefused(file, 'not_a_project', /is not a Factdesk project \(it may be damaged or truncated\)/)
    }
  })

  it('refuses another application’s SQLite database', () => {
    const dir = tempDir()
    const file = join(dir, 'contacts.db')
    const db = new Database(file)
    db.exec(
      `CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO contacts (name) VALUES ('Dana Okafor')`
    )
    db.close()
    expectRefused(file, 'not_a_project', /contacts\.db is an SQLite database from another application/)

    // Another application's database in WAL mode, with its own application_id, fares the same.
    const wal = join(dir, 'other.factdesk')
    const db2 = new Database(wal)
    db2.pragma('application_id = 1234')
    db2.pragma('journal_mode = WAL')
    db2.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)')
    db2.close()
    expectRefused(wal, 'not_a_project', /from another application/)
  })

  it('refuses a file from a newer Factdesk and names both versions', () => {
    const file = realProject(tempDir())
    const db = new Database(file)
    db.pragma(`user_version = ${SCHEMA_VERSION + 5}`)
    db.close()
    expect(sidecars(file)).toEqual([])
    expectRefused(
      file,
      'newer_version',
      new RegExp(
        `written by a newer Factdesk \\(project schema v${SCHEMA_VERSION + 5}\\).*reads up to v${SCHEMA_VERSION}`
      )
    )
  })

  it('refuses a project truncated at any point', () => {
    const dir = tempDir()
    const file = realProject(dir)
    const size = statSync(file).size
    const cuts = [100, 1024, 4096, 3 * 4096, Math.floor(size / 2), size - 4096, size - 100, size - 1]
    for (const cut of cuts) {
      const damaged = join(dir, `cut-${cut}.factdesk`)
      copyFileSync(file, damaged)
      truncateSync(damaged, cut)
      expectRefused(damaged, 'corrupt', /cut-\d+\.factdesk is damaged or truncated/)
    }
    // The intact original still opens.
    expect(newWorkspace().open(file, 'read')).toMatchObject({ articles: 40, readOnly: true })
  })

  it('refuses a missing path without creating anything', () => {
    const dir = tempDir()
    expectRefused(join(dir, 'nowhere.factdesk'), 'not_found', /no such file: .*nowhere\.factdesk/)
    expectRefused(join(dir, 'no-folder', 'nowhere.factdesk'), 'not_found', /no such file/)
  })

  it('refuses a directory', () => {
    const dir = tempDir()
    const folder = join(dir, 'folder.factdesk')
    mkdirSync(folder)
    expectRefused(folder, 'not_a_project', /folder\.factdesk is a folder, not a Factdesk project/)
    expect(listDir(folder)).toEqual([])
    expect(listDir(dir)).toEqual(['folder.factdesk'])
  })
  it('refuses a named pipe without opening it, and a device', async () => {
    const dir = tempDir()
    const fifo = join(dir, 'pipe.factdesk')
    execFileSync('mkfifo', [fifo])
    // A writer that holds the pipe for 10 s and then lets go: without the check, reading the
    // header would block this process until then, and then meet an empty file.
    const writer = spawn('sh', ['-c', `sleep 10 > '${fifo}'`], { stdio: 'ignore' })
    try {
      const t = Date.now()
      expectRefused(fifo, 'not_a_project', /pipe\.factdesk is a named pipe, not a Factdesk project/)
      expect(Date.now() - t).toBeLessThan(5_000)
      expect(listDir(dir)).toEqual(['pipe.factdesk'])
    } finally {
      writer.kill()
    }
    expectRefused('/dev/zero', 'not_a_project', /\/dev\/zero is a device, not a Factdesk project/)
    expectRefused('/dev/null', 'not_a_project', /\/dev\/null is a device, not a Factdesk project/)
  })

  it('says why a link loop or an overlong name cannot be opened, rather than "no such file"', () => {
    const dir = tempDir()
    symlinkSync(join(dir, 'b.factdesk'), join(dir, 'a.factdesk'))
    symlinkSync(join(dir, 'a.factdesk'), join(dir, 'b.factdesk'))
    expectRefused(join(dir, 'a.factdesk'), 'not_found', /a\.factdesk: too many levels of symbolic links/)
    expectRefused(join(dir, `${'n'.repeat(300)}.factdesk`), 'not_found', /: the name is too long$/)
    expect(listDir(dir)).toEqual(['a.factdesk', 'b.factdesk'])
  })
})
