import { api } from '../api'
import type { UndoStateDto } from '../../../shared/contract/editorial'
import { changeOf } from './change'
import type { Slice } from './types'

export interface EditSlice {
  undoState: UndoStateDto
  /** Bumped where views holding their own copies must reload (undo/redo, a text edit, a claim deleted). */
  revision: number
  loadUndoState(): Promise<void>
  step(direction: 'undo' | 'redo'): Promise<void>
}

const NONE: UndoStateDto = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null }

export const createEditSlice: Slice<EditSlice> = (set, get) => ({
  undoState: NONE,
  revision: 0,
  async loadUndoState() {
    set({ undoState: (await get().call(api.edit.state({}))) ?? NONE })
  },
  async step(direction) {
    const s = get()
    if (s.project?.readOnly) return
    if (direction === 'undo' ? !s.undoState.canUndo : !s.undoState.canRedo) return
    const r = await get().call(direction === 'undo' ? api.edit.undo({}) : api.edit.redo({}))
    if (!r) return
    await get().commit(changeOf.stepped(r.state))
    if (r.label) get().notify('info', `${direction === 'undo' ? 'Undid' : 'Redid'} ${r.label}`)
  }
})
