import type { StateCreator } from 'zustand'
import type { ArticlesSlice } from './articlesSlice'
import type { ClaimsSlice } from './claimsSlice'
import type { DeskSlice } from './deskSlice'
import type { CommitSlice } from './commitSlice'
import type { ExportSlice } from './exportSlice'
import type { MatchingSlice } from './matchingSlice'
import type { HistorySlice } from './historySlice'
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
  DeskSlice &
  HistorySlice &
  CommitSlice &
  ExportSlice
export type Slice<T> = StateCreator<AppState, [], [], T>
