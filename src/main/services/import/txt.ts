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
  const body = lines.join('\n')
  return { title: firstLineTitle(body, fallbackTitle), body }
}

export function importTxt(bytes: Uint8Array, fallbackTitle: string): ParsedArticle {
  return parsePlainText(decodeText(bytes).text, fallbackTitle)
}
