import { closeSync, fstatSync, openSync, readSync } from 'node:fs'

/** "FDSK" as a 32-bit integer: the value of PRAGMA application_id in every Factdesk project. */
export const APPLICATION_ID = 0x4644534b
export const PROJECT_EXTENSION = '.factdesk'

const SQLITE_MAGIC = 'SQLite format 3\u0000'

export interface HeaderInfo {
  kind: 'empty' | 'not_sqlite' | 'sqlite'
  size: number
  applicationId?: number
  userVersion?: number
  /** Size of the whole file in bytes. */
  fileSize?: number
  pageSize?: number
  /** The page count recorded in the header, when SQLite would trust it; null otherwise. */
  pageCount?: number | null
}

/**
 * Reads the SQLite header without handing the file to SQLite, so a file that is not ours is
 * judged and refused without a single byte of it (or a -wal/-shm beside it) being written.
 */
export function readHeader(file: string): HeaderInfo {
  const fd = openSync(file, 'r')
  try {
    const buf = Buffer.alloc(100)
    const size = readSync(fd, buf, 0, 100, 0)
    const fileSize = fstatSync(fd).size
    if (size === 0) return { kind: 'empty', size }
    if (size < 100 || buf.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
      return { kind: 'not_sqlite', size }
    }
    const rawPageSize = buf.readUInt16BE(16)
    const pageCount = buf.readUInt32BE(28)
    // SQLite trusts the in-header page count only when the change counter matches version-valid-for.
    const countValid = pageCount > 0 && buf.readUInt32BE(24) === buf.readUInt32BE(92)
    return {
      kind: 'sqlite',
      size,
      userVersion: buf.readUInt32BE(60),
      applicationId: buf.readUInt32BE(68),
      fileSize,
      pageSize: rawPageSize === 1 ? 65536 : rawPageSize,
      pageCount: countValid ? pageCount : null
    }
  } finally {
    closeSync(fd)
  }
}
