import { z } from 'zod'
import { entry, id, none } from './entry'

/** How the desk was arranged when the editor last used this project: restored on open. */
export const paneLayoutSchema = z
  .object({
    panes: z
      .array(z.object({ articleId: id.nullable(), scroll: z.number().min(0).max(1e9) }).strict())
      .min(1)
      .max(4),
    widths: z.array(z.number().min(0.05).max(20)).min(1).max(4),
    activePane: z.number().int().min(0).max(3),
    libraryOpen: z.boolean().nullable(),
    sideTab: z.enum(['inspector', 'similar', 'history']),
    linkedScroll: z.boolean(),
    suggestionThreshold: z.number().min(0).max(1)
  })
  .strict()

export type PaneLayout = z.infer<typeof paneLayoutSchema>

export const layoutEntries = {
  'layout.get': entry<PaneLayout | null>().read(none),
  /** Not an edit: no history entry and nothing to undo, so it never shows in the undo button. */
  'layout.save': entry<null>().write(paneLayoutSchema)
} as const
