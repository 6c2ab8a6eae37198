import { existsSync, rmSync, statfsSync, statSync } from 'node:fs'
import { basename, dirname } from 'node:path'
import { FactdeskError } from '../../shared/result'

/**
 * A full disk shows up under many names: ENOSPC or EDQUOT from Node, SQLITE_FULL from a write,
 * and from SQLite growing its -shm or -wal an I/O, read-only or cannot-open error. All of them
 * get one message, "the disk is full", when the folder's file system has no room left.
 */
const LOW_WATER_BYTES = 64 * 1024

export function freeBytes(dir: string): number {
  try {
    const s = statfsSync(dir)
    return s.bavail * s.bsize
  } catch {
    return Infinity
  }
}

export function isOutOfSpace(e: unknown, path: string): boolean {
  if (e instanceof FactdeskError) return e.message.startsWith('the disk is full')
  const code = (e as { code?: string } | null)?.code ?? ''
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return true
  return /^SQLITE_(IOERR|READONLY|CANTOPEN)/.test(code) && freeBytes(dirname(path)) < LOW_WATER_BYTES
}

export function diskFullError(path: string, what = 'was not changed'): FactdeskError {
  return new FactdeskError('io', `the disk is full; ${basename(path)} ${what}`)
}

const SIDECARS = ['-wal', '-shm', '-journal']

/** Which of SQLite's side files exist now, so a failed open can remove only those it made. */
export function sidecarsNow(path: string): Set<string> {
  return new Set(SIDECARS.filter((s) => existsSync(path + s)))
}

/** Removes side files that were not there before and hold nothing (an empty -wal, a stub -shm). */
export function removeNewSidecars(path: string, before: Set<string>): void {
  for (const s of SIDECARS) {
    if (before.has(s) || !existsSync(path + s)) continue
    try {
      if (s === '-shm' || statSync(path + s).size === 0) rmSync(path + s, { force: true })
    } catch {
      /* gone already */
    }
  }
}
