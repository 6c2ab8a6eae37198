import { create } from 'zustand'
import { createArticlesSlice } from './articlesSlice'
import { createClaimsSlice } from './claimsSlice'
import { createDeskSlice } from './deskSlice'
import { createMatchingSlice } from './matchingSlice'
import { createHistorySlice } from './historySlice'
import { createLibrarySlice } from './librarySlice'
import { createEditSlice } from './editSlice'
import { createPanesSlice } from './panesSlice'
import { createPassagesSlice } from './passagesSlice'
import { createProjectSlice } from './projectSlice'
import type { AppState } from './types'
import { createUiSlice } from './uiSlice'

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
  ...createHistorySlice(...a)
}))
