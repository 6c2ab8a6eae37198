import { contextBridge, ipcRenderer } from 'electron'
import { buildApi } from '../shared/contract'

// One named function per contract entry (api.project.open, api.claims.update, …); the renderer
// never sees ipcRenderer or a generic invoke.
contextBridge.exposeInMainWorld(
  'api',
  buildApi((channel, input) => ipcRenderer.invoke(`factdesk:${channel}`, input))
)

contextBridge.exposeInMainWorld('factdeskShell', {
  kind: 'electron',
  onProjectChanged(callback: () => void): () => void {
    const listener = () => callback()
    ipcRenderer.on('factdesk:project-changed', listener)
    return () => ipcRenderer.removeListener('factdesk:project-changed', listener)
  },
  onEditStep(callback: (step: 'undo' | 'redo') => void): () => void {
    const listener = (_e: unknown, step: unknown) => {
      if (step === 'undo' || step === 'redo') callback(step)
    }
    ipcRenderer.on('factdesk:edit-step', listener)
    return () => ipcRenderer.removeListener('factdesk:edit-step', listener)
  }
})
