import type Database from 'better-sqlite3'

/** Tables whose changes can be undone. The history is append-only and records undo itself. */
const TRACKED = ['settings', 'statuses', 'articles', 'claims', 'passages', 'links'] as const

export interface UndoEntry {
  label: string
  from: number
  to: number
}

export interface UndoState {
  canUndo: boolean
  canRedo: boolean
  undoLabel: string | null
  redoLabel: string | null
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`

/**
 * Undo and redo for everything an editor does while a project is open, after SQLite's own
 * "automatic undo/redo" recipe: TEMP triggers write, for every changed row, the SQL that puts it
 * back. The log lives on this connection only, so it lasts exactly as long as the project is
 * open. Each action is a range of that log; undoing replays it backwards, and the triggers log
 * the replay, which becomes the redo.
 */
export class UndoLog {
  private readonly undoStack: UndoEntry[] = []
  private readonly redoStack: UndoEntry[] = []

  constructor(private readonly db: Database.Database) {
    db.exec(`
      CREATE TEMP TABLE IF NOT EXISTS undo_log (seq INTEGER PRIMARY KEY AUTOINCREMENT, sql TEXT NOT NULL);
      CREATE TEMP TABLE IF NOT EXISTS undo_ctl (active INTEGER NOT NULL);
      DELETE FROM temp.undo_ctl;
      INSERT INTO temp.undo_ctl (active) VALUES (1);
    `)
    for (const table of TRACKED) this.installTriggers(table)
  }

  private installTriggers(table: string): void {
    const cols = (this.db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]).map(q)
    const t = q(table)
    const when = 'WHEN (SELECT active FROM temp.undo_ctl) = 1'
    const log = (expr: string) => `INSERT INTO temp.undo_log (sql) VALUES (${expr});`
    const sqlText = (s: string) => `'${s.replace(/'/g, "''")}'`
    const setList = cols.map((c, i) => `${sqlText(`${i ? ',' : ''}${c}=`)} || quote(old.${c})`).join(' || ')
    const valueList = cols.map((c) => `',' || quote(old.${c})`).join(' || ')
    this.db.exec(`
      CREATE TEMP TRIGGER IF NOT EXISTS undo_${table}_insert AFTER INSERT ON main.${t} ${when} BEGIN
        ${log(`${sqlText(`DELETE FROM main.${t} WHERE rowid=`)} || new.rowid`)}
      END;
      CREATE TEMP TRIGGER IF NOT EXISTS undo_${table}_update AFTER UPDATE ON main.${t} ${when} BEGIN
        ${log(`${sqlText(`UPDATE main.${t} SET `)} || ${setList} || ' WHERE rowid=' || new.rowid`)}
      END;
      CREATE TEMP TRIGGER IF NOT EXISTS undo_${table}_delete BEFORE DELETE ON main.${t} ${when} BEGIN
        ${log(`${sqlText(`INSERT INTO main.${t} (rowid,${cols.join(',')}) VALUES (`)} || old.rowid || ${valueList} || ')'`)}
      END;
    `)
  }

  private lastSeq(): number {
    return this.db.prepare('SELECT coalesce(max(seq), 0) FROM temp.undo_log').pluck().get() as number
  }

  /** Runs fn (inside the caller's transaction) as one undoable action; returns what to record on commit. */
  capture<T>(label: string, fn: () => T): { value: T; entry: UndoEntry | null } {
    const from = this.lastSeq() + 1
    const value = fn()
    const to = this.lastSeq()
    return { value, entry: to >= from ? { label, from, to } : null }
  }

  /** Runs fn without logging: bulk work (imports) too large to keep an inverse of. */
  untracked<T>(fn: () => T): T {
    this.db.prepare('UPDATE temp.undo_ctl SET active = 0').run()
    try {
      return fn()
    } finally {
      this.db.prepare('UPDATE temp.undo_ctl SET active = 1').run()
    }
  }

  /** Called after the action's transaction committed: a new action ends the redo chain. */
  push(entry: UndoEntry): void {
    this.undoStack.push(entry)
    for (const r of this.redoStack.splice(0)) this.discard(r)
  }

  private discard(e: UndoEntry): void {
    this.db.prepare('DELETE FROM temp.undo_log WHERE seq BETWEEN ? AND ?').run(e.from, e.to)
  }

  /** Replays an entry backwards inside the caller's transaction; returns the entry that reverses it. */
  private replay(e: UndoEntry): UndoEntry {
    // A cascade logged child rows after their parent; replayed backwards, children come back
    // first, so foreign keys are checked at commit rather than statement by statement.
    this.db.pragma('defer_foreign_keys = ON')
    const rows = this.db
      .prepare('SELECT sql FROM temp.undo_log WHERE seq BETWEEN ? AND ? ORDER BY seq DESC')
      .pluck()
      .all(e.from, e.to) as string[]
    this.discard(e)
    const from = this.lastSeq() + 1
    for (const sql of rows) this.db.exec(sql)
    return { label: e.label, from, to: this.lastSeq() }
  }

  /** Undoes the newest action (inside the caller's transaction); null when there is none. */
  undo(): { label: string; commit: () => void } | null {
    const e = this.undoStack.at(-1)
    if (!e) return null
    const reverse = this.replay(e)
    return {
      label: e.label,
      commit: () => {
        this.undoStack.pop()
        this.redoStack.push(reverse)
      }
    }
  }

  redo(): { label: string; commit: () => void } | null {
    const e = this.redoStack.at(-1)
    if (!e) return null
    const reverse = this.replay(e)
    return {
      label: e.label,
      commit: () => {
        this.redoStack.pop()
        this.undoStack.push(reverse)
      }
    }
  }

  state(): UndoState {
    return {
      canUndo: this.undoStack.length > 0,
      canRedo: this.redoStack.length > 0,
      undoLabel: this.undoStack.at(-1)?.label ?? null,
      redoLabel: this.redoStack.at(-1)?.label ?? null
    }
  }
}
