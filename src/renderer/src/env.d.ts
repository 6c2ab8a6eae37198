import type { Api } from '../../shared/apiShape'

declare global {
  interface Window {
    /** Present in the desktop app (from the preload); browser mode builds its own over HTTP. */
    api?: Api
    factdeskShell?: {
      kind: 'electron'
      onProjectChanged(callback: () => void): () => void
      pathForFile?(file: File): string
      onEditStep?(callback: (step: 'undo' | 'redo') => void): () => void
    }
  }
}

export {}
