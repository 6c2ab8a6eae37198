import { create } from 'zustand'
import { createArticlesSlice } from './articlesSlice'
import { createClaimsSlice } from './claimsSlice'
import { createCommitSlice } from './commitSlice'
import { createExportSlice } from './exportSlice'
import { createMatchingSlice } from './matchingSlice'
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
  ...createCommitSlice(...a),
  ...createExportSlice(...a)
}))
