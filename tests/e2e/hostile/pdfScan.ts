import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, type PDFObject } from 'pdf-lib'

/** Keys that make a PDF do something on its own: scripts, launches, form posts, auto-actions. */
const ACTIVE_KEYS = [
  'JS',
  'JavaScript',
  'Launch',
  'OpenAction',
  'AA',
  'SubmitForm',
  'ImportData',
  'EmbeddedFile',
  'RichMedia',
  'GoToR',
  'GoToE'
]
const ACTIVE_TYPES = [
  'JavaScript',
  'Launch',
  'SubmitForm',
  'ImportData',
  'GoToR',
  'GoToE',
  'Rendition',
  'Sound',
  'Movie'
]

export interface PdfScan {
  objects: number
  links: number
  findings: string[]
}

/**
 * Every object of the file, object streams included (pdf-lib reads them), checked for active
 * content; a /URI action is allowed only to an http(s) address. A raw byte scan backs it up for
 * what the parser might not reach.
 */
export async function scanPdf(bytes: Uint8Array): Promise<PdfScan> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false })
  const findings: string[] = []
  let objects = 0
  let links = 0
  const str = (o: PDFObject | undefined) =>
    o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : o instanceof PDFName ? o.decodeText() : ''
  const visit = (o: PDFObject | undefined, where: string, depth: number) => {
    if (!o || depth > 20) return
    if (o instanceof PDFArray) {
      for (let i = 0; i < o.size(); i++) visit(o.get(i), where, depth + 1)
      return
    }
    if (!(o instanceof PDFDict)) return
    for (const [key, value] of o.entries()) {
      const k = key.decodeText()
      if (ACTIVE_KEYS.includes(k)) findings.push(`${where}: /${k}`)
      if (k === 'S' && ACTIVE_TYPES.includes(str(value))) findings.push(`${where}: action /${str(value)}`)
      if (k === 'URI') {
        const uri = str(value)
        if (/^https?:\/\//i.test(uri)) links++
        else findings.push(`${where}: /URI ${uri.slice(0, 60)}`)
      }
      visit(value, where, depth + 1)
    }
  }
  for (const [ref, obj] of doc.context.enumerateIndirectObjects()) {
    objects++
    visit(obj, ref.toString(), 0)
  }
  visit(doc.catalog, 'catalog', 0)
  const raw = Buffer.from(bytes).toString('latin1')
  for (const k of ['/JavaScript', '/JS ', '/JS(', '/JS<', '/Launch', '/OpenAction', '/SubmitForm'])
    if (raw.includes(k)) findings.push(`bytes: ${k.trim()}`)
  return { objects, links, findings }
}
