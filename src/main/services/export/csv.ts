import { outletOf, type ReportModel } from './model'

/**
 * One row per passage, for spreadsheets. UTF-8 with a byte-order mark (so Excel reads the
 * accents right), CRLF line ends and RFC 4180 quoting. A cell that starts with = + - @ (also
 * after blanks, also full-width ＝＋－＠, or a tab or carriage return) gets a leading apostrophe, and
 * so does such a sign after a ";" inside a cell, so a spreadsheet never runs text from an
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
  if (typeof value === 'string') {
    // Spreadsheets skip leading blanks and read full-width signs as formulas too; in locales
    // whose separator is ";" a "x;=…" cell splits into a formula cell, so that one is defused too.
    if (/^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/.test(s)) s = `'${s}`
    s = s.replace(/;([\s\u3000]*)(?=[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/g, ";$1'")
  }
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
