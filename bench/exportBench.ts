/**
 * Export timing on a large project: 1,000 claims, 5,000 passages over 100 articles from 10
 * outlets. Builds the project through the real services, then times the real CLI.
 *   npx tsx bench/exportBench.ts [--keep DIR]
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { addArticle } from '../src/main/services/articles'
import { updateClaim } from '../src/main/services/claims'
import { tagPassage } from '../src/main/services/passages'
import { Workspace } from '../src/main/services/workspace'

const ROOT = resolve(import.meta.dirname, '..')
const CLAIMS = 1000
const PASSAGES = 5000
const ARTICLES = 100
const STATUSES = ['true', 'mostly_true', 'mixed', 'misleading', 'mostly_false', 'false', 'unverified', 'unproven']

const dir = mkdtempSync(join(tmpdir(), 'factdesk-bench-'))
const file = join(dir, 'big.factdesk')
const ws = new Workspace({ via: 'the export bench', resourcesDir: join(ROOT, 'resources'), recent: null })
ws.create(file, 'Bench: a thousand claims')
const sentence = (a: number, s: number) =>
  `Sentence ${s} of article ${a} says the harbour figure number ${a * 100 + s} was reported by a spokesperson on the quay.`
const t0 = performance.now()
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
const info = ws.requireInfo()
ws.close()
console.log(
  `built ${info.claims} claims, ${info.passages} passages, ${info.articles} articles in ${Math.round(performance.now() - t0)} ms`
)

for (const format of ['html', 'pdf', 'json', 'w3c']) {
  const out = join(dir, `report.${format}`)
  const t = performance.now()
  execFileSync(
    process.execPath,
    [join(ROOT, 'bin', 'factdesk.mjs'), 'export', file, '--format', format, '--out', out],
    {
      stdio: 'inherit'
    }
  )
  const ms = Math.round(performance.now() - t)
  console.log(`export --format ${format}: ${ms} ms (${(statSync(out).size / 1e6).toFixed(1)} MB)`)
}
if (process.argv.includes('--keep')) console.log(`kept ${dir}`)
else rmSync(dir, { recursive: true, force: true })
