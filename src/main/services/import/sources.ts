import { constants, readdirSync, statSync, type Stats } from 'node:fs'
import { open } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import { ImportRefusal } from './types'

/** One file to import: a path on disk, or bytes the browser sent. */
export interface ImportItem {
  source: string
  name: string
  size: number
  /** The file's bytes, at most maxBytes of them (a longer file is refused, not cut). */
  read(maxBytes: number): Uint8Array | Promise<Uint8Array>
}

/**
 * Expands paths: folders recursively (hidden files and folders left out), files as they are.
 * Only regular files are imported: /dev/zero never ends, and a named pipe blocks the reader
 * until someone writes to it, so those are refused by what stat says, before anything opens them.
 */
export function expandPaths(paths: string[]): { items: ImportItem[]; missing: { source: string; error: string }[] } {
  const items: ImportItem[] = []
  const missing: { source: string; error: string }[] = []
  const addFile = (path: string, size: number) =>
    items.push({ source: path, name: basename(path), size, read: (max) => readRegularFile(path, max) })
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))
    for (const e of entries) {
      if (e.name.startsWith('.')) continue
      const p = join(dir, e.name)
      if (e.isDirectory()) walk(p)
      else if (e.isFile()) addFile(p, statSync(p).size)
    }
  }
  for (const raw of paths) {
    const path = resolve(raw)
    try {
      // stat follows links, so a link to a regular file is one, and a link to a pipe is not.
      const st = statSync(path)
      if (st.isDirectory()) walk(path)
      else if (st.isFile()) addFile(path, st.size)
      else missing.push({ source: raw, error: notRegular(st) })
    } catch (e) {
      missing.push({ source: raw, error: pathError(e) })
    }
  }
  return { items, missing }
}

/** The one-line reason a path could not be read, by its error code. */
export function pathError(e: unknown): string {
  switch ((e as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'no such file or folder'
    case 'ELOOP':
      return 'too many levels of symbolic links (a link loop?)'
    case 'ENAMETOOLONG':
      return 'the name is too long for the file system'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder'
    default:
      return (e as Error).message.split('\n')[0]
  }
}

export function notRegular(st: Stats): string {
  const what = st.isFIFO()
    ? 'a named pipe'
    : st.isCharacterDevice() || st.isBlockDevice()
      ? 'a device'
      : st.isSocket()
        ? 'a socket'
        : 'not a file'
  return `not a regular file (${what})`
}

/**
 * Reads a file that must still be a regular one when opened (it may have been swapped since it
 * was listed): opened non-blocking, so a pipe put in its place cannot stall the open, then
 * checked with fstat on that descriptor, then read up to maxBytes + 1. The read runs on libuv's
 * threads, off the main thread.
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<Uint8Array> {
  let fh
  try {
    fh = await open(path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (e) {
    throw new ImportRefusal('failed', pathError(e))
  }
  try {
    const st = await fh.stat()
    if (!st.isFile()) throw new ImportRefusal('failed', notRegular(st))
    if (st.size > maxBytes) throw tooLarge(maxBytes, st.size)
    const buf = new Uint8Array(Math.min(st.size, maxBytes) + 1)
    let got = 0
    for (;;) {
      const { bytesRead } = await fh.read(buf, got, buf.length - got, got)
      if (bytesRead === 0) break
      got += bytesRead
      // A file that grew past the limit since fstat is refused too.
      if (got > maxBytes) throw tooLarge(maxBytes, got)
    }
    return buf.subarray(0, got)
  } finally {
    await fh.close()
  }
}

export const tooLarge = (maxBytes: number, size: number) =>
  new ImportRefusal('failed', `larger than the ${formatMb(maxBytes)} import limit (${formatMb(size)})`)

const formatMb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 0)} MB`
