import { checkPdfStreams } from './pdfGuard'
import { firstLineTitle, ImportRefusal, refuse, textTooLarge, toIsoDate, type ParsedArticle } from './types'

/** More pages than any article has; a 1 MB file can repeat one content stream on 100,000 pages. */
const MAX_PAGES = 2_000

interface TextItem {
  str: string
  hasEOL: boolean
  transform: number[]
  height: number
}

/** PDF text with pdfjs: lines from the text layer, a wider vertical gap starts a new paragraph. */
export async function importPdf(bytes: Uint8Array, fallbackTitle: string, maxBytes: number): Promise<ParsedArticle> {
  // Page descriptions up to twice the import limit: about 10 s of pdf.js at most.
  await checkPdfStreams(bytes, 2 * maxBytes)
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  let doc
  try {
    doc = await getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      verbosity: 0
    }).promise
  } catch (e) {
    const msg = (e as Error).message ?? String(e)
    if (/password/i.test(msg)) return refuse('the PDF is password-protected')
    return refuse(`broken PDF (${msg.split('\n')[0]})`)
  }
  try {
    const info = ((await doc.getMetadata().catch(() => null))?.info ?? {}) as Record<string, unknown>
    if (doc.numPages > MAX_PAGES) return refuse(`it has ${doc.numPages} pages, more than the ${MAX_PAGES} read`)
    const paragraphs: string[] = []
    // Text read so far: stops reading as soon as it passes the import limit, not after the last page.
    let chars = 0
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const content = await page.getTextContent()
      let line = ''
      let para: string[] = []
      let lastY: number | null = null
      let lastGap: number | null = null
      const endPara = () => {
        if (line.trim()) para.push(line.trim())
        line = ''
        if (para.length) paragraphs.push(para.join(' ').replace(/\s+/g, ' '))
        para = []
      }
      for (const raw of content.items) {
        const item = raw as TextItem
        if (typeof item.str !== 'string') continue
        const y = item.transform[5]
        if (lastY !== null && Math.abs(y - lastY) > 0.5 && item.str) {
          const gap = Math.abs(lastY - y)
          // A line gap clearly larger than the usual one means a blank line: a new paragraph.
          const fontHeight = item.height || Math.abs(item.transform[3]) || 12
          if (gap > fontHeight * 1.8 || (lastGap !== null && gap > lastGap * 1.5)) endPara()
          else {
            if (line.trim()) para.push(line.trim())
            line = ''
          }
          lastGap = lastGap === null ? gap : Math.min(lastGap, gap)
        }
        if (item.str) {
          chars += item.str.length
          if (chars > maxBytes) throw textTooLarge(maxBytes)
          line += item.str
          lastY = y
        }
      }
      endPara()
      page.cleanup()
    }
    const body = paragraphs.join('\n\n').replace(/(\w)- (\w)/g, '$1$2')
    if (!body.trim()) return refuse('the PDF has no text layer (a scan?)')
    const s = (k: string) =>
      typeof info[k] === 'string' && (info[k] as string).trim() ? (info[k] as string).trim() : null
    return {
      title: s('Title') ?? firstLineTitle(body, fallbackTitle),
      author: s('Author'),
      publishedAt: toIsoDate(s('CreationDate')),
      language: s('Language'),
      body
    }
  } catch (e) {
    // Damage past the header (a bad page tree or content stream) surfaces only while reading pages.
    if (e instanceof ImportRefusal) throw e
    return refuse(`broken PDF (${String((e as Error)?.message ?? e).split('\n')[0]})`)
  } finally {
    await doc.destroy()
  }
}
