import type { Command } from '../command'
import { UsageError } from '../cliError'
import { plural } from '../../../shared/plural'
import { safeJsonText } from '../../services/export/jsonText'

const WHAT = ['articles', 'claims', 'passages'] as const

export const listCommand: Command = {
  name: 'list',
  summary: 'list articles, claims or passages',
  usage: 'factdesk list FILE articles|claims|passages [--json]',
  options: {},
  positionals: [2, 2],
  async run({ positionals, json, session, io }) {
    const [file, what] = positionals
    if (!(WHAT as readonly string[]).includes(what)) {
      throw new UsageError(`"${what}" is not one of ${WHAT.join(', ')}`)
    }
    // Read-only, so it works while the project is open for writing elsewhere.
    session.ws.open(file, 'read')
    if (what === 'articles') {
      const rows = (await session.call('articles.list', {})).map((a) => ({
        id: a.id,
        title: a.title,
        outlet: a.outlet,
        author: a.author,
        url: a.url,
        publishedAt: a.publishedAt,
        language: a.language,
        chars: a.chars
      }))
      if (json) return io.out(safeJsonText(rows))
      if (rows.length === 0) return io.out('No articles.')
      for (const a of rows) io.out(`${a.id}\t${a.outlet ?? '—'}\t${a.publishedAt ?? '—'}\t${a.title}\t${a.chars} chars`)
      return
    }
    const passages = await session.call('passages.list', {})
    if (what === 'passages') {
      const rows = passages.map((p) => ({
        id: p.id,
        articleId: p.articleId,
        kind: p.kind,
        start: p.start,
        end: p.end,
        exact: p.exact,
        claimId: p.claimId,
        role: p.role,
        note: p.note
      }))
      if (json) return io.out(safeJsonText(rows))
      if (rows.length === 0) return io.out('No passages.')
      for (const p of rows) {
        const claim = p.claimId === null ? 'no claim' : `claim ${p.claimId} (${p.role})`
        io.out(`${p.id}\tarticle ${p.articleId}\t${p.kind}\t${p.start}-${p.end}\t${claim}\t“${oneLine(p.exact)}”`)
      }
      return
    }
    const rows = (await session.call('claims.list', {})).map((c) => ({
      id: c.id,
      text: c.text,
      claimant: c.claimant,
      status: c.status,
      rationale: c.rationale,
      passages: passages
        .filter((p) => p.claimId === c.id)
        .map((p) => ({ id: p.id, articleId: p.articleId, role: p.role }))
    }))
    if (json) return io.out(safeJsonText(rows))
    if (rows.length === 0) return io.out('No claims.')
    for (const c of rows) io.out(`${c.id}\t${c.status}\t${plural(c.passages.length, 'passage')}\t${oneLine(c.text)}`)
  }
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim()
