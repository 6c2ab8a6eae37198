import {
  PDFContext,
  PDFCrossRefSection,
  PDFDict,
  PDFName,
  PDFNumber,
  PDFObjectParser,
  PDFRef,
  PDFTrailer,
  PDFTrailerDict,
  type PDFObject
} from 'pdf-lib'

const latin1 = (bytes: Uint8Array, from: number, to: number) =>
  Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from).toString('latin1')

/**
 * A PDF of which only the objects asked for are parsed, and to which changes are written as an
 * incremental update: its own bytes stay as they are, followed by the new and changed objects.
 * For the first part of a report, which then needs neither a full parse nor writing out again
 * (a second or two on the bench report). Needs a classic cross-reference table, as Chromium
 * writes; read() returns undefined for anything else, and the caller parses the whole file.
 */
export class LazyPdf {
  readonly context = PDFContext.create()
  readonly catalog: PDFDict
  private readonly offsets = new Map<number, number>()
  private readonly loaded = new Set<PDFRef>()
  private readonly trailer: PDFDict
  private readonly lastXref: number

  private constructor(
    private readonly bytes: Uint8Array,
    xref: number
  ) {
    this.lastXref = xref
    const trailer = this.readXref(xref)
    this.trailer = trailer
    this.context.largestObjectNumber = trailer.lookup(PDFName.of('Size'), PDFNumber).asNumber() - 1
    // Objects are parsed the first time anything looks them up; untouched ones never are.
    type Lookup = (ref: unknown, ...types: unknown[]) => PDFObject | undefined
    const lookup = this.context.lookup.bind(this.context) as Lookup
    const lookupMaybe = this.context.lookupMaybe.bind(this.context) as Lookup
    const load = (ref: unknown) => {
      if (ref instanceof PDFRef && !this.loaded.has(ref)) {
        this.loaded.add(ref)
        this.parseAt(ref)
      }
    }
    Object.assign(this.context, {
      lookup: (ref: unknown, ...types: unknown[]) => (load(ref), lookup(ref, ...types)),
      lookupMaybe: (ref: unknown, ...types: unknown[]) => (load(ref), lookupMaybe(ref, ...types))
    })
    this.catalog = this.context.lookup(trailer.get(PDFName.of('Root')), PDFDict)
  }

  static read(bytes: Uint8Array): LazyPdf | undefined {
    const tail = latin1(bytes, Math.max(0, bytes.length - 64), bytes.length)
    const m = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail)
    if (!m) return undefined
    try {
      return new LazyPdf(bytes, Number(m[1]))
    } catch {
      return undefined
    }
  }

  /** Reads one cross-reference table (and those before it, via /Prev); returns the newest trailer. */
  private readXref(at: number): PDFDict {
    const text = latin1(this.bytes, at, this.bytes.length)
    if (!text.startsWith('xref')) throw new Error('no classic cross-reference table')
    const end = text.indexOf('trailer')
    const lines = text
      .slice(4, end)
      .trim()
      .split(/\r?\n|\r/)
    for (let i = 0; i < lines.length;) {
      const [first, count] = lines[i++].trim().split(/\s+/).map(Number)
      for (let k = 0; k < count; k++, i++) {
        const [offset, , kind] = lines[i].trim().split(/\s+/)
        if (kind === 'n' && !this.offsets.has(first + k)) this.offsets.set(first + k, Number(offset))
      }
    }
    const trailer = PDFObjectParser.forBytes(this.bytes.subarray(at + end + 7), this.context).parseObject()
    if (!(trailer instanceof PDFDict)) throw new Error('no trailer')
    const prev = trailer.get(PDFName.of('Prev'))
    if (prev instanceof PDFNumber) this.readXref(prev.asNumber())
    return trailer
  }

  private parseAt(ref: PDFRef): void {
    const at = this.offsets.get(ref.objectNumber)
    if (at === undefined) return
    const head = /^\s*(\d+)\s+(\d+)\s+obj/.exec(latin1(this.bytes, at, Math.min(this.bytes.length, at + 40)))
    if (!head || Number(head[1]) !== ref.objectNumber)
      throw new Error(`object ${ref.objectNumber} is not where the table says`)
    const obj = PDFObjectParser.forBytes(this.bytes.subarray(at + head[0].length), this.context).parseObject()
    this.context.assign(ref, obj)
  }

  /** The file with every object parsed or added since appended as one incremental update. */
  write(): Buffer {
    const objects = this.context.enumerateIndirectObjects()
    const sep = this.bytes[this.bytes.length - 1] === 0x0a ? '' : '\n'
    const parts: Uint8Array[] = [this.bytes, Buffer.from(sep, 'latin1')]
    let offset = this.bytes.length + sep.length
    const xref = PDFCrossRefSection.createEmpty()
    for (const [ref, obj] of objects) {
      const head = Buffer.from(`${ref.objectNumber} ${ref.generationNumber} obj\n`, 'latin1')
      const body = new Uint8Array(obj.sizeInBytes())
      obj.copyBytesInto(body, 0)
      const foot = Buffer.from('\nendobj\n', 'latin1')
      xref.addEntry(ref, offset)
      parts.push(head, body, foot)
      offset += head.length + body.length + foot.length
    }
    const trailer = this.trailer.clone(this.context)
    trailer.set(PDFName.of('Size'), PDFNumber.of(this.context.largestObjectNumber + 1))
    trailer.set(PDFName.of('Prev'), PDFNumber.of(this.lastXref))
    const tail = [xref, PDFTrailerDict.of(trailer), PDFTrailer.forLastCrossRefSectionOffset(offset)]
    for (const t of tail) {
      const b = new Uint8Array(t.sizeInBytes())
      t.copyBytesInto(b, 0)
      parts.push(b, Buffer.from('\n', 'latin1'))
    }
    return Buffer.concat(parts)
  }
}
