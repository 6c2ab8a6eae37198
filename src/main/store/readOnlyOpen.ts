import Database from 'better-sqlite3'
import { accessSync, constants, copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { syncLikeWriter } from './durability'
import { isOutOfSpace, removeNewSidecars, sidecarsNow } from './fullDisk'

/**
 * A read-only connection. A WAL-mode file in a folder this user may not write to (a read-only
 * mount, a colleague's folder, a locked-down share) cannot get its -shm beside it: as root SQLite
 * says SQLITE_CANTOPEN, as anyone else SQLITE_READONLY_DIRECTORY. Such a project is read from an
 * in-memory snapshot instead, which is all a read-only view needs. (SQLite's `immutable=1` URI
 * would avoid the copy, but better-sqlite3 is built with SQLITE_USE_URI=0 and no URI open flag.)
 */
export function openReadOnly(path: string, nativeBinding?: string): Database.Database {
  let db: Database.Database | undefined
  const sidecars = sidecarsNow(path)
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, nativeBinding })
    // SQLite opens lazily: the -shm it cannot create only fails the first read.
    db.pragma('schema_version')
    syncLikeWriter(db)
    return db
  } catch (e) {
    db?.close()
    const code = (e as { code?: string }).code ?? ''
    // A full disk cannot take the -shm either; reading must still work there.
    const full = isOutOfSpace(e, path)
    if (!full && (!(code === 'SQLITE_CANTOPEN' || code.startsWith('SQLITE_READONLY')) || folderWritable(path))) throw e
    removeNewSidecars(path, sidecars)
    return snapshot(path, nativeBinding)
  }
}

export function folderWritable(path: string): boolean {
  try {
    accessSync(dirname(path), constants.W_OK)
    return true
  } catch {
    return false
  }
}

function snapshot(path: string, nativeBinding?: string): Database.Database {
  const wal = `${path}-wal`
  if (!existsSync(wal) || statSync(wal).size === 0) return fromImage(readFileSync(path), nativeBinding)
  // Edits still in the -wal: fold them in inside a private temp folder, where SQLite can make its -shm.
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-ro-'))
  try {
    const copy = join(dir, 'project')
    copyFileSync(path, copy)
    copyFileSync(wal, `${copy}-wal`)
    const db = new Database(copy, { readonly: true, fileMustExist: true, nativeBinding })
    try {
      return fromImage(db.serialize(), nativeBinding)
    } finally {
      db.close()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function fromImage(image: Buffer, nativeBinding?: string): Database.Database {
  // Header bytes 18-19 say "WAL"; an in-memory copy has no WAL, so mark it a rollback-journal file.
  if (image.length >= 20 && image[18] === 2) image[18] = image[19] = 1
  const db = new Database(image, { readonly: true, nativeBinding })
  syncLikeWriter(db)
  return db
}
