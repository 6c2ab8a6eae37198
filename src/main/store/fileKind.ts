import { existsSync, statSync, unlinkSync, type Stats } from 'node:fs'
import { FactdeskError } from '../../shared/result'

/** stat, with a reason that says why: a link loop or an overlong name is not "no such file". */
export function statOrRefuse(path: string): Stats {
  try {
    return statSync(path)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new FactdeskError('not_found', `no such file: ${path}`)
    if (code === 'ELOOP') throw new FactdeskError('not_found', `${path}: too many levels of symbolic links`)
    if (code === 'ENAMETOOLONG') throw new FactdeskError('not_found', `${path}: the name is too long`)
    throw new FactdeskError('io', `cannot read ${path}${code ? ` (${code})` : ''}`)
  }
}

export function notRegular(st: Stats): string {
  if (st.isFIFO()) return 'a named pipe'
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device'
  if (st.isSocket()) return 'a socket'
  return 'not a regular file'
}

export const sidecarsOf = (path: string) => [`${path}-wal`, `${path}-shm`]

/**
 * A read-only connection to a WAL file makes an empty -wal and a -shm beside it and, being
 * read-only, cannot remove them on close. A refused file must be left with nothing new beside
 * it, so the ones this check made are removed (a -wal only while empty: nothing was written).
 */
export function removeOwnSidecars(path: string, hadBefore: string[]): void {
  const [wal, shm] = sidecarsOf(path)
  try {
    if (!hadBefore.includes(wal) && existsSync(wal) && statSync(wal).size === 0) unlinkSync(wal)
    if (!hadBefore.includes(shm) && !existsSync(wal) && existsSync(shm)) unlinkSync(shm)
  } catch {
    // Best effort: the refusal is what matters.
  }
}
