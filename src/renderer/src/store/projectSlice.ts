import { api } from '../api'
import { shellKind } from '../lib/shell'
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
  /** The project's import size limit in bytes; undefined when it cannot be read. */
  importLimit(): Promise<number | undefined>
  setImportLimit(maxBytes: number): Promise<boolean>
  /** New or Open project: the desktop's file dialog, or in browser mode the path dialog. */
  pickProject(purpose: 'open' | 'create'): Promise<void>
  /** Builds a new project from a JSON export and opens it. */
  importProjectData(file: string, json: string): Promise<boolean>
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
    const [settings, first, layout] = await Promise.all([
      get().call(api.settings.get({})),
      get().call(api.articles.first({ limit: get().panes.length })),
      api.layout.get({})
    ])
    // The workspace shows from here: the panes fill first, and the lists say they are loading.
    set({ project: info, settings: settings ?? null, ready: true })
    // The desk as the editor left it; an article deleted since leaves its pane empty, quietly.
    const restored =
      layout.ok && layout.value
        ? await get().applyLayout(layout.value, async (id) => {
            const r = await api.articles.get({ id })
            return r.ok ? r.value : null
          })
        : false
    set({ layoutRestored: true })
    if (!restored && first?.length) {
      await get().openFirstArticles(first)
      await nextPaint()
    } else if (restored) await nextPaint()
    await Promise.all([get().loadArticles(), get().loadClaims()])
    if (!restored) await get().openFirstArticles()
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
      // The project's title is the setting's; its info says it as the services shape it.
      await get().commit({ settings, reload: ['project'] })
      return true
    },
    async importLimit() {
      const r = await api.import.limits({})
      return r.ok ? r.value.maxBytes : undefined
    },
    async setImportLimit(maxBytes) {
      const r = await get().call(api.import.setLimits({ maxBytes }))
      if (r) await get().commit({})
      return r !== undefined
    },
    async pickProject(purpose) {
      if (shellKind === 'browser') return get().openDialog({ type: 'path', purpose })
      const r = await get().call(
        purpose === 'create'
          ? api.dialog.pickProjectToCreate({ defaultName: 'Untitled.factdesk' })
          : api.dialog.pickProjectToOpen({})
      )
      if (!r?.file) return
      await (purpose === 'create' ? get().createProject(r.file) : get().openProject(r.file))
    },
    async importProjectData(file, json) {
      const info = await get().call(api.projectData.import({ file, json }))
      return info ? get().openProject(info.file) : false
    },
    async refreshInfo() {
      const info = await get().call(api.project.current({}))
      set({ project: info ?? null })
    }
  }
}
