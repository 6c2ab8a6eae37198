import { decodeText } from './charset'
import { paragraphise } from '../../../shared/paragraphs'
import { firstLineTitle, type ParsedArticle } from './types'

const DATE_LINE = /^date\s+(\d{4}-\d{2}-\d{2})\s+(.+)$/i
// Lower case only: a headline may well start with the word "Outlet".
const OUTLET_LINE = /^outlet\s+(\S.{0,99})$/

/**
 * Plain text. The first lines may be `outlet NAME` (the outlet) and `date YYYY-MM-DD <headline>`
 * (the date and the title), in either order; a "Title:/Outlet:/Date:" header block also works.
 */
export function parsePlainText(text: string, fallbackTitle: string): ParsedArticle {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
  let outlet: string | null = null
  let dated: { title: string; publishedAt: string } | null = null
  let first = lines.findIndex((l) => l.trim())
  for (; first >= 0 && first < lines.length; first++) {
    const line = lines[first].trim()
    if (!line) continue
    const o: RegExpExecArray | null = outlet === null ? OUTLET_LINE.exec(line) : null
    const d: RegExpExecArray | null = dated === null ? DATE_LINE.exec(line) : null
    if (o) outlet = o[1].trim()
    else if (d) dated = { title: d[2].trim(), publishedAt: d[1] }
    else break
  }
  const rest = lines.slice(Math.max(first, 0))
  if (dated) return { ...dated, outlet, body: rest.join('\n') }
  const header = first >= 0 && /^title:\s*\S/i.test(lines[first] ?? '') ? readHeader(rest) : null
  if (header) return { ...header, outlet: header.outlet ?? outlet }
  const body = outlet === null ? lines.join('\n') : rest.join('\n')
  return { title: firstLineTitle(body, fallbackTitle), outlet, body }
}

/** A .txt file: metadata from its first lines, else from its name; paragraphs kept (see paragraphs.ts). */
export function importTxt(bytes: Uint8Array, fallbackTitle: string, fileName = ''): ParsedArticle {
  const parsed = parsePlainText(decodeText(bytes).text, fallbackTitle)
  const named = metaFromFileName(fileName)
  return {
    ...parsed,
    outlet: parsed.outlet || named.outlet,
    publishedAt: parsed.publishedAt || named.publishedAt,
    body: paragraphise(parsed.body)
  }
}

/**
 * `2026-03-04 Marlow Courier - Bridge to close.txt`: the date, and the outlet before " - ". Only
 * a name that starts with a real date is read; without one, "X - Y" may be anything.
 */
export function metaFromFileName(fileName: string): { outlet: string | null; publishedAt: string | null } {
  const stem = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '')
  const m = /^(\d{4})-(\d{2})-(\d{2})[ _]+(.*)$/.exec(stem)
  if (!m || +m[2] < 1 || +m[2] > 12 || +m[3] < 1 || +m[3] > 31) return { outlet: null, publishedAt: null }
  const outlet = /^(.{2,60}?)\s+[-–—]\s+\S/.exec(m[4])?.[1].trim() ?? null
  return { outlet, publishedAt: `${m[1]}-${m[2]}-${m[3]}` }
}

const HEADER_KEYS = ['title', 'outlet', 'author', 'url', 'date', 'language']

/**
 * A header block of "Key: value" lines starting with Title: (the sample story's format), then a
 * blank line, then the body. Any other key in the block means it is not a header after all.
 */
function readHeader(lines: string[]): ParsedArticle | null {
  const meta: Record<string, string> = {}
  let i = 0
  for (; i < lines.length && lines[i].trim(); i++) {
    const kv = /^(\w+):\s*(.*)$/.exec(lines[i].trim())
    if (!kv || !HEADER_KEYS.includes(kv[1].toLowerCase())) return null
    meta[kv[1].toLowerCase()] = kv[2].trim()
  }
  return {
    title: meta.title,
    outlet: meta.outlet || null,
    author: meta.author || null,
    url: meta.url || null,
    publishedAt: /^\d{4}-\d{2}-\d{2}/.test(meta.date ?? '') ? meta.date.slice(0, 10) : null,
    language: meta.language || null,
    body: lines.slice(i).join('\n')
  }
}
