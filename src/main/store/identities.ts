import type Database from 'better-sqlite3'
import type { Migration } from './migrations'

/** Tables whose rows carry a global identity, with the history `entity` name that refers to them. */
export const IDENTIFIED = [
  { table: 'articles', entity: 'article' },
  { table: 'passages', entity: 'passage' },
  { table: 'claims', entity: 'claim' },
  { table: 'links', entity: 'link' },
  { table: 'history', entity: null }
] as const

/** A random (version 4) UUID made by SQLite itself, so triggers can give one to any new row. */
export const UUID_SQL = `lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
  substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) ||
  substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))`

const HISTORY_COLUMNS = ['id', 'at', 'editor', 'entity', 'entity_id', 'action', 'field', 'old_value', 'new_value']

/** The global id of the row a history entry is about: the live row, else its tombstone. */
const entityUidSql = (entity: string, id: string) => `CASE ${entity}
  ${IDENTIFIED.filter((t) => t.entity)
    .map(
      (t) => `WHEN '${t.entity}' THEN coalesce((SELECT uid FROM ${t.table} WHERE rowid = ${id}),
        (SELECT uid FROM tombstones WHERE entity = '${t.entity}' AND local_id = ${id} ORDER BY seq DESC LIMIT 1))`
    )
    .join('\n  ')}
  END`

/**
 * Global identities (issue 18): every article, passage, claim, link and history entry gets a
 * UUID that survives Save As, JSON export/import and merges. Rows get theirs from triggers, so
 * every insert path (today's and future ones) is covered without touching its SQL; a row that
 * arrives with a uid (a restore, a merge, an undo) keeps it. Deleted rows leave a tombstone, which
 * is how a merge tells "the colleague deleted it" from "I added it". History entries also name
 * the uid of the row they are about, so they can be carried to another file.
 */
export const identitiesMigration: Migration = {
  version: 5,
  name: 'global identities',
  up(db: Database.Database) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS tombstones (
        seq      INTEGER PRIMARY KEY,
        uid      TEXT NOT NULL UNIQUE,
        entity   TEXT NOT NULL,
        local_id INTEGER NOT NULL,
        at       TEXT NOT NULL
      ) STRICT;
      CREATE INDEX IF NOT EXISTS tombstones_local ON tombstones(entity, local_id);
    `)
    // Checked step by step: a file whose version was set back by hand may already have them.
    const has = (table: string, col: string) =>
      (db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[]).includes(col)
    for (const { table, entity } of IDENTIFIED) {
      if (!has(table, 'uid')) db.exec(`ALTER TABLE ${table} ADD COLUMN uid TEXT`)
      if (table === 'history') {
        if (!has('history', 'entity_uid')) db.exec(`ALTER TABLE history ADD COLUMN entity_uid TEXT`)
        // The append-only guard is re-made so that it lets only these two columns be filled once.
        const same = HISTORY_COLUMNS.map((c) => `new.${c} IS old.${c}`).join(' AND ')
        db.exec(`
          DROP TRIGGER IF EXISTS history_no_update;
          CREATE TRIGGER history_no_update BEFORE UPDATE ON history
            WHEN NOT (${same} AND (old.uid IS NULL OR new.uid IS old.uid)
                      AND (old.entity_uid IS NULL OR new.entity_uid IS old.entity_uid))
            BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
        `)
      }
      db.exec(`UPDATE ${table} SET uid = ${UUID_SQL} WHERE uid IS NULL`)
      db.exec(`CREATE UNIQUE INDEX IF NOT EXISTS ${table}_uid ON ${table}(uid)`)
      db.exec(`
        CREATE TRIGGER IF NOT EXISTS ${table}_uid_ai AFTER INSERT ON ${table} WHEN new.uid IS NULL BEGIN
          UPDATE ${table} SET uid = ${UUID_SQL} WHERE rowid = new.rowid;
        END;
      `)
      if (entity) {
        db.exec(`
          CREATE TRIGGER IF NOT EXISTS ${table}_tomb_ad AFTER DELETE ON ${table} WHEN old.uid IS NOT NULL BEGIN
            INSERT OR REPLACE INTO tombstones (uid, entity, local_id, at)
              VALUES (old.uid, '${entity}', old.rowid, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
          END;
          -- A row put back (undo, or a merge keeping it) is alive again.
          CREATE TRIGGER IF NOT EXISTS ${table}_tomb_ai AFTER INSERT ON ${table} WHEN new.uid IS NOT NULL BEGIN
            DELETE FROM tombstones WHERE uid = new.uid;
          END;
        `)
      }
    }
    db.exec(`
      UPDATE history SET entity_uid = ${entityUidSql('entity', 'entity_id')} WHERE entity_id IS NOT NULL AND entity_uid IS NULL;
      CREATE INDEX IF NOT EXISTS history_entity_uid ON history(entity_uid);
      CREATE TRIGGER IF NOT EXISTS history_entity_uid_ai AFTER INSERT ON history
        WHEN new.entity_uid IS NULL AND new.entity_id IS NOT NULL BEGIN
        UPDATE history SET entity_uid = ${entityUidSql('new.entity', 'new.entity_id')} WHERE rowid = new.rowid;
      END;
    `)
  }
}
