import { contextBridge, ipcRenderer, webUtils } from 'electron'
import { buildApi } from '../shared/apiShape'

// One named function per contract entry (api.project.open, api.claims.update, …); the renderer
// never sees ipcRenderer or a generic invoke.
contextBridge.exposeInMainWorld(
  'api',
  buildApi(__FACTDESK_CHANNELS__, (channel, input) => ipcRenderer.invoke(`factdesk:${channel}`, input))
)

contextBridge.exposeInMainWorld('factdeskShell', {
  kind: 'electron',
  onProjectChanged(callback: () => void): () => void {
    const listener = () => callback()
    ipcRenderer.on('factdesk:project-changed', listener)
    return () => ipcRenderer.removeListener('factdesk:project-changed', listener)
  },
  /** The path of a file dropped on the window, so a drop imports from disk like the dialog does. */
  pathForFile(file: File): string {
    return webUtils.getPathForFile(file)
  },
  onEditStep(callback: (step: 'undo' | 'redo') => void): () => void {
    const listener = (_e: unknown, step: unknown) => {
      if (step === 'undo' || step === 'redo') callback(step)
    }
    ipcRenderer.on('factdesk:edit-step', listener)
    return () => ipcRenderer.removeListener('factdesk:edit-step', listener)
  }
})
