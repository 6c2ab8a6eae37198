import { api } from '../api'
import { nextPaint } from '../lib/afterPaint'
import type { AppPrefs, ProjectInfo, RecentProject, Settings } from '../../../shared/domain'
import type { Slice } from './types'

export interface ProjectSlice {
  project: ProjectInfo | null
  settings: Settings | null
  recent: RecentProject[]
  /** App-wide preferences: the editor's name (null until asked once), the new-project folder. */
  prefs: AppPrefs | null
  saveEditorName(name: string): Promise<boolean>
  /** False until the first answer from the services, so the start screen does not flash. */
  ready: boolean
  loadCurrent(): Promise<void>
  loadRecent(): Promise<void>
  createProject(file: string, title?: string): Promise<boolean>
  openProject(file: string): Promise<boolean>
  openSample(): Promise<boolean>
  closeProject(): Promise<void>
  updateSettings(patch: Partial<Settings>): Promise<boolean>
  refreshInfo(): Promise<void>
}

export const createProjectSlice: Slice<ProjectSlice> = (set, get) => {
  const adopt = async (info: ProjectInfo | undefined | null): Promise<boolean> => {
    if (!info) {
      set({ project: null, settings: null })
      get().resetProjectState()
      return false
    }
    get().resetProjectState()
    // The first articles' text is asked for, and painted, before the article and claim lists: in a
    // project of thousands those take longest to arrive and to render, and the server answers in
    // the order asked.
    const [settings, first] = await Promise.all([
      get().call(api.settings.get({})),
      get().call(api.articles.first({ limit: get().panes.length }))
    ])
    // The workspace shows from here: the panes fill first, and the lists say they are loading.
    set({ project: info, settings: settings ?? null, ready: true })
    if (first?.length) {
      await get().openFirstArticles(first)
      await nextPaint()
    }
    await Promise.all([get().loadArticles(), get().loadClaims()])
    await get().openFirstArticles()
    return true
  }
  return {
    project: null,
    settings: null,
    recent: [],
    prefs: null,
    ready: false,
    async loadCurrent() {
      const [info, prefs] = await Promise.all([get().call(api.project.current({})), get().call(api.app.prefs({}))])
      set({ prefs: prefs ?? null })
      await adopt(info)
      await get().loadRecent()
      set({ ready: true })
    },
    async saveEditorName(name) {
      const prefs = await get().call(api.app.setEditorName({ editorName: name }))
      if (prefs) set({ prefs })
      return !!prefs
    },
    async loadRecent() {
      set({ recent: (await get().call(api.project.recent({}))) ?? [] })
    },
    async createProject(file, title) {
      return adopt(await get().call(api.project.create({ file, title })))
    },
    async openProject(file) {
      return adopt(await get().call(api.project.open({ file })))
    },
    async openSample() {
      return adopt(await get().call(api.project.openSample({})))
    },
    async closeProject() {
      await get().call(api.project.close({}))
      await adopt(null)
      await get().loadRecent()
    },
    async updateSettings(patch) {
      const settings = await get().call(api.settings.update(patch))
      if (!settings) return false
      set({ settings })
      await get().refreshInfo()
      return true
    },
    async refreshInfo() {
      const info = await get().call(api.project.current({}))
      set({ project: info ?? null })
    }
  }
}
