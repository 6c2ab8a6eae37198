import type { StateCreator } from 'zustand'
import type { ArticlesSlice } from './articlesSlice'
import type { ClaimsSlice } from './claimsSlice'
import type { CommitSlice } from './commitSlice'
import type { ExportSlice } from './exportSlice'
import type { MatchingSlice } from './matchingSlice'
import type { LibrarySlice } from './librarySlice'
import type { EditSlice } from './editSlice'
import type { PanesSlice } from './panesSlice'
import type { PassagesSlice } from './passagesSlice'
import type { ProjectSlice } from './projectSlice'
import type { UiSlice } from './uiSlice'

export type AppState = ProjectSlice &
  ArticlesSlice &
  PanesSlice &
  PassagesSlice &
  ClaimsSlice &
  UiSlice &
  MatchingSlice &
  LibrarySlice &
  EditSlice &
  CommitSlice &
  ExportSlice
export type Slice<T> = StateCreator<AppState, [], [], T>
