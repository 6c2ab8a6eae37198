import { paragraphise } from '../import/paragraphs'
import { addArticle, firstArticleIds, getArticle, listArticles } from '../articles'
import type { DomainHandlers, HandlerDeps } from './types'

// articles.updateText lives with the editorial handlers, beside the re-anchoring it drives.
export function articleHandlers({ ws }: HandlerDeps): Omit<DomainHandlers<'articles'>, 'articles.updateText'> {
  return {
    'articles.list': () => ws.read(listArticles),
    'articles.first': ({ limit }) => ws.read((db) => firstArticleIds(db, limit)),
    'articles.get': ({ id }) => ws.read((db) => getArticle(db, id)),
    // Pasted text keeps its paragraphs by the same rule as an imported .txt file.
    'articles.paste': (input) =>
      ws.write(
        ({ db, editor, at }) =>
          addArticle(db, { ...input, body: paragraphise(input.body), source: 'paste' }, editor, at),
        {
          label: 'Paste article'
        }
      )
  }
}
