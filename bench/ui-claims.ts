/**
 * npx tsx bench/ui-claims.ts [--articles N] [--passages N] [--claims N] [--runs N] [--tags N] [--shots DIR]
 *   [--only filterClaims|scrollClaims|tagToHighlight]
 *
 * The Claims region and tagging at newsroom scale, without the whole bench: a project of 20,000
 * claims and 100,000 passages over 2,000 articles, served in browser mode from the built
 * renderer (run `npm run build` first), measured with the bench's own UI measures. The seeded
 * project is kept in .bench/ and copied for each run, so tags from one run never reach the next.
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { addArticle } from '../src/main/services/articles'
import { ensureIndexed } from '../src/main/services/matching/service'
import { launch, newPage, serve } from './browser'
import { generateCorpus } from './corpus'
import { measureClaimFilter, measureClaimScroll, measureTagging } from './measures/uiSpeed'
import { cachedProject, seedEditorial, tempDir, workspace } from './project'
import type { Figure } from './stats'
import { formatTable } from './table'

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    passages: { type: 'string', default: '100000' },
    claims: { type: 'string', default: '20000' },
    runs: { type: 'string', default: '20' },
    tags: { type: 'string', default: '20' },
    shots: { type: 'string' },
    only: { type: 'string' }
  }
})
const scale = { articles: Number(values.articles), passages: Number(values.passages), claims: Number(values.claims) }
const log = (s: string) => process.stdout.write(`${s}\n`)

/** Articles through addArticle, then the matching index and the editorial rows, all through the services. */
function build(file: string): void {
  const began = performance.now()
  const corpus = [...generateCorpus({ articles: scale.articles, seed: 42 })]
  const ws = workspace()
  ws.create(file, 'Claims at scale')
  ws.write(
    ({ db, editor, at }) => {
      for (const a of corpus) addArticle(db, { ...a, language: 'en', source: 'bench' }, editor, at, { index: false })
    },
    { undoable: false }
  )
  // The tag dialog asks for matches; an unindexed project would index itself inside the measure.
  ensureIndexed(ws)
  seedEditorial(ws, corpus, scale.passages, scale.claims)
  ws.close()
  log(`Built in ${((performance.now() - began) / 1000).toFixed(0)} s`)
}

const cached = cachedProject(`ui-claims-${scale.articles}-${scale.passages}-${scale.claims}`, (file) => {
  log(`Seeding ${scale.articles} articles, ${scale.passages} passages, ${scale.claims} claims…`)
  build(file)
})

const dir = tempDir()
const figures: Record<string, Figure> = {}
try {
  const file = join(dir, 'project.factdesk')
  copyFileSync(cached, file)
  const served = await serve(file, dir)
  const browser = await launch()
  try {
    const ui = async (name: string, fn: (page: Awaited<ReturnType<typeof newPage>>) => Promise<Figure>) => {
      if (values.only && values.only !== name) return
      log(`  ${name}…`)
      const page = await newPage(browser)
      page.setDefaultTimeout(60_000)
      try {
        await page.goto(served.url)
        await page.locator('.article-body p').first().waitFor()
        await page.getByRole('list', { name: 'Claims list' }).getByRole('listitem').first().waitFor()
        figures[name] = await fn(page)
        if (values.shots) {
          mkdirSync(values.shots, { recursive: true })
          await page.getByRole('region', { name: 'Claims' }).screenshot({ path: join(values.shots, `${name}.png`) })
        }
      } finally {
        await page.close()
      }
    }
    await ui('filterClaims', (p) => measureClaimFilter(p, Number(values.runs)))
    await ui('scrollClaims', measureClaimScroll)
    await ui('tagToHighlight', (p) => measureTagging(p, Number(values.tags)))
  } finally {
    await browser.close()
    await served.stop()
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
log(`\n${formatTable(figures)}`)
