import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { addArticle } from '../../src/main/services/articles'
import { updateClaim } from '../../src/main/services/claims'
import { dispatch } from '../../src/main/services/dispatch'
import { createHandlers } from '../../src/main/services/handlers'
import { tagPassage } from '../../src/main/services/passages'
import type { Workspace } from '../../src/main/services/workspace'
import { tempDir, workspace } from '../project'
import { median, timeAsync, type Figure } from '../stats'

const CLAIMS = 1000
const PASSAGES = 5000
const ARTICLES = 100
const STATUSES = ['true', 'mostly_true', 'mixed', 'misleading', 'mostly_false', 'false', 'unverified', 'unproven']

/** A project of 1,000 claims and 5,000 passages over 100 articles, built through the real services. */
export function buildReportProject(ws: Workspace): void {
  const sentence = (a: number, s: number) =>
    `Sentence ${s} of article ${a} says the harbour figure number ${a * 100 + s} was reported by a spokesperson on the quay.`
  ws.write(
    ({ db, editor, at }) => {
      const ids: number[] = []
      for (let a = 0; a < ARTICLES; a++) {
        const body = Array.from({ length: 60 }, (_, s) => sentence(a, s)).join(' ')
        ids.push(
          addArticle(
            db,
            {
              title: `Article ${a}: the harbour story`,
              outlet: `Outlet ${a % 10}`,
              author: `Reporter ${a % 7}`,
              url: `https://outlet${a % 10}.example/story-${a}`,
              publishedAt: `2026-03-${String((a % 28) + 1).padStart(2, '0')}`,
              language: 'en',
              body
            },
            editor,
            at
          ).id
        )
      }
      const claimIds: number[] = []
      for (let p = 0; p < PASSAGES; p++) {
        const article = ids[p % ARTICLES]
        const s = Math.floor(p / ARTICLES) % 60
        const body = (db.prepare('SELECT body FROM articles WHERE id = ?').get(article) as { body: string }).body
        const text = sentence(p % ARTICLES, s)
        const start = body.indexOf(text)
        const kind = p % 5 === 0 ? 'denial' : p % 5 === 1 ? 'evidence' : 'claim'
        const newClaim = claimIds.length < CLAIMS && kind === 'claim'
        const r = tagPassage(
          db,
          {
            articleId: article,
            start,
            end: start + text.length,
            kind,
            ...(newClaim
              ? { newClaimText: `Claim ${claimIds.length}: ${text}` }
              : { claimId: claimIds[p % Math.max(1, claimIds.length)] ?? undefined }),
            ...(kind === 'evidence' ? { role: (['supports', 'refutes', 'context'] as const)[p % 3] } : {}),
            note: p % 4 === 0 ? `Checked against the harbour log <entry ${p}> & minutes.` : undefined
          },
          editor,
          at
        )
        if (newClaim && r.claim) claimIds.push(r.claim.id)
      }
      claimIds.forEach((id, i) =>
        updateClaim(
          db,
          id,
          {
            status: STATUSES[i % STATUSES.length],
            claimant: `Source ${i % 40}`,
            rationale: `Rationale ${i}: the records show otherwise.`
          },
          editor,
          at
        )
      )
    },
    { undoable: false }
  )
}

/** The fact-check report of 1,000 claims and 5,000 passages as HTML and as PDF, through export.toFile. */
export async function measureExports(runs: { html: number; pdf: number }): Promise<{ html: Figure; pdf: Figure }> {
  const dir = tempDir()
  const ws = workspace()
  try {
    ws.create(join(dir, 'report.factdesk'), 'Bench: a thousand claims')
    buildReportProject(ws)
    const handlers = createHandlers(ws, { version: 'bench', shell: 'browser' })
    const time = async (format: 'html' | 'pdf', n: number) => {
      const ms: number[] = []
      for (let i = 0; i < n; i++) {
        ms.push(
          await timeAsync(async () => {
            const r = await dispatch(handlers, 'export.toFile', { format, path: join(dir, `report-${i}.${format}`) })
            if (!r.ok) throw new Error(r.error.message)
          })
        )
      }
      return ms
    }
    const html = await time('html', runs.html)
    const pdf = await time('pdf', runs.pdf)
    return {
      html: { unit: 'ms', median: median(html), samples: html.length, target: '< 2 s', met: median(html) < 2000 },
      pdf: { unit: 'ms', median: median(pdf), samples: pdf.length, target: '< 15 s', met: median(pdf) < 15_000 }
    }
  } finally {
    ws.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
