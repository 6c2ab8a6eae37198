/**
 * The logic behind opening a .factdesk file handed to the app from outside: the first start's
 * process.argv, a second launch ('second-instance') and macOS 'open-file'. Plain functions, no
 * Electron import, so unit tests call them; main/index.ts only wires the events to them.
 */
import { extname, isAbsolute, resolve } from 'node:path'
import { notRegular, statOrRefuse } from '../store/fileKind'

export const PROJECT_EXTENSION = '.factdesk'

/**
 * The project file named on a command line, resolved against the directory it was typed in
 * (a second launch reports its own working directory). Switches such as Chromium's
 * --allow-file-access-from-files are skipped, and so is argv[0], the executable.
 */
export function projectFromArgv(argv: readonly string[], cwd: string): string | null {
  const file = argv.slice(1).find((a) => !a.startsWith('-') && extname(a).toLowerCase() === PROJECT_EXTENSION)
  if (!file) return null
  return isAbsolute(file) ? resolve(file) : resolve(cwd, file)
}

export type CheckedPath = { ok: true; path: string } | { ok: false; message: string }

/**
 * A path from the file manager is checked like one the user picked in a dialog: it must name an
 * existing regular file ending in .factdesk. Opening then validates the file's format itself.
 */
export function checkProjectPath(path: string): CheckedPath {
  if (!path || path.includes('\0')) return { ok: false, message: 'the file name is empty or not valid' }
  if (!isAbsolute(path)) return { ok: false, message: `${path}: not an absolute path` }
  if (extname(path).toLowerCase() !== PROJECT_EXTENSION)
    return { ok: false, message: `${path}: not a Factdesk project (.factdesk)` }
  try {
    const st = statOrRefuse(path)
    if (!st.isFile()) return { ok: false, message: `${path}: ${notRegular(st)}` }
  } catch (e) {
    return { ok: false, message: (e as Error).message }
  }
  return { ok: true, path: resolve(path) }
}

/**
 * open-file can fire before the app is ready (macOS starts the app with it); requests wait here
 * until the windows exist, then each goes to the handler in the order it came.
 */
export class OpenRequests {
  private pending: string[] = []
  private handler: ((path: string) => void) | null = null

  request(path: string): void {
    if (this.handler) this.handler(path)
    else this.pending.push(path)
  }

  /** From now on requests go straight to `handler`; the ones that waited go first. */
  ready(handler: (path: string) => void): void {
    this.handler = handler
    const waiting = this.pending
    this.pending = []
    for (const p of waiting) handler(p)
  }
}
