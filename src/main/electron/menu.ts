import { app, dialog, Menu, shell, type MenuItemConstructorOptions } from 'electron'
import type { RecentList } from '../services/recent'
import type { ProjectWindow, WindowRegistry } from './windows'

export interface MenuActions {
  newProject(): void
  openProject(): void
  openFile(file: string): void
  saveAs(pw: ProjectWindow): void
  closeProject(pw: ProjectWindow): void
  /** Edit › Undo/Redo: the renderer decides between a text field's own undo and the project's. */
  editStep(pw: ProjectWindow, step: 'undo' | 'redo'): void
}

export function buildMenu(registry: WindowRegistry, recent: RecentList, actions: MenuActions): void {
  const isMac = process.platform === 'darwin'
  const onFocused = (fn: (pw: ProjectWindow) => void) => () => {
    const pw = registry.focused()
    if (pw) fn(pw)
  }
  const recentItems: MenuItemConstructorOptions[] = recent
    .list()
    .filter((r) => !r.missing)
    .map((r) => ({ label: `${r.title} — ${r.file}`, click: () => actions.openFile(r.file) }))

  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New Project…', accelerator: 'CmdOrCtrl+N', click: () => actions.newProject() },
        { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => actions.openProject() },
        {
          label: 'Open Recent',
          submenu: recentItems.length ? recentItems : [{ label: 'No recent projects', enabled: false }]
        },
        { type: 'separator' },
        { label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S', click: onFocused(actions.saveAs) },
        { type: 'separator' },
        { label: 'Close Project', accelerator: 'CmdOrCtrl+W', click: onFocused(actions.closeProject) },
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }])
      ]
    },
    {
      label: '&Edit',
      submenu: [
        // The keys reach the renderer itself (registerAccelerator: false), which undoes typing in a
        // text field or else the project's last edit; the menu items send it the same request.
        {
          label: 'Undo',
          accelerator: 'CmdOrCtrl+Z',
          registerAccelerator: false,
          click: onFocused((pw) => actions.editStep(pw, 'undo'))
        },
        {
          label: 'Redo',
          accelerator: isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y',
          registerAccelerator: false,
          click: onFocused((pw) => actions.editStep(pw, 'redo'))
        },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' }
      ]
    },
    {
      label: '&View',
      submenu: [
        ...(app.isPackaged ? [] : [{ role: 'reload' as const }, { role: 'toggleDevTools' as const }]),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' }
      ]
    },
    {
      label: '&Help',
      submenu: [
        {
          label: 'About Factdesk',
          click: () =>
            void dialog.showMessageBox({
              type: 'info',
              title: 'About Factdesk',
              message: `Factdesk ${app.getVersion()}`,
              detail: 'An offline fact-check workstation. Every edit is saved in the project file as you make it.'
            })
        },
        {
          label: 'Show Project File in Folder',
          click: onFocused((pw) => {
            if (pw.ws.file) shell.showItemInFolder(pw.ws.file)
          })
        }
      ]
    }
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
