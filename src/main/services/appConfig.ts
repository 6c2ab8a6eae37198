import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { defaultConfigDir } from './recent'

const PROJECT_EXTENSION = '.factdesk'

/**
 * The user's documents folder: on Linux what `xdg-user-dir DOCUMENTS` says (it answers the home
 * folder itself when none is set up, which is not a documents folder), else ~/Documents. Electron
 * knows better (the Windows known folder) and passes `app.getPath('documents')` instead.
 */
export function documentsDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform
): string {
  const home = env.HOME || env.USERPROFILE || homedir()
  if (platform === 'linux') {
    try {
      const dir = execFileSync('xdg-user-dir', ['DOCUMENTS'], { env, encoding: 'utf8', timeout: 2000 }).trim()
      if (dir && isAbsolute(dir) && resolve(dir) !== resolve(home)) return dir
    } catch {
      // No xdg-user-dir (a minimal system): the usual folder below.
    }
  }
  return join(home, 'Documents')
}

/** Where the app and browser mode put a new project typed as a bare name. */
export const projectsFolderIn = (documents: string): string => join(documents, 'Factdesk')

/**
 * The file a new project typed as `input` goes to: a bare name ("Bridge story") into the
 * projects folder, a path as it is; ".factdesk" added where missing. With no folder (the CLI),
 * a bare name stays relative to the working directory, as a command-line user expects.
 */
export function resolveProjectPath(input: string, folder: string | null, home = homedir()): string {
  const typed = input.trim()
  let path: string
  if (/^~(?=$|[\\/])/.test(typed)) path = join(home, typed.slice(1))
  else if (folder && !/[\\/]/.test(typed)) path = join(folder, typed)
  else path = resolve(typed)
  return path.toLowerCase().endsWith(PROJECT_EXTENSION) ? path : `${path}${PROJECT_EXTENSION}`
}

interface ConfigData {
  editorName?: string
}

/** App-wide preferences (not a project's): a small JSON file beside the recent list. */
export class AppConfig {
  constructor(private readonly file: string) {}

  static inConfigDir(dir = defaultConfigDir()): AppConfig {
    return new AppConfig(join(dir, 'config.json'))
  }

  private read(): ConfigData {
    try {
      const parsed: unknown = JSON.parse(readFileSync(this.file, 'utf8'))
      return parsed && typeof parsed === 'object' ? (parsed as ConfigData) : {}
    } catch {
      return {}
    }
  }

  /** The name the editor gave, or null until they have given one. */
  editorName(): string | null {
    const name = this.read().editorName
    return typeof name === 'string' && name.trim() ? name.trim() : null
  }

  setEditorName(name: string): void {
    const next = { ...this.read(), editorName: name.trim() }
    mkdirSync(dirname(this.file), { recursive: true })
    const tmp = `${this.file}.${process.pid}.tmp`
    writeFileSync(tmp, JSON.stringify(next, null, 2))
    renameSync(tmp, this.file)
  }
}
