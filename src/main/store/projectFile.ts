import Database from 'better-sqlite3'
import { accessSync, constants, existsSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, extname, resolve } from 'node:path'
import { FactdeskError } from '../../shared/result'
import { notRegular, removeOwnSidecars, sidecarsOf, statOrRefuse } from './fileKind'
import { APPLICATION_ID, readHeader, type HeaderInfo } from './fileFormat'
import { SCHEMA_VERSION, migrate } from './migrations'
import { diskFullError, isOutOfSpace, removeNewSidecars, sidecarsNow } from './fullDisk'
import { makeDurable } from './durability'
import { folderWritable, openReadOnly } from './readOnlyOpen'
import { WriterLock } from './writerLock'

export type Access = 'write' | 'read' | 'prefer-write'

export interface OpenOptions {
  access: Access
  /** Who holds the writer lock, shown to a second process: "the Factdesk app", "factdesk tag". */
  via: string
  /** Path of a better-sqlite3 addon built for another runtime (Electron's ABI). */
  nativeBinding?: string
}

/** Opened project file: the SQLite handle plus the writer lock when it holds one. */
export class ProjectFile {
  private constructor(
    readonly file: string,
    readonly db: Database.Database,
    readonly readOnly: boolean,
    readonly readOnlyReason: string | null,
    private readonly lock: WriterLock | null
  ) {}

  static create(file: string, opts: Omit<OpenOptions, 'access'>): ProjectFile {
    const path = resolve(file)
    if (existsSync(path)) {
      throw new FactdeskError('conflict', `${path} already exists; choose another name`)
    }
    let lock: WriterLock
    try {
      lock = WriterLock.acquire(path, opts.via)
    } catch (e) {
      throw toFactdeskError(e, path, 'was not created')
    }
    let db: Database.Database | undefined
    try {
      db = new Database(path, { nativeBinding: opts.nativeBinding })
      // application_id goes in before WAL so it is in the main file's header from the start,
      // where readHeader() can see it without opening the database.
      db.pragma(`application_id = ${APPLICATION_ID}`)
      configure(db, path)
      migrate(db)
      return new ProjectFile(path, db, false, null, lock)
    } catch (e) {
      db?.close()
      // A half-made file would then "already exist": nothing of a failed create stays.
      for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true })
      lock.release()
      throw toFactdeskError(e, path, 'was not created')
    }
  }

  static open(file: string, opts: OpenOptions): ProjectFile {
    const path = resolve(file)
    checkLooksLikeProject(path)
    const sidecars = sidecarsNow(path)
    try {
      return ProjectFile.openChecked(path, opts)
    } catch (e) {
      removeNewSidecars(path, sidecars)
      throw e
    }
  }

  private static openChecked(path: string, opts: OpenOptions): ProjectFile {
    verifyReadOnly(path, opts.nativeBinding)

    let lock: WriterLock | null = null
    let readOnlyReason: string | null = null
    if (opts.access !== 'read') {
      try {
        accessSync(path, constants.W_OK)
        lock = WriterLock.acquire(path, opts.via)
      } catch (e) {
        const err =
          e instanceof FactdeskError ? e : new FactdeskError('read_only', `${path} is read-only; edits are off`)
        if (opts.access === 'write') throw err
        readOnlyReason = err.message
      }
    } else if (!folderWritable(path)) {
      readOnlyReason = `the folder ${dirname(path)} cannot be written; edits are off`
    }
    let db: Database.Database | undefined
    try {
      if (lock) {
        db = new Database(path, { fileMustExist: true, nativeBinding: opts.nativeBinding })
        configure(db, path)
        migrate(db)
      } else {
        db = openReadOnly(path, opts.nativeBinding)
        db.pragma('foreign_keys = ON')
        const version = db.pragma('user_version', { simple: true }) as number
        if (version < SCHEMA_VERSION) {
          throw new FactdeskError(
            'read_only',
            `${basename(path)} uses schema v${version} and must be upgraded to v${SCHEMA_VERSION}, which needs write access` +
              (readOnlyReason ? ` (${readOnlyReason})` : '')
          )
        }
      }
      return new ProjectFile(path, db, lock === null, lock ? null : (readOnlyReason ?? 'opened read-only'), lock)
    } catch (e) {
      db?.close()
      lock?.release()
      throw toFactdeskError(e, path)
    }
  }

  get schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number
  }

  assertWritable(): void {
    if (this.readOnly) {
      throw new FactdeskError('read_only', `this project is open read-only: ${this.readOnlyReason}`)
    }
  }

  /** Writes a consistent copy through SQLite's online backup API. */
  async backupTo(target: string): Promise<void> {
    await this.db.backup(resolve(target))
  }

  close(): void {
    if (this.db.open) {
      if (!this.readOnly) {
        try {
          this.db.pragma('wal_checkpoint(TRUNCATE)')
        } catch {
          /* a reader elsewhere may keep the WAL; SQLite checkpoints later */
        }
      }
      this.db.close()
    }
    this.lock?.release()
  }
}

function configure(db: Database.Database, path: string): void {
  // FULL: an edit the editor saw acknowledged survives a power cut, not just a crash.
  makeDurable(db, path)
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
}

/** Refuses anything that is not a Factdesk project before SQLite can touch it. */
function checkLooksLikeProject(path: string): void {
  const st = statOrRefuse(path)
  if (st.isDirectory()) throw new FactdeskError('not_a_project', `${path} is a folder, not a Factdesk project`)
  // Reading a named pipe's header would wait for a writer forever; a device may never end.
  if (!st.isFile()) throw new FactdeskError('not_a_project', `${path} is ${notRegular(st)}, not a Factdesk project`)
  let header
  try {
    header = readHeader(path)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    throw new FactdeskError('io', `cannot read ${path}${code ? ` (${code})` : ''}`)
  }
  const name = basename(path)
  if (header.kind === 'empty') throw new FactdeskError('not_a_project', `${name} is empty, not a Factdesk project`)
  if (header.kind === 'not_sqlite') {
    const hint = extname(path).toLowerCase() === '.factdesk' ? ' (it may be damaged or truncated)' : ''
    throw new FactdeskError('not_a_project', `${name} is not a Factdesk project${hint}`)
  }
  if (header.applicationId !== APPLICATION_ID) {
    throw new FactdeskError(
      'not_a_project',
      `${name} is an SQLite database from another application, not a Factdesk project`
    )
  }
  if ((header.userVersion ?? 0) > SCHEMA_VERSION) throw newerVersion(name, header.userVersion ?? 0)
  const truncated = truncation(path, header)
  if (truncated) throw new FactdeskError('corrupt', `${name} is damaged or truncated: ${truncated}`)
}

/**
 * Spots a cut-off file from its size and header, before SQLite opens it: SQLite would refuse it
 * too, but only after creating a -wal and -shm beside it (or, for a part page, not at all).
 */
function truncation(path: string, header: HeaderInfo): string | null {
  const { pageSize, fileSize, pageCount } = header
  if (!pageSize || fileSize === undefined) return null
  // Pages still in a write-ahead log, or a hot rollback journal, are SQLite's to judge and recover.
  for (const log of [`${path}-wal`, `${path}-journal`]) {
    if (existsSync(log) && statSync(log).size > 0) return null
  }
  if (fileSize % pageSize !== 0) return `${fileSize} bytes is not a whole number of ${pageSize}-byte pages`
  if (pageCount && pageCount * pageSize > fileSize) {
    return `it holds ${fileSize / pageSize} of its ${pageCount} pages`
  }
  return null
}

function newerVersion(name: string, version: number): FactdeskError {
  return new FactdeskError(
    'newer_version',
    `${name} was written by a newer Factdesk (project schema v${version}); this Factdesk reads up to v${SCHEMA_VERSION}`
  )
}

/** A second, read-only connection to an open project, for work off the main thread. */
export function openForReading(path: string, nativeBinding?: string): Database.Database {
  return openReadOnly(resolve(path), nativeBinding)
}

/** Checks the database read-only: nothing is written, so a refused file stays byte-for-byte as it was. */
function verifyReadOnly(path: string, nativeBinding?: string): void {
  let db: Database.Database | undefined
  const name = basename(path)
  const hadSidecars = sidecarsOf(path).filter((f) => existsSync(f))
  try {
    db = openReadOnly(path, nativeBinding)
    const appId = db.pragma('application_id', { simple: true }) as number
    if (appId !== APPLICATION_ID) {
      throw new FactdeskError(
        'not_a_project',
        `${name} is an SQLite database from another application, not a Factdesk project`
      )
    }
    const version = db.pragma('user_version', { simple: true }) as number
    if (version > SCHEMA_VERSION) throw newerVersion(name, version)
    const check = db.pragma('quick_check', { simple: true }) as string
    if (check !== 'ok') throw new FactdeskError('corrupt', `${name} is damaged: ${oneLine(check)}`)
  } catch (e) {
    db?.close()
    db = undefined
    removeOwnSidecars(path, hadSidecars)
    throw toFactdeskError(e, path)
  } finally {
    db?.close()
  }
}

/** SQLite's reports (quick_check, corruption details) can span lines; errors are one line. */
function oneLine(text: string): string {
  const line = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^\*\*\*.*\*\*\*$/.test(l))
    .join('; ')
  return line.length > 300 ? `${line.slice(0, 300)}…` : line
}

export function toFactdeskError(e: unknown, path: string, unwritten = 'was not changed'): FactdeskError {
  if (isOutOfSpace(e, path)) return diskFullError(path, unwritten)
  if (e instanceof FactdeskError) return e
  const raw = e as { code?: string; message?: string }
  const err = { code: raw.code, message: oneLine(raw.message ?? String(e)) }
  const name = basename(path)
  const code = err.code ?? ''
  if (code === 'SQLITE_NOTADB') return new FactdeskError('not_a_project', `${name} is not a Factdesk project`)
  // A header whose read/write version bytes no SQLite knows: damaged, as far as we can tell.
  if (code === 'SQLITE_ERROR' && /unsupported file format/.test(err.message))
    return new FactdeskError('corrupt', `${name} is damaged or truncated: ${err.message}`)
  if (code.startsWith('SQLITE_CORRUPT'))
    return new FactdeskError('corrupt', `${name} is damaged or truncated: ${err.message}`)
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new FactdeskError('locked', `${name} is locked by another program: ${err.message}`)
  }
  if (code === 'SQLITE_READONLY' || code.startsWith('SQLITE_READONLY_')) {
    return new FactdeskError('read_only', `${name} cannot be written: ${err.message}`)
  }
  if (code.startsWith('SQLITE_CANTOPEN')) return new FactdeskError('io', `cannot open ${name}: ${err.message}`)
  if (code.startsWith('SQLITE_IOERR')) return new FactdeskError('io', `cannot read or write ${name}: ${err.message}`)
  return new FactdeskError('internal', `${name}: ${err.message}`)
}
