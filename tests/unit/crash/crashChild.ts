// One victim of the crash loop: opens the project, then makes writes through the real
// Workspace + dispatch until it is killed, printing BEGIN before each call and ACK after the
// call has returned (the transaction is committed by then). The parent checks every ACK.
import { writeSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { dispatch } from '../../../src/main/services/dispatch'
import { createHandlers } from '../../../src/main/services/handlers'
import { Workspace } from '../../../src/main/services/workspace'
import type { ArticleSummary, ClaimSummary } from '../../../src/shared/domain'
import { Rng } from '../fuzz/random'
import { nextOp } from './ops'

const [file, seedArg, runArg] = process.argv.slice(2)
const run = Number(runArg)
const rng = new Rng(Number(seedArg))

// Synchronous writes to the pipe: a line printed is a line the parent will read, even if
// SIGKILL arrives on the next instruction.
const say = (tag: string, value: unknown) => writeSync(1, `${tag} ${JSON.stringify(value)}\n`)

const resourcesDir = join(fileURLToPath(new URL('../../..', import.meta.url)), 'resources')
const ws = new Workspace({ via: 'the crash loop', resourcesDir, recent: null })
ws.open(file, 'write')
const handlers = createHandlers(ws, { version: 'crash', shell: 'browser' })

async function call<T>(channel: string, input: unknown): Promise<T> {
  const r = await dispatch(handlers, channel, input)
  if (!r.ok) {
    say('FAIL', { channel, error: r.error })
    process.exit(3)
  }
  return r.value as T
}

const state = {
  articles: (await call<ArticleSummary[]>('articles.list', {})).map((a) => ({ id: a.id, chars: a.chars })),
  claims: (await call<ClaimSummary[]>('claims.list', {})).map((c) => c.id)
}
say('READY', { articles: state.articles.length, claims: state.claims.length })

for (let n = 0; ; n++) {
  const op = nextOp(rng, state, `R${run}-${n}`)
  say('BEGIN', op.begin)
  say('ACK', op.ack(await call(op.channel, op.input)))
}
