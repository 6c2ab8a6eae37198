/**
 * npx tsx bench/ui-tag.ts [--articles N] [--passages N] [--claims N] [--tags N] [--runs N]
 *   [--only openProject|tagToHighlight|renderLongArticle] [--trace DIR] [--shots DIR]
 *
 * Opening, tagging and the long-article render at a chosen scale, without the whole bench: N articles
 * (default 1,000) with 10 passages and 2 claims per article unless told otherwise (10,000 gives the
 * issue's 100,000 passages and 20,000 claims), plus 2,000 passages on the longest article, served
 * in browser mode from the built renderer (run `npm run build` first) and measured with the
 * bench's own UI measures. The seeded project is kept in .bench/ and copied for each run, so tags
 * from one run never reach the next. --trace writes a Chromium performance trace of the tagging
 * and prints where its main-thread time went; --shots saves screenshots of the library and reader;
 * --long tags in the long article with its 2,000 highlights.
 */
import Database from 'better-sqlite3'
import { copyFileSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { addArticle } from '../src/main/services/articles'
import { ensureIndexed } from '../src/main/services/matching/service'
import { launch, newPage, serve, settled } from './browser'
import { generateCorpus } from './corpus'
import { measureOpen, measureRender, measureTagging } from './measures/uiSpeed'
import { cachedProject, seedEditorial, seedHighlights, tempDir, workspace } from './project'
import type { Figure } from './stats'
import { formatTable } from './table'
import { takeShots } from './shots'
import { startTrace, summariseTrace } from './trace'

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    passages: { type: 'string' },
    claims: { type: 'string' },
    tags: { type: 'string', default: '20' },
    runs: { type: 'string', default: '5' },
    only: { type: 'string' },
    trace: { type: 'string' },
    /** Tag in the long article with its 2,000 highlights instead of the first article. */
    long: { type: 'boolean' },
    shots: { type: 'string' }
  }
})
const articles = Number(values.articles)
const scale = {
  articles,
  passages: Number(values.passages ?? articles * 10),
  claims: Number(values.claims ?? articles * 2)
}
const HIGHLIGHTS = 2_000
const log = (s: string) => process.stdout.write(`${s}\n`)

/** Articles through addArticle, the matching index, the editorial rows and the long article's highlights. */
function build(file: string): void {
  const began = performance.now()
  const corpus = [...generateCorpus({ articles: scale.articles, seed: 42 })]
  const ws = workspace()
  ws.create(file, `Tagging at ${scale.articles} articles`)
  ws.write(
    ({ db, editor, at }) => {
      for (const a of corpus) addArticle(db, { ...a, language: 'en', source: 'bench' }, editor, at, { index: false })
    },
    { undoable: false }
  )
  // The tag dialog asks for matches; an unindexed project would index itself inside the measure.
  ensureIndexed(ws)
  seedEditorial(ws, corpus, scale.passages, scale.claims)
  seedHighlights(ws, HIGHLIGHTS)
  ws.close()
  log(`Built in ${((performance.now() - began) / 1000).toFixed(0)} s`)
}

/** Puts an article in pane 1 by title and waits for its highlights. */
async function showInPane1(page: Awaited<ReturnType<typeof newPage>>, articleTitle: string): Promise<void> {
  const pane = page.getByRole('region', { name: 'Reader pane 1' })
  const picker = pane.getByRole('combobox', { name: 'Article in pane 1' })
  // Focus adds any options the picker has not added yet (it adds them in idle time).
  await picker.focus()
  const value = await picker
    .locator('option')
    .evaluateAll((os, t) => (os as HTMLOptionElement[]).find((o) => o.textContent?.includes(t))?.value, articleTitle)
  if (!value) throw new Error(`article "${articleTitle}" is not in the picker`)
  await picker.selectOption(value)
  await pane.getByRole('heading', { name: articleTitle }).waitFor()
  await pane.locator('mark[data-passage-id]').first().waitFor()
}

/** The longest article's title, as seedHighlights chose it; read back from a cached project. */
function longestTitle(file: string): string {
  const db = new Database(file, { readonly: true })
  try {
    return (db.prepare('SELECT title FROM articles ORDER BY length(body) DESC LIMIT 1').get() as { title: string })
      .title
  } finally {
    db.close()
  }
}

const cached = cachedProject(`ui-tag-${scale.articles}-${scale.passages}-${scale.claims}`, (file) => {
  log(`Seeding ${scale.articles} articles, ${scale.passages} passages, ${scale.claims} claims…`)
  build(file)
})

const dir = tempDir()
const figures: Record<string, Figure> = {}
try {
  const file = join(dir, 'project.factdesk')
  copyFileSync(cached, file)
  const title = longestTitle(file)
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
        await settled(page)
        if (values.long && name === 'tagToHighlight') await showInPane1(page, title)
        const trace = values.trace ? await startTrace(page) : null
        figures[name] = await fn(page)
        if (trace && values.trace) {
          mkdirSync(values.trace, { recursive: true })
          const path = join(values.trace, `${name}-${scale.articles}.json`)
          const events = await trace.stop(path)
          log(summariseTrace(events))
          log(`  trace: ${path}`)
        }
      } finally {
        await page.close()
      }
    }
    if (values.shots) {
      const shots = values.shots
      mkdirSync(shots, { recursive: true })
      log('  screenshots…')
      const page = await newPage(browser)
      try {
        await page.goto(served.url)
        await settled(page)
        for (const note of await takeShots(page, shots, String(scale.articles), title)) log(`    ${note}`)
      } finally {
        await page.close()
      }
    }
    if (!values.only || values.only === 'openProject') {
      log('  openProject…')
      figures.openProject = await measureOpen(browser, served, Number(values.runs))
    }
    await ui('renderLongArticle', (p) => measureRender(p, title, HIGHLIGHTS, Number(values.runs)))
    await ui('tagToHighlight', (p) => measureTagging(p, Number(values.tags)))
  } finally {
    await browser.close()
    await served.stop()
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
log(`\n${formatTable(figures)}`)
