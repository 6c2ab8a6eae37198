import { randomUUID } from 'node:crypto'
import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs'
import { hostname } from 'node:os'
import { dirname } from 'node:path'
import { FactdeskError } from '../../shared/result'
import { diskFullError } from './fullDisk'

export interface LockOwner {
  pid: number
  host: string
  via: string
  since: string
  token: string
}

export function lockPathFor(file: string): string {
  return `${file}.lock`
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

const UNREADABLE_LOCK_GRACE_MS = 5_000

function lockAgeMs(lockPath: string): number {
  try {
    return Date.now() - statSync(lockPath).mtimeMs
  } catch {
    return Infinity
  }
}

function sleepMs(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

function readOwner(lockPath: string): LockOwner | null {
  try {
    return JSON.parse(readFileSync(lockPath, 'utf8')) as LockOwner
  } catch {
    return null
  }
}

export function describeOwner(owner: LockOwner): string {
  const where = owner.host === hostname() ? `process ${owner.pid}` : `process ${owner.pid} on ${owner.host}`
  return `${owner.via} (${where}, since ${owner.since})`
}

/**
 * One writer per project. SQLite's own locks last one transaction; this lock lasts as long as a
 * window, server or command holds the project for writing. A lock left by a process that died
 * on this machine is taken over.
 */
export class WriterLock {
  private constructor(
    private readonly lockPath: string,
    private readonly token: string
  ) {}

  static acquire(file: string, via: string): WriterLock {
    const lockPath = lockPathFor(file)
    const owner: LockOwner = {
      pid: process.pid,
      host: hostname(),
      via,
      since: new Date().toISOString(),
      token: randomUUID()
    }
    for (let attempt = 0; attempt < 3; attempt++) {
      let fd: number
      try {
        fd = openSync(lockPath, 'wx')
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code
        if (code === 'EEXIST') {
          const existing = readOwner(lockPath)
          // An unreadable lock may be one another process has created but not yet written:
          // only one older than a few seconds counts as abandoned.
          const stale =
            existing === null
              ? lockAgeMs(lockPath) > UNREADABLE_LOCK_GRACE_MS
              : existing.host === hostname() && !isAlive(existing.pid)
          if (stale) {
            try {
              unlinkSync(lockPath)
            } catch {
              /* another process took it over first; try again */
            }
            continue
          }
          if (existing === null) {
            if (attempt < 2) {
              sleepMs(100)
              continue
            }
            throw new FactdeskError('locked', `${file} is being opened by another program right now; try again`)
          }
          throw new FactdeskError('locked', `already open in ${describeOwner(existing)}`)
        }
        if (code === 'ENOSPC' || code === 'EDQUOT') throw diskFullError(file)
        if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM') {
          throw new FactdeskError('read_only', `the folder ${dirname(file)} cannot be written (${code}); edits are off`)
        }
        throw new FactdeskError('io', `cannot lock ${file}: ${(e as Error).message}`)
      }
      let failed: NodeJS.ErrnoException | null = null
      try {
        writeSync(fd, JSON.stringify(owner))
      } catch (e) {
        failed = e as NodeJS.ErrnoException
      } finally {
        closeSync(fd)
      }
      if (failed) {
        // An empty lock would block the retry for its grace period: never leave one behind.
        unlinkSync(lockPath)
        if (failed.code === 'ENOSPC' || failed.code === 'EDQUOT') throw diskFullError(file)
        throw new FactdeskError('io', `cannot lock ${file}: ${failed.message}`)
      }
      return new WriterLock(lockPath, owner.token)
    }
    throw new FactdeskError('locked', `cannot lock ${file}: another process keeps taking the lock`)
  }

  static owner(file: string): LockOwner | null {
    const owner = readOwner(lockPathFor(file))
    if (!owner) return null
    if (owner.host === hostname() && !isAlive(owner.pid)) return null
    return owner
  }

  release(): void {
    if (readOwner(this.lockPath)?.token !== this.token) return
    try {
      unlinkSync(this.lockPath)
    } catch {
      /* already gone */
    }
  }
}
