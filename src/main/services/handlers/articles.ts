import { updateArticleText } from '../articleText'
import { addArticle, firstArticleIds, getArticle, listArticles } from '../articles'
import type { DomainHandlers, HandlerDeps } from './types'

export function articleHandlers({ ws }: HandlerDeps): DomainHandlers<'articles'> {
  return {
    'articles.list': () => ws.read(listArticles),
    'articles.first': ({ limit }) => ws.read((db) => firstArticleIds(db, limit)),
    'articles.get': ({ id }) => ws.read((db) => getArticle(db, id)),
    'articles.paste': (input) =>
      ws.write(({ db, editor, at }) => addArticle(db, { ...input, source: 'paste' }, editor, at), {
        label: 'Paste article'
      }),
    'articles.updateText': ({ id, body }) =>
      ws.write(({ db, editor, at }) => updateArticleText(db, id, body, editor, at), { label: 'Edit article text' })
  }
}
