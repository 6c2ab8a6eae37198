import Database from 'better-sqlite3'
import { chmodSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FactdeskError } from '../../src/shared/result'
import { APPLICATION_ID, readHeader } from '../../src/main/store/fileFormat'
import {
  MIGRATIONS,
  SCHEMA_VERSION,
  assertMigrationsOrdered,
  migrate,
  type Migration
} from '../../src/main/store/migrations'
import { ProjectFile } from '../../src/main/store/projectFile'
import { IS_ROOT, addArticles, expectCode, newWorkspace, sha256, sidecars, useTempDirs } from './helpers'

const tempDir = useTempDirs()
const via = 'the test suite'

const tables = (db: Database.Database) =>
  db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all() as string[]

/** A project file as the first Factdesk release wrote it: schema v1, no search index. */
function buildV1File(file: string): void {
  const db = new Database(file)
  db.pragma(`application_id = ${APPLICATION_ID}`)
  expect(migrate(db, 1)).toBe(1)
  const at = '2026-01-01T00:00:00.000Z'
  db.prepare(`INSERT INTO articles (title, body, content_hash, imported_at, updated_at) VALUES (?, ?, ?, ?, ?)`).run(
    'Bridge closure',
    'The harbour bridge will close in April.',
    'hash-1',
    at,
    at
  )
  db.prepare(
    `INSERT INTO claims (text, status, created_at, updated_at, created_by, updated_by) VALUES (?, 'unverified', ?, ?, 'ed', 'ed')`
  ).run('The bridge closes for six months', at, at)
  db.prepare(
    `INSERT INTO passages (article_id, start, "end", exact, kind, editor, created_at, updated_at) VALUES (1, 4, 19, ?, 'claim', 'ed', ?, ?)`
  ).run('harbour bridge', at, at)
  db.close()
}

describe('creating and reopening', () => {
  it('creates a project that reopens with its data and schema version', () => {
    const file = join(tempDir(), 'story.factdesk')
    const ws = newWorkspace()
    const created = ws.create(file, 'The bridge story')
    expect(created).toMatchObject({ file, title: 'The bridge story', schemaVersion: SCHEMA_VERSION, readOnly: false })
    addArticles(ws, 2)
    ws.close()
    expect(sidecars(file)).toEqual([])

    const again = newWorkspace().open(file, 'write')
    expect(again).toMatchObject({
      title: 'The bridge story',
      schemaVersion: SCHEMA_VERSION,
      articles: 2,
      readOnly: false
    })
  })

  it('adds the .factdesk extension and refuses to create over an existing file', () => {
    const dir = tempDir()
    const ws = newWorkspace()
    expect(ws.create(join(dir, 'plain')).file).toBe(join(dir, 'plain.factdesk'))
    ws.close()
    const before = sha256(join(dir, 'plain.factdesk'))
    const err = expectCode(() => newWorkspace().create(join(dir, 'plain.factdesk')), 'conflict')
    expect(err.message).toMatch(/already exists/)
    expect(sha256(join(dir, 'plain.factdesk'))).toBe(before)
  })

  it('writes application_id into the main file header from the start', () => {
    const file = join(tempDir(), 'header.factdesk')
    const p = ProjectFile.create(file, { via })
    try {
      expect(readHeader(file)).toMatchObject({ kind: 'sqlite', applicationId: APPLICATION_ID })
    } finally {
      p.close()
    }
    expect(readHeader(file)).toMatchObject({ applicationId: APPLICATION_ID, userVersion: SCHEMA_VERSION })
  })

  it('configures the writer connection: application_id, WAL, foreign keys, synchronous FULL', () => {
    const file = join(tempDir(), 'pragmas.factdesk')
    ProjectFile.create(file, { via }).close()
    for (const access of ['write', 'prefer-write'] as const) {
      const p = ProjectFile.open(file, { access, via })
      try {
        expect(p.readOnly).toBe(false)
        expect(p.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID)
        expect(p.db.pragma('journal_mode', { simple: true })).toBe('wal')
        expect(p.db.pragma('foreign_keys', { simple: true })).toBe(1)
        expect(p.db.pragma('synchronous', { simple: true })).toBe(2)
        expect(p.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
      } finally {
        p.close()
      }
    }
    const r = ProjectFile.open(file, { access: 'read', via })
    try {
      expect(r.readOnly).toBe(true)
      expect(r.db.pragma('foreign_keys', { simple: true })).toBe(1)
    } finally {
      r.close()
    }
  })
})

describe('migrations', () => {
  it('keeps the migration list numbered 1..N and SCHEMA_VERSION at its end', () => {
    expect(() => assertMigrationsOrdered(MIGRATIONS)).not.toThrow()
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length)
  })

  it('refuses a migration list with a gap, a duplicate or a wrong start', () => {
    const m = (version: number): Migration => ({ version, name: `m${version}`, up: () => undefined })
    expect(() => assertMigrationsOrdered([m(1), m(3)])).toThrow(/version 3, expected 2/)
    expect(() => assertMigrationsOrdered([m(1), m(1)])).toThrow(/expected 2/)
    expect(() => assertMigrationsOrdered([m(2)])).toThrow(/expected 1/)
    const db = new Database(join(tempDir(), 'x.db'))
    try {
      expect(() => migrate(db, 3, [m(1), m(3)])).toThrow(/expected 2/)
      expect(db.pragma('user_version', { simple: true })).toBe(0)
    } finally {
      db.close()
    }
  })

  it('upgrades a v1 file on open and indexes the rows it already held', () => {
    const file = join(tempDir(), 'old.factdesk')
    buildV1File(file)
    expect(readHeader(file)).toMatchObject({ applicationId: APPLICATION_ID, userVersion: 1 })

    const ws = newWorkspace()
    const info = ws.open(file, 'write')
    expect(info).toMatchObject({ schemaVersion: SCHEMA_VERSION, articles: 1, passages: 1, claims: 1, title: 'old' })
    ws.read((db) => {
      expect(tables(db)).toEqual(expect.arrayContaining(['articles_fts', 'passages_fts', 'claims_fts']))
      const match = (table: string, q: string) =>
        db.prepare(`SELECT rowid FROM ${table} WHERE ${table} MATCH ?`).pluck().all(q)
      expect(match('articles_fts', 'harbour')).toEqual([1])
      expect(match('passages_fts', 'bridge')).toEqual([1])
      expect(match('claims_fts', 'months')).toEqual([1])
    })
    // The triggers keep the index in step with later edits.
    addArticles(ws, 1)
    ws.read((db) =>
      expect(
        db.prepare(`SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'harbour0word1'`).pluck().get()
      ).toBe(1)
    )
    ws.close()
    expect(readHeader(file).userVersion).toBe(SCHEMA_VERSION)
  })

  it('refuses to upgrade an old file opened read-only, and leaves it unchanged', () => {
    const file = join(tempDir(), 'old.factdesk')
    buildV1File(file)
    const before = sha256(file)
    const err = expectCode(() => ProjectFile.open(file, { access: 'read', via }), 'read_only')
    expect(err.message).toContain('v1')
    expect(err.message).toContain(`v${SCHEMA_VERSION}`)
    expect(sha256(file)).toBe(before)
  })

  it('refuses a project whose user_version was set back by hand, and leaves it unchanged', () => {
    const file = join(tempDir(), 'set-back.factdesk')
    ProjectFile.create(file, { via }).close()
    const db = new Database(file)
    db.pragma('user_version = 1')
    db.close()
    const before = sha256(file)
    // Before: "table articles_fts already exists", from half-way through migration 2.
    const err = expectCode(() => ProjectFile.open(file, { access: 'write', via }), 'corrupt')
    expect(err.message).toMatch(/schema version was changed by hand: it says v1 but already has the tables of v2/)
    expect(sha256(file)).toBe(before)
    expect(sidecars(file)).toEqual([])
  })

  it('rolls a failing migration back and leaves user_version where it was', () => {
    const file = join(tempDir(), 'failing.db')
    const db = new Database(file)
    try {
      const list: Migration[] = [
        { version: 1, name: 'one', up: (d) => d.exec('CREATE TABLE one (x)') },
        {
          version: 2,
          name: 'two',
          up: (d) => {
            d.exec('CREATE TABLE two (x)')
            d.exec('INSERT INTO one VALUES (1)')
            throw new Error('boom in migration two')
          }
        }
      ]
      expect(() => migrate(db, undefined, list)).toThrow(/boom in migration two/)
      expect(db.pragma('user_version', { simple: true })).toBe(1)
      expect(tables(db)).toEqual(['one'])
      expect(db.prepare('SELECT count(*) FROM one').pluck().get()).toBe(0)

      // A fixed list carries on from the version the file is at; a target stops early.
      const fixed: Migration[] = [
        list[0],
        { version: 2, name: 'two', up: (d) => d.exec('CREATE TABLE two (x)') },
        { version: 3, name: 'three', up: (d) => d.exec('CREATE TABLE three (x)') }
      ]
      expect(migrate(db, 2, fixed)).toBe(2)
      expect(tables(db)).toEqual(['one', 'two'])
      // The default target is this Factdesk's SCHEMA_VERSION, whatever the list holds.
      expect(migrate(db, undefined, fixed)).toBe(Math.min(SCHEMA_VERSION, 3))
      expect(migrate(db, 3, fixed)).toBe(3)
      expect(db.pragma('user_version', { simple: true })).toBe(3)
    } finally {
      db.close()
    }
  })
})

describe('read-only files', () => {
  function readOnlyProject(): string {
    const file = join(tempDir(), 'locked-down.factdesk')
    const ws = newWorkspace()
    ws.create(file)
    addArticles(ws, 2)
    ws.close()
    chmodSync(file, 0o444)
    return file
  }

  it('opens with access "read" and refuses every write', () => {
    const file = readOnlyProject()
    const before = sha256(file)
    const ws = newWorkspace()
    expect(ws.open(file, 'read')).toMatchObject({ readOnly: true, articles: 2 })
    const err = expectCode(() => addArticles(ws, 1), 'read_only')
    expect(err.message).toMatch(/read-only/)
    // Even a write that slips past the service layer is refused by SQLite.
    ws.read((db) => expect(() => db.exec(`DELETE FROM articles`)).toThrow(/readonly/i))
    ws.close()
    expect(sha256(file)).toBe(before)
    expect(existsSync(`${file}.lock`)).toBe(false)
  })

  it.skipIf(IS_ROOT)('falls back to read-only on prefer-write, and write access is refused', () => {
    const file = readOnlyProject()
    const before = sha256(file)
    const err = expectCode(() => ProjectFile.open(file, { access: 'write', via }), 'read_only')
    expect(err).toBeInstanceOf(FactdeskError)
    const p = ProjectFile.open(file, { access: 'prefer-write', via })
    try {
      expect(p.readOnly).toBe(true)
      expect(p.readOnlyReason).toMatch(/read-only/)
      expect(() => p.assertWritable()).toThrow(/read-only/)
    } finally {
      p.close()
    }
    expect(sha256(file)).toBe(before)
  })
})
