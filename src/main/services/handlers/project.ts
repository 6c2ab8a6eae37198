import { FactdeskError } from '../../../shared/result'
import { getSettings, updateSettings } from '../settings'
import type { DomainHandlers, HandlerDeps } from './types'

function noDialogs(): never {
  throw new FactdeskError('unsupported', 'native file dialogs exist only in the desktop app')
}

export function projectHandlers({
  ws,
  meta,
  shell
}: HandlerDeps): DomainHandlers<'app' | 'project' | 'dialog' | 'settings'> {
  return {
    'app.info': () => meta,
    'project.current': () => ws.info(),
    'project.create': ({ file, title }) => ws.create(file, title),
    'project.open': ({ file }) => {
      if (shell?.focusWindowWithProject(file)) {
        throw new FactdeskError(
          'conflict',
          `${file} is already open in another window, which has been brought to the front`
        )
      }
      return ws.open(file)
    },
    'project.openSample': () => ws.openSample(),
    'project.close': () => {
      ws.close()
      return null
    },
    'project.saveAs': ({ file, overwrite }) => ws.saveAs(file, overwrite),
    'project.recent': () => ws.options.recent?.list() ?? [],
    'dialog.pickProjectToOpen': async () => ({ file: shell ? await shell.pickProjectToOpen() : noDialogs() }),
    'dialog.pickProjectToCreate': async ({ defaultName }) => ({
      file: shell ? await shell.pickProjectToCreate(defaultName ?? 'Untitled.factdesk') : noDialogs()
    }),
    'settings.get': () => ws.read(getSettings),
    'settings.update': (patch) =>
      ws.write(
        ({ db, editor, at }) => {
          updateSettings(db, patch, editor, at)
          return getSettings(db)
        },
        { label: 'Change settings' }
      )
  }
}
