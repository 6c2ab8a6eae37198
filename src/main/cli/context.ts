import { fileURLToPath } from 'node:url'
import { dirname } from 'node:path'
import type { Channel, OutputOf, ParsedInputOf } from '../../shared/contract'
import { dispatch, setSlowCallReporter } from '../services/dispatch'
import { createHandlers, type Handlers } from '../services/handlers'
import { AppConfig, documentsDir, projectsFolderIn } from '../services/appConfig'
import { RecentList } from '../services/recent'
import { Workspace } from '../services/workspace'
import { appVersion, findAppRoot, resourcesDir } from '../paths'
import { CliFailure } from './cliError'

export const APP_ROOT = findAppRoot(dirname(fileURLToPath(import.meta.url)))
export const VERSION = appVersion(APP_ROOT)

export interface Io {
  out: (s: string) => void
  err: (s: string) => void
}

export interface CliSession {
  ws: Workspace
  handlers: Handlers
  call<C extends Channel>(channel: C, input: ParsedInputOf<C> | Record<string, never>): Promise<OutputOf<C>>
}

export function openSession(via: string, shell: 'browser' | 'electron' = 'browser', remember = false): CliSession {
  // Browser mode keeps the slow-call log (it is a long-running server); one-shot commands do not.
  if (via !== 'factdesk serve') setSlowCallReporter(null)
  const ws = new Workspace({
    via,
    resourcesDir: resourcesDir(APP_ROOT),
    recent: remember ? RecentList.inConfigDir() : null,
    // Browser mode (the one command that remembers) behaves as the app does; one-shot commands
    // keep a bare name relative to the working directory and the OS login as the editor.
    appConfig: remember ? AppConfig.inConfigDir() : null,
    projectsFolder: remember ? projectsFolderIn(documentsDir()) : null
  })
  const handlers = createHandlers(ws, { version: VERSION, shell })
  return {
    ws,
    handlers,
    // The CLI goes through the same validated dispatcher as the other transports.
    async call(channel, input) {
      const r = await dispatch(handlers, channel, input)
      if (!r.ok) throw new CliFailure(r.error.message)
      return r.value as never
    }
  }
}
