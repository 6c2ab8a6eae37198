import { basename, extname } from 'node:path'
import { looksBinary } from './charset'
import { importMd } from './md'
import { importTxt } from './txt'
import { DEFAULT_IMPORT_MAX_BYTES, ImportRefusal, textTooLarge, type ParsedArticle } from './types'

export const IMPORTABLE_EXTENSIONS = ['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml', '.pdf', '.docx']

export function isImportable(name: string): boolean {
  return IMPORTABLE_EXTENSIONS.includes(extname(name).toLowerCase())
}

/**
 * One file's bytes to one article, by its extension; refusals carry a one-line reason. The
 * PDF, Word and HTML readers load on first use: each import starts a fresh worker, and a folder
 * of text files should not wait for a DOM and a PDF engine to load. `maxBytes` (the import size
 * limit) bounds the text read out as well as the file: a small zip or PDF can hold far more.
 */
export async function parseFile(
  name: string,
  bytes: Uint8Array,
  maxBytes: number = DEFAULT_IMPORT_MAX_BYTES
): Promise<ParsedArticle> {
  const ext = extname(name).toLowerCase()
  const fallback = basename(name, extname(name)).replace(/[-_]+/g, ' ').trim() || 'Untitled'
  if (!IMPORTABLE_EXTENSIONS.includes(ext)) {
    throw new ImportRefusal('skipped', `unsupported file type${ext ? ` (${ext})` : ''}`)
  }
  if (bytes.length === 0) throw new ImportRefusal('skipped', 'empty file')
  let parsed: ParsedArticle
  if (ext === '.pdf') {
    if (!startsWith(bytes, '%PDF-')) throw new ImportRefusal('failed', 'broken PDF (no PDF header)')
    parsed = await (await import('./pdf')).importPdf(bytes, fallback, maxBytes)
  } else if (ext === '.docx') {
    if (!startsWith(bytes, 'PK')) throw new ImportRefusal('failed', 'broken .docx file (not a zip archive)')
    parsed = await (await import('./docx')).importDocx(bytes, fallback, maxBytes)
  } else {
    if (looksBinary(bytes)) throw new ImportRefusal('skipped', 'binary file, not text')
    if (ext === '.md' || ext === '.markdown') parsed = importMd(bytes, fallback)
    else if (ext === '.txt' || ext === '.text') parsed = importTxt(bytes, fallback, name)
    else parsed = (await import('./html')).importHtml(bytes, fallback)
  }
  if (!parsed.body.trim()) throw new ImportRefusal('skipped', 'no text in the file')
  if (parsed.body.length > maxBytes) throw textTooLarge(maxBytes)
  return parsed
}

function startsWith(bytes: Uint8Array, magic: string): boolean {
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic.charCodeAt(i)) return false
  return true
}
