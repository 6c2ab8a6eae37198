import Database from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { APPLICATION_ID } from '../../src/main/store/fileFormat'
import { migrate } from '../../src/main/store/migrations'
import { ProjectFile } from '../../src/main/store/projectFile'
import { dumpProject, restoreDump } from '../../src/main/services/export/projectData'
import { useTempDirs } from './helpers'

const tempDir = useTempDirs()
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

function fill(db: Database.Database): void {
  db.prepare(
    `INSERT INTO articles (title, body, content_hash, imported_at, updated_at) VALUES ('Harbour', 'The harbour opened.', 'h1', 'x', 'x')`
  ).run()
  db.prepare(
    `INSERT INTO passages (article_id, start, "end", exact, kind, editor, created_at, updated_at) VALUES (1, 0, 11, 'The harbour', 'claim', 'ana', 'x', 'x')`
  ).run()
  db.prepare(
    `INSERT INTO claims (text, status, created_at, updated_at, created_by, updated_by) VALUES ('It opened', 'unverified', 'x', 'x', 'ana', 'ana')`
  ).run()
  db.prepare(
    `INSERT INTO links (passage_id, claim_id, role, editor, created_at) VALUES (1, 1, 'states', 'ana', 'x')`
  ).run()
  db.prepare(
    `INSERT INTO history (at, editor, entity, entity_id, action) VALUES ('x', 'ana', 'passage', 1, 'create')`
  ).run()
}

const uids = (db: Database.Database) =>
  Object.fromEntries(
    ['articles', 'passages', 'claims', 'links', 'history'].map((t) => [
      t,
      db.prepare(`SELECT uid FROM ${t} ORDER BY rowid`).pluck().all() as string[]
    ])
  )

describe('global identities (migration 5)', () => {
  it('gives existing rows of a v4 file a UUID each, and new rows one on insert', () => {
    const file = join(tempDir(), 'old.factdesk')
    const raw = new Database(file)
    raw.pragma(`application_id = ${APPLICATION_ID}`)
    migrate(raw, 4)
    fill(raw)
    raw.close()
    const p = ProjectFile.open(file, { access: 'write', via: 'test' })
    const before = uids(p.db)
    for (const list of Object.values(before)) {
      expect(list).toHaveLength(1)
      expect(list[0]).toMatch(UUID)
    }
    expect(p.db.prepare('SELECT entity_uid FROM history').pluck().get()).toBe(before.passages[0])
    p.db
      .prepare(`INSERT INTO history (at, editor, entity, entity_id, action) VALUES ('y', 'ben', 'claim', 1, 'x')`)
      .run()
    const after = uids(p.db)
    expect(after.history[1]).toMatch(UUID)
    expect(new Set([...Object.values(after).flat()]).size).toBe(6)
    expect(() => p.db.prepare(`UPDATE history SET editor = 'eve'`).run()).toThrow(/append-only/)
    expect(p.db.pragma('integrity_check', { simple: true })).toBe('ok')
    p.close()
  })

  it('leaves a tombstone for a deleted row, naming it in the history, and lifts it when the row comes back', () => {
    const p = ProjectFile.create(join(tempDir(), 'a.factdesk'), { via: 'test' })
    fill(p.db)
    const { passages, links } = uids(p.db)
    const row = p.db.prepare('SELECT * FROM passages').get() as Record<string, unknown>
    p.db.prepare('DELETE FROM passages').run()
    p.db
      .prepare(
        `INSERT INTO history (at, editor, entity, entity_id, action) VALUES ('y', 'ben', 'passage', 1, 'delete')`
      )
      .run()
    expect(p.db.prepare('SELECT uid FROM tombstones ORDER BY uid').pluck().all()).toEqual(
      [passages[0], links[0]].sort()
    )
    expect(p.db.prepare(`SELECT entity_uid FROM history WHERE action = 'delete'`).pluck().get()).toBe(passages[0])
    const cols = Object.keys(row)
    p.db
      .prepare(
        `INSERT INTO passages (${cols.map((c) => `"${c}"`).join(',')}) VALUES (${cols.map(() => '?').join(',')})`
      )
      .run(...Object.values(row))
    expect(p.db.prepare('SELECT uid FROM tombstones').pluck().all()).toEqual([links[0]])
    p.close()
  })

  it('keeps every identity through Save As and through a JSON export restored into a new project', async () => {
    const dir = tempDir()
    const p = ProjectFile.create(join(dir, 'a.factdesk'), { via: 'test' })
    fill(p.db)
    const original = uids(p.db)
    await p.backupTo(join(dir, 'copy.factdesk'))
    const dump = dumpProject(p.db, 'test')
    p.close()
    const copy = ProjectFile.open(join(dir, 'copy.factdesk'), { access: 'read', via: 'test' })
    expect(uids(copy.db)).toEqual(original)
    copy.close()
    expect(dump.claims[0].uid).toBe(original.claims[0])
    expect(dump.history[0].entityUid).toBe(original.passages[0])
    const restored = ProjectFile.create(join(dir, 'restored.factdesk'), { via: 'test' })
    restored.db.transaction(() => restoreDump(restored.db, JSON.parse(JSON.stringify(dump))))()
    expect(uids(restored.db)).toEqual(original)
    restored.close()
  })
})
