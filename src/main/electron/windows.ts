import { BrowserWindow, dialog, type IpcMainInvokeEvent } from 'electron'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { AppConfig } from '../services/appConfig'
import { createHandlers, type Handlers } from '../services/handlers'
import type { RecentList } from '../services/recent'
import type { ShellHooks } from '../services/shellHooks'
import { Workspace } from '../services/workspace'
import { exportHooks } from './exportHooks'
import { APP_ORIGIN, hardenContents } from './hardening'
import { lookupPool } from '../services/matching/lookupPool'
import { startSearchWorker } from '../services/search/pool'

export interface ShellConfig {
  appRoot: string
  version: string
  resourcesDir: string
  nativeBinding: string
  recent: RecentList
  appConfig: AppConfig
  /** Documents/Factdesk, from the OS's own documents folder. */
  projectsFolder: string
}

export interface ProjectWindow {
  win: BrowserWindow
  ws: Workspace
  handlers: Handlers
}

/** One window per project; each window owns its workspace and so its project file. */
export class WindowRegistry {
  private readonly byContents = new Map<number, ProjectWindow>()

  constructor(private readonly config: ShellConfig) {}

  all(): ProjectWindow[] {
    return [...this.byContents.values()]
  }

  forSender(event: IpcMainInvokeEvent): ProjectWindow | undefined {
    return this.byContents.get(event.sender.id)
  }

  focused(): ProjectWindow | undefined {
    const win = BrowserWindow.getFocusedWindow()
    return win ? this.byContents.get(win.webContents.id) : undefined
  }

  withProject(file: string): ProjectWindow | undefined {
    return this.all().find((pw) => pw.ws.file === file)
  }

  focusProject(file: string, except?: ProjectWindow): boolean {
    const pw = this.all().find((p) => p !== except && p.ws.file === file)
    if (!pw) return false
    if (pw.win.isMinimized()) pw.win.restore()
    pw.win.focus()
    return true
  }

  create(): ProjectWindow {
    const win = new BrowserWindow({
      width: 1400,
      height: 900,
      minWidth: 900,
      minHeight: 600,
      show: false,
      title: 'Factdesk',
      backgroundColor: '#f7f5f0',
      webPreferences: {
        preload: join(this.config.appRoot, 'out', 'preload', 'index.cjs'),
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        navigateOnDragDrop: false,
        // Middle-click would otherwise open a link in a new window without will-navigate.
        disableBlinkFeatures: 'Auxclick',
        spellcheck: true
      }
    })
    hardenContents(win.webContents)
    const ws = new Workspace({
      via: 'the Factdesk app',
      resourcesDir: this.config.resourcesDir,
      recent: this.config.recent,
      nativeBinding: this.config.nativeBinding,
      appConfig: this.config.appConfig,
      projectsFolder: this.config.projectsFolder
    })
    const pw: ProjectWindow = { win, ws, handlers: undefined as unknown as Handlers }
    const hooks: ShellHooks = {
      pickProjectToOpen: async () => {
        const r = await dialog.showOpenDialog(win, {
          title: 'Open project',
          properties: ['openFile'],
          filters: [{ name: 'Factdesk projects', extensions: ['factdesk'] }]
        })
        return r.canceled ? null : (r.filePaths[0] ?? null)
      },
      pickProjectToCreate: async (defaultName) => {
        // Created first, so the dialog opens in it rather than falling back to the last folder used.
        mkdirSync(this.config.projectsFolder, { recursive: true })
        const r = await dialog.showSaveDialog(win, {
          title: 'New project',
          defaultPath: join(this.config.projectsFolder, defaultName),
          filters: [{ name: 'Factdesk projects', extensions: ['factdesk'] }]
        })
        return r.canceled ? null : (r.filePath ?? null)
      },
      focusWindowWithProject: (file) => this.focusProject(file, pw),
      ...exportHooks(win),
      pickFilesToImport: async (folders) => {
        const r = await dialog.showOpenDialog(win, {
          title: folders ? 'Import folder' : 'Import articles',
          properties: [folders ? 'openDirectory' : 'openFile', 'multiSelections'],
          filters: [
            { name: 'Articles', extensions: ['txt', 'md', 'markdown', 'html', 'htm', 'pdf', 'docx'] },
            { name: 'All files', extensions: ['*'] }
          ]
        })
        return r.canceled ? null : r.filePaths
      }
    }
    pw.handlers = createHandlers(ws, { version: this.config.version, shell: 'electron' }, hooks)
    // Started with the window, so the first lookup (the first tag dialog) and search do not wait for them.
    void lookupPool()
    void startSearchWorker()
    const id = win.webContents.id
    this.byContents.set(id, pw)
    win.on('closed', () => {
      ws.close()
      this.byContents.delete(id)
    })
    win.once('ready-to-show', () => win.show())
    const dev = process.env.ELECTRON_RENDERER_URL
    void win.loadURL(dev && !process.env.FACTDESK_NO_DEV ? dev : `${APP_ORIGIN}/index.html`)
    return pw
  }

  /** Tells a window's renderer that the shell changed its project (menu actions). */
  notifyProjectChanged(pw: ProjectWindow): void {
    pw.win.webContents.send('factdesk:project-changed')
  }

  /** Edit › Undo/Redo from the menu, handled in the renderer where the focus is known. */
  sendEditStep(pw: ProjectWindow, step: 'undo' | 'redo'): void {
    pw.win.webContents.send('factdesk:edit-step', step)
  }
}
