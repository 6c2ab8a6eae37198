import type { Channel } from '../../shared/contract'
import { articleHandlers } from './handlers/articles'
import { editorialHandlers } from './handlers/editorial'
import { exportHandlers } from './handlers/export'
import { layoutHandlers } from './handlers/layout'
import { matchingHandlers } from './handlers/matching'
import { libraryHandlers } from './handlers/library'
import { projectHandlers } from './handlers/project'
import type { AppMeta, HandlerFor } from './handlers/types'
import type { ShellHooks } from './shellHooks'
import type { Workspace } from './workspace'

export type { AppMeta } from './handlers/types'

/** Every channel's handler; the type makes a channel without a handler a compile error. */
export type Handlers = { [C in Channel]: HandlerFor<C> }

export function createHandlers(ws: Workspace, meta: AppMeta, shell: ShellHooks | null = null): Handlers {
  const deps = { ws, meta, shell }
  return {
    ...projectHandlers(deps),
    ...articleHandlers(deps),
    ...editorialHandlers(deps),
    ...libraryHandlers(deps),
    ...exportHandlers(deps),
    ...matchingHandlers(deps),
    ...layoutHandlers(deps)
  }
}
