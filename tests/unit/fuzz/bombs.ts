import { crc32, createDeflate, createDeflateRaw } from 'node:zlib'

/**
 * Files that are small on disk and huge once read: a .docx whose document.xml inflates to
 * `inflated` bytes of one repeated letter. The XML is deflated as a stream from a generator of
 * 1 MB chunks, so building a 300 MB bomb never holds 300 MB.
 */
export async function docxBomb(inflated: number): Promise<Buffer> {
  const head =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    '<w:body><w:p><w:r><w:t>'
  const tail = '</w:t></w:r></w:p></w:body></w:document>'
  const chunk = Buffer.alloc(1024 * 1024, 'a')
  function* documentXml(): Generator<Buffer> {
    yield Buffer.from(head)
    for (let left = inflated; left > 0; left -= chunk.length)
      yield left >= chunk.length ? chunk : chunk.subarray(0, left)
    yield Buffer.from(tail)
  }
  return zip([
    { name: '[Content_Types].xml', parts: [Buffer.from(CONTENT_TYPES)] },
    { name: '_rels/.rels', parts: [Buffer.from(RELS)] },
    { name: 'word/document.xml', parts: documentXml() }
  ])
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '</Types>'
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '</Relationships>'

/** A plain zip (deflate, no data descriptors) of entries given as chunk sequences. */
async function zip(entries: { name: string; parts: Iterable<Buffer> }[]): Promise<Buffer> {
  const locals: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const e of entries) {
    let crc = 0
    let size = 0
    const deflate = createDeflateRaw({ level: 9 })
    const out: Buffer[] = []
    deflate.on('data', (d: Buffer) => out.push(d))
    const ended = new Promise((r) => deflate.on('end', r))
    for (const part of e.parts) {
      crc = crc32(part, crc)
      size += part.length
      if (!deflate.write(part)) await new Promise((r) => deflate.once('drain', r))
    }
    deflate.end()
    await ended
    const data = Buffer.concat(out)
    const name = Buffer.from(e.name)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(crc >>> 0, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(size >>> 0, 22)
    local.writeUInt16LE(name.length, 26)
    const dir = Buffer.alloc(46)
    dir.writeUInt32LE(0x02014b50, 0)
    dir.writeUInt16LE(20, 4)
    dir.writeUInt16LE(20, 6)
    dir.writeUInt16LE(8, 10)
    dir.writeUInt32LE(crc >>> 0, 16)
    dir.writeUInt32LE(data.length, 20)
    dir.writeUInt32LE(size >>> 0, 24)
    dir.writeUInt16LE(name.length, 28)
    dir.writeUInt32LE(offset, 42)
    locals.push(local, name, data)
    central.push(dir, name)
    offset += 30 + name.length + data.length
  }
  const dirBytes = Buffer.concat(central)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(dirBytes.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, dirBytes, end])
}

/**
 * A PDF of `pages` pages that all draw one shared content stream of `linesPerPage` long lines:
 * small on disk, and pdf.js reads the whole stream again for every page.
 */
export async function pdfBomb(pages: number, linesPerPage: number): Promise<Uint8Array> {
  const { PDFDocument, PDFName, StandardFonts } = await import('pdf-lib')
  const doc = await PDFDocument.create()
  const font = await doc.embedFont(StandardFonts.Helvetica)
  const first = doc.addPage([600, 800])
  const line = 'The council repeated the same sentence on every page of the report. '.repeat(3)
  for (let i = 0; i < linesPerPage; i++) first.drawText(line, { x: 5, y: 790 - (i % 390) * 2, size: 2, font })
  const contents = first.node.get(PDFName.of('Contents'))!
  const resources = first.node.get(PDFName.of('Resources'))!
  for (let n = 1; n < pages; n++) {
    const p = doc.addPage([600, 800])
    p.node.set(PDFName.of('Contents'), contents)
    p.node.set(PDFName.of('Resources'), resources)
  }
  return doc.save()
}

/**
 * A one-page PDF whose content stream inflates to `inflated` bytes of text-showing operators:
 * deflated from a generator, so the test never holds the inflated stream.
 */
export async function pdfStreamBomb(inflated: number): Promise<Uint8Array> {
  const { PDFDocument, PDFName, StandardFonts } = await import('pdf-lib')
  const doc = await PDFDocument.create()
  const font = await doc.embedFont(StandardFonts.Helvetica)
  const page = doc.addPage([600, 800])
  page.drawText('Council minutes', { x: 5, y: 790, size: 12, font })
  const fontName = /\/(\S+)\s/.exec(String(page.node.Resources()!.lookup(PDFName.of('Font'))))![1]
  const line = Buffer.from(`(${'a'.repeat(1000)}) Tj 0 -1 Td\n`)
  const chunk = Buffer.concat(Array.from({ length: 1024 }, () => line))
  function* ops(): Generator<Buffer> {
    yield Buffer.from(`BT /${fontName} 1 Tf 5 700 Td\n`)
    for (let left = inflated; left > 0; left -= chunk.length) yield chunk
    yield Buffer.from('ET\n')
  }
  const deflate = createDeflate({ level: 9 })
  const out: Buffer[] = []
  deflate.on('data', (d: Buffer) => out.push(d))
  const ended = new Promise((r) => deflate.on('end', r))
  for (const part of ops()) if (!deflate.write(part)) await new Promise((r) => deflate.once('drain', r))
  deflate.end()
  await ended
  const stream = doc.context.stream(Buffer.concat(out), { Filter: 'FlateDecode' })
  page.node.set(PDFName.of('Contents'), doc.context.register(stream))
  return doc.save()
}
