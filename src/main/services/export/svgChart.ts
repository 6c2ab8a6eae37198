import { esc } from './escape'
import type { ReportModel } from './model'

/** Colour per rating, so the verdict reads at a glance in the table, chart and claim headings. */
export function ratingClass(rating: number | null): string {
  return rating === null ? 'r0' : `r${rating}`
}

const plural = (n: number, word: string) => (n === 1 ? word : `${word}s`)

/**
 * How many claims have each status, as horizontal bars on a track that stands for all the
 * report's claims (so a bar shows its share at a glance), in inline SVG: no scripts, no fonts.
 * Statuses no claim has are drawn faint rather than left out, so the whole scale is in view.
 */
export function statusChart(m: ReportModel): string {
  const items = m.distribution
  const total = items.reduce((n, d) => n + d.count, 0)
  const rowH = 24
  const labelW = 130
  const barW = 360
  const h = items.length * rowH + 4
  const ratingOf = new Map(m.statuses.map((s) => [s.key, s.rating]))
  const bars = items
    .map((d, i) => {
      const y = i * rowH + 2
      const w = d.count === 0 || !total ? 0 : Math.max(3, Math.round((d.count / total) * barW))
      const pct = total ? Math.round((d.count / total) * 100) : 0
      const faint = d.count === 0 ? ' none' : ''
      return `<g class="row${faint}"><text x="${labelW - 10}" y="${y + 16}" text-anchor="end" class="lbl">${esc(d.label)}</text><rect x="${labelW}" y="${y + 4}" width="${barW}" height="${rowH - 8}" rx="3" class="track"/>${w ? `<rect x="${labelW}" y="${y + 4}" width="${w}" height="${rowH - 8}" rx="3" class="bar ${ratingClass(ratingOf.get(d.key) ?? null)}"/>` : ''}<text x="${labelW + barW + 8}" y="${y + 16}" class="val">${d.count}${d.count && total ? ` · ${pct}%` : ''}</text></g>`
    })
    .join('')
  const alt = items.map((d) => `${d.label}: ${d.count}`).join('; ')
  return `<figure class="chart"><svg role="img" aria-labelledby="chart-t" aria-describedby="chart-d" viewBox="0 0 ${labelW + barW + 70} ${h}" width="100%" preserveAspectRatio="xMinYMin meet"><title id="chart-t">Claims by verification status</title><desc id="chart-d">${esc(`${total} ${plural(total, 'claim')}. ${alt}.`)}</desc>${bars}</svg><figcaption>How many of the ${total} ${plural(total, 'claim')} in this report have each status</figcaption></figure>`
}
