import { create } from 'zustand'
import { createArticlesSlice } from './articlesSlice'
import { createClaimsSlice } from './claimsSlice'
import { createDeskSlice } from './deskSlice'
import { createCommitSlice } from './commitSlice'
import { createExportSlice } from './exportSlice'
import { createMatchingSlice } from './matchingSlice'
import { createHistorySlice } from './historySlice'
import { createLibrarySlice } from './librarySlice'
import { createEditSlice } from './editSlice'
import { createPanesSlice } from './panesSlice'
import { createPassagesSlice } from './passagesSlice'
import { createProjectSlice } from './projectSlice'
import type { AppState } from './types'
import { createUiSlice } from './uiSlice'

/**
 * One store, one slice per domain. Components call actions; an action that writes turns the
 * answer into a Change (change.ts) and hands it to commit(), where applyChange gives each slice's
 * reducer (apply/) its part: no write patches another slice's state by hand.
 */
export const useApp = create<AppState>()((...a) => ({
  ...createUiSlice(...a),
  ...createProjectSlice(...a),
  ...createArticlesSlice(...a),
  ...createPanesSlice(...a),
  ...createPassagesSlice(...a),
  ...createClaimsSlice(...a),
  ...createMatchingSlice(...a),
  ...createLibrarySlice(...a),
  ...createEditSlice(...a),
  ...createDeskSlice(...a),
  ...createHistorySlice(...a),
  ...createCommitSlice(...a),
  ...createExportSlice(...a)
}))
