// The crash loop: a child process writes through the real services and is SIGKILLed at a seeded
// random moment, again and again. After every kill the project must open, pass SQLite's
// integrity check, and hold every write the child acknowledged, each one whole.
import Database from 'better-sqlite3'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readSetting } from '../../../src/main/services/settings'
import { Workspace } from '../../../src/main/services/workspace'
import { Rng } from '../fuzz/random'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const CHILD = fileURLToPath(new URL('./crashChild.ts', import.meta.url))

export interface CrashLoopOptions {
  kills: number
  seed?: number
  /** Longest wait, once the child is writing, before the kill. */
  maxDelayMs?: number
  log?: (line: string) => void
}

export interface CrashLoopResult {
  kills: number
  killedWhileOpening: number
  acknowledged: number
  verified: number
  articles: number
  passages: number
  claims: number
  seconds: number
}

type Ack =
  | { op: 'paste'; id: number; title: string; hash: string }
  | { op: 'tag'; passageId: number; claimId: number | null; note: string }
  | { op: 'status'; id: number; status: string; rationale: string }
  | { op: 'settings'; title: string; editorName: string }
type Begin = { op: Ack['op'] } & Record<string, unknown>

interface ChildRun {
  acks: Ack[]
  /** The call under way when the kill landed: it may or may not have committed. */
  inFlight: Begin | null
  ready: boolean
  failure: string | null
}

/** What the acknowledged writes say the project must hold. */
interface Model {
  articles: Map<number, { title: string; hash: string }>
  passages: Map<number, { claimId: number | null; note: string }>
  status: Map<number, { status: string; rationale: string }>
  title: string | null
}

export async function runCrashLoop(opts: CrashLoopOptions): Promise<CrashLoopResult> {
  const started = Date.now()
  const seed = opts.seed ?? 20260302
  const rng = new Rng(seed)
  const log = opts.log ?? (() => {})
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-crash-'))
  const file = join(dir, 'crash.factdesk')
  const model: Model = { articles: new Map(), passages: new Map(), status: new Map(), title: null }
  const result: CrashLoopResult = {
    kills: 0,
    killedWhileOpening: 0,
    acknowledged: 0,
    verified: 0,
    articles: 0,
    passages: 0,
    claims: 0,
    seconds: 0
  }
  try {
    const ws = new Workspace({ via: 'the crash loop', resourcesDir: join(ROOT, 'resources'), recent: null })
    ws.create(file, 'Crash loop')
    ws.close()
    for (let run = 0; run < opts.kills; run++) {
      // Now and then the kill lands while the child is still opening the project.
      const early = rng.chance(0.15)
      const delay = early ? rng.int(0, 900) : rng.int(0, opts.maxDelayMs ?? 400)
      const child = await runChild(file, rng.int(1, 2 ** 31), run, early, delay)
      if (child.failure) throw new Error(`run ${run}: the writer failed before the kill: ${child.failure}`)
      result.kills++
      if (!child.ready) result.killedWhileOpening++
      result.acknowledged += child.acks.length
      const counts = verify(file, model, child, run)
      result.verified += child.acks.length
      Object.assign(result, counts)
      log(
        `kill ${run + 1}/${opts.kills}: ${child.ready ? (early ? `${delay} ms after start` : `after ${delay} ms of writing`) : 'while opening'}, ` +
          `${child.acks.length} acknowledged${child.inFlight ? `, killed during ${child.inFlight.op}` : ''}; ` +
          `${counts.articles} articles, ${counts.passages} passages, ${counts.claims} claims, all present, integrity ok`
      )
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  result.seconds = (Date.now() - started) / 1000
  return result
}

function runChild(file: string, seed: number, run: number, early: boolean, delay: number): Promise<ChildRun> {
  return new Promise((resolvePromise, reject) => {
    const out: ChildRun = { acks: [], inFlight: null, ready: false, failure: null }
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file, String(seed), String(run)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let buffer = ''
    let stderr = ''
    let timer: NodeJS.Timeout | null = null
    const kill = () => child.kill('SIGKILL')
    if (early) timer = setTimeout(kill, delay)
    // A writer that never gets going is a failure, not a hang.
    const guard = setTimeout(kill, 30_000)
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk
      let nl: number
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl)
        buffer = buffer.slice(nl + 1)
        const space = line.indexOf(' ')
        const tag = line.slice(0, space)
        const value = JSON.parse(line.slice(space + 1))
        if (tag === 'READY') {
          out.ready = true
          if (!early) timer = setTimeout(kill, delay)
        } else if (tag === 'BEGIN') out.inFlight = value
        else if (tag === 'ACK') {
          out.acks.push(value)
          out.inFlight = null
        } else if (tag === 'FAIL') out.failure = JSON.stringify(value)
      }
    })
    child.stderr.on('data', (d) => (stderr += String(d)))
    child.on('error', reject)
    // 'close', not 'exit': every line the child printed has been read by then.
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer)
      clearTimeout(guard)
      if (signal !== 'SIGKILL' && !out.failure) out.failure = `exited with ${code}: ${stderr.trim().slice(-500)}`
      resolvePromise(out)
    })
  })
}

function check(cond: unknown, run: number, what: string): asserts cond {
  if (!cond) throw new Error(`after kill ${run + 1}: ${what}`)
}

function verify(file: string, model: Model, child: ChildRun, run: number) {
  // The project opens for writing through the real path (lock takeover, WAL recovery, quick_check).
  const ws = new Workspace({ via: 'the crash loop check', resourcesDir: join(ROOT, 'resources'), recent: null })
  ws.open(file, 'write')
  ws.close()

  // Writable only because FTS5's integrity-check command is spelled as an INSERT.
  const db = new Database(file, { fileMustExist: true })
  try {
    check(db.pragma('integrity_check', { simple: true }) === 'ok', run, 'integrity_check is not ok')
    check((db.pragma('foreign_key_check') as unknown[]).length === 0, run, 'foreign_key_check found orphans')
    for (const fts of ['articles_fts', 'passages_fts', 'claims_fts']) {
      db.exec(`INSERT INTO ${fts}(${fts}) VALUES ('integrity-check')`)
    }
    for (const a of child.acks) {
      if (a.op === 'paste') model.articles.set(a.id, { title: a.title, hash: a.hash })
      else if (a.op === 'tag') model.passages.set(a.passageId, { claimId: a.claimId, note: a.note })
      else if (a.op === 'status') model.status.set(a.id, { status: a.status, rationale: a.rationale })
      else model.title = a.title
    }
    const flight = child.inFlight
    for (const [id, want] of model.articles) {
      const row = db.prepare('SELECT title, content_hash AS hash FROM articles WHERE id = ?').get(id)
      check(row, run, `acknowledged article ${id} (${want.title}) is missing`)
      check(JSON.stringify(row) === JSON.stringify(want), run, `article ${id} differs: ${JSON.stringify(row)}`)
    }
    for (const [id, want] of model.passages) {
      const row = db
        .prepare(
          'SELECT p.note, l.claim_id AS claimId FROM passages p LEFT JOIN links l ON l.passage_id = p.id WHERE p.id = ?'
        )
        .get(id) as { note: string; claimId: number | null } | undefined
      check(row, run, `acknowledged passage ${id} is missing`)
      check(row.note === want.note && row.claimId === want.claimId, run, `passage ${id} lost its link or note`)
    }
    for (const [id, want] of model.status) {
      const row = db.prepare('SELECT status, rationale FROM claims WHERE id = ?').get(id) as typeof want
      const inFlightHere = flight?.op === 'status' && flight.id === id
      const matches = (w: { status: unknown; rationale: unknown }) =>
        row.status === w.status && row.rationale === w.rationale
      check(
        matches(want) || (inFlightHere && !!flight && matches({ status: flight.status, rationale: flight.rationale })),
        run,
        `claim ${id} status ${JSON.stringify(row)}`
      )
      model.status.set(id, row)
    }
    const title = readSetting(db, 'title')
    if (model.title !== null) {
      check(
        title === model.title || (flight?.op === 'settings' && flight.title === title),
        run,
        `title ${title}, expected ${model.title} or in-flight ${JSON.stringify(flight)}`
      )
    }
    model.title = title

    // Nothing half-written: every passage has its link, every claim a passage, and no row
    // exists beyond the acknowledged ones and the single call that was under way.
    const unlinked = db.prepare('SELECT count(*) FROM passages WHERE id NOT IN (SELECT passage_id FROM links)')
    check(unlinked.pluck().get() === 0, run, 'a passage lost its link')
    const orphanClaims = db.prepare('SELECT count(*) FROM claims WHERE id NOT IN (SELECT claim_id FROM links)')
    check(orphanClaims.pluck().get() === 0, run, 'a claim was created without its passage')
    const articleIds = db.prepare('SELECT id FROM articles').pluck().all() as number[]
    const extraArticles = articleIds.filter((id) => !model.articles.has(id))
    check(extraArticles.length <= (flight?.op === 'paste' ? 1 : 0), run, `unexpected articles ${extraArticles}`)
    const passageIds = db.prepare('SELECT id FROM passages').pluck().all() as number[]
    const extraPassages = passageIds.filter((id) => !model.passages.has(id))
    check(extraPassages.length <= (flight?.op === 'tag' ? 1 : 0), run, `unexpected passages ${extraPassages}`)
    // The in-flight call that did commit is part of the project now.
    const adopt = db.prepare('SELECT a.id, a.title, a.content_hash AS hash FROM articles a WHERE a.id = ?')
    for (const id of extraArticles) {
      const r = adopt.get(id) as { id: number; title: string; hash: string }
      model.articles.set(id, { title: r.title, hash: r.hash })
    }
    for (const id of extraPassages) {
      const r = db
        .prepare(
          'SELECT p.note, l.claim_id AS claimId FROM passages p JOIN links l ON l.passage_id = p.id WHERE p.id = ?'
        )
        .get(id) as { note: string; claimId: number }
      model.passages.set(id, r)
    }
    return {
      articles: articleIds.length,
      passages: passageIds.length,
      claims: db.prepare('SELECT count(*) FROM claims').pluck().get() as number
    }
  } finally {
    db.close()
  }
}
