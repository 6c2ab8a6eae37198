/**
 * Matching latency over a large project: 10,000 synthetic articles (300–2,000 words, with
 * statements repeated across outlets in reworded forms) are added through the real addArticle
 * path (which indexes them), then 50 passages are looked up through the real dispatcher.
 *
 *   npx tsx scripts/bench-matching.mts [ARTICLES] [--keep]
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { addArticle } from '../src/main/services/articles.ts'
import { dispatch } from '../src/main/services/dispatch.ts'
import { createHandlers } from '../src/main/services/handlers.ts'
import { Workspace } from '../src/main/services/workspace.ts'

const ARTICLES = Number(process.argv[2] ?? 10_000)
const KEEP = process.argv.includes('--keep')

let seed = 12345
const rand = () => {
  seed = (seed + 0x6d2b79f5) >>> 0
  let t = seed
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const pick = <T,>(xs: T[]) => xs[Math.floor(rand() * xs.length)]
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1))

const SYL = [
  'ka',
  'lo',
  'mer',
  'tan',
  'vel',
  'ris',
  'do',
  'pra',
  'sun',
  'gal',
  'fen',
  'bro',
  'mi',
  'tor',
  'lin',
  'ash',
  'quo',
  'zer',
  'hal',
  'nu'
]
const VOCAB = Array.from({ length: 20_000 }, (_, i) => {
  let w = ''
  let n = i
  do {
    w += SYL[n % SYL.length]
    n = Math.floor(n / SYL.length)
  } while (n > 0)
  return w + pick(['', 'ed', 'ing', 's', 'er', 'ion'])
})
const FUNCTION = [
  'the',
  'a',
  'of',
  'to',
  'and',
  'in',
  'that',
  'is',
  'was',
  'for',
  'on',
  'with',
  'said',
  'by',
  'at',
  'it'
]
// Zipf-like: low indexes are far more frequent.
const zipfWord = () => VOCAB[Math.floor(Math.pow(rand(), 2.2) * VOCAB.length)]
const sentence = (len: number) => {
  const ws = Array.from({ length: len }, () => (rand() < 0.4 ? pick(FUNCTION) : zipfWord()))
  ws[0] = ws[0][0].toUpperCase() + ws[0].slice(1)
  return ws.join(' ') + '.'
}

// 1,000 statements, each reported by about 20 outlets in reworded forms.
const STATEMENTS = Array.from({ length: 1000 }, () => Array.from({ length: int(10, 18) }, () => zipfWord()))
const reword = (words: string[]) => {
  const w = words.filter(() => rand() > 0.15).map((x) => (rand() < 0.1 ? zipfWord() : x))
  const core = w.join(' ')
  return pick([
    `"${core[0].toUpperCase()}${core.slice(1)}," the minister said.`,
    `The minister said ${core}.`,
    `Officials said that ${core}, according to the statement.`,
    `${core[0].toUpperCase()}${core.slice(1)}.`
  ])
}

function article(i: number): { title: string; body: string; statements: string[] } {
  const words = int(300, 2000)
  const paras: string[] = []
  const statements: string[] = []
  let count = 0
  while (count < words) {
    const sents: string[] = []
    for (let k = int(2, 5); k > 0; k--) {
      if (rand() < 0.06) {
        const s = int(0, STATEMENTS.length - 1)
        const text = reword(STATEMENTS[s])
        statements.push(text)
        sents.push(text)
        count += STATEMENTS[s].length + 4
      } else {
        const len = int(8, 28)
        sents.push(sentence(len))
        count += len
      }
    }
    paras.push(sents.join(' '))
  }
  return { title: `Synthetic report ${i}`, body: paras.join('\n\n'), statements }
}

const dir = mkdtempSync(join(tmpdir(), 'factdesk-bench-'))
const file = join(dir, 'bench.factdesk')
const ws = new Workspace({
  via: 'the matching benchmark',
  resourcesDir: join(process.cwd(), 'resources'),
  recent: null
})
ws.create(file, 'Matching benchmark')
const bodies: { id: number; body: string; statements: string[] }[] = []
const t0 = performance.now()
const BATCH = 250
for (let first = 0; first < ARTICLES; first += BATCH) {
  ws.write(
    ({ db, editor, at }) => {
      for (let i = first; i < Math.min(ARTICLES, first + BATCH); i++) {
        const a = article(i)
        const saved = addArticle(
          db,
          { title: a.title, outlet: `Outlet ${i % 40}`, body: a.body, language: 'en' },
          editor,
          at
        )
        if (a.statements.length) bodies.push({ id: saved.id, body: saved.body, statements: a.statements })
      }
    },
    { undoable: false }
  )
  if ((first / BATCH) % 8 === 0)
    process.stderr.write(`  ${first + BATCH} articles, ${((performance.now() - t0) / 1000).toFixed(0)} s\n`)
}
const buildSeconds = (performance.now() - t0) / 1000
const stats = ws.read((db) => ({
  sentences: db.prepare('SELECT count(*) FROM match_sentences').pluck().get() as number,
  postings: db.prepare('SELECT sum(doc) FROM match_vocab').pluck().get() as number,
  terms: db.prepare('SELECT count(*) FROM match_vocab').pluck().get() as number
}))

const handlers = createHandlers(ws, { version: 'bench', shell: 'browser' })
const times: number[] = []
let hits = 0
for (let k = 0; k < 50; k++) {
  const a = pick(bodies)
  // The passage: one of the article's restated statements, as the editor would select it.
  const s = pick(a.statements)
  const start = a.body.indexOf(s)
  const t = performance.now()
  const r = await dispatch(handlers, 'match.forSpan', { articleId: a.id, start, end: start + s.length, limit: 10 })
  times.push(performance.now() - t)
  if (!r.ok) throw new Error(r.error.message)
  if (r.value.length > 0) hits++
}
times.sort((x, y) => x - y)
const q = (p: number) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)]
const size = statSync(file).size
ws.close()
console.log(
  JSON.stringify(
    {
      articles: ARTICLES,
      buildSeconds: Math.round(buildSeconds),
      ...stats,
      fileMB: Math.round(size / 1e6),
      lookups: times.length,
      withResults: hits,
      medianMs: Math.round(q(0.5) * 10) / 10,
      p95Ms: Math.round(q(0.95) * 10) / 10,
      maxMs: Math.round(times[times.length - 1] * 10) / 10
    },
    null,
    1
  )
)
if (!KEEP) rmSync(dir, { recursive: true, force: true })
else console.log(`kept ${file}`)
