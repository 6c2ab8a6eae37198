import { existsSync, mkdirSync, readFileSync, realpathSync, renameSync, writeFileSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { dirname, isAbsolute, join, relative, resolve } from 'node:path'
import type { RecentProject } from '../../shared/domain'

const MAX_RECENT = 12

/** Where per-user state lives: FACTDESK_CONFIG_DIR (tests) or the platform's config folder. */
export function defaultConfigDir(): string {
  if (process.env.FACTDESK_CONFIG_DIR) return process.env.FACTDESK_CONFIG_DIR
  if (process.platform === 'win32') return join(process.env.APPDATA ?? homedir(), 'Factdesk')
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Factdesk')
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'factdesk')
}

type Stored = Omit<RecentProject, 'missing'>

/** Whether a path lies in the OS temp folder, where tests and other programs keep throwaway files. */
export function isTemporary(file: string): boolean {
  const rel = relative(realOrSelf(tmpdir()), realOrSelf(dirname(resolve(file))))
  return !rel.startsWith('..') && !isAbsolute(rel)
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return path
  }
}

/** The recent-projects list, a small JSON file written atomically. */
export class RecentList {
  constructor(private readonly file: string) {}

  static inConfigDir(dir = defaultConfigDir()): RecentList {
    return new RecentList(join(dir, 'recent.json'))
  }

  /** Newest first: the order is by when each was last opened, whichever process wrote it. */
  list(): RecentProject[] {
    let entries: Stored[] = []
    try {
      const parsed: unknown = JSON.parse(readFileSync(this.file, 'utf8'))
      if (Array.isArray(parsed)) {
        entries = parsed.filter(
          (e): e is Stored =>
            typeof e?.file === 'string' && typeof e?.title === 'string' && typeof e?.openedAt === 'string'
        )
      }
    } catch {
      // A missing or unreadable list is an empty one; it is rewritten on the next open.
    }
    return entries
      .map(({ file, title, openedAt }) => ({
        file,
        title,
        openedAt,
        ...(existsSync(file) ? {} : { missing: true as const })
      }))
      .sort((a, b) => (a.openedAt < b.openedAt ? 1 : a.openedAt > b.openedAt ? -1 : 0))
  }

  add(file: string, title: string): void {
    const next = [
      { file, title, openedAt: new Date().toISOString() },
      ...this.list()
        .filter((e) => e.file !== file)
        .map(({ file: f, title: t, openedAt }): Stored => ({ file: f, title: t, openedAt }))
    ].slice(0, MAX_RECENT)
    try {
      mkdirSync(dirname(this.file), { recursive: true })
      const tmp = `${this.file}.${process.pid}.tmp`
      writeFileSync(tmp, JSON.stringify(next, null, 2))
      renameSync(tmp, this.file)
    } catch {
      // Failing to remember a recent file must never stop the editor from working.
    }
  }
}
