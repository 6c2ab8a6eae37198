import { z } from 'zod'
import type { AppPrefs, ProjectInfo, RecentProject, Settings } from '../domain'
import { MAX_LONG_TEXT, MAX_SHORT_TEXT, MAX_TITLE } from '../limits'
import { entry, filePath, id, none, webAddress } from './entry'

export const statusDefSchema = z
  .object({
    key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'status keys are lower-case words joined by _'),
    label: z.string().trim().min(1).max(100),
    rating: z.number().int().min(1).max(5).nullable(),
    retired: z.boolean()
  })
  .strict()

export const projectEntries = {
  'app.info': entry<{ version: string; shell: 'electron' | 'browser' }>().read(none),
  'app.prefs': entry<AppPrefs>().read(none),
  /** Saved app-wide: new projects take it as their editor name. */
  'app.setEditorName': entry<AppPrefs>().write(z.object({ editorName: z.string().trim().min(1).max(200) }).strict()),
  'project.current': entry<ProjectInfo | null>().read(none),
  'project.create': entry<ProjectInfo>().write(
    z.object({ file: filePath, title: z.string().trim().max(MAX_TITLE).optional() }).strict()
  ),
  'project.open': entry<ProjectInfo>().write(z.object({ file: filePath }).strict()),
  'project.openSample': entry<ProjectInfo>().write(none),
  'project.close': entry<null>().write(none),
  'project.saveAs': entry<ProjectInfo>().write(
    z.object({ file: filePath, overwrite: z.boolean().optional() }).strict()
  ),
  'project.recent': entry<RecentProject[]>().read(none),
  /** Native file dialogs; only the desktop shell has them (browser mode answers "unsupported"). */
  'dialog.pickProjectToOpen': entry<{ file: string | null }>().read(none),
  'dialog.pickProjectToCreate': entry<{ file: string | null }>().read(
    z.object({ defaultName: z.string().max(200).optional() }).strict()
  ),
  'settings.get': entry<Settings>().read(none),
  'settings.update': entry<Settings>().write(
    z
      .object({
        title: z.string().trim().min(1).max(MAX_TITLE).optional(),
        editorName: z.string().trim().min(1).max(200).optional(),
        publisherName: z.string().max(MAX_SHORT_TEXT).optional(),
        publisherUrl: z.union([z.literal(''), webAddress]).optional(),
        reviewTitle: z.string().trim().max(MAX_TITLE).optional(),
        reviewUrl: z.union([z.literal(''), webAddress]).optional(),
        introduction: z.string().max(MAX_LONG_TEXT).optional(),
        claimOrder: z.array(id).max(100_000).optional(),
        statuses: z.array(statusDefSchema).min(1).max(50).optional()
      })
      .strict()
  )
} as const
