import { addArticle } from '../../src/main/services/articles'
import { updateClaim } from '../../src/main/services/claims'
import { tagPassage } from '../../src/main/services/passages'
import { updateSettings } from '../../src/main/services/settings'
import type { Workspace } from '../../src/main/services/workspace'
import type { Kind, Role } from '../../src/shared/domain'

export const SCRIPT = '<script>alert(1)</script>'
export const IMG = '<img src=x onerror=alert(1)>'
export const QUOTES = '"quotes" & ampersands'

/** Invented articles from three outlets, one with markup-like text in its body. */
const ARTICLES = [
  {
    title: 'Ferry fares to double, says harbour board',
    outlet: 'Marlow Courier',
    author: 'Ana Quill',
    url: 'https://courier.example/ferry-fares',
    publishedAt: '2026-03-02',
    body: `The harbour board chair said on Monday that ferry fares will double by June. A spokesperson for the council denied that any fare rise had been agreed. Figures published by the board show fares rose 4% last year. A notice read ${SCRIPT} and ${IMG} and "quotes" & ampersands, posted on the pier.`
  },
  {
    title: 'Council: no fare rise agreed',
    outlet: 'Eastshore Daily',
    author: null,
    url: 'https://eastshore.example/news/fares?id=7&ref=home',
    publishedAt: '2026-03-03',
    body: 'Ferry fares will double by June, the harbour board chair told a public meeting. The council said no fare rise had been agreed. The bridge will close for six weeks from April.'
  },
  {
    title: 'Bridge closure dates confirmed',
    outlet: 'Radio Marlow',
    author: 'Tom Reed',
    url: null,
    publishedAt: '2026-03-04',
    body: 'The bridge will close for six weeks from April, engineers confirmed. An earlier plan had put the closure at eight weeks. Ferry fares will double by June, a board member repeated.'
  }
]

export interface Built {
  articleIds: number[]
  claims: { fares: number; bridge: number; notice: number; open: number }
}

function tag(
  ws: Workspace,
  articleId: number,
  quote: string,
  kind: Kind,
  claim: { id?: number; text?: string },
  role?: Role,
  note?: string
): { passageId: number; claimId: number } {
  return ws.write(({ db, editor, at }) => {
    const body = (db.prepare('SELECT body FROM articles WHERE id = ?').get(articleId) as { body: string }).body
    const start = body.indexOf(quote)
    if (start < 0) throw new Error(`"${quote}" not in article ${articleId}`)
    const r = tagPassage(
      db,
      { articleId, start, end: start + quote.length, kind, claimId: claim.id, newClaimText: claim.text, role, note },
      editor,
      at
    )
    return { passageId: r.passage.id, claimId: r.claim!.id }
  })
}

/** Builds the export test project: 3 articles, 4 claims, every kind and role, hostile text. */
export function buildExportProject(ws: Workspace): Built {
  ws.write(({ db, editor, at }) =>
    updateSettings(
      db,
      { editorName: 'Mira Chen', publisherName: 'Harbour Checks', publisherUrl: 'https://checks.example/fact-checks/' },
      editor,
      at
    )
  )
  const articleIds = ws.write(({ db, editor, at }) =>
    ARTICLES.map((a) => addArticle(db, { ...a, language: 'en', source: 'test' }, editor, at).id)
  )
  const [a1, a2, a3] = articleIds
  const fares = tag(ws, a1, 'ferry fares will double by June', 'claim', {
    text: 'Ferry fares will double by June'
  }).claimId
  tag(ws, a2, 'Ferry fares will double by June', 'claim', { id: fares })
  tag(
    ws,
    a3,
    'Ferry fares will double by June',
    'claim',
    { id: fares },
    undefined,
    'Repeated by a board member, not the chair'
  )
  tag(ws, a1, 'denied that any fare rise had been agreed', 'denial', { id: fares })
  tag(ws, a2, 'The council said no fare rise had been agreed', 'denial', { id: fares })
  tag(ws, a1, 'fares rose 4% last year', 'evidence', { id: fares }, 'refutes')
  const bridge = tag(ws, a2, 'The bridge will close for six weeks from April', 'claim', {
    text: 'The bridge will close for six weeks'
  }).claimId
  tag(
    ws,
    a3,
    'The bridge will close for six weeks from April, engineers confirmed',
    'evidence',
    { id: bridge },
    'supports'
  )
  tag(ws, a3, 'An earlier plan had put the closure at eight weeks', 'evidence', { id: bridge }, 'context')
  const notice = tag(
    ws,
    a1,
    `A notice read ${SCRIPT} and ${IMG} and ${QUOTES}`,
    'claim',
    {
      text: `The pier notice said ${SCRIPT}`
    },
    undefined,
    `Note with ${IMG} and ${QUOTES}`
  ).claimId
  const open = ws.write(({ db, editor, at }) => {
    const c = db.prepare('SELECT id FROM claims WHERE id = ?').get(fares) as { id: number }
    void c
    return tagPassage(
      db,
      { articleId: a3, start: 0, end: 9, kind: 'claim', newClaimText: '=HYPERLINK("http://evil.example") unverified' },
      editor,
      at
    ).claim!.id
  })
  ws.write(({ db, editor, at }) => {
    updateClaim(
      db,
      fares,
      { status: 'false', claimant: 'Harbour Board', rationale: "The board's own minutes show no vote on fares." },
      editor,
      at
    )
    updateClaim(db, bridge, { status: 'true', claimant: 'Jo Marsh' }, editor, at)
    updateClaim(
      db,
      notice,
      {
        status: 'misleading',
        claimant: 'A pier notice',
        rationale: `Rationale with ${SCRIPT} and ${IMG} and ${QUOTES}`
      },
      editor,
      at
    )
  })
  return { articleIds, claims: { fares, bridge, notice, open } }
}
