import type Database from 'better-sqlite3'

const ready = new WeakSet<Database.Database>()
const TABLES = ['articles', 'match_articles']

/**
 * A value that changes whenever the articles or the matching index may have: a counter kept by
 * TEMP triggers on this connection (they live and die with it, and are not in the file), with
 * SQLite's data_version for commits by other connections. Span matches depend on nothing else,
 * so a lookup's answer holds while it stays the same; tags and claim edits leave it alone. Null
 * where the triggers cannot be made.
 */
export function articleGeneration(db: Database.Database): string | null {
  try {
    if (!ready.has(db)) {
      db.exec(`CREATE TEMP TABLE IF NOT EXISTS factdesk_generation (n INTEGER NOT NULL);
        INSERT INTO factdesk_generation (n) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM factdesk_generation);`)
      for (const table of TABLES) {
        for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
          db.exec(`CREATE TEMP TRIGGER IF NOT EXISTS factdesk_${table}_${event.toLowerCase()}
            AFTER ${event} ON main.${table} BEGIN UPDATE factdesk_generation SET n = n + 1; END`)
        }
      }
      ready.add(db)
    }
    const n = db.prepare('SELECT n FROM temp.factdesk_generation').pluck().get() as number
    return `${n}:${db.pragma('data_version', { simple: true }) as number}`
  } catch {
    return null
  }
}
