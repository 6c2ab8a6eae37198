import { round, type Figure } from './stats'

export const LABELS: Record<string, string> = {
  import: 'Import through the real pipeline (files → parse → insert), FTS included',
  matchIndex: 'Matching index build after the import (background)',
  search: 'Full-text search at the API (search.query)',
  match: 'Same-statement match for one passage across all articles',
  exportHtml: 'HTML report, 1,000 claims and 5,000 passages',
  exportPdf: 'PDF report, 1,000 claims and 5,000 passages',
  eventLoop: 'Event loop of factdesk serve during a 1,000-file import (block per probe)',
  serverRss: 'factdesk serve peak RSS during the import',
  openProject: 'Open the project to the first article visible',
  rendererHeap: 'Renderer JS heap with the project open',
  renderLongArticle: 'Render a 20,000-word article with 2,000 highlights',
  tagToHighlight: 'Tag a passage: click to highlight visible',
  filterClaims: 'Filter the claims list',
  scrollClaims: 'Scroll the whole claims list'
}

function value(f: Figure): string {
  if (Number.isNaN(f.median)) return f.note ?? 'not measured'
  const main = `${round(f.median)} ${f.unit}` + (f.p95 !== undefined ? ` (p95 ${round(f.p95)})` : '')
  const note = f.note ? `; ${f.note}` : ''
  const base = f.baseline ? `; baseline ${round(f.baseline.median)} ${f.baseline.unit}` : ''
  const ratio = f.ratio !== undefined ? `; ratio ${round(f.ratio, 2)}` : ''
  return main + base + ratio + note
}

/** A cell's text kept to its cell: a `|` would split it and a line break end the row. */
export function cell(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|')
}

export function tableRows(figures: Record<string, Figure>): string[] {
  return Object.entries(figures).map(
    ([k, f]) =>
      `| ${cell(LABELS[k] ?? k)} | ${cell(value(f))} | ${cell(f.target)} | ${f.met === null ? '—' : f.met ? 'met' : '**missed**'} |`
  )
}

export function formatTable(figures: Record<string, Figure>): string {
  return [
    '| measure | median (and p95, baseline, ratio) | target | |',
    '| --- | --- | --- | --- |',
    ...tableRows(figures)
  ].join('\n')
}
