import iconv from 'iconv-lite'
import jschardet from 'jschardet'
import { ImportRefusal } from './types'

/** True when the bytes look like a binary file rather than text in any encoding we read. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (hasUtf16Bom(bytes) || utf32Bom(bytes)) return false
  const n = Math.min(bytes.length, 8192)
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]
    if (b === 0) return true
    if (b < 9 || (b > 13 && b < 32)) control++
  }
  return n > 0 && control / n > 0.1
}

function hasUtf16Bom(b: Uint8Array): boolean {
  return b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))
}

/** UTF-32's BOMs; the LE one begins with UTF-16 LE's, so it must be looked for first. */
function utf32Bom(b: Uint8Array): 'LE' | 'BE' | null {
  if (b.length < 4) return null
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return 'LE'
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return 'BE'
  return null
}

/** UTF-32 by hand: TextDecoder does not offer it. A code point past U+10FFFF or a surrogate is refused. */
function decodeUtf32(b: Uint8Array, order: 'LE' | 'BE'): string {
  if (b.length % 4 !== 0) throw new ImportRefusal('failed', 'could not decode the text (truncated UTF-32)')
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength)
  const parts: string[] = []
  let chunk: number[] = []
  for (let i = 0; i < b.length; i += 4) {
    const cp = view.getUint32(i, order === 'LE')
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      throw new ImportRefusal('failed', 'could not decode the text (invalid UTF-32)')
    }
    chunk.push(cp)
    // In slices, so String.fromCodePoint never gets more arguments than the stack holds.
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk))
      chunk = []
    }
  }
  parts.push(String.fromCodePoint(...chunk))
  return parts.join('')
}

/**
 * Decodes a text file: a BOM decides when there is one, valid UTF-8 is taken as UTF-8, and
 * anything else goes to charset detection (windows-1252 and the other legacy code pages).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8' }
  }
  const utf32 = utf32Bom(bytes)
  if (utf32) return { text: decodeUtf32(bytes.subarray(4), utf32), encoding: `UTF-32${utf32}` }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' }
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' }
  }
  if (looksBinary(bytes)) throw new ImportRefusal('skipped', 'binary file, not text')
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' }
  } catch {
    // not UTF-8: fall through to detection
  }
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const guess = jschardet.detect(buf.subarray(0, 65536))
  let encoding = guess.encoding && iconv.encodingExists(guess.encoding) ? guess.encoding : 'windows-1252'
  // Detectors often say ISO-8859-1 or ASCII for Western text; windows-1252 is the superset that
  // also maps curly quotes and dashes, which is what such files almost always are.
  if (/^(ascii|iso-8859-1|utf-8)$/i.test(encoding)) encoding = 'windows-1252'
  const text = iconv.decode(buf, encoding)
  const bad = (text.match(/\uFFFD/g) ?? []).length
  if (bad > 0 && bad / Math.max(1, text.length) > 0.01) {
    throw new ImportRefusal('failed', 'could not decode the text (unknown character set)')
  }
  return { text, encoding }
}
