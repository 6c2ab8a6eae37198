// Where hostile text goes in. Each sink takes one payload and puts it into the open project
// through the same HTTP API the renderer uses; the views and the checks are shared. After the
// merge an importer is one more sink (write the payload into an HTML/Markdown/text file or PDF
// metadata, then call 'articles.import' on it), and an export is one more view.
import type { Payload } from './corpus'

export type Call = (channel: string, input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: unknown }>

export interface Sink {
  name: string
  /** Puts the payload in; a refusal (invalid_input for a too-long title, say) is recorded, not fatal. */
  put(call: Call, p: Payload): Promise<{ ok: boolean; error?: unknown }>
}

/** Every payload gets its own article, passage and claim so each view shows all of them at once. */
export interface Seeded {
  articleId?: number
  claimId?: number
}

const bodyFor = (p: Payload) => `Report ${p.id}.\n\n${p.text}\n\nEnd of report ${p.id}.`

export function articleSinks(seeded: Map<string, Seeded>): Sink[] {
  return [
    {
      name: 'pasted article (title, outlet, url, body)',
      put: async (call, p) => {
        const input = {
          title: `${p.id} ${p.text}`.slice(0, 1_000),
          outlet: p.text.slice(0, 2_000),
          url: `https://example.invalid/${p.id}?q=${encodeURIComponent(p.text.slice(0, 200))}`,
          body: bodyFor(p)
        }
        const r = await call('articles.paste', input)
        if (r.ok) seeded.set(p.id, { articleId: (r.value as { id: number }).id })
        return r
      }
    },
    {
      name: 'article url as given',
      // javascript: and data: URLs are not http(s) addresses; the url field may refuse them.
      put: (call, p) => call('articles.paste', { title: `${p.id} url`, url: p.text, body: `URL test ${p.id}` })
    },
    {
      name: 'claim text and passage note (tag)',
      put: async (call, p) => {
        const s = seeded.get(p.id)
        if (!s?.articleId) return { ok: false, error: 'no article' }
        const start = `Report ${p.id}.\n\n`.length
        const r = await call('passages.tag', {
          articleId: s.articleId,
          start,
          end: start + Math.min(p.text.trim().length, 500) || start + 1,
          kind: 'claim',
          newClaimText: `${p.id} ${p.text}`.slice(0, 100_000),
          note: p.text
        })
        if (r.ok) s.claimId = (r.value as { claim: { id: number } }).claim.id
        return r
      }
    },
    {
      name: 'claimant, rationale and claim note',
      put: async (call, p) => {
        const s = seeded.get(p.id)
        if (!s?.claimId) return { ok: false, error: 'no claim' }
        return call('claims.update', {
          id: s.claimId,
          claimant: p.text.slice(0, 2_000),
          rationale: p.text,
          note: p.text,
          status: 'misleading'
        })
      }
    }
  ]
}

/** Settings hold one value each, so these take three payloads at a time. */
export const settingsSink = (call: Call, a: Payload, b: Payload, c: Payload) =>
  call('settings.update', {
    title: `${a.id} ${a.text}`.slice(0, 1_000),
    editorName: `${b.id} ${b.text}`.slice(0, 200),
    publisherName: c.text.slice(0, 2_000)
  })
