/**
 * npm run bench [-- --quick] [-- --json] [-- --readme] [-- --neighbour]
 * Generates a deterministic corpus, measures each figure over several runs, and prints a table
 * (or, with --json, one object with a key per measure). Not part of npm test: timings on shared
 * machines are noisy, so figures are medians and ratios to baselines measured in the same run.
 */
import { rmSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { launch, newPage, serve, settled } from './browser'
import { generateCorpus } from './corpus'
import { writeCorpusFiles } from './files'
import { measureExports } from './measures/exportSpeed'
import { measureImport } from './measures/importSpeed'
import { measureIndexBuild, measureMatch } from './measures/matchSpeed'
import { measureSearch } from './measures/searchSpeed'
import { measureServerImport } from './measures/serverImport'
import { conditions, loadNow, startNeighbour } from './neighbour'
import {
  measureClaimFilter,
  measureClaimScroll,
  measureHeap,
  measureOpen,
  measureRender,
  measureTagging
} from './measures/uiSpeed'
import { seedEditorial, seedHighlights, tempDir, workspace } from './project'
import { writeReadmeTable } from './readme'
import type { Page } from '@playwright/test'
import { notMeasured, within, type Figure } from './stats'
import { formatTable } from './table'

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean' },
    json: { type: 'boolean' },
    readme: { type: 'boolean' },
    neighbour: { type: 'boolean' },
    seed: { type: 'string' }
  }
})
const quick = Boolean(values.quick)
const scale = quick
  ? { articles: 1_000, passages: 10_000, claims: 2_000, runs: 1, samples: 100 }
  : { articles: 10_000, passages: 100_000, claims: 20_000, runs: 3, samples: 200 }
const log = (s: string) => (values.json ? process.stderr : process.stdout).write(`${s}\n`)
const began = performance.now()
const load = loadNow()
const neighbour = values.neighbour ? startNeighbour() : null
if (neighbour && 'missing' in neighbour) {
  console.error(`bench --neighbour: ${neighbour.missing}`)
  process.exit(1)
}

const figures: Record<string, Figure> = {}
const dir = tempDir()
try {
  log(`Generating ${scale.articles.toLocaleString()} articles…`)
  const corpus = [...generateCorpus({ articles: scale.articles, seed: Number(values.seed ?? 42) })]
  const folder = writeCorpusFiles(join(dir, 'corpus'), corpus)
  const folder1k = quick ? folder : writeCorpusFiles(join(dir, 'corpus-1k'), corpus.slice(0, 1_000))

  log('Import through the pipeline…')
  const file = join(dir, 'bench.factdesk')
  const imported = await measureImport(corpus, folder, file, scale.runs)
  figures.import = imported.figure
  const ws = imported.ws

  log('Matching index…')
  figures.matchIndex = measureIndexBuild(ws, corpus.length)
  seedEditorial(ws, corpus, scale.passages, scale.claims)
  const longest = seedHighlights(ws, 2_000)

  log('Search…')
  figures.search = await measureSearch(ws, scale.samples)
  log('Matching…')
  figures.match = await measureMatch(ws, corpus, quick ? 50 : 100)
  ws.close()

  log('Exports…')
  try {
    const exports = await within(15 * 60_000, 'the exports', () => measureExports({ html: 3, pdf: 1 }))
    figures.exportHtml = exports.html
    figures.exportPdf = exports.pdf
  } catch (e) {
    figures.exportHtml = notMeasured('< 2 s', e)
    figures.exportPdf = notMeasured('< 15 s', e)
  }

  log('Import in factdesk serve…')
  const empty = workspace()
  empty.create(join(dir, 'fresh.factdesk'), 'Import in serve')
  empty.close()
  const fresh = await serve(join(dir, 'fresh.factdesk'), dir)
  try {
    const server = await within(10 * 60_000, 'the import in serve', () => measureServerImport(fresh, folder1k))
    figures.eventLoop = server.loop
    figures.serverRss = server.rss
  } catch (e) {
    figures.eventLoop = notMeasured('no block > 50 ms', e)
    figures.serverRss = notMeasured('< 500 MB', e)
  } finally {
    await fresh.stop()
  }

  log('Browser mode…')
  const served = await serve(file, dir)
  const browser = await launch()
  try {
    log('  open the project…')
    try {
      figures.openProject = await within(5 * 60_000, 'opening the project', () => measureOpen(browser, served, 5))
    } catch (e) {
      figures.openProject = notMeasured('median < 1 s', e)
    }
    // Each UI measure on a fresh page, time-limited: a failure or a crashed renderer is reported, not fatal.
    const ui = async (name: string, target: string, fn: (page: Page) => Promise<Figure>) => {
      log(`  ${name}…`)
      const page = await newPage(browser)
      page.setDefaultTimeout(60_000)
      try {
        figures[name] = await within(5 * 60_000, name, async () => {
          await page.goto(served.url)
          await settled(page)
          return fn(page)
        })
      } catch (e) {
        figures[name] = notMeasured(target, e)
      } finally {
        await page.close().catch(() => undefined)
      }
    }
    await ui('rendererHeap', '< 200 MB', measureHeap)
    await ui('renderLongArticle', '< 250 ms', (p) => measureRender(p, longest.title, 2_000, 5))
    await ui('tagToHighlight', 'p95 < 50 ms', (p) => measureTagging(p, 20))
    await ui('filterClaims', '< 50 ms', (p) => measureClaimFilter(p, 10))
    await ui('scrollClaims', 'no long tasks while scrolling', measureClaimScroll)
  } finally {
    await browser.close()
    await served.stop()
  }
} finally {
  neighbour?.stop()
  rmSync(dir, { recursive: true, force: true })
}
const minutes = (performance.now() - began) / 60_000
const ran = conditions(load, loadNow(), Boolean(neighbour))
log(`Run took ${minutes.toFixed(1)} min (${ran})`)

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`
const date = new Date().toISOString().slice(0, 10)
if (values.json)
  process.stdout.write(`${JSON.stringify({ machine, date, quick, conditions: ran, figures }, null, 2)}\n`)
else log(`\n${formatTable(figures)}\n\n${machine}, ${date}${quick ? ' (quick)' : ''}, ${ran}`)
if (values.readme) writeReadmeTable(join(import.meta.dirname, '..', 'README.md'), figures, machine, date, quick, ran)
