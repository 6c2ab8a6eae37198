import { FactdeskError } from '../../../shared/result'
import type { AppPrefs } from '../../../shared/domain'
import { getSettings, updateSettings } from '../settings'
import { defaultEditorName, type Workspace } from '../workspace'
import type { DomainHandlers, HandlerDeps } from './types'

function appPrefs(ws: Workspace): AppPrefs {
  return {
    editorName: ws.options.appConfig?.editorName() ?? null,
    suggestedEditorName: defaultEditorName(),
    projectsFolder: ws.options.projectsFolder ?? null
  }
}

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
    'app.prefs': () => appPrefs(ws),
    'app.setEditorName': ({ editorName }) => {
      if (!ws.options.appConfig)
        throw new FactdeskError('unsupported', 'app preferences are kept by the app and browser mode only')
      ws.options.appConfig.setEditorName(editorName)
      return appPrefs(ws)
    },
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
    'settings.update': (patch) => {
      const settings = ws.write(
        ({ db, editor, at }) => {
          updateSettings(db, patch, editor, at)
          return getSettings(db)
        },
        { label: 'Change settings' }
      )
      // The editor's name is theirs, not the project's: the next new project takes it too.
      if (patch.editorName) ws.options.appConfig?.setEditorName(patch.editorName)
      return settings
    }
  }
}
