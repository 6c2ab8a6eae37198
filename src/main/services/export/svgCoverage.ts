import { esc } from './escape'
import { ratingClass } from './svgChart'
import type { Mark, ReportClaim, ReportModel } from './model'

/**
 * The coverage matrix drawn as inline SVG: claims down, outlets across with their names at 45°,
 * one glyph per mark. It scales to the page's width however many outlets there are (a table of
 * a dozen outlets ran off the right edge), and a large matrix is cut into figures of at most
 * ROWS × COLS so each fits a printed page. The data is also written out as text in each figure's
 * <desc>, for screen readers and for copying.
 */
const ROWS = 20
const COLS = 12
const NUM_W = 34
const LABEL_W = 270
const COL_W = 42
const ROW_H = 42
const FONT = 13.5
/** Average glyph width of the sans fonts used, as a share of the font size; generous on purpose. */
const CHAR_W = 0.6
const HEAD_CHARS = 24
const LINE_CHARS = 32
const COS45 = Math.SQRT1_2

const MARKS: Mark[] = ['stated', 'denied', 'evidence']
const MARK_WORD: Record<Mark, string> = { stated: 'Stated', denied: 'Denied', evidence: 'Evidence' }
/** Each mark has its own place in a cell, so a column reads down at a glance. */
const SLOT: Record<Mark, number> = { stated: -13, denied: 0, evidence: 13 }

export function glyph(mark: Mark, cx: number, cy: number): string {
  if (mark === 'stated') return `<circle class="g-stated" cx="${cx}" cy="${cy}" r="5.5"/>`
  if (mark === 'denied') return `<rect class="g-denied" x="${cx - 5}" y="${cy - 5}" width="10" height="10" rx="1"/>`
  return `<path class="g-evidence" d="M${cx} ${cy - 6.5}L${cx + 6.5} ${cy}L${cx} ${cy + 6.5}L${cx - 6.5} ${cy}Z"/>`
}

/** A mark's glyph on its own, for the legend. */
export function legendGlyph(mark: Mark): string {
  return `<svg class="glyph" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">${glyph(mark, 8, 8)}</svg>`
}

function cut(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s
}

/** Word-wraps a claim into at most two lines for its row label. */
function labelLines(text: string): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ')
  const lines: string[] = ['']
  for (const w of words) {
    const line = lines[lines.length - 1]
    if (!line) lines[lines.length - 1] = w
    else if (line.length + 1 + w.length <= LINE_CHARS) lines[lines.length - 1] = `${line} ${w}`
    else if (lines.length < 2) lines.push(w)
    else {
      lines[1] = cut(`${line} ${w}`, LINE_CHARS)
      break
    }
  }
  return lines.map((l) => cut(l, LINE_CHARS))
}

function describe(m: ReportModel, claims: { c: ReportClaim; n: number }[], outlets: string[]): string {
  return claims
    .map(({ c, n }) => {
      const row = m.coverage.get(c.id)!
      const by = (mark: Mark) => outlets.filter((o) => row.get(o)?.includes(mark))
      const parts = [
        by('stated').length ? `stated in ${by('stated').join(', ')}` : '',
        by('denied').length ? `denied in ${by('denied').join(', ')}` : '',
        by('evidence').length ? `evidence in ${by('evidence').join(', ')}` : ''
      ].filter(Boolean)
      return `Claim ${n}, ${c.text}: ${parts.length ? parts.join('; ') : 'in none of these outlets'}.`
    })
    .join(' ')
}

function figure(
  m: ReportModel,
  claims: { c: ReportClaim; n: number }[],
  outlets: string[],
  key: string,
  caption: string
) {
  const heads = outlets.map((o) => cut(o, HEAD_CHARS))
  const headLen = (h: string) => h.length * FONT * CHAR_W * COS45
  const headH = Math.ceil(Math.max(30, ...heads.map(headLen)) + 16)
  const gridW = LABEL_W + outlets.length * COL_W
  // The last names lean out past the grid's right edge; leave room for the longest reach.
  const reach = Math.max(0, ...heads.map((h, j) => LABEL_W + (j + 0.5) * COL_W + headLen(h) + 6))
  const w = Math.ceil(Math.max(gridW, reach) + 4)
  const h = headH + claims.length * ROW_H + 2
  const out: string[] = []
  out.push(
    `<title id="${key}-t">Coverage of ${claims.length === 1 ? 'one claim' : `${claims.length} claims`} across ${outlets.length === 1 ? 'one outlet' : `${outlets.length} outlets`}</title>`
  )
  out.push(`<desc id="${key}-d">${esc(describe(m, claims, outlets))}</desc>`)
  out.push(`<text class="cov-head" x="0" y="${headH - 8}">Claim</text>`)
  heads.forEach((name, j) => {
    const cx = LABEL_W + (j + 0.5) * COL_W
    out.push(`<text class="cov-out" transform="translate(${cx - 3} ${headH - 8}) rotate(-45)">${esc(name)}</text>`)
  })
  claims.forEach(({ c, n }, i) => {
    const y = headH + i * ROW_H
    if (i % 2 === 0) out.push(`<rect class="cov-band" x="0" y="${y}" width="${gridW}" height="${ROW_H}"/>`)
    const lines = labelLines(c.text)
    const ty = y + ROW_H / 2 + (lines.length === 1 ? 4.5 : -3)
    out.push(`<text class="cov-num ${ratingClass(c.rating)}" x="${NUM_W - 10}" y="${ty}" text-anchor="end">${n}</text>`)
    out.push(
      `<text class="cov-claim" x="${NUM_W}" y="${ty}">${lines.map((l, k) => `<tspan x="${NUM_W}" dy="${k ? 16 : 0}">${esc(l)}</tspan>`).join('')}</text>`
    )
    const row = m.coverage.get(c.id)!
    outlets.forEach((o, j) => {
      const cx = LABEL_W + (j + 0.5) * COL_W
      const cy = y + ROW_H / 2
      const marks = row.get(o) ?? []
      if (marks.length === 0) out.push(`<circle class="g-absent" cx="${cx}" cy="${cy}" r="2"/>`)
      for (const k of MARKS) if (marks.includes(k)) out.push(glyph(k, cx + SLOT[k], cy))
    })
  })
  for (let j = 0; j <= outlets.length; j++) {
    const x = LABEL_W + j * COL_W
    out.push(`<line class="cov-rule" x1="${x}" y1="${headH}" x2="${x}" y2="${h - 2}"/>`)
  }
  out.push(`<line class="cov-base" x1="0" y1="${headH}" x2="${gridW}" y2="${headH}"/>`)
  return `<figure class="cov"><svg role="img" aria-labelledby="${key}-t" aria-describedby="${key}-d" viewBox="0 0 ${w} ${h}" width="100%" style="max-width:${w}px" preserveAspectRatio="xMinYMin meet">${out.join('')}</svg>${caption ? `<figcaption>${esc(caption)}</figcaption>` : ''}</figure>`
}

export function coverageSection(m: ReportModel): string {
  if (m.outlets.length === 0 || m.claims.length === 0) return ''
  const numbered = m.claims.map((c, i) => ({ c, n: i + 1 }))
  const figures: string[] = []
  const split = numbered.length > ROWS || m.outlets.length > COLS
  for (let r = 0; r < numbered.length; r += ROWS) {
    for (let o = 0; o < m.outlets.length; o += COLS) {
      const rows = numbered.slice(r, r + ROWS)
      const cols = m.outlets.slice(o, o + COLS)
      const caption = split
        ? `Claims ${r + 1}–${r + rows.length} of ${numbered.length}, outlets ${o + 1}–${o + cols.length} of ${m.outlets.length}`
        : ''
      figures.push(figure(m, rows, cols, `cov-${r / ROWS}-${o / COLS}`, caption))
    }
  }
  const legend = MARKS.map(
    (k) =>
      `<span class="key">${legendGlyph(k)} ${MARK_WORD[k]}</span> ${k === 'stated' ? 'the outlet reports the claim as made' : k === 'denied' ? 'it reports a denial' : 'it carries material that bears on the claim'}`
  )
  // The heading and legend go with the first figure: a page must not end between them.
  return `<section class="coverage" aria-labelledby="h-coverage"><div class="keep"><h2 id="h-coverage">Coverage: who said what</h2>
<p class="legend">${legend.join(' · ')} · <span class="key"><svg class="glyph" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false"><circle class="g-absent" cx="8" cy="8" r="2"/></svg> absent</span></p>
${figures[0]}</div>
${figures.slice(1).join('\n')}</section>`
}
