// Import throughput and search latency through the real code paths.
//   node bench/import-search.mjs [--files 1000] [--articles 3000] [--queries 200]
// 1. Writes N invented articles (half .txt, half .html with page furniture) to a temp folder and
//    times `factdesk import FILE FOLDER --json` end to end (a child process, as a user runs it).
// 2. Builds a project of M articles, then times `search.query` through the dispatcher.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const { values } = parseArgs({
  options: { files: { type: 'string' }, articles: { type: 'string' }, queries: { type: 'string' } }
})
const FILES = Number(values.files ?? 1000)
const ARTICLES = Number(values.articles ?? 3000)
const QUERIES = Number(values.queries ?? 200)

const WORDS =
  'harbour bridge council ferry reservoir orchard grant tolls cables corrosion inspection commissioner union rota agreement budget library hours dredging channel silt survey landlord rent cafe quay anglers records level capacity farmers leaks pipes households statement report minutes treasurer lighthouse fund overspent operator company passengers timetable'.split(
    ' '
  )
let seed = 42
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
const pick = () => WORDS[Math.floor(rand() * WORDS.length)]
const sentence = () => {
  const n = 8 + Math.floor(rand() * 14)
  const w = Array.from({ length: n }, pick)
  return `${w[0][0].toUpperCase()}${w[0].slice(1)} ${w.slice(1).join(' ')}.`
}
const paragraph = () => Array.from({ length: 3 + Math.floor(rand() * 4) }, sentence).join(' ')
const body = (i) => [`Article number ${i}.`, ...Array.from({ length: 5 + Math.floor(rand() * 6) }, paragraph)]

function html(i) {
  const paras = body(i)
    .map((p) => `<p>${p}</p>`)
    .join('\n')
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story ${i}</title>
<meta property="og:site_name" content="Outlet ${i % 12}"><meta property="article:published_time" content="2026-0${1 + (i % 9)}-1${i % 10}">
<style>.ad{color:red}</style><script>var tracking=${i}</script></head><body>
<nav><a href="/">Home</a><a href="/news">News</a></nav><div class="ad">Advert</div>
<article><h1>Story ${i}: ${sentence()}</h1>${paras}</article><footer>© Outlet</footer></body></html>`
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}
function p95(xs) {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]
}

const tmp = mkdtempSync(join(tmpdir(), 'factdesk-bench-'))
try {
  // 1. Import throughput.
  const dir = join(tmp, 'articles')
  mkdirSync(dir)
  for (let i = 0; i < FILES; i++) {
    if (i % 2) writeFileSync(join(dir, `story-${i}.html`), html(i))
    else
      writeFileSync(
        join(dir, `story-${i}.txt`),
        `date 2026-03-${String(1 + (i % 28)).padStart(2, '0')} Story ${i}\n\n${body(i).join('\n\n')}\n`
      )
  }
  const file = join(tmp, 'bench.factdesk')
  const bin = join(ROOT, 'bin', 'factdesk.mjs')
  const env = { ...process.env, FACTDESK_CONFIG_DIR: join(tmp, 'config') }
  spawnSync(process.execPath, [bin, 'new', file], { env })
  const t0 = performance.now()
  const r = spawnSync(process.execPath, [bin, 'import', file, dir, '--json'], { env, maxBuffer: 64 * 2 ** 20 })
  const importMs = performance.now() - t0
  const out = JSON.parse(r.stdout.toString())
  const t1 = performance.now()
  spawnSync(process.execPath, [bin, 'info', file], { env })
  const startupMs = performance.now() - t1
  console.log(
    `import: ${FILES} files (${FILES / 2} .txt, ${FILES / 2} .html) in ${(importMs / 1000).toFixed(2)} s wall ` +
      `(${(FILES / (importMs / 1000)).toFixed(0)} files/s; CLI start-up ≈ ${(startupMs / 1000).toFixed(2)} s of that) — ` +
      `imported ${out.imported.length}, skipped ${out.skipped.length}, failed ${out.failed.length}, exit ${r.status}`
  )

  // 2. Search latency over ARTICLES articles, through the dispatcher as every transport calls it.
  const { tsImport } = await import('tsx/esm/api')
  const { Workspace } = await tsImport('../src/main/services/workspace.ts', import.meta.url)
  const { addArticle } = await tsImport('../src/main/services/articles.ts', import.meta.url)
  const { createHandlers } = await tsImport('../src/main/services/handlers.ts', import.meta.url)
  const { dispatch } = await tsImport('../src/main/services/dispatch.ts', import.meta.url)
  const ws = new Workspace({ via: 'bench', resourcesDir: join(ROOT, 'resources'), recent: null })
  ws.create(join(tmp, 'search.factdesk'), 'Search bench')
  for (let start = 0; start < ARTICLES; start += 500) {
    ws.write(
      ({ db, editor, at }) => {
        for (let i = start; i < Math.min(ARTICLES, start + 500); i++) {
          addArticle(
            db,
            { title: `Story ${i}: ${sentence()}`, body: body(i).join('\n\n'), outlet: `Outlet ${i % 12}` },
            editor,
            at
          )
        }
      },
      { undoable: false }
    )
  }
  const handlers = createHandlers(ws, { version: 'bench', shell: 'browser' })
  const queries = Array.from({ length: QUERIES }, (_, i) =>
    i % 4 === 0
      ? pick().slice(0, 4)
      : i % 4 === 1
        ? `${pick()} ${pick()}`
        : i % 4 === 2
          ? pick()
          : `"${pick()} ${pick()}" OR ${pick()}`
  )
  for (const q of queries.slice(0, 10)) await dispatch(handlers, 'search.query', { q })
  const times = []
  let hits = 0
  for (const q of queries) {
    const t = performance.now()
    const res = await dispatch(handlers, 'search.query', { q })
    times.push(performance.now() - t)
    if (!res.ok) throw new Error(res.error.message)
    hits += res.value.length
  }
  ws.close()
  console.log(
    `search: ${QUERIES} queries over ${ARTICLES} articles — median ${median(times).toFixed(1)} ms, p95 ${p95(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms (avg ${(hits / QUERIES).toFixed(0)} hits)`
  )
} finally {
  rmSync(tmp, { recursive: true, force: true })
}
