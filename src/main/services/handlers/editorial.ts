import { getClaim, listClaims, updateClaim } from '../claims'
import { listHistory } from '../history'
import { deletePassage, listPassages, tagPassage } from '../passages'
import type { DomainHandlers, HandlerDeps } from './types'

export function editorialHandlers({ ws }: HandlerDeps): DomainHandlers<'passages' | 'claims' | 'history' | 'edit'> {
  return {
    'edit.state': () => ws.undoState(),
    'edit.undo': () => ws.step('undo'),
    'edit.redo': () => ws.step('redo'),
    'passages.listForArticle': ({ articleId }) => ws.read((db) => listPassages(db, articleId)),
    'passages.tag': (input) =>
      ws.write(({ db, editor, at }) => tagPassage(db, input, editor, at), { label: `Tag ${input.kind}` }),
    'passages.delete': ({ id }) =>
      ws.write(
        ({ db, editor, at }) => {
          deletePassage(db, id, editor, at)
          return null
        },
        { label: 'Delete passage' }
      ),
    'claims.list': () => ws.read(listClaims),
    'claims.get': ({ id }) => ws.read((db) => getClaim(db, id)),
    'claims.update': ({ id, ...patch }) =>
      ws.write(({ db, editor, at }) => updateClaim(db, id, patch, editor, at), {
        label: patch.status !== undefined ? 'Change status' : 'Edit claim'
      }),
    'history.list': (q) => ws.read((db) => listHistory(db, q))
  }
}
