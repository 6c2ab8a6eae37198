import { lookupPool } from '../matching/lookupPool'
import type { LookupKind, Lookups } from '../matching/lookups'
import { suggestForArticle } from '../matching/service'
import type { Workspace } from '../workspace'
import type { DomainHandlers, HandlerDeps } from './types'

async function lookup<K extends LookupKind>(ws: Workspace, kind: K, input: Lookups[K]['input']) {
  return (await lookupPool()).run(ws, kind, input)
}

export function matchingHandlers({ ws }: HandlerDeps): DomainHandlers<'match' | 'suggest'> {
  return {
    'match.forPassage': (q) => lookup(ws, 'forPassage', q),
    'match.forSpan': (q) => lookup(ws, 'forSpan', q),
    'match.claimsForSpan': (q) => lookup(ws, 'claimsForSpan', q),
    'match.unlinkedForClaim': (q) => lookup(ws, 'unlinkedForClaim', q),
    'suggest.forArticle': ({ articleId, includeTagged }) =>
      ws.read((db) => suggestForArticle(db, articleId, includeTagged))
  }
}
