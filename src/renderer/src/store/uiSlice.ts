import type { Stance } from '../../../shared/domain'
import type { Result } from '../../../shared/result'
import type { Slice } from './types'

export interface Toast {
  id: number
  kind: 'error' | 'info'
  message: string
}

export interface TagForm {
  mode: 'new' | 'existing'
  newText: string
  claimId: number | null
  stance: Stance
}

export type DialogState =
  | { type: 'none' }
  | { type: 'paste' }
  | { type: 'settings' }
  | { type: 'path'; purpose: 'open' | 'create' }
  | {
      type: 'tag'
      kind: 'claim' | 'denial' | 'evidence'
      articleId: number
      start: number
      end: number
      exact: string
      /** What the editor had entered, when the dialog opens again after its tag failed. */
      form?: TagForm
    }
  | { type: 'shortcuts' }
  | { type: 'editText'; articleId: number }

export interface UiSlice {
  toasts: Toast[]
  dialog: DialogState
  notify(kind: Toast['kind'], message: string): void
  dismissToast(id: number): void
  openDialog(d: DialogState): void
  closeDialog(): void
  /** Unwraps an API result; a failure becomes a visible message and undefined. */
  call<T>(p: Promise<Result<T>>): Promise<T | undefined>
}

let nextToast = 1

export const createUiSlice: Slice<UiSlice> = (set, get) => ({
  toasts: [],
  dialog: { type: 'none' },
  notify(kind, message) {
    const id = nextToast++
    set((s) => ({ toasts: [...s.toasts.slice(-3), { id, kind, message }] }))
    if (kind === 'info') setTimeout(() => get().dismissToast(id), 4000)
  },
  dismissToast(id) {
    set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }))
  },
  openDialog(d) {
    set({ dialog: d })
  },
  closeDialog() {
    set({ dialog: { type: 'none' } })
  },
  // No store update of its own: every update runs every component's selectors, and a tag makes
  // several calls.
  async call(p) {
    const r = await p
    if (r.ok) return r.value
    get().notify('error', r.error.message)
    return undefined
  }
})
