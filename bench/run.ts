/**
 * npm run bench [-- --quick] [-- --json] [-- --readme]
 * Generates a deterministic corpus, measures each figure over several runs, and prints a table
 * (or, with --json, one object with a key per measure). Not part of npm test: timings on shared
 * machines are noisy, so figures are medians and ratios to baselines measured in the same run.
 */
import { rmSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { launch, newPage, serve } from './browser'
import { generateCorpus } from './corpus'
import { measureImport } from './measures/importSpeed'
import { measureSearch } from './measures/searchSpeed'
import { measureClaimFilter, measureHeap, measureOpen, measureRender } from './measures/uiSpeed'
import { importThroughServices, seedEditorial, seedHighlights, tempDir, workspace } from './project'
import { writeReadmeTable } from './readme'
import type { Figure } from './stats'
import { formatTable } from './table'

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean' },
    json: { type: 'boolean' },
    readme: { type: 'boolean' },
    seed: { type: 'string' }
  }
})
const quick = Boolean(values.quick)
const scale = quick
  ? { articles: 1_000, passages: 10_000, claims: 2_000, runs: 3, samples: 100 }
  : { articles: 10_000, passages: 100_000, claims: 20_000, runs: 3, samples: 200 }
const log = (s: string) => (values.json ? process.stderr : process.stdout).write(`${s}\n`)

const figures: Record<string, Figure> = {}
const dir = tempDir()
try {
  log(`Generating ${scale.articles.toLocaleString()} articles…`)
  const corpus = [...generateCorpus({ articles: scale.articles, seed: Number(values.seed ?? 42) })]

  log('Import…')
  figures.import = measureImport(corpus, scale.runs)

  log('Building the measured project…')
  const file = join(dir, 'bench.factdesk')
  const ws = workspace()
  ws.create(file, 'Benchmark')
  importThroughServices(ws, corpus)
  seedEditorial(ws, corpus, scale.passages, scale.claims)
  const longest = seedHighlights(ws, 2_000)

  log('Search…')
  figures.search = await measureSearch(ws, scale.samples)
  ws.close()

  log('Browser mode…')
  const served = await serve(file, dir)
  const browser = await launch()
  try {
    figures.openProject = await measureOpen(browser, served, 5)
    const page = await newPage(browser)
    await page.goto(served.url)
    await page.locator('.article-body p').first().waitFor()
    figures.renderLongArticle = await measureRender(page, longest.title, 2_000, 5)
    figures.filterClaims = await measureClaimFilter(page, 10)
    figures.rendererHeap = await measureHeap(page)
  } finally {
    await browser.close()
    await served.stop()
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`
const date = new Date().toISOString().slice(0, 10)
if (values.json) process.stdout.write(`${JSON.stringify({ machine, date, quick, figures }, null, 2)}\n`)
else log(`\n${formatTable(figures)}\n\n${machine}, ${date}${quick ? ' (quick)' : ''}`)
if (values.readme) writeReadmeTable(join(import.meta.dirname, '..', 'README.md'), figures, machine, date, quick)
