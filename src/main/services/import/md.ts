import { decodeText } from './charset'
import { parsePlainText } from './txt'
import type { ParsedArticle } from './types'

/**
 * Markdown to plain text: front matter gives metadata, the first heading the title; markers
 * (headings, emphasis, links, images, code fences, HTML tags) are dropped and the words kept.
 */
export function importMd(bytes: Uint8Array, fallbackTitle: string): ParsedArticle {
  let text = decodeText(bytes)
    .text.replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
  const meta: Record<string, string> = {}
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(text)
  if (fm) {
    for (const line of fm[1].split('\n')) {
      const kv = /^([A-Za-z_]+):\s*(.*)$/.exec(line)
      if (kv) meta[kv[1].toLowerCase()] = kv[2].replace(/^["']|["']$/g, '').trim()
    }
    text = text.slice(fm[0].length)
  }
  let title = meta.title ?? ''
  const lines: string[] = []
  for (const raw of text.split('\n')) {
    if (/^\s*(```|~~~)/.test(raw)) continue
    if (/^\s*([-*_]\s*){3,}$/.test(raw)) continue
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(raw)
    let line = heading ? heading[1] : raw.replace(/^\s{0,3}>\s?/, '').replace(/^\s*([-*+]|\d+\.)\s+/, '')
    line = line
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, '')
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/(\*|_)(\S(?:.*?\S)?)\1/g, '$2')
      .replace(/`([^`]+)`/g, '$1')
    if (heading && !title) {
      title = line
      continue
    }
    lines.push(line)
  }
  const parsed = parsePlainText(lines.join('\n'), fallbackTitle)
  return {
    ...parsed,
    title: title || parsed.title,
    outlet: meta.outlet ?? meta.publisher ?? null,
    author: meta.author ?? null,
    url: meta.url ?? null,
    publishedAt: meta.date ?? parsed.publishedAt ?? null,
    language: meta.lang ?? meta.language ?? null
  }
}
