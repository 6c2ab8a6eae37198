// The crash loop's other writers: `factdesk serve` answering the HTTP API, and one `factdesk`
// CLI command after another. Both report BEGIN / ACK as the services child does; an ACK is an
// answer received (HTTP 200 with ok, or exit 0 with --json output), so the write was committed.
import Database from 'better-sqlite3'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { Rng } from '../fuzz/random'
import { nextOp, type Ack, type Op } from './ops'
import type { ChildRun } from './verify'

export type KillPlan =
  | { kind: 'start' | 'ready'; delayMs: number }
  /** Killed delayMs after the writer begins its nth call. */
  | { kind: 'begin'; nth: number; delayMs: number }

/** Reads a writer's READY / BEGIN / ACK / FAIL lines and kills it as the plan says. */
export function followLines(out: ChildRun, plan: KillPlan, kill: () => void): (line: string) => void {
  let begins = 0
  return (line) => {
    const space = line.indexOf(' ')
    const tag = line.slice(0, space)
    const value = JSON.parse(line.slice(space + 1))
    if (tag === 'READY') {
      out.ready = true
      if (plan.kind === 'ready') setTimeout(kill, plan.delayMs)
    } else if (tag === 'BEGIN') {
      out.inFlight = value
      if (plan.kind === 'begin' && ++begins === plan.nth) setTimeout(kill, plan.delayMs)
    } else if (tag === 'ACK') {
      out.acks.push(value)
      out.inFlight = null
    } else if (tag === 'FAIL') out.failure = JSON.stringify(value)
  }
}

const factdesk = (root: string, args: string[], env: NodeJS.ProcessEnv = process.env): ChildProcess =>
  spawn(process.execPath, [join(root, 'bin', 'factdesk.mjs'), ...args], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  })

const exited = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) =>
    child.once('close', (code, signal) => r({ code, signal }))
  )

export async function runServeWriter(
  root: string,
  file: string,
  seed: number,
  run: number,
  plan: KillPlan
): Promise<ChildRun> {
  const out: ChildRun = { acks: [], inFlight: null, ready: false, failure: null }
  const configDir = join(dirname(file), 'config')
  const child = factdesk(root, ['serve', file, '--no-open'], { ...process.env, FACTDESK_CONFIG_DIR: configDir })
  const done = exited(child)
  let killed = false
  const kill = () => {
    killed = true
    child.kill('SIGKILL')
  }
  const onLine = followLines(out, plan, kill)
  if (plan.kind === 'start') setTimeout(kill, plan.delayMs)
  const guard = setTimeout(kill, 30_000)
  const url = await new Promise<URL | null>((resolve) => {
    let text = ''
    child.stdout!.on('data', (d: Buffer) => {
      text += d.toString()
      const m = /Factdesk ready at (\S+)/.exec(text)
      if (m) resolve(new URL(m[1]))
    })
    void done.then(() => resolve(null))
  })
  if (url) {
    const call = async (channel: string, input: unknown) => {
      const res = await fetch(new URL(`/api/${channel}`, url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Factdesk-Token': url.searchParams.get('token')! },
        body: JSON.stringify(input)
      })
      const r = (await res.json()) as { ok: boolean; value?: unknown; error?: unknown }
      if (!r.ok) throw Object.assign(new Error(JSON.stringify(r.error)), { refused: true })
      return r.value
    }
    try {
      const state = {
        articles: ((await call('articles.list', {})) as { id: number; chars: number }[]).map(({ id, chars }) => ({
          id,
          chars
        })),
        claims: ((await call('claims.list', {})) as { id: number }[]).map((c) => c.id)
      }
      onLine(`READY {}`)
      const rng = new Rng(seed)
      for (let n = 0; !killed; n++) {
        const op = nextOp(rng, state, `S${run}-${n}`)
        onLine(`BEGIN ${JSON.stringify(op.begin)}`)
        const value = await call(op.channel, op.input)
        onLine(`ACK ${JSON.stringify(op.ack(value))}`)
      }
    } catch (e) {
      // A refused call is a failure; a connection cut by the kill is the end of the run.
      if ((e as { refused?: boolean }).refused) out.failure = (e as Error).message
    }
  }
  const { signal } = await done
  clearTimeout(guard)
  if (signal !== 'SIGKILL' && !out.failure) out.failure = `serve exited without being killed`
  return out
}

function readBodies(file: string): Map<number, string> {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    const rows = db.prepare('SELECT id, body FROM articles ORDER BY id').all() as { id: number; body: string }[]
    return new Map(rows.map((r) => [r.id, r.body]))
  } finally {
    db.close()
  }
}

/** One CLI command per call: import (a paste), tag, status, settings. */
function cliArgs(op: Op, file: string, work: string, bodies: Map<number, string>): string[] {
  const i = op.input as Record<string, string> & Record<'articleId' | 'start' | 'end' | 'id' | 'claimId', number>
  if (op.channel === 'articles.paste') {
    const text = join(work, `${i.title.replace(/\W+/g, '-')}.txt`)
    writeFileSync(text, `${i.title}\n\n${i.body}\n`)
    return ['import', file, text, '--json']
  }
  if (op.channel === 'passages.tag') {
    const quote = bodies.get(i.articleId)!.slice(i.start, i.end)
    const claim = i.claimId ? [`--claim=${i.claimId}`] : [`--new-claim=${i.newClaimText}`]
    return [
      'tag',
      file,
      `--article=${i.articleId}`,
      `--quote=${quote}`,
      `--kind=${i.kind}`,
      ...claim,
      `--note=${i.note}`,
      '--json'
    ]
  }
  if (op.channel === 'claims.update') {
    return ['status', file, `--claim=${i.id}`, `--set=${i.status}`, `--rationale=${i.rationale}`, '--json']
  }
  return ['settings', file, `--title=${i.title}`, `--editor=${i.editorName}`, '--json']
}

/** The CLI prints what it did; this turns it into the answer the services would have given. */
function cliAnswer(op: Op, json: unknown): Ack {
  if (op.channel === 'articles.paste') {
    const a = (json as { imported: { id: number; title: string }[] }).imported[0]
    if (!a) throw new Error(`import imported nothing: ${JSON.stringify(json)}`)
    // The importer normalises the text: the stored body is checked for presence, not by hash.
    return { ...op.ack({ id: a.id, title: a.title, body: op.input.body }), hash: null } as Ack
  }
  return op.ack(op.channel === 'claims.update' || op.channel === 'settings.update' ? null : json)
}

export async function runCliWriter(root: string, file: string, seed: number, run: number): Promise<ChildRun> {
  const out: ChildRun = { acks: [], inFlight: null, ready: true, failure: null }
  const work = join(dirname(file), `cli-${run}`)
  mkdirSync(work, { recursive: true })
  // What the writer knows of the project, read while no command runs.
  const bodies = readBodies(file)
  const db = new Database(file, { readonly: true, fileMustExist: true })
  const claims = db.prepare('SELECT id FROM claims').pluck().all() as number[]
  db.close()
  const state = { articles: [...bodies].map(([id, body]) => ({ id, chars: body.length })), claims }
  const rng = new Rng(seed)
  // A command spends most of its life starting (tsx, opening the project), about 1.5 s: the
  // kill lands at a moment of the run, in whichever command is running then.
  const deadline = Date.now() + rng.int(300, 6_000)
  for (let n = 0; ; n++) {
    const op = nextOp(rng, state, `C${run}-${n}`)
    // CLI bodies stay small: a command per call already takes a second.
    if (op.channel === 'articles.paste') op.input.body = rng.words(rng.int(50, 800), `C${run}-${n}`)
    out.inFlight = op.begin
    const child = factdesk(root, cliArgs(op, file, work, bodies))
    let stdout = ''
    let stderr = ''
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), Math.max(0, deadline - Date.now()))
    const guard = setTimeout(() => child.kill('SIGKILL'), 30_000)
    const { code, signal } = await exited(child)
    clearTimeout(timer)
    clearTimeout(guard)
    if (signal === 'SIGKILL') return out
    if (code !== 0) {
      out.failure = `${op.channel} exited with ${code}: ${stderr.trim().slice(-300)}`
      return out
    }
    const ack = cliAnswer(op, stdout.trim() ? JSON.parse(stdout) : null)
    out.acks.push(ack)
    out.inFlight = null
    if (ack.op === 'paste') {
      // Tags quote the body as stored, which the importer may have normalised.
      const body = readBodies(file).get(ack.id) ?? ''
      bodies.set(ack.id, body)
      state.articles[state.articles.length - 1].chars = body.length
    }
  }
}
