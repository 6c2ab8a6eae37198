// One victim of the crash loop: opens the project, then makes writes through the real
// Workspace + dispatch until it is killed, printing BEGIN before each call and ACK after the
// call has returned (the transaction is committed by then). The parent checks every ACK.
import { createHash } from 'node:crypto'
import { writeSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { dispatch } from '../../../src/main/services/dispatch'
import { createHandlers } from '../../../src/main/services/handlers'
import { Workspace } from '../../../src/main/services/workspace'
import type { Article, ArticleSummary, ClaimSummary, TagResult } from '../../../src/shared/domain'
import { Rng } from '../fuzz/random'

const [file, seedArg, runArg] = process.argv.slice(2)
const run = Number(runArg)
const rng = new Rng(Number(seedArg))
const STATUSES = ['unverified', 'in_progress', 'true', 'mostly_true', 'mixed', 'misleading', 'false', 'unproven']

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

const articles = (await call<ArticleSummary[]>('articles.list', {})).map((a) => ({ id: a.id, chars: a.chars }))
const claims = (await call<ClaimSummary[]>('claims.list', {})).map((c) => c.id)
say('READY', { articles: articles.length, claims: claims.length })

for (let n = 0; ; n++) {
  const roll = rng.next()
  const tag = `R${run}-${n}`
  if (roll < 0.3 || articles.length === 0) {
    // Some pastes are large, so a kill often lands inside a multi-page write.
    const body = rng.words(rng.chance(0.2) ? rng.int(5_000, 40_000) : rng.int(50, 800), tag)
    const input = { title: `Article ${tag}`, outlet: 'Crash Gazette', body }
    say('BEGIN', { op: 'paste', title: input.title })
    const a = await call<Article>('articles.paste', input)
    articles.push({ id: a.id, chars: a.body.length })
    say('ACK', {
      op: 'paste',
      id: a.id,
      title: a.title,
      hash: createHash('sha256').update(a.body, 'utf8').digest('hex')
    })
  } else if (roll < 0.65) {
    const art = rng.pick(articles)
    const start = rng.int(0, Math.max(0, art.chars - 40))
    const end = Math.min(art.chars, start + rng.int(5, 40))
    const existing = claims.length > 0 && rng.chance(0.4)
    const input = existing
      ? { articleId: art.id, start, end, kind: 'evidence', claimId: rng.pick(claims), note: `note ${tag}` }
      : { articleId: art.id, start, end, kind: 'claim', newClaimText: `Claim ${tag}`, note: `note ${tag}` }
    say('BEGIN', { op: 'tag', ...input })
    const r = await call<TagResult>('passages.tag', input)
    if (r.claim && !existing) claims.push(r.claim.id)
    say('ACK', { op: 'tag', passageId: r.passage.id, claimId: r.claim?.id ?? null, note: r.passage.note })
  } else if (roll < 0.85 && claims.length > 0) {
    const input = { id: rng.pick(claims), status: rng.pick(STATUSES), rationale: `rationale ${tag}` }
    say('BEGIN', { op: 'status', ...input })
    await call('claims.update', input)
    say('ACK', { op: 'status', ...input })
  } else {
    const input = { title: `Project ${tag}`, editorName: `Editor ${tag}` }
    say('BEGIN', { op: 'settings', ...input })
    await call('settings.update', input)
    say('ACK', { op: 'settings', ...input })
  }
}
