import { createInflate } from 'node:zlib'
import { ImportRefusal } from './types'

/**
 * Measures a PDF's compressed page descriptions before pdf.js reads them: a 1 MB file can hold a
 * content stream that inflates to hundreds of MB, which pdf.js parses for minutes. Each Flate
 * stream is inflated here as a stream, counting bytes and keeping none, until the total passes
 * the cap. Images and embedded fonts are left out: a scan or a CJK font is large for good reason,
 * and pdf.js does not run them as page descriptions.
 */
export async function checkPdfStreams(bytes: Uint8Array, maxBytes: number): Promise<void> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let total = 0
  for (let at = buf.indexOf('stream', 0, 'latin1'); at >= 0; at = buf.indexOf('stream', at + 6, 'latin1')) {
    if (at >= 3 && buf.toString('latin1', at - 3, at) === 'end') continue
    const dict = dictionaryBefore(buf, at)
    if (!dict || !/\/Filter\s*(\[\s*)?\/FlateDecode/.test(dict) || /\/Subtype\s*\/Image|\/Length1|\/Length3/.test(dict))
      continue
    if (/\/Subtype\s*\/(Type1C|CIDFontType0C|OpenType)/.test(dict)) continue
    let start = at + 6
    if (buf[start] === 0x0d) start++
    if (buf[start] === 0x0a) start++
    total += await inflatedSize(buf.subarray(start), maxBytes - total)
    if (total > maxBytes) {
      throw new ImportRefusal(
        'failed',
        `its page descriptions inflate past ${Math.round(maxBytes / 1024 / 1024)} MB (a compression bomb?)`
      )
    }
  }
}

/** The stream's dictionary: the text from its object's "obj" keyword to the "stream" keyword. */
function dictionaryBefore(buf: Buffer, at: number): string | null {
  const window = buf.toString('latin1', Math.max(0, at - 4096), at)
  const obj = window.lastIndexOf('obj')
  const text = obj >= 0 ? window.slice(obj) : window
  return text.trimEnd().endsWith('>>') ? text : null
}

/** Bytes the zlib data at the start of `data` inflates to (it ends itself), or past `room` once it passes it. */
function inflatedSize(data: Buffer, room: number): Promise<number> {
  return new Promise((resolve) => {
    const inflate = createInflate()
    let size = 0
    const done = () => {
      inflate.removeAllListeners()
      inflate.on('error', () => {})
      inflate.destroy()
      resolve(size)
    }
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > room) done()
    })
    inflate.on('end', done)
    // Damaged data is pdf.js's to judge; only its size so far counts.
    inflate.on('error', done)
    inflate.end(data)
  })
}
