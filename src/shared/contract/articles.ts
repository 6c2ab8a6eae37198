import { z } from 'zod'
import type { Article, ArticleSummary } from '../domain'
import { MAX_BODY_CHARS } from '../limits'
import { articleMeta, entry, id, none } from './entry'

export const articleEntries = {
  'articles.list': entry<ArticleSummary[]>().read(none),
  'articles.get': entry<Article>().read(z.object({ id }).strict()),
  'articles.paste': entry<Article>().write(articleMeta.extend({ body: z.string().max(MAX_BODY_CHARS) }).strict())
} as const
