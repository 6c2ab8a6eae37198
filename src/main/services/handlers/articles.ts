import { addArticle, firstArticleIds, getArticle, listArticles } from '../articles'
import type { DomainHandlers, HandlerDeps } from './types'

// articles.updateText lives with the editorial handlers, beside the re-anchoring it drives.
export function articleHandlers({ ws }: HandlerDeps): Omit<DomainHandlers<'articles'>, 'articles.updateText'> {
  return {
    'articles.list': () => ws.read(listArticles),
    'articles.first': ({ limit }) => ws.read((db) => firstArticleIds(db, limit)),
    'articles.get': ({ id }) => ws.read((db) => getArticle(db, id)),
    'articles.paste': (input) =>
      ws.write(({ db, editor, at }) => addArticle(db, { ...input, source: 'paste' }, editor, at), {
        label: 'Paste article'
      })
  }
}
