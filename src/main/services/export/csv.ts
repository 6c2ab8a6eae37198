import { outletOf, type ReportModel } from './model'

/**
 * One row per passage, for spreadsheets. UTF-8 with a byte-order mark (so Excel reads the
 * accents right), CRLF line ends and RFC 4180 quoting. A cell that starts with = + - @ (or a
 * tab or carriage return) gets a leading apostrophe, so a spreadsheet never runs text from an
 * article as a formula (CSV injection); the apostrophe is visible in editors that are not
 * spreadsheets.
 */
export const CSV_COLUMNS = [
  'claim_id',
  'claim',
  'claimant',
  'status',
  'status_label',
  'rating',
  'passage_id',
  'kind',
  'role',
  'quote',
  'start',
  'end',
  'passage_note',
  'article_id',
  'article_title',
  'outlet',
  'author',
  'published',
  'url'
] as const

export function csvCell(value: string | number | null): string {
  if (value === null) return ''
  let s = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export function renderCsv(m: ReportModel): string {
  const rows: string[] = [CSV_COLUMNS.join(',')]
  for (const c of m.claims) {
    for (const p of c.passages) {
      const a = p.article
      rows.push(
        [
          c.id,
          c.text,
          c.claimant,
          c.status,
          c.statusLabel,
          c.rating,
          p.id,
          p.kind,
          p.role,
          p.exact,
          p.start,
          p.end,
          p.note,
          a.id,
          a.title,
          outletOf(a),
          a.author,
          a.publishedAt,
          a.url
        ]
          .map(csvCell)
          .join(',')
      )
    }
  }
  return '\uFEFF' + rows.join('\r\n') + '\r\n'
}
