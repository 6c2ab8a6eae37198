import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'
import type { RecentProject } from '../../shared/domain'

const MAX_RECENT = 12

/** Where per-user state lives: FACTDESK_CONFIG_DIR (tests) or the platform's config folder. */
export function defaultConfigDir(): string {
  if (process.env.FACTDESK_CONFIG_DIR) return process.env.FACTDESK_CONFIG_DIR
  if (process.platform === 'win32') return join(process.env.APPDATA ?? homedir(), 'Factdesk')
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Factdesk')
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'factdesk')
}

/** The recent-projects list, a small JSON file written atomically. */
export class RecentList {
  constructor(private readonly file: string) {}

  static inConfigDir(dir = defaultConfigDir()): RecentList {
    return new RecentList(join(dir, 'recent.json'))
  }

  list(): RecentProject[] {
    let entries: Omit<RecentProject, 'exists'>[] = []
    try {
      const parsed: unknown = JSON.parse(readFileSync(this.file, 'utf8'))
      if (Array.isArray(parsed)) {
        entries = parsed.filter(
          (e): e is Omit<RecentProject, 'exists'> =>
            typeof e?.file === 'string' && typeof e?.title === 'string' && typeof e?.openedAt === 'string'
        )
      }
    } catch {
      // A missing or unreadable list is an empty one; it is rewritten on the next open.
    }
    return entries.map((e) => ({ ...e, exists: existsSync(e.file) }))
  }

  add(file: string, title: string): void {
    const next = [
      { file, title, openedAt: new Date().toISOString() },
      ...this.list()
        .filter((e) => e.file !== file)
        .map(({ file: f, title: t, openedAt }) => ({ file: f, title: t, openedAt }))
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
