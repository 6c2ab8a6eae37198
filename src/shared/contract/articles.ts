import { z } from 'zod'
import type { Article, ArticleSummary, UpdateTextResult } from '../domain'
import { MAX_BODY_CHARS } from '../limits'
import { articleMeta, entry, id, none } from './entry'

export const articleEntries = {
  'articles.list': entry<ArticleSummary[]>().read(none),
  /** The first articles in list order, so a large project can show one before its lists arrive. */
  'articles.first': entry<number[]>().read(z.object({ limit: z.number().int().min(1).max(4) }).strict()),
  'articles.get': entry<Article>().read(z.object({ id }).strict()),
  'articles.paste': entry<Article>().write(articleMeta.extend({ body: z.string().max(MAX_BODY_CHARS) }).strict()),
  /** Replaces an article's text and re-anchors its passages; unplaceable ones become orphans. */
  'articles.updateText': entry<UpdateTextResult>().write(
    z.object({ id, body: z.string().min(1).max(MAX_BODY_CHARS) }).strict()
  )
} as const
