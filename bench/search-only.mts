/**
 * The bench's search figure on its own, at either scale, without the three-minute full run:
 *
 *   npx tsx bench/search-only.mts [ARTICLES] [SAMPLES] [--rebuild]
 *
 * Builds the project as `npm run bench` does (the corpus imported through the pipeline, the
 * matching index, then 10 passages and 2 claims per article and 2,000 highlights on the longest
 * article) once, keeps it in .bench/search-ARTICLES.factdesk for the next run, and prints the
 * figure: API and raw FTS5 medians and p95s, sampled interleaved, and their ratio.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { ensureIndexed } from '../src/main/services/matching/service'
import { generateCorpus } from './corpus'
import { writeCorpusFiles } from './files'
import { importFolder } from './measures/importSpeed'
import { measureSearch } from './measures/searchSpeed'
import { seedEditorial, seedHighlights, tempDir, workspace } from './project'
import { round } from './stats'

const [articles = 1_000, samples = 400] = process.argv
  .slice(2)
  .filter((a) => !a.startsWith('--'))
  .map(Number)
const keepDir = join(import.meta.dirname, '..', '.bench')
const file = join(keepDir, `search-${articles}.factdesk`)

if (process.argv.includes('--rebuild') || !existsSync(file)) {
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true })
  mkdirSync(keepDir, { recursive: true })
  const dir = tempDir()
  const ws = workspace()
  try {
    const t = performance.now()
    const corpus = [...generateCorpus({ articles, seed: 42 })]
    ws.create(file, 'Search bench')
    await importFolder(ws, writeCorpusFiles(join(dir, 'corpus'), corpus))
    ensureIndexed(ws)
    seedEditorial(ws, corpus, articles * 10, articles * 2)
    seedHighlights(ws, 2_000)
    console.log(`built ${file} in ${((performance.now() - t) / 1000).toFixed(0)} s`)
  } finally {
    ws.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

const ws = workspace()
ws.open(file, 'read')
try {
  const load = loadavg()[0].toFixed(2)
  const f = await measureSearch(ws, samples)
  console.log(
    `${articles} articles, ${samples} samples (load average ${load} before): ` +
      `API median ${round(f.median, 2)} ms, p95 ${round(f.p95, 2)} ms; ` +
      `raw median ${round(f.baseline?.median, 2)} ms, p95 ${round(f.baseline?.p95, 2)} ms; ` +
      `ratio ${round(f.ratio, 2)}; ${f.met ? 'met' : 'missed'}`
  )
} finally {
  ws.close()
}
