import { safeHref } from './escape'
import { humanDate, outletOf, passageCount, type Mark, type ReportModel, type ReportPassage } from './model'
import { plural } from '../../../shared/plural'

/**
 * Markdown text that stays text in a CMS: markdown punctuation is backslash-escaped and
 * < > & become entities, since most CMS markdown renderers pass raw HTML through.
 */
export function md(value: string): string {
  return value
    .replace(/[\\`*_{}[\]()#+!|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/^(\s*)([-=]{3,}|\d+)\./gm, '$1$2\\.')
    .replace(/\r?\n/g, ' ')
}

function mdUrl(url: string): string {
  return url.replace(/[()<>\s]/g, (c) => encodeURIComponent(c))
}

const MARK: Record<Mark, string> = { stated: 'Stated', denied: 'Denied', evidence: 'Evidence' }

export function renderMarkdown(m: ReportModel): string {
  const L: string[] = []
  L.push(`# ${md(m.title || 'Fact-check report')}`, '')
  const meta: string[] = []
  if (m.publisherName) meta.push(`**Publisher:** ${md(m.publisherName)}`)
  if (m.editors.length) meta.push(`**${m.editors.length > 1 ? 'Editors' : 'Editor'}:** ${md(m.editors.join(', '))}`)
  meta.push(`**Date:** ${humanDate(m.generatedAt)}`)
  meta.push(
    `**Scope:** ${plural(m.claims.length, 'claim')}, ${plural(passageCount(m), 'passage')}, ${plural(m.sources.length, 'source')}`
  )
  L.push(meta.join('  \n'), '')

  L.push(
    '## Summary',
    '',
    '| # | Claim | Claimant | Status | Stated | Denied | Evidence |',
    '|---:|---|---|---|---:|---:|---:|'
  )
  m.claims.forEach((c, i) => {
    const ev = c.evidence.supports.length + c.evidence.refutes.length + c.evidence.context.length
    L.push(
      `| ${i + 1} | ${md(c.text)} | ${md(c.claimant) || '—'} | ${md(c.statusLabel)} | ${c.stated.length} | ${c.denied.length} | ${ev} |`
    )
  })
  L.push(
    '',
    '**Status distribution:** ' +
      m.distribution
        .filter((d) => d.count > 0)
        .map((d) => `${md(d.label)} ${d.count}`)
        .join(' · '),
    ''
  )

  if (m.outlets.length && m.claims.length) {
    L.push('## Coverage: who said what', '')
    L.push(`| Claim | ${m.outlets.map(md).join(' | ')} |`, `|---|${m.outlets.map(() => ':---:').join('|')}|`)
    m.claims.forEach((c, i) => {
      const row = m.coverage.get(c.id)!
      L.push(
        `| ${i + 1}. ${md(c.text)} | ${m.outlets.map((o) => (row.get(o) ?? []).map((k) => MARK[k]).join(', ') || '—').join(' | ')} |`
      )
    })
    L.push('')
  }

  L.push('## The claims', '')
  m.claims.forEach((c, i) => {
    L.push(`### Claim ${i + 1}: ${md(c.text)}`, '')
    L.push(`${c.claimant ? `**Claimant:** ${md(c.claimant)}  \n` : ''}**Status:** ${md(c.statusLabel)}`, '')
    if (c.rationale) L.push('**Rationale:** ' + md(c.rationale), '')
    group(L, 'Stated in', c.stated)
    group(L, 'Denied in', c.denied)
    group(L, 'Evidence supporting the claim', c.evidence.supports)
    group(L, 'Evidence refuting the claim', c.evidence.refutes)
    group(L, 'Context', c.evidence.context)
    if (c.note) L.push('**Notes:** ' + md(c.note), '')
  })

  if (m.sources.length) {
    L.push('## Sources', '')
    m.sources.forEach((a, i) => {
      const href = safeHref(a.url)
      const bits = [md(outletOf(a))]
      if (a.author) bits.push(md(a.author))
      if (a.publishedAt) bits.push(humanDate(a.publishedAt))
      L.push(`${i + 1}. *${md(a.title)}*, ${bits.join(', ')}${href ? `. <${mdUrl(href)}>` : ''}`)
    })
    L.push('')
  }
  return L.join('\n')
}

function group(L: string[], title: string, list: ReportPassage[]): void {
  if (!list.length) return
  L.push(`#### ${title}`, '')
  for (const p of list) {
    const a = p.article
    const href = safeHref(a.url)
    const cite = href ? `[${md(a.title)}](${mdUrl(href)})` : `*${md(a.title)}*`
    const bits = [cite, md(outletOf(a))]
    if (a.publishedAt) bits.push(humanDate(a.publishedAt))
    L.push(`> ${md(p.exact)}`, '>', `> — ${bits.join(', ')}`, '')
    if (p.note) L.push(`*Note:* ${md(p.note)}`, '')
  }
}
