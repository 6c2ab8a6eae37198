import type Database from 'better-sqlite3'
import { FactdeskError } from '../../shared/result'
import { DEFAULT_STATUSES } from '../../shared/statusScale'
import { identitiesMigration } from './identities'

export interface Migration {
  version: number
  name: string
  up: (db: Database.Database) => void
  /** A table this migration creates: found in a file of an earlier version, the version was set back. */
  creates?: string
}

/**
 * Numbered, additive migrations. Each runs in its own transaction together with the
 * user_version bump, so a crash mid-migration leaves the file at the previous version.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'core schema',
    creates: 'articles',
    up(db) {
      db.exec(`
        CREATE TABLE settings (
          key   TEXT PRIMARY KEY,
          value TEXT NOT NULL
        ) STRICT;

        CREATE TABLE statuses (
          key      TEXT PRIMARY KEY,
          label    TEXT NOT NULL,
          rating   INTEGER CHECK (rating BETWEEN 1 AND 5),
          position INTEGER NOT NULL,
          retired  INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
        ) STRICT;

        CREATE TABLE articles (
          id           INTEGER PRIMARY KEY,
          title        TEXT NOT NULL,
          outlet       TEXT,
          author       TEXT,
          url          TEXT,
          published_at TEXT,
          language     TEXT,
          body         TEXT NOT NULL,
          content_hash TEXT NOT NULL UNIQUE,
          source       TEXT,
          imported_at  TEXT NOT NULL,
          updated_at   TEXT NOT NULL
        ) STRICT;

        CREATE TABLE claims (
          id         INTEGER PRIMARY KEY,
          text       TEXT NOT NULL,
          claimant   TEXT NOT NULL DEFAULT '',
          status     TEXT NOT NULL REFERENCES statuses(key) ON UPDATE CASCADE,
          rationale  TEXT NOT NULL DEFAULT '',
          note       TEXT NOT NULL DEFAULT '',
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          created_by TEXT NOT NULL,
          updated_by TEXT NOT NULL
        ) STRICT;
        CREATE INDEX claims_status ON claims(status);

        CREATE TABLE passages (
          id         INTEGER PRIMARY KEY,
          article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
          start      INTEGER NOT NULL CHECK (start >= 0),
          "end"      INTEGER NOT NULL,
          exact      TEXT NOT NULL,
          prefix     TEXT NOT NULL DEFAULT '',
          suffix     TEXT NOT NULL DEFAULT '',
          kind       TEXT NOT NULL CHECK (kind IN ('claim', 'denial', 'evidence')),
          note       TEXT NOT NULL DEFAULT '',
          orphaned   INTEGER NOT NULL DEFAULT 0 CHECK (orphaned IN (0, 1)),
          editor     TEXT NOT NULL,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          CHECK ("end" > start)
        ) STRICT;
        CREATE INDEX passages_article ON passages(article_id, start);

        -- A passage belongs to at most one claim; the role says how it bears on it.
        CREATE TABLE links (
          passage_id INTEGER PRIMARY KEY REFERENCES passages(id) ON DELETE CASCADE,
          claim_id   INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
          role       TEXT NOT NULL CHECK (role IN ('states', 'denies', 'supports', 'refutes', 'context')),
          editor     TEXT NOT NULL,
          created_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX links_claim ON links(claim_id, role);

        CREATE TABLE history (
          id        INTEGER PRIMARY KEY,
          at        TEXT NOT NULL,
          editor    TEXT NOT NULL,
          entity    TEXT NOT NULL,
          entity_id INTEGER,
          action    TEXT NOT NULL,
          field     TEXT,
          old_value TEXT,
          new_value TEXT
        ) STRICT;
        CREATE INDEX history_entity ON history(entity, entity_id, id);

        -- The history is append-only: the file itself refuses to rewrite it.
        CREATE TRIGGER history_no_update BEFORE UPDATE ON history
          BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
        CREATE TRIGGER history_no_delete BEFORE DELETE ON history
          BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
      `)
      const insert = db.prepare('INSERT INTO statuses (key, label, rating, position, retired) VALUES (?, ?, ?, ?, 0)')
      DEFAULT_STATUSES.forEach((s, i) => insert.run(s.key, s.label, s.rating, i))
    }
  },
  {
    version: 2,
    name: 'full-text search index',
    creates: 'articles_fts',
    up(db) {
      // External-content FTS5 tables kept in step by triggers, so every edit path updates them.
      db.exec(`
        CREATE VIRTUAL TABLE articles_fts USING fts5(
          title, body, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
        CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
          INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
        END;
        CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
          INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
        END;
        CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, body ON articles BEGIN
          INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
          INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
        END;

        CREATE VIRTUAL TABLE passages_fts USING fts5(
          exact, note, content='passages', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
        CREATE TRIGGER passages_fts_ai AFTER INSERT ON passages BEGIN
          INSERT INTO passages_fts(rowid, exact, note) VALUES (new.id, new.exact, new.note);
        END;
        CREATE TRIGGER passages_fts_ad AFTER DELETE ON passages BEGIN
          INSERT INTO passages_fts(passages_fts, rowid, exact, note) VALUES ('delete', old.id, old.exact, old.note);
        END;
        CREATE TRIGGER passages_fts_au AFTER UPDATE OF exact, note ON passages BEGIN
          INSERT INTO passages_fts(passages_fts, rowid, exact, note) VALUES ('delete', old.id, old.exact, old.note);
          INSERT INTO passages_fts(rowid, exact, note) VALUES (new.id, new.exact, new.note);
        END;

        CREATE VIRTUAL TABLE claims_fts USING fts5(
          text, rationale, content='claims', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
        CREATE TRIGGER claims_fts_ai AFTER INSERT ON claims BEGIN
          INSERT INTO claims_fts(rowid, text, rationale) VALUES (new.id, new.text, new.rationale);
        END;
        CREATE TRIGGER claims_fts_ad AFTER DELETE ON claims BEGIN
          INSERT INTO claims_fts(claims_fts, rowid, text, rationale) VALUES ('delete', old.id, old.text, old.rationale);
        END;
        CREATE TRIGGER claims_fts_au AFTER UPDATE OF text, rationale ON claims BEGIN
          INSERT INTO claims_fts(claims_fts, rowid, text, rationale) VALUES ('delete', old.id, old.text, old.rationale);
          INSERT INTO claims_fts(rowid, text, rationale) VALUES (new.id, new.text, new.rationale);
        END;

        INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
        INSERT INTO passages_fts(passages_fts) VALUES ('rebuild');
        INSERT INTO claims_fts(claims_fts) VALUES ('rebuild');
      `)
    }
  },
  {
    version: 3,
    name: 'matching index',
    creates: 'match_articles',
    // Derived data only: the sentences of every article with their normalised terms, and an
    // FTS5 inverted index over those terms (external content, kept in step by triggers).
    // Articles are indexed lazily before a lookup, so this migration leaves the tables empty.
    up(db) {
      db.exec(`
        CREATE TABLE match_articles (
          article_id   INTEGER PRIMARY KEY,
          content_hash TEXT NOT NULL,
          version      TEXT NOT NULL,
          sentences    INTEGER NOT NULL
        ) STRICT;
        CREATE TABLE match_sentences (
          id         INTEGER PRIMARY KEY,
          article_id INTEGER NOT NULL,
          seq        INTEGER NOT NULL,
          start      INTEGER NOT NULL,
          "end"      INTEGER NOT NULL,
          terms      TEXT NOT NULL
        ) STRICT;
        CREATE INDEX match_sentences_article ON match_sentences (article_id, seq);
        CREATE VIRTUAL TABLE match_fts USING fts5(
          terms, content='match_sentences', content_rowid='id', detail=none,
          tokenize="unicode61 remove_diacritics 0 tokenchars '_'");
        CREATE VIRTUAL TABLE match_vocab USING fts5vocab(match_fts, row);
        CREATE TRIGGER match_sentences_ai AFTER INSERT ON match_sentences BEGIN
          INSERT INTO match_fts(rowid, terms) VALUES (new.id, new.terms);
        END;
        CREATE TRIGGER match_sentences_ad AFTER DELETE ON match_sentences BEGIN
          INSERT INTO match_fts(match_fts, rowid, terms) VALUES ('delete', old.id, old.terms);
        END;
      `)
    }
  },
  {
    version: 4,
    name: 'claim review url',
    // The page where a claim's published fact-check lives: ClaimReview's url. Empty until set.
    up(db) {
      // Checked first: a file whose version was set back by hand may already have the column.
      const columns = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('claims') as string[]
      if (!columns.includes('review_url')) db.exec(`ALTER TABLE claims ADD COLUMN review_url TEXT NOT NULL DEFAULT ''`)
    }
  },
  identitiesMigration
]

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version

export function assertMigrationsOrdered(list: readonly Migration[]): void {
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name} has version ${m.version}, expected ${i + 1}`)
  })
}

/** Brings a database up to `target` (default: the newest), one transaction per step. */
export function migrate(
  db: Database.Database,
  target = SCHEMA_VERSION,
  list: readonly Migration[] = MIGRATIONS
): number {
  assertMigrationsOrdered(list)
  let version = db.pragma('user_version', { simple: true }) as number
  assertNotSetBack(db, version, list)
  for (const m of list) {
    if (m.version <= version || m.version > target) continue
    db.transaction(() => {
      m.up(db)
      db.pragma(`user_version = ${m.version}`)
    }).immediate()
    version = m.version
  }
  return version
}

/**
 * A file whose user_version was lowered by hand (or by another tool) still has the later tables,
 * and re-running their migration failed with "table articles_fts already exists". Refused before
 * any step runs, so the file is left as it was.
 */
function assertNotSetBack(db: Database.Database, version: number, list: readonly Migration[]): void {
  const has = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").pluck()
  const later = list.find((m) => m.version > version && m.creates && has.get(m.creates))
  if (later) {
    throw new FactdeskError(
      'corrupt',
      `this project's schema version was changed by hand: it says v${version} but already has the tables of v${later.version}; it was not changed`
    )
  }
}
