// The writes the crash loop makes, the same for every writer (services in a child, the HTTP API
// of `factdesk serve`): what to call, what to print before it, and what its answer acknowledges.
import { createHash } from 'node:crypto'
import type { Article, TagResult } from '../../../src/shared/domain'
import type { Rng } from '../fuzz/random'

export type Ack =
  | { op: 'paste'; id: number; title: string; hash: string | null }
  | { op: 'tag'; passageId: number; claimId: number | null; note: string }
  | { op: 'status'; id: number; status: string; rationale: string }
  | { op: 'settings'; title: string; editorName: string }
export type Begin = { op: Ack['op'] } & Record<string, unknown>

export interface WriterState {
  articles: { id: number; chars: number }[]
  claims: number[]
}

export interface Op {
  channel: string
  input: Record<string, unknown>
  begin: Begin
  /** The acknowledgement the call's answer makes, and the state it leaves the writer in. */
  ack(value: unknown): Ack
}

const STATUSES = ['unverified', 'in_progress', 'true', 'mostly_true', 'mixed', 'misleading', 'false', 'unproven']

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

export function nextOp(rng: Rng, state: WriterState, tag: string): Op {
  const roll = rng.next()
  const { articles, claims } = state
  if (roll < 0.3 || articles.length === 0) {
    // Some pastes are large, so a kill often lands inside a multi-page write.
    const body = rng.words(rng.chance(0.2) ? rng.int(5_000, 40_000) : rng.int(50, 800), tag)
    const input = { title: `Article ${tag}`, outlet: 'Crash Gazette', body }
    return {
      channel: 'articles.paste',
      input,
      begin: { op: 'paste', title: input.title },
      ack(value) {
        const a = value as Article
        articles.push({ id: a.id, chars: a.body.length })
        return { op: 'paste', id: a.id, title: a.title, hash: sha256(a.body) }
      }
    }
  }
  if (roll < 0.65) {
    const art = rng.pick(articles)
    const start = rng.int(0, Math.max(0, art.chars - 40))
    const end = Math.min(art.chars, start + rng.int(5, 40))
    const existing = claims.length > 0 && rng.chance(0.4)
    const input = existing
      ? { articleId: art.id, start, end, kind: 'evidence', claimId: rng.pick(claims), note: `note ${tag}` }
      : { articleId: art.id, start, end, kind: 'claim', newClaimText: `Claim ${tag}`, note: `note ${tag}` }
    return {
      channel: 'passages.tag',
      input,
      begin: { op: 'tag', ...input },
      ack(value) {
        const r = value as TagResult
        if (r.claim && !existing) claims.push(r.claim.id)
        return { op: 'tag', passageId: r.passage.id, claimId: r.claim?.id ?? null, note: r.passage.note }
      }
    }
  }
  if (roll < 0.85 && claims.length > 0) {
    const input = { id: rng.pick(claims), status: rng.pick(STATUSES), rationale: `rationale ${tag}` }
    return {
      channel: 'claims.update',
      input,
      begin: { op: 'status', ...input },
      ack: () => ({ op: 'status', ...input })
    }
  }
  const input = { title: `Project ${tag}`, editorName: `Editor ${tag}` }
  return {
    channel: 'settings.update',
    input,
    begin: { op: 'settings', ...input },
    ack: () => ({ op: 'settings', ...input })
  }
}
