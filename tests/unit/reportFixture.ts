import { addArticle } from '../../src/main/services/articles'
import { updateClaim } from '../../src/main/services/claims'
import { tagPassage } from '../../src/main/services/passages'
import { updateSettings } from '../../src/main/services/settings'
import type { Workspace } from '../../src/main/services/workspace'
import type { Kind, Role } from '../../src/shared/domain'

/** Invented outlets, some with long names, so a wide coverage matrix has to fit somehow. */
export const OUTLETS = [
  'Marlow Courier',
  'Eastshore Daily',
  'Radio Marlow',
  'The Northern Lighthouse Keepers Weekly Gazette',
  'Bay Post',
  'Harbour Herald Online',
  'Westcliff Evening Standard',
  'Pier TV',
  'Tidewater Times',
  'Gullrock Community Newsletter',
  'Channel Nine Regional',
  'Ferry Users Forum'
]

const CLAIM_A = 'the harbour vote was delayed until after the election'
const CLAIM_B = 'ferry fares will double by June'

/**
 * Two claims reported by many outlets. Titles end in a full stop or a question mark, and one
 * outlet name ends in one too, so the sources list must join them without doubling it.
 */
export function buildWideProject(ws: Workspace, outlets = OUTLETS.length): { claimA: number; claimB: number } {
  ws.write(({ db, editor, at }) =>
    updateSettings(db, { editorName: 'Mira Chen', publisherName: 'Harbour Checks' }, editor, at)
  )
  const ids = ws.write(({ db, editor, at }) =>
    OUTLETS.slice(0, outlets).map(
      (outlet, i) =>
        addArticle(
          db,
          {
            title:
              i % 3 === 0
                ? `Harbour vote delayed until after the election.`
                : `Will ferry fares double? Report ${i + 1}`,
            outlet: i === 4 ? 'Bay Post Ltd.' : outlet,
            author: i % 2 ? `Reporter ${i + 1}` : null,
            url: i % 4 === 1 ? null : `https://news${i + 1}.example/story-${i + 1}`,
            publishedAt: `2026-03-${String(2 + i).padStart(2, '0')}`,
            language: 'en',
            body: `${outlet} heard it first. Councillors said ${CLAIM_A}, according to minutes seen by us. A spokesperson denied that ${CLAIM_A}. Board papers show the vote was listed for May. Officials also said ${CLAIM_B}. Fares rose 4% last year, the board reported.`,
            source: 'test'
          },
          editor,
          at
        ).id
    )
  )
  const tag = (articleId: number, quote: string, kind: Kind, claim: { id?: number; text?: string }, role?: Role) =>
    ws.write(({ db, editor, at }) => {
      const body = (db.prepare('SELECT body FROM articles WHERE id = ?').get(articleId) as { body: string }).body
      const start = body.indexOf(quote)
      if (start < 0) throw new Error(`"${quote}" not in article ${articleId}`)
      const r = tagPassage(
        db,
        { articleId, start, end: start + quote.length, kind, claimId: claim.id, newClaimText: claim.text, role },
        editor,
        at
      )
      return r.claim!.id
    })
  let claimA = 0
  let claimB = 0
  ids.forEach((id, i) => {
    if (i % 4 !== 3) {
      claimA = tag(
        id,
        `said ${CLAIM_A}`,
        'claim',
        claimA ? { id: claimA } : { text: 'The harbour vote was delayed until after the election' }
      )
    }
    if (i % 3 === 1) tag(id, `denied that ${CLAIM_A}`, 'denial', { id: claimA })
    if (i % 5 === 2) tag(id, 'Board papers show the vote was listed for May', 'evidence', { id: claimA }, 'refutes')
    if (i % 2 === 0) {
      claimB = tag(id, CLAIM_B, 'claim', claimB ? { id: claimB } : { text: 'Ferry fares will double by June' })
    }
    // Every outlet appears somewhere, so the matrix has a column for each.
    if (i % 6 === 4 || i % 4 === 3) tag(id, 'Fares rose 4% last year', 'evidence', { id: claimB }, 'context')
  })
  ws.write(({ db, editor, at }) => {
    updateClaim(
      db,
      claimA,
      {
        status: 'mostly_false',
        claimant: 'Harbour councillors',
        rationale: 'Board papers list the vote for May, before the election.'
      },
      editor,
      at
    )
    updateClaim(db, claimB, { status: 'unproven', claimant: 'Harbour board' }, editor, at)
  })
  return { claimA, claimB }
}
