import {
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFString,
  type PDFContext,
  type PDFObject
} from 'pdf-lib'

// Names are interned, so keys compare by identity: decoding each key was a tenth of the join.
const TYPE = PDFName.of('Type')
const STRUCT_ELEM = PDFName.of('StructElem')
const STRUCT_KEYS = new Set([PDFName.of('StructParent'), PDFName.of('StructParents')])
const ID = PDFName.of('ID')
const HEADERS = PDFName.of('Headers')

/** A PDF as the join sees it: a whole parsed PDFDocument, or a LazyPdf. */
export interface JoinTarget {
  context: PDFContext
  catalog: PDFDict
}

export interface CopyRules {
  /** Added to every StructParent(s) key: the parts' parent trees become one. */
  keyOffset: number
  /** Put before every structure ID (and the table headers that name them), which restart in each part. */
  idPrefix: string
  tagged: boolean
}

/**
 * Copies objects of one PDF into another, each once, following references without recursing
 * through them (a structure tree is deep and wide). References mapped in advance stand for
 * objects the target already has.
 */
export class Copier {
  private readonly refs = new Map<PDFRef, PDFRef>()
  private readonly queue: [PDFRef, PDFRef][] = []

  constructor(
    private readonly src: PDFContext,
    private readonly dest: PDFContext,
    private readonly rules: CopyRules
  ) {}

  map(from: PDFRef, to: PDFRef): void {
    this.refs.set(from, to)
  }

  ref(from: PDFRef): PDFRef {
    let to = this.refs.get(from)
    if (!to) {
      to = this.dest.nextRef()
      this.refs.set(from, to)
      this.queue.push([from, to])
    }
    return to
  }

  /** Copies everything still referred to but not yet copied. */
  drain(): void {
    for (let next = this.queue.pop(); next; next = this.queue.pop()) {
      const obj = this.src.lookup(next[0])
      if (obj) this.dest.assign(next[1], this.value(obj))
    }
  }

  value(o: PDFObject): PDFObject {
    if (o instanceof PDFRef) return this.ref(o)
    if (o instanceof PDFDict) return this.dict(o)
    if (o instanceof PDFArray) return this.array(o.asArray().map((x) => this.value(x)))
    if (o instanceof PDFRawStream) return PDFRawStream.of(this.dict(o.dict), o.contents)
    return o
  }

  dict(d: PDFDict, skip?: PDFName): PDFDict {
    const out = PDFDict.withContext(this.dest)
    const structElem = d.get(TYPE) === STRUCT_ELEM
    for (const [key, v] of d.entries()) {
      if (key === skip) continue
      if (STRUCT_KEYS.has(key)) {
        if (this.rules.tagged && v instanceof PDFNumber) out.set(key, PDFNumber.of(v.asNumber() + this.rules.keyOffset))
      } else if (structElem && key === ID) out.set(key, this.id(v))
      else if (key === HEADERS && v instanceof PDFArray) out.set(key, this.array(v.asArray().map((x) => this.id(x))))
      else out.set(key, this.value(v))
    }
    return out
  }

  id(o: PDFObject): PDFObject {
    if (o instanceof PDFString) return PDFString.of(this.rules.idPrefix + o.asString())
    if (o instanceof PDFHexString)
      return PDFHexString.of(Buffer.from(this.rules.idPrefix).toString('hex') + o.asString())
    return this.value(o)
  }

  array(items: PDFObject[]): PDFArray {
    const a = PDFArray.withContext(this.dest)
    for (const x of items) a.push(x)
    return a
  }
}
