import mammoth from 'mammoth'
import { firstLineTitle, refuse, type ParsedArticle } from './types'
import { parsePlainText } from './txt'
import { checkZip } from './zipGuard'

/**
 * Word documents through mammoth: raw text keeps one paragraph per Word paragraph. The zip is
 * measured first (zipGuard.ts): its XML may inflate to no more than the import limit.
 */
export async function importDocx(bytes: Uint8Array, fallbackTitle: string, maxBytes: number): Promise<ParsedArticle> {
  await checkZip(bytes, { maxXmlBytes: maxBytes, maxTotalBytes: 4 * maxBytes })
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let text: string
  try {
    text = (await mammoth.extractRawText({ buffer })).value
  } catch (e) {
    return refuse(`broken .docx file (${((e as Error).message ?? String(e)).split('\n')[0]})`)
  }
  const props = await coreProperties(buffer)
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean)
  const parsed = parsePlainText(paragraphs.join('\n\n'), fallbackTitle)
  let { title, body } = parsed
  if (props.title) {
    title = props.title
    if (body.startsWith(`${title}\n`)) body = body.slice(title.length).trimStart()
  } else if (!parsed.publishedAt) {
    // The first paragraph is the headline: it becomes the title and leaves the body.
    title = firstLineTitle(body, fallbackTitle)
    if (body.startsWith(title)) body = body.slice(title.length).trimStart()
  }
  return {
    title,
    body,
    author: props.creator,
    // A Word file's creation date is when someone started typing, not when it was published.
    publishedAt: parsed.publishedAt ?? null,
    language: props.language
  }
}

/** docProps/core.xml: title, creator, created — read with mammoth's own zip reader. */
async function coreProperties(
  buffer: Buffer
): Promise<Record<'title' | 'creator' | 'created' | 'language', string | null>> {
  const none = { title: null, creator: null, created: null, language: null }
  try {
    const { default: JSZip } = (await import('jszip')) as unknown as { default: JSZipLike }
    const zip = await JSZip.loadAsync(buffer)
    const xml = await zip.file('docProps/core.xml')?.async('string')
    if (!xml) return none
    const tag = (name: string) => {
      const m = new RegExp(`<${name}[^>]*>([^<]*)</${name}>`).exec(xml)
      return m && m[1].trim() ? decodeXml(m[1].trim()) : null
    }
    return {
      title: tag('dc:title'),
      creator: tag('dc:creator'),
      created: tag('dcterms:created'),
      language: tag('dc:language')
    }
  } catch {
    return none
  }
}

interface JSZipLike {
  loadAsync(b: Buffer): Promise<{ file(name: string): { async(t: 'string'): Promise<string> } | null }>
}

const decodeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
