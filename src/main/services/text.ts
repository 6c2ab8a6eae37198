import { createHash } from 'node:crypto'

/** Stored bodies are NFC with \n line endings, so offsets mean the same thing everywhere. */
export function normaliseBody(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

export function contentHash(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('hex')
}

export const QUOTE_CONTEXT = 32

/** The text-quote selector of a span: its exact text and up to 32 characters either side. */
export function quoteSelector(body: string, start: number, end: number) {
  return {
    exact: body.slice(start, end),
    prefix: body.slice(Math.max(0, start - QUOTE_CONTEXT), start),
    suffix: body.slice(end, end + QUOTE_CONTEXT)
  }
}
