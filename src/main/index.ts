/**
 * The Electron entry: windows, menus, dialogs and IPC. Everything it does with a project goes
 * through the same services and dispatcher as browser mode and the CLI.
 */
import { app, dialog, ipcMain } from 'electron'
import { existsSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CHANNELS } from '../shared/contract'
import { fail } from '../shared/result'
import { registerAppScheme, serveRenderer } from './electron/appProtocol'
import { hardenContents, hardenSession, isTrustedUrl } from './electron/hardening'
import { OpenRequests, checkProjectPath, projectFromArgv } from './electron/openRequests'
import { buildMenu } from './electron/menu'
import { electronNativeBinding, hasElectronNativeBinding } from './electron/nativeBinding'
import { WindowRegistry, type ProjectWindow } from './electron/windows'
import { appVersion, findAppRoot, rendererDir, resourcesDir } from './paths'
import { dispatch } from './services/dispatch'
import { prewarmParser } from './services/import/parser'
import { AppConfig, projectsFolderIn } from './services/appConfig'
import { RecentList } from './services/recent'

const appRoot = findAppRoot(dirname(fileURLToPath(import.meta.url)))
const recent = RecentList.inConfigDir()

const openRequests = new OpenRequests()

if (!app.requestSingleInstanceLock()) {
  // A second launch hands its file to the first instance (see 'second-instance') and leaves.
  app.quit()
} else {
  // macOS sends open-file before 'ready' when a double-click starts the app.
  app.on('open-file', (event, path) => {
    event.preventDefault()
    openRequests.request(path)
  })
  registerAppScheme()
  void main()
}

async function main(): Promise<void> {
  await app.whenReady()
  if (!hasElectronNativeBinding(appRoot)) {
    dialog.showErrorBox(
      'Factdesk cannot start',
      `The database module for Electron is missing (${electronNativeBinding(appRoot)}). Run "npm run electron:native" or "npm start".`
    )
    app.quit()
    return
  }
  hardenSession()
  serveRenderer(rendererDir(appRoot))
  app.on('web-contents-created', (_e, contents) => hardenContents(contents))

  const registry = new WindowRegistry({
    appRoot,
    version: appVersion(appRoot),
    resourcesDir: resourcesDir(appRoot),
    nativeBinding: electronNativeBinding(appRoot),
    recent,
    appConfig: AppConfig.inConfigDir(),
    projectsFolder: projectsFolderIn(app.getPath('documents'))
  })

  for (const channel of CHANNELS) {
    ipcMain.handle(`factdesk:${channel}`, async (event, input: unknown) => {
      // Only our own pages, in a window we made, may call the services.
      if (!isTrustedUrl(event.senderFrame?.url)) return fail('invalid_input', 'untrusted sender')
      const pw = registry.forSender(event)
      if (!pw) return fail('invalid_input', 'unknown window')
      const result = await dispatch(pw.handlers, channel, input)
      if (channel.startsWith('project.') || channel === 'settings.update') refreshMenu()
      return result
    })
  }

  const openInWindow = (chosen: string) => {
    const checked = checkProjectPath(chosen)
    if (!checked.ok) {
      dialog.showErrorBox('Cannot open project', checked.message)
      return
    }
    const file = checked.path
    if (registry.focusProject(file)) return
    const target = registry.all().find((p) => !p.ws.isOpen) ?? registry.create()
    try {
      target.ws.open(file)
      registry.notifyProjectChanged(target)
      target.win.focus()
    } catch (e) {
      dialog.showErrorBox('Cannot open project', (e as Error).message)
    }
    refreshMenu()
  }

  const actions = {
    newProject: () => {
      const pw = registry.all().find((p) => !p.ws.isOpen) ?? registry.create()
      pw.win.focus()
    },
    openProject: async () => {
      const r = await dialog.showOpenDialog({
        title: 'Open project',
        properties: ['openFile'],
        filters: [{ name: 'Factdesk projects', extensions: ['factdesk'] }]
      })
      if (!r.canceled && r.filePaths[0]) openInWindow(r.filePaths[0])
    },
    openFile: openInWindow,
    saveAs: async (pw: ProjectWindow) => {
      if (!pw.ws.isOpen) return
      const r = await dialog.showSaveDialog(pw.win, {
        title: 'Save a copy as',
        filters: [{ name: 'Factdesk projects', extensions: ['factdesk'] }]
      })
      if (r.canceled || !r.filePath) return
      try {
        // The native dialog has already asked about replacing an existing file.
        await pw.ws.saveAs(r.filePath, existsSync(r.filePath))
        registry.notifyProjectChanged(pw)
      } catch (e) {
        dialog.showErrorBox('Save As failed', (e as Error).message)
      }
      refreshMenu()
    },
    closeProject: (pw: ProjectWindow) => {
      if (pw.ws.isOpen) {
        pw.ws.close()
        registry.notifyProjectChanged(pw)
        refreshMenu()
      } else pw.win.close()
    },
    editStep: (pw: ProjectWindow, step: 'undo' | 'redo') => registry.sendEditStep(pw, step)
  }
  const refreshMenu = () => buildMenu(registry, recent, actions)
  refreshMenu()

  app.on('second-instance', (_e, argv, workingDirectory) => {
    const file = projectFromArgv(argv, workingDirectory)
    if (file) openInWindow(file)
    else (registry.focused() ?? registry.all()[0] ?? registry.create()).win.focus()
  })
  app.on('activate', () => {
    if (registry.all().length === 0) registry.create()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  const first = projectFromArgv(process.argv, process.cwd())
  const pw = registry.create()
  if (first) openInWindow(first)
  openRequests.ready(openInWindow)
  // Once the window is up, an import worker starts, so the first import does not wait for one.
  pw.win.once('ready-to-show', () => void prewarmParser())
}
