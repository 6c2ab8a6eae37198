import { deleteClaim, getClaim, listClaims, updateClaim } from '../claims'
import { listHistory } from '../history'
import { updatePassage } from '../passageEdits'
import { deletePassage, listClaimPassages, listPassages, tagPassage } from '../passages'
import type { DomainHandlers, HandlerDeps } from './types'

type EditorialHandlers = DomainHandlers<'passages' | 'claims' | 'history' | 'edit'>

export function editorialHandlers({ ws }: HandlerDeps): EditorialHandlers {
  return {
    'edit.state': () => ws.undoState(),
    'edit.undo': () => ws.step('undo'),
    'edit.redo': () => ws.step('redo'),
    'passages.listForArticle': ({ articleId }) => ws.read((db) => listPassages(db, articleId)),
    'passages.tag': (input) =>
      ws.write(({ db, editor, at }) => tagPassage(db, input, editor, at), { label: `Tag ${input.kind}` }),
    'passages.delete': ({ id }) =>
      ws.write(({ db, editor, at }) => deletePassage(db, id, editor, at), { label: 'Delete passage' }),
    'passages.update': ({ id, ...patch }) =>
      ws.write(
        ({ db, editor, at }) => {
          const passage = updatePassage(db, id, patch, editor, at)
          return { ...passage, claim: passage.claimId === null ? null : getClaim(db, passage.claimId) }
        },
        { label: updateLabel(patch) }
      ),
    'passages.list': () => ws.read((db) => listPassages(db)),
    'passages.listForClaim': ({ claimId }) => ws.read((db) => listClaimPassages(db, claimId)),
    'claims.delete': ({ id }) =>
      ws.write(
        ({ db, editor, at }) => {
          deleteClaim(db, id, editor, at)
          return null
        },
        { label: 'Delete claim' }
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

function updateLabel(patch: { start?: number; end?: number; kind?: string; role?: string; note?: string }): string {
  if (patch.start !== undefined || patch.end !== undefined) return 'Set passage span'
  if (patch.kind !== undefined) return 'Change passage kind'
  if (patch.role !== undefined) return 'Change passage role'
  if (patch.note !== undefined) return 'Edit passage note'
  return 'Move passage to claim'
}
