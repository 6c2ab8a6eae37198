import { createInflateRaw } from 'node:zlib'
import { ImportRefusal } from './types'

/**
 * Checks what a zip (a .docx) holds before any reader inflates it: a 315 KB file can inflate to
 * 300 MB of XML, which the Word reader then turns into a DOM gigabytes large. Each entry is
 * inflated here as a stream, counting bytes and keeping none, and given up on as soon as the
 * total passes its cap; the sizes the archive declares are not trusted.
 */
export interface ZipLimits {
  /** Inflated bytes of the XML parts, which the reader parses (the import size limit). */
  maxXmlBytes: number
  /** Inflated bytes of all entries (images included). */
  maxTotalBytes: number
  maxEntries?: number
}

interface Entry {
  name: string
  method: number
  compressedSize: number
  dataStart: number
}

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50

export async function checkZip(bytes: Uint8Array, limits: ZipLimits): Promise<void> {
  const entries = centralDirectory(bytes, limits.maxEntries ?? 10_000)
  let xml = 0
  let total = 0
  for (const e of entries) {
    const isXml = /\.(xml|rels)$/i.test(e.name)
    const room = Math.min(limits.maxTotalBytes - total, isXml ? limits.maxXmlBytes - xml : Infinity)
    const size = await inflatedSize(bytes, e, room)
    if (size > room) {
      throw new ImportRefusal(
        'failed',
        isXml && size > limits.maxXmlBytes - xml
          ? `its text inflates past the ${mb(limits.maxXmlBytes)} import limit (a compression bomb?)`
          : `it inflates past ${mb(limits.maxTotalBytes)} (a compression bomb?)`
      )
    }
    total += size
    if (isXml) xml += size
  }
}

const broken = (why: string) => new ImportRefusal('failed', `broken .docx file (${why})`)
const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`

function centralDirectory(bytes: Uint8Array, maxEntries: number): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // The end record sits in the last 22 bytes plus a comment of up to 64 KB.
  let eocd = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw broken('no zip directory')
  const count = view.getUint16(eocd + 10, true)
  const offset = view.getUint32(eocd + 16, true)
  if (count === 0xffff || offset === 0xffffffff) throw broken('zip64 archives are not read')
  if (count > maxEntries) throw new ImportRefusal('failed', `the archive holds more than ${maxEntries} files`)
  const entries: Entry[] = []
  let p = offset
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) throw broken('bad zip directory')
    const method = view.getUint16(p + 10, true)
    const compressedSize = view.getUint32(p + 20, true)
    const nameLen = view.getUint16(p + 28, true)
    const extraLen = view.getUint16(p + 30, true)
    const commentLen = view.getUint16(p + 32, true)
    const local = view.getUint32(p + 42, true)
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLen))
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) throw broken('bad zip entry')
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
    if (dataStart + compressedSize > bytes.length) throw broken('a zip entry runs past the end')
    entries.push({ name, method, compressedSize, dataStart })
    p += 46 + nameLen + extraLen + commentLen
  }
  return entries
}

/** The entry's inflated size, or a number past `room` as soon as it passes it. */
function inflatedSize(bytes: Uint8Array, e: Entry, room: number): Promise<number> {
  const data = bytes.subarray(e.dataStart, e.dataStart + e.compressedSize)
  if (e.method === 0) return Promise.resolve(data.length)
  if (e.method !== 8) return Promise.reject(broken(`unknown compression method ${e.method}`))
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw()
    let size = 0
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > room) {
        inflate.destroy()
        resolve(size)
      }
    })
    inflate.on('end', () => resolve(size))
    inflate.on('error', (err) => reject(broken(err.message)))
    inflate.end(data)
  })
}
