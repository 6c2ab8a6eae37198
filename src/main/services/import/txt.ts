import { decodeText } from './charset'
import { firstLineTitle, type ParsedArticle } from './types'

const DATE_LINE = /^date\s+(\d{4}-\d{2}-\d{2})\s+(.+)$/i

/** Plain text: `date YYYY-MM-DD <headline>` on the first line gives the date and the title. */
export function parsePlainText(text: string, fallbackTitle: string): ParsedArticle {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
  const first = lines.findIndex((l) => l.trim())
  const m = first >= 0 ? DATE_LINE.exec(lines[first].trim()) : null
  if (m) {
    const body = lines.slice(first + 1).join('\n')
    return { title: m[2].trim(), publishedAt: m[1], body }
  }
  const header = first >= 0 && /^title:\s*\S/i.test(lines[first]) ? readHeader(lines.slice(first)) : null
  if (header) return header
  const body = lines.join('\n')
  return { title: firstLineTitle(body, fallbackTitle), body }
}

export function importTxt(bytes: Uint8Array, fallbackTitle: string): ParsedArticle {
  return parsePlainText(decodeText(bytes).text, fallbackTitle)
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
