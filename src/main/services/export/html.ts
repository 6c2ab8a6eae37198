import { sentence, sentences } from './citation'
import { esc, safeHref } from './escape'
import { humanDate, outletOf, passageCount, type ReportClaim, type ReportModel, type ReportPassage } from './model'
import { PRINT_ONLY_CSS, REPORT_CSS } from './reportCss'
import { ratingClass, statusChart } from './svgChart'
import { coverageSection } from './svgCoverage'

/** Which part of the report to write: claims [from, to), with or without what comes before and after them. */
export interface ReportSlice {
  from: number
  to: number
  front: boolean
  back: boolean
}

export interface RenderOptions {
  /** One part of the report as a document of its own, for printing a long report in parts. */
  slice?: ReportSlice
  /** A document only ever printed: see PRINT_ONLY_CSS. */
  printOnly?: boolean
}

/**
 * The fact-check report as one self-contained HTML file: inline CSS, no scripts, no external
 * requests (the CSP forbids both), and every value from the project escaped.
 */
export function renderHtml(m: ReportModel, { slice, printOnly = false }: RenderOptions = {}): string {
  const s = slice ?? { from: 0, to: m.claims.length, front: true, back: true }
  const out: string[] = []
  out.push(
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Factdesk">',
    `<title>${esc(m.reviewTitle || m.title || 'Fact-check report')}</title>`,
    `<style>${REPORT_CSS}${printOnly ? PRINT_ONLY_CSS : ''}</style>`,
    '</head>',
    '<body>',
    '<main class="report">'
  )
  if (s.front) out.push(header(m), introduction(m), summary(m), coverageSection(m))
  if (s.from === 0) {
    out.push('<section class="claims" aria-labelledby="h-claims"><h2 id="h-claims">The claims</h2>')
  } else out.push('<section class="claims">')
  for (let i = s.from; i < s.to; i++) out.push(claimSection(m.claims[i], i + 1))
  if (slice) out.push(joints(m, slice))
  if (m.claims.length === 0) out.push('<p class="empty">No claims were selected for this report.</p>')
  out.push('</section>')
  if (s.back) {
    out.push(sources(m))
    out.push(
      `<footer class="colophon">Made with Factdesk on ${esc(humanDate(m.generatedAt))}. Quoted passages are reproduced as plain text from the articles listed under Sources.</footer>`
    )
  }
  out.push('</main>', '</body>', '</html>', '')
  return out.join('\n')
}

/**
 * What lets the parts of a report printed apart link up: Chromium leaves out a link whose target
 * is not in the document, and writes a named destination only for a target that some link points
 * to. So the part with the summary gets empty stand-in targets for the claims printed later, each
 * later part empty links to its own claims, and the PDF join points the names at the real targets.
 */
function joints(m: ReportModel, s: ReportSlice): string {
  const later = s.front ? m.claims.slice(s.to).map((c) => `<span id="claim-${c.id}"></span>`) : []
  const own = s.front ? [] : m.claims.slice(s.from, s.to).map((c) => `<a href="#claim-${c.id}"></a>`)
  return later.length + own.length
    ? `<div class="joints" aria-hidden="true">${later.join('')}${own.join('')}</div>`
    : ''
}

function header(m: ReportModel): string {
  const meta: string[] = []
  if (m.publisherName) {
    const href = safeHref(m.publisherUrl)
    meta.push(
      `<div><dt>Publisher</dt><dd>${href ? `<a href="${esc(href)}">${esc(m.publisherName)}</a>` : esc(m.publisherName)}</dd></div>`
    )
  }
  if (m.editors.length) {
    meta.push(`<div><dt>${m.editors.length > 1 ? 'Editors' : 'Editor'}</dt><dd>${esc(m.editors.join(', '))}</dd></div>`)
  }
  meta.push(
    `<div><dt>Date</dt><dd><time datetime="${esc(m.generatedAt.slice(0, 10))}">${esc(humanDate(m.generatedAt))}</time></dd></div>`
  )
  const review = safeHref(m.reviewUrl)
  if (review) meta.push(`<div><dt>Published at</dt><dd><a href="${esc(review)}">${esc(review)}</a></dd></div>`)
  meta.push(
    `<div><dt>Scope</dt><dd>${m.claims.length} ${plural(m.claims.length, 'claim')}, ${passageCount(m)} ${plural(passageCount(m), 'passage')}, ${m.sources.length} ${plural(m.sources.length, 'source')}</dd></div>`
  )
  return `<header class="masthead"><p class="kicker">Fact-check report</p><h1>${esc(m.reviewTitle || m.title || 'Untitled project')}</h1><dl class="meta">${meta.join('')}</dl></header>`
}

function statusBadge(c: Pick<ReportClaim, 'statusLabel' | 'rating'>): string {
  return `<span class="badge ${ratingClass(c.rating)}">${esc(c.statusLabel)}</span>`
}

function summary(m: ReportModel): string {
  const rows = m.claims
    .map(
      (c, i) =>
        `<tr><td class="num">${i + 1}</td><td><a href="#claim-${c.id}">${esc(c.text)}</a></td><td>${esc(c.claimant) || '<span class="muted">—</span>'}</td><td>${statusBadge(c)}</td><td class="num">${c.stated.length}</td><td class="num">${c.denied.length}</td><td class="num">${c.evidence.supports.length + c.evidence.refutes.length + c.evidence.context.length}</td></tr>`
    )
    .join('\n')
  return `<section class="summary" aria-labelledby="h-summary"><h2 id="h-summary">Summary</h2>
${statusChart(m)}
<table class="claims-table"><caption>Claims and their verification status</caption>
<thead><tr><th class="num" scope="col">#</th><th scope="col">Claim</th><th scope="col">Claimant</th><th scope="col">Status</th><th class="num" scope="col">Stated</th><th class="num" scope="col">Denied</th><th class="num" scope="col">Evidence</th></tr></thead>
<tbody>${rows}</tbody></table></section>`
}

/** The editor's introduction, in the project settings: plain text, paragraphs kept. */
function introduction(m: ReportModel): string {
  return m.introduction.trim()
    ? `<section class="intro" aria-label="Introduction">${paragraphs(m.introduction.trim())}</section>`
    : ''
}

function claimSection(c: ReportClaim, n: number): string {
  const parts: string[] = []
  parts.push(
    `<article class="claim" id="claim-${c.id}"><header><p class="claim-no">Claim ${n}</p><h3>${esc(c.text)}</h3><p class="claim-meta">${c.claimant ? `Claimant: <strong>${esc(c.claimant)}</strong> · ` : ''}Status: ${statusBadge(c)}</p>${reviewLink(c)}</header>`
  )
  if (c.rationale) parts.push(`<div class="rationale"><h4>Rationale</h4>${paragraphs(c.rationale)}</div>`)
  parts.push(passageGroup('Stated in', c.stated, 'stated'))
  parts.push(passageGroup('Denied in', c.denied, 'denied'))
  const ev = c.evidence
  if (ev.supports.length + ev.refutes.length + ev.context.length > 0) {
    parts.push('<div class="evidence"><h4>Evidence</h4>')
    parts.push(passageGroup('Supports the claim', ev.supports, 'supports', 'h5'))
    parts.push(passageGroup('Refutes the claim', ev.refutes, 'refutes', 'h5'))
    parts.push(passageGroup('Context', ev.context, 'context', 'h5'))
    parts.push('</div>')
  }
  if (c.passages.length === 0) parts.push('<p class="muted">No passages are linked to this claim yet.</p>')
  if (c.note) parts.push(`<div class="note"><h4>Notes</h4>${paragraphs(c.note)}</div>`)
  parts.push('</article>')
  return parts.join('\n')
}

function reviewLink(c: ReportClaim): string {
  const href = safeHref(c.reviewUrl)
  return href ? `<p class="claim-review">Fact-check: <a href="${esc(href)}">${esc(href)}</a></p>` : ''
}

function passageGroup(title: string, list: ReportPassage[], cls: string, h = 'h4'): string {
  if (list.length === 0) return ''
  return `<div class="group ${cls}"><${h}>${esc(title)} <span class="count">(${list.length})</span></${h}>${list.map(quote).join('\n')}</div>`
}

function quote(p: ReportPassage): string {
  const a = p.article
  const href = safeHref(a.url)
  const title = href ? `<a href="${esc(href)}">${esc(a.title)}</a>` : esc(a.title)
  const bits = [`<cite>${title}</cite>`, esc(outletOf(a))]
  if (a.author) bits.push(esc(a.author))
  if (a.publishedAt) bits.push(`<time datetime="${esc(a.publishedAt)}">${esc(humanDate(a.publishedAt))}</time>`)
  const note = p.note ? `<p class="pnote"><span>Note:</span> ${esc(p.note)}</p>` : ''
  const link = href ? `<p class="url">${esc(href)}</p>` : ''
  return `<figure class="quote" id="passage-${p.id}"><blockquote>${esc(p.exact)}</blockquote><figcaption>${bits.join(' · ')}${link}</figcaption>${note}</figure>`
}

function sources(m: ReportModel): string {
  if (m.sources.length === 0) return ''
  const items = m.sources
    .map((a) => {
      const href = safeHref(a.url)
      const rest = sentence([outletOf(a), a.author, humanDate(a.publishedAt)])
      const text = sentences(`<span class="src-title">${esc(sentence([a.title]))}</span>`, esc(rest))
      return `<li>${text}${href ? ` <a href="${esc(href)}">${esc(href)}</a>` : ''}</li>`
    })
    .join('\n')
  return `<section class="sources" aria-labelledby="h-sources"><h2 id="h-sources">Sources</h2><ol>${items}</ol></section>`
}

function paragraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>')}</p>`)
    .join('')
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`
}
