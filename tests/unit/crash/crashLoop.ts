// The crash loop: a writer (the services in a child process, `factdesk serve` over HTTP, or
// one CLI command after another) is SIGKILLed at a seeded random moment, again and again. After
// every kill the project must open, pass SQLite's integrity check, and hold every write the
// writer acknowledged, each one whole (verify.ts).
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readSetting } from '../../../src/main/services/settings'
import { Workspace } from '../../../src/main/services/workspace'
import { Rng } from '../fuzz/random'
import { emptyModel, verify, type ChildRun } from './verify'
import { followLines, runCliWriter, runServeWriter, type KillPlan } from './writers'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const CHILD = fileURLToPath(new URL('./crashChild.ts', import.meta.url))

export type WriterKind = 'services' | 'serve' | 'cli'

export interface CrashLoopOptions {
  kills: number
  seed?: number
  writer?: WriterKind
  /** Longest wait, once the child is writing, before the kill. */
  maxDelayMs?: number
  log?: (line: string) => void
}

export interface CrashLoopResult {
  kills: number
  killedWhileOpening: number
  /** Kills that landed while a call was under way. */
  killedInWrite: number
  acknowledged: number
  verified: number
  articles: number
  passages: number
  claims: number
  seconds: number
}

export async function runCrashLoop(opts: CrashLoopOptions): Promise<CrashLoopResult> {
  const started = Date.now()
  const seed = opts.seed ?? 20260302
  const writer = opts.writer ?? 'services'
  const rng = new Rng(seed)
  const log = opts.log ?? (() => {})
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-crash-'))
  const file = join(dir, 'crash.factdesk')
  const model = emptyModel()
  const result: CrashLoopResult = {
    kills: 0,
    killedWhileOpening: 0,
    killedInWrite: 0,
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
    model.settings = ws.read((db) => ({ title: readSetting(db, 'title'), editorName: readSetting(db, 'editorName') }))
    ws.close()
    for (let run = 0; run < opts.kills; run++) {
      const plan = killPlan(rng, opts.maxDelayMs ?? 400)
      const childSeed = rng.int(1, 2 ** 31)
      const child =
        writer === 'services'
          ? await runChild(file, childSeed, run, plan)
          : writer === 'serve'
            ? await runServeWriter(ROOT, file, childSeed, run, plan)
            : await runCliWriter(ROOT, file, childSeed, run)
      if (child.failure) throw new Error(`run ${run}: the writer failed before the kill: ${child.failure}`)
      result.kills++
      if (!child.ready) result.killedWhileOpening++
      if (child.inFlight) result.killedInWrite++
      result.acknowledged += child.acks.length
      const counts = verify(ROOT, file, model, child, run)
      result.verified += child.acks.length
      Object.assign(result, counts)
      log(
        `kill ${run + 1}/${opts.kills} (${writer}): ${writer === 'cli' ? 'at a seeded moment of the run' : describePlan(plan)}${child.ready ? '' : ', while opening'}, ` +
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

/**
 * When to kill. A write is a small part of a writer's time, so half the kills are aimed: just
 * after the writer says it begins its N-th call, inside the call's statements, where a missing
 * transaction would show. The rest land at random, some while the project is still opening.
 */
function killPlan(rng: Rng, maxDelayMs: number): KillPlan {
  const roll = rng.next()
  if (roll < 0.5) return { kind: 'begin', nth: rng.int(1, 6), delayMs: rng.int(0, 3) }
  if (roll < 0.6) return { kind: 'start', delayMs: rng.int(0, 900) }
  return { kind: 'ready', delayMs: rng.int(0, maxDelayMs) }
}

function describePlan(p: KillPlan): string {
  if (p.kind === 'begin') return `${p.delayMs} ms into call ${p.nth}`
  return p.kind === 'start' ? `${p.delayMs} ms after start` : `after ${p.delayMs} ms of writing`
}

function runChild(file: string, seed: number, run: number, plan: KillPlan): Promise<ChildRun> {
  return new Promise((resolvePromise, reject) => {
    const out: ChildRun = { acks: [], inFlight: null, ready: false, failure: null }
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file, String(seed), String(run)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let buffer = ''
    let stderr = ''
    const kill = () => child.kill('SIGKILL')
    const timer = plan.kind === 'start' ? setTimeout(kill, plan.delayMs) : null
    // A writer that never gets going is a failure, not a hang.
    const guard = setTimeout(kill, 30_000)
    const onLine = followLines(out, plan, kill)
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk
      let nl: number
      while ((nl = buffer.indexOf('\n')) >= 0) {
        onLine(buffer.slice(0, nl))
        buffer = buffer.slice(nl + 1)
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
