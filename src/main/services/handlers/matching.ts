import { ensureIndexed, matchForPassage, matchForSpan, suggestForArticle, unlinkedForClaim } from '../matching/service'
import type { DomainHandlers, HandlerDeps } from './types'

export function matchingHandlers({ ws }: HandlerDeps): DomainHandlers<'match' | 'suggest'> {
  return {
    'match.forPassage': ({ passageId, limit }) => {
      ensureIndexed(ws)
      return ws.read((db) => matchForPassage(db, passageId, limit))
    },
    'match.forSpan': (q) => {
      ensureIndexed(ws)
      return ws.read((db) => matchForSpan(db, q))
    },
    'match.unlinkedForClaim': ({ claimId, limit }) => {
      ensureIndexed(ws)
      return ws.read((db) => unlinkedForClaim(db, claimId, limit))
    },
    'suggest.forArticle': ({ articleId, includeTagged }) =>
      ws.read((db) => suggestForArticle(db, articleId, includeTagged))
  }
}
